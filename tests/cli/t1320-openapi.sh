#!/bin/sh
# docs/openapi.yaml describes what dyad serve answers: every documented
# path is requested (tests/cli/openapi-check.py), and each answer's status,
# content type and JSON body must match the spec (required fields, types,
# null, enums, no undocumented field).  The validator itself must reject
# wrong documents (--self-test).
. tests/cli/test-lib.sh

if ! command -v curl > /dev/null 2>&1 || ! python3 -c 'import yaml' 2> /dev/null; then
    if [ "${CI:-}" = true ]; then bad "curl and python3-yaml are needed (make deps)"; else skip "curl or python3-yaml missing"; fi
    test_done
fi
. tests/cli/serve-lib.sh

run python3 tests/cli/openapi-check.py docs/openapi.yaml --self-test
expect_status "the validator rejects wrong documents" 0
check "the validator: 6 self-test lines" test "$(grep -c '^ok ' "$T/out")" -eq 6

run "$DYAD" ingest --db "$T/s.db" examples/relations/articles.jsonl
expect_status "ingest the demo articles" 0
id=$("$DYAD" query --db "$T/s.db" --limit 1 | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
check "serve starts" start_server main --db "$T/s.db"
python3 tests/cli/openapi-check.py docs/openapi.yaml "http://127.0.0.1:$PORT" "$id" > "$T/check"
rc=$?
while IFS= read -r line; do
    case $line in
        "ok   "*) ok "openapi: ${line#ok   }" ;;
        *) bad "openapi: ${line#FAIL }" ;;
    esac
done < "$T/check"
check "openapi: the check exits 0" test "$rc" -eq 0
check "openapi: 20 requests checked" test "$(grep -c '^ok ' "$T/check")" -eq 20
test_done
