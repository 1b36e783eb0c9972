#!/bin/sh
# t0900-own-gold: the project's own gold set (tests/gold/de.jsonl,
# tests/gold/en.jsonl, stories written for dyad and coded by the coding
# guide) scores at least a floor.  The floors sit 0.03 below the root-level
# F1 last measured (German 0.678, English 0.573, see tests/gold/README.md),
# so a broken coder, grammar or dictionary fails here while a small change
# either way does not.  Raise them when dyad improves.
. tests/cli/test-lib.sh

# f1_at_least FILE FLOOR: the "root level" line of `dyad eval` output in FILE
# has F1 >= FLOOR.
f1_at_least() {
    awk -v floor="$2" '
        /^root level/ { for (i = 1; i <= NF; i++) if ($i ~ /^F1=/) { f = substr($i, 4); seen = 1 } }
        END { if (!seen) { print "     no root-level line"; exit 1 }
              if (f + 0 < floor + 0) { printf "     root F1 %s < floor %s\n", f, floor; exit 1 } }' "$1"
}

for spec in de:0.648 en:0.543; do
    lang=${spec%%:*}; floor=${spec#*:}
    gold=tests/gold/$lang.jsonl
    if need_file "own gold $lang" "$gold"; then
        run "$DYAD" eval "$gold"
        expect_status "own gold $lang: dyad eval exits 0" 0
        cp "$T/out" "$T/eval-$lang.out"
        check "own gold $lang: scored every story" \
            grep -q "^stories $(grep -c . "$gold")\$" "$T/eval-$lang.out"
        check "own gold $lang: root-level F1 >= $floor" f1_at_least "$T/eval-$lang.out" "$floor"
    fi
done
test_done
