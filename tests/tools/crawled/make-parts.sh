#!/usr/bin/env bash
# Crawled text of real pages whose 表四 is re-set in parts (tests/fixtures/crawled-parts/README.md): the pages of
# 平潭综合实验区行政审批局 2024 (706: its 表四 breaks its own total) and 沭阳县发展和改革局 2023 (904) re-set by
# reset-appeals.ts, then converted by the same tools and versions as make-crawled.sh. Needs network to the npm and PyPI
# registries, python3, Debian's chromium and the dev dependencies. CI does not run this.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
fixtures="$here/../../fixtures"
out="$fixtures/crawled-parts"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out" "$tmp/pages"
(cd "$here/../../.." && npx tsx tests/tools/crawled/reset-appeals.ts "$tmp/pages" "$fixtures"/real/fujian6/706_pingtan-xzspj-2024.html "$fixtures"/real/jiangsu-shanghai/904_shuyang-fgj-2023.html)
pages=("$tmp"/pages/*.html)
(cd "$tmp" && npm init -y >/dev/null && npm install --silent html-to-text@10.0.1 turndown@7.2.5 turndown-plugin-gfm@1.0.2 node-html-markdown@2.0.0)
(cd "$tmp" && node "$here/convert.mjs" "$out" "${pages[@]}")
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install --quiet beautifulsoup4==4.15.0 lxml==6.1.3
"$tmp/venv/bin/python" "$here/convert.py" "$out" "${pages[@]}"
node "$here/copy-text.mjs" "$out" "${pages[@]}"
(cd "$here/../../.." && npx tsx tests/tools/crawled/pipes.ts "$out" "${pages[@]}")
"$tmp/venv/bin/pip" install --quiet --no-deps resiliparse==1.0.9
"$tmp/venv/bin/python" "$here/common-crawl.py" "$out" "${pages[@]}"
ls "$out" | wc -l
