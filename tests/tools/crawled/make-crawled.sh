#!/usr/bin/env bash
# Report pages as crawlers and copies make them text (tests/fixtures/crawled/README.md): each real HTML page of
# tests/fixtures/real/ and each report page of tests/fixtures/pages/ converted by the tools people use, the output
# committed. Needs network to the npm and PyPI registries (the converters are installed in a temporary folder, not
# the project), python3, Debian's chromium and the dev dependencies (playwright-core). CI does not run this.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
fixtures="$here/../../fixtures"
out="$fixtures/crawled"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
pages=("$fixtures"/real/samples/*.html "$fixtures"/real/fujian/*.html "$fixtures"/real/fujian2/*.html "$fixtures"/real/fujian3/*.html "$fixtures"/real/fujian4/*.html "$fixtures"/real/fujian6/*.html "$fixtures"/real/jiangsu-shanghai/*.html "$fixtures"/pages/report-*.html "$fixtures"/pages/sample-report.html)
# the real pages keep their set's number (007_…, 121_…); the project's pages their name
(cd "$tmp" && npm init -y >/dev/null && npm install --silent html-to-text@10.0.1 turndown@7.2.5 turndown-plugin-gfm@1.0.2 node-html-markdown@2.0.0)
(cd "$tmp" && node "$here/convert.mjs" "$out" "${pages[@]}")
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install --quiet beautifulsoup4==4.15.0 lxml==6.1.3
"$tmp/venv/bin/python" "$here/convert.py" "$out" "${pages[@]}"
node "$here/copy-text.mjs" "$out" "${pages[@]}"
# tables as a crawl archive keeps them, cells each closed by a pipe (pipes.ts, no tool installed); also for two pages
# whose zeros of 表三 and 表四 are printed as blank cells (blank-zeros.mjs writes them beside the texts)
node "$here/blank-zeros.mjs" "$out" "$fixtures"/pages/report-2021-cms.html "$fixtures"/pages/report-2019-split.html
(cd "$here/../../.." && npx tsx tests/tools/crawled/pipes.ts "$out" "${pages[@]}" "$out"/*.zeros-blank.html)
# Common Crawl's extractor (its wheel's other dependency, fastwarc, serves WARC files only: not installed)
"$tmp/venv/bin/pip" install --quiet --no-deps resiliparse==1.0.9
"$tmp/venv/bin/python" "$here/common-crawl.py" "$out" "${pages[@]}" "$out"/*.zeros-blank.html
ls "$out" | wc -l
