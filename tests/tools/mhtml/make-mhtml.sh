#!/usr/bin/env bash
# Report pages saved whole as one file (MHTML), as auditors keep them for evidence:
# - <name>.mhtml: Chromium's own writer (Save Page As 「网页，单个文件」; save-mhtml.mjs) over the project's report pages
#   (tests/fixtures/pages/) and the real pages of tests/fixtures/real/fujian and fujian2, each saved from a localhost
#   address;
# - <name>.word.mht / <name>.b64.mht: Word's and Internet Explorer's single-file web page as Python's email package writes
#   it (word-mht.py): GB2312 and quoted-printable, or UTF-8 in base64 with a `start` parameter.
# Needs Debian's chromium (scripts/install-browser.sh), the dev dependencies (playwright-core) and python3; CI does
# not run this, the files are committed. tests/corpus/mhtml.test.ts audits each beside its page.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
fixtures="$here/../../fixtures"
out="$fixtures/mhtml"
mkdir -p "$out"
cd "$fixtures"
pages=$(ls pages/report-*.html pages/sample-report.html real/fujian/*.html real/fujian2/*.html)
node "$here/save-mhtml.mjs" . "$out" $pages
for name in report-late report-2019-split sample-report; do
  python3 "$here/word-mht.py" "pages/$name.html" "$out/$name.word.mht"
done
for name in report-city-bureau report-zone-march; do
  python3 "$here/word-mht.py" --base64 "pages/$name.html" "$out/$name.b64.mht"
done
