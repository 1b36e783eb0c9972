#!/bin/sh
# t1533-ru-gold: the project's own Russian gold stories (tests/gold/ru.jsonl,
# written for dyad and coded by the coding guide) score at least a floor,
# 0.05 below the root-level F1 last measured (0.774, see
# tests/gold/README.md): a broken Russian dictionary or morphology fails here.
. tests/cli/test-lib.sh
gold=tests/gold/ru.jsonl
floor=0.72
if need_file "own gold ru" "$gold"; then
    run "$DYAD" eval "$gold"
    expect_status "own gold ru: dyad eval exits 0" 0
    check "own gold ru: scored every story" grep -q "^stories $(grep -c . "$gold")\$" "$T/out"
    check "own gold ru: root-level F1 >= $floor" awk -v floor="$floor" '
        /^root level/ { for (i = 1; i <= NF; i++) if ($i ~ /^F1=/) { f = substr($i, 4); seen = 1 } }
        END { exit !(seen && f + 0 >= floor + 0) }' "$T/out"
fi
test_done
