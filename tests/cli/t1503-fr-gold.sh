#!/bin/sh
# t1503-fr-gold: French quality floors.  tests/gold/fr.jsonl (stories
# written for dyad, coded by the coding guide) and, with $SHARED,
# dev-fr.jsonl score at least a floor 0.03 below the root-level F1 last
# measured (tests/gold/README.md).  Raise the floors when dyad improves;
# the issue's bar for dev-fr is 0.75.
. tests/cli/test-lib.sh

f1_at_least() {
    awk -v floor="$2" '
        /^root level/ { for (i = 1; i <= NF; i++) if ($i ~ /^F1=/) { f = substr($i, 4); seen = 1 } }
        END { if (!seen) { print "     no root-level line"; exit 1 }
              if (f + 0 < floor + 0) { printf "     root F1 %s < floor %s\n", f, floor; exit 1 } }' "$1"
}

gold=tests/gold/fr.jsonl
run "$DYAD" eval "$gold"
expect_status "fr gold: dyad eval exits 0" 0
check "fr gold: scored every story" grep -q "^stories $(grep -c . "$gold")\$" "$T/out"
check "fr gold: root-level F1 >= 0.59" f1_at_least "$T/out" 0.59
if need_file "dev-fr floor" "$SHARED/gold/dev-fr.jsonl"; then
    run "$DYAD" eval "$SHARED/gold/dev-fr.jsonl"
    expect_status "dev-fr: dyad eval exits 0" 0
    check "dev-fr: root-level F1 >= 0.30" f1_at_least "$T/out" 0.30
fi
test_done
