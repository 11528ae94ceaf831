#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium through playwright-core (Playwright's own browser download
# is not reachable from every machine). Install it when missing; fail loudly when that is impossible.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] && exit 0
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "installing chromium for the end-to-end tests" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The end-to-end tests need Chromium at $CHROMIUM: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH." >&2
exit 1
