#!/usr/bin/env bash
# System packages the test suite needs, installed from Debian's packages when missing; idempotent.
# Run as root (or with sudo available); `make test` calls it before pytest. Each block installs one thing and does
# nothing when it is already there.
set -euo pipefail

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
  echo "system-deps: need root to run: $*" >&2; return 1; fi; }

APT_UPDATED=""
apt_install() {
  if [ -z "$APT_UPDATED" ]; then
    as_root apt-get update -qq
    APT_UPDATED=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# --- map page: headless Chromium for tests/test_map_e2e.py and benchmarks/bench_map.py ---
if [ ! -x /usr/bin/chromium ]; then
  echo "system-deps: installing Chromium from Debian packages" >&2
  apt_install chromium
fi
# --- end map page ---

# --- PostgreSQL: a real server for the store tests, started per test session by tests/pgcluster.py ---
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "system-deps: installing PostgreSQL from Debian packages" >&2
  apt_install postgresql-15 || apt_install postgresql
fi
# --- end PostgreSQL ---
