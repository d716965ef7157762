#!/usr/bin/env bash
# Installs the Debian packages named, as root or through sudo (scripts/install-browser.sh, scripts/install-ocr.sh).
#   bash scripts/apt-install.sh PACKAGE...
set -euo pipefail
[ $# -eq 0 ] && exit 0
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
echo "installing $* from Debian" >&2
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "$@" >/dev/null
