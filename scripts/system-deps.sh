#!/usr/bin/env bash
# System packages the test suite needs, installed from Debian's packages when missing (run as root; idempotent).
# `make test` calls this before pytest. Each block installs one thing and does nothing when it is already there.
set -euo pipefail

apt_install() {
  if [ "$(id -u)" != 0 ]; then
    echo "system-deps: $* missing and not root: install it with apt-get install -y $*" >&2
    return 1
  fi
  if [ -z "${APT_UPDATED:-}" ]; then
    apt-get update -qq
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# --- map page: headless Chromium for tests/test_map_e2e.py and benchmarks/bench_map.py ---
if [ ! -x /usr/bin/chromium ]; then
  apt_install chromium
fi
# --- end map page ---
