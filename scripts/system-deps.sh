#!/usr/bin/env bash
# System packages the tests need, from Debian packages; idempotent (installs only what is missing).
# Run as root (or with sudo): `sudo scripts/system-deps.sh`. `make test` calls it.
set -euo pipefail

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
  echo "system-deps: need root to run: $*" >&2; return 1; fi; }

# --- PostgreSQL (branch pg): a real server for the store tests, started per test session by tests/pgcluster.py ---
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "system-deps: installing PostgreSQL from Debian packages" >&2
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 \
    || as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql
fi
# --- end PostgreSQL ---
