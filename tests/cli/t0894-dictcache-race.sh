#!/bin/sh
# t0894: processes that build the dictionary cache at once each write a
# temporary file and rename it into place: every one codes as without a
# cache, and one whole cache file is left, no temporary.
. tests/cli/test-lib.sh
export DYAD_DICT=dict DYAD_CACHE="$T/cache"
A=$T/a.jsonl
echo '{"id":"a1","date":"2021-03-04","lang":"de","text":"Merkel traf Putin in Berlin."}' > "$A"
DYAD_CACHE=off "$DYAD" code "$A" > "$T/want" 2> /dev/null
for round in 1 2; do
    rm -rf "$T/cache"
    for i in 1 2 3 4 5 6; do
        "$DYAD" code "$A" > "$T/out.$i" 2> "$T/err.$i" &
    done
    wait
    same=0
    for i in 1 2 3 4 5 6; do cmp -s "$T/want" "$T/out.$i" && same=$((same + 1)); done
    check "round $round: six processes at once code the same" test $same -eq 6
    check "round $round: one file left, no temporary" test "$(ls "$T/cache" | wc -l)" -eq 1
    DYAD_CACHE_TRACE=1 "$DYAD" code "$A" > "$T/after" 2> "$T/after.err"
    check "round $round: the file left is whole (a hit)" grep -q "hit" "$T/after.err"
    check "round $round: and codes the same" cmp -s "$T/want" "$T/after"
done
test_done
