#!/bin/sh
# tests/store.sh DYAD [BACKEND]: the store tests for one backend, "sqlite"
# (the default) or "postgres" (then $STORE_NEW names a command that creates
# an empty database and prints its postgres:// URL; tests/pg.sh provides
# one).  The checks are tests/cli/t0300-ingest.sh, which `make test` runs on
# SQLite; this is its old interface, kept for tests/pg.sh.  Prints ok/FAIL
# lines and a count line last; exits non-zero on any failure.
DYAD=${1:-./dyad}
STORE_BACKEND=${2:-sqlite}
export DYAD STORE_BACKEND
exec sh tests/cli/t0300-ingest.sh
