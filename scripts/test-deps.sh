#!/usr/bin/env bash
# Installs what the test suite needs beyond Go, when missing:
# Debian's chromium (headless browser tests of the web UI).
# Tests that need a missing tool skip with a message, so this script is
# safe to skip on a machine without root; CI runs it.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
command -v python3 >/dev/null 2>&1 || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing: ${need[*]}"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "not installing ${need[*]} (needs root and apt-get); the tests that use them will skip" >&2
  fi
fi
