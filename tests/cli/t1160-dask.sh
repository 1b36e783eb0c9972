#!/bin/sh
# The Dask example (examples/dask/code_dask.py, issue 14): a LocalCluster of
# two worker processes codes the project's own gold articles partition by
# partition with the Python binding; the events must equal `dyad code` on
# the same file, event for event.  Uses Debian's python3 with
# python3-distributed and python3-cffi (make deps).
. tests/cli/test-lib.sh

if [ -n "${DYAD_SANITIZER_LOGS:-}" ]; then
    # make asan: python would have to preload libasan to load the
    # sanitizer build's library; make test runs these checks
    skip "python: not under the sanitizer build (make test runs it)"
    test_done
fi
PY=${PYTHON:-/usr/bin/python3}
[ -x "$PY" ] || PY=python3
if ! "$PY" -c 'import cffi, distributed' 2> /dev/null; then
    if [ "${CI:-}" = true ]; then bad "dask: $PY lacks cffi or distributed (make deps)"
    else skip "dask: $PY lacks cffi or distributed (make deps)"; fi
    test_done
fi
need_file "dask example" "$BUILD/libdyad.so" || test_done
cat tests/gold/de.jsonl tests/gold/en.jsonl > "$T/corpus.jsonl"
printf '%s\n' '{"id":"bad","date":"2022-01-01"' >> "$T/corpus.jsonl"
export DYAD_LIB="$BUILD/libdyad.so" DYAD_DICT=dict PYTHONPATH=python
run "$PY" examples/dask/code_dask.py "$T/corpus.jsonl" "$T/dask.jsonl" --workers 2 --partitions 7
expect_status "dask: the corpus is coded (exit 1: the malformed last line)" 1
check "dask: the malformed line is named" grep -q "corpus.jsonl:$(wc -l < "$T/corpus.jsonl"):" "$T/err"
"$DYAD" code --input jsonl "$T/corpus.jsonl" > "$T/cli.jsonl" 2> /dev/null
check "dask: events coded" test "$(wc -l < "$T/dask.jsonl")" -gt 100
run "$PY" - "$T/dask.jsonl" "$T/cli.jsonl" <<'PY'
import json, sys
keys = ("doc", "sent", "date", "lang", "source", "target", "code", "root", "quad",
        "goldstein", "mood", "evidence", "rule")
def load(p):
    with open(p, encoding="utf-8") as f:
        return [tuple([json.loads(l)[k] for k in keys] + [json.dumps(json.loads(l)["spans"]["source"])])
                for l in f]
a, b = load(sys.argv[1]), load(sys.argv[2])
print(len(a), len(b))
sys.exit(0 if a == b else 1)
PY
expect_status "dask: the same events as dyad code, in the same order" 0
test_done
