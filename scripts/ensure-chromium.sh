#!/usr/bin/env bash
# Browser tests drive Debian's Chromium: find it, or install it where we are allowed to.
set -euo pipefail
candidate="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$candidate" ]; then
  exit 0
fi
echo "Chromium not found at $candidate: installing Debian's chromium package for the browser tests." >&2
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  [ -x /usr/bin/chromium ] && exit 0
fi
cat >&2 <<'MSG'
Could not install Chromium. The browser tests need it:
  - on Debian/Ubuntu as root:  apt-get install chromium
  - elsewhere: install Chromium and set CHROMIUM_PATH=/path/to/chromium
MSG
exit 1
