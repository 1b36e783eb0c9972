#!/bin/sh
# t0410-gold-bars: the quality bars on the gold files in $SHARED (../shared,
# not in the repository): root-level F1 of `dyad eval` on seed-de (issue 2),
# dev-de (issue 2) and dev-en (issue 4).  A missing file is skipped, and says
# so; under CI (CI=true) it is a failure.
. tests/cli/test-lib.sh

# bar NAME FILE MIN: eval FILE exits 0 with a well-formed score line whose
# F1 is at least MIN.  The eval output stays in $T/out.
bar() {
    run "$DYAD" eval "$2"
    f1=$(tail -1 "$T/out" | sed -n 's/^P=[0-9.]* R=[0-9.]* F1=\([0-9][0-9]*\.[0-9]*\)$/\1/p')
    echo "     $1 root-level F1=${f1:-(none: exit $rc, last line '$(tail -1 "$T/out")')}"
    check "$1: F1 >= $3 ($4)" sh -c "test $rc -eq 0 && test -n '$f1' && awk 'BEGIN { exit !($f1 >= $3) }'"
}

G=$SHARED/gold
if need_file "seed-de bars" "$G/seed-de.jsonl"; then
    bar seed-de "$G/seed-de.jsonl" 0.85 "issue 2 bar"
    check "seed-de: no forbidden event (eval exit 0, stories scored)" sh -c \
        "test $rc -eq 0 && grep -q '^stories [1-9]' '$T/out' && ! grep -q 'FALSE(forbidden)' '$T/out'"
fi
if need_file "dev-de bar" "$G/dev-de.jsonl"; then
    bar dev-de "$G/dev-de.jsonl" 0.75 "issue 2 bar"
fi
if need_file "dev-en bar" "$G/dev-en.jsonl"; then
    bar dev-en "$G/dev-en.jsonl" 0.75 "issue 4 bar"
fi

test_done
