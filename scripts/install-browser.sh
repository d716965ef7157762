#!/usr/bin/env bash
# Debian's Chromium and Firefox ESR for the browser tests and `npm start`; CJK fonts, which the browser
# tests measure and screenshots need. Never downloads a browser of its own: only Debian's packages.
#   bash scripts/install-browser.sh            chromium + firefox-esr + fonts-noto-cjk (CI too: the browser
#                                              tests measure Chinese text)
#   bash scripts/install-browser.sh --no-fonts chromium + firefox-esr
set -euo pipefail
packages=()
[ -x /usr/bin/chromium ] || packages+=(chromium)
[ -x /usr/bin/firefox-esr ] || packages+=(firefox-esr)
if [ "${1:-}" != "--no-fonts" ] && ! fc-list 2>/dev/null | grep -qi "CJK"; then packages+=(fonts-noto-cjk); fi
[ ${#packages[@]} -eq 0 ] && exit 0
exec bash "$(dirname "$0")/apt-install.sh" "${packages[@]}"
