#!/bin/sh
# PostgreSQL URLs with passwords that libpq quotes back in its messages
# (issue 14.2): no message of dyad may show the password, raw or decoded,
# whole or in a piece libpq split off.  Needs no server: each URL fails in
# libpq's parser or on a closed loopback port (127.0.0.1:1).
. tests/cli/test-lib.sh

# URL | secret that must not appear
while IFS='|' read -r url secret; do
    [ -n "$url" ] || continue
    for cmd in "store info" "query" "ingest"; do
        file=
        [ "$cmd" = ingest ] && file=examples/beispiel-de.txt
        # shellcheck disable=SC2086
        run "$DYAD" $cmd --db "$url" $file
        check "$cmd --db '$url': refused (exit 2)" test "$rc" -eq 2
        check_not "$cmd --db '$url': no password in the message" grep -qF "$secret" "$T/err" "$T/out"
    done
done <<'URLS'
postgres://u:hunter2@[::1:5432/db|hunter2
postgres://u:hunter%zz@host/db|hunter
postgresql://u:s%33cret42@127.0.0.1:1/db|s3cret42
postgresql://u:s%33cret42@127.0.0.1:1/db|s%33cret42
postgres://u@127.0.0.1:1/db?password=hunter2&sslmode=disable|hunter2
postgres://u:p@ssw0rd:x@[::1/x|ssw0rd
postgres://u:topsecret@127.0.0.1:1/db?sslmode=bogus|topsecret
URLS
test_done
