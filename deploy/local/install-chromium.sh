#!/usr/bin/env bash
# Installs Debian's headless-capable Chromium, its WebDriver and a Chinese font for the browser tests in
# system-tests, unless they are there already. Needs root (or sudo) and apt-get.
set -euo pipefail

if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver && -d /usr/share/fonts/truetype/wqy ]]; then
  exit 0
fi
if [[ $(id -u) -ne 0 ]]; then
  exec sudo "$0" "$@"
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends chromium chromium-driver fonts-wqy-zenhei
