#!/usr/bin/env bash
# Makes the generated scans in tests/fixtures/scans/ from text PDFs of tests/fixtures/documents/,
# and their manifest.json. See README.md beside this file. Run from anywhere:
#   bash tests/tools/scans/make-scans.sh
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
DOCS="$ROOT/tests/fixtures/documents"
OUT="$ROOT/tests/fixtures/scans"
PY="${PYTHON:-python3}"

for t in pdftoppm pdftotext img2pdf; do
  command -v "$t" >/dev/null || { echo "missing $t (apt-get install -y poppler-utils img2pdf)" >&2; exit 1; }
done
"$PY" -c 'import PIL, numpy' 2>/dev/null || { echo "missing pillow/numpy: pip install pillow numpy (or apt-get install python3-pil python3-numpy)" >&2; exit 1; }

mkdir -p "$OUT"
rm -f "$OUT"/*.pdf "$OUT"/manifest.json
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT

# name | source (under documents/) | source manifest | dpi | angle | quality | mode | first | last | stamp page | stamp row label | stamp column | stamp key | stamp text | seed
SCANS=(
  "printed-2021-scan150.pdf|office/printed-2021-chromium.pdf|office/manifest.json|150|0.7|75|grey|||3|(七)总计|3|requests/result.total/public_interest|示例市青山区民政局|1"
  "printed-2021-scan300.pdf|office/printed-2021-chromium.pdf|office/manifest.json|300|0.7|70|grey|2|3|3|(七)总计|3|requests/result.total/public_interest|示例市青山区民政局|2"
  "printed-2021-scan150-rgb.pdf|office/printed-2021-chromium.pdf|office/manifest.json|150|0.7|75|rgb|2|3|3|(七)总计|3|requests/result.total/public_interest|示例市青山区民政局|3"
  "long-2019-scan150.pdf|long-2019-chromium.pdf|manifest.json|150|-0.6|75|grey|||4|1.本机关不掌握相关政府信息|1|requests/result.unavailable.1/business|示例县示例镇人民政府|4"
  "long-2019-scan300.pdf|long-2019-chromium.pdf|manifest.json|300|-0.6|60|grey|3|4|4|1.本机关不掌握相关政府信息|1|requests/result.unavailable.1/business|示例县示例镇人民政府|5"
)

for row in "${SCANS[@]}"; do
  IFS='|' read -r name src man dpi angle q mode first last spage slabel scol skey stext seed <<<"$row"
  extra=()
  [ -n "$first" ] && extra+=(--first "$first")
  [ -n "$last" ] && extra+=(--last "$last")
  echo "== $name ($dpi dpi, $mode, pages ${first:-1}-${last:-end})" >&2
  "$PY" "$HERE/degrade.py" "$DOCS/$src" "$OUT/$name" --dpi "$dpi" --angle "$angle" --quality "$q" --mode "$mode" \
    --seed "$seed" --stamp-page "$spage" --stamp-label "$slabel" --stamp-column "$scol" --stamp-text "$stext" "${extra[@]}" \
    > "$TMP/$name.json"
  printf '%s|%s|%s|%s\n' "$name" "$src" "$man" "$skey" >> "$TMP/list"
done

# manifest.json: scan facts from degrade.py + the source's organ, year, title, values, changed, raw.
"$PY" - "$TMP" "$DOCS" "$OUT" <<'EOF'
import json, os, subprocess, sys
tmp, docs, out = sys.argv[1:4]
entries = []
for line in open(os.path.join(tmp, 'list'), encoding='utf-8'):
    name, src, man, key = line.rstrip('\n').split('|')
    scan = json.load(open(os.path.join(tmp, name + '.json'), encoding='utf-8'))
    source = next(e for e in json.load(open(os.path.join(docs, man), encoding='utf-8')) if e['file'] == os.path.basename(src))
    values = source['values']
    if str(values[key]) != scan['stamp']['value']:
        sys.exit(f'{name}: stamp key {key} is {values[key]} in the manifest but the cell reads {scan["stamp"]["value"]}')
    scan['stamp']['key'] = key
    entries.append({
        'file': name, 'format': 'pdf', 'kind': 'scan', 'textLayer': False,
        'source': 'documents/' + src, 'sourceManifest': 'documents/' + man,
        'sizeBytes': os.path.getsize(os.path.join(out, name)),
        **scan,
        'version': source['version'], 'year': source['year'], 'organ': source['organ'], 'title': source['title'],
        'changed': source.get('changed'), 'raw': source.get('raw'), 'sourceNotes': source.get('notes'),
        'values': values,
    })
    # the scan must have no text layer, and pdftoppm must read it back
    txt = subprocess.run(['pdftotext', os.path.join(out, name), '-'], capture_output=True, text=True).stdout
    assert not txt.strip(), f'{name} has a text layer'
json.dump(entries, open(os.path.join(out, 'manifest.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
open(os.path.join(out, 'manifest.json'), 'a').write('\n')
for e in entries:
    print(f"{e['file']}: {e['pages']} pages, {e['sizeBytes'] / 1e6:.2f} MB, stamp on p{e['stamp']['page']} {e['stamp']['key']} = {e['stamp']['value']}", file=sys.stderr)
EOF
