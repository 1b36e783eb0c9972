#!/bin/sh
# t0400-golden: the golden rule tests, tests/golden/*.jsonl: one story per
# grammar rule with the events it must give (and those it must not).  Each
# file is scored by `dyad eval`; a story passes when eval ran cleanly (exit
# 0, no message, every story scored, its output in the format below) and
# printed no MISS or FALSE line for it.  A crash, a broken dictionary or a
# changed output format fails every story of the file.
#
# eval's output: per story "ID<TAB>MISS<TAB>..." or "ID<TAB>FALSE...<TAB>..."
# lines, then "stories N", three score lines ("code level", "roles", "root
# level", each "P=... R=... F1=...  (tp=N fp=N fn=N)") and "P=... R=...
# F1=..." last.  The misses are at root level: their counts must equal the
# root level's fn and fp.
. tests/cli/test-lib.sh

NUM='[0-9][0-9]*\.[0-9][0-9]*'
SCORE="P=$NUM R=$NUM F1=$NUM"
# eval_ok FILE N: the output in $T/out is eval's, complete, for N stories
eval_ok() {
    grep -qx "stories $2" "$T/out" || { echo "     no line 'stories $2'"; return 1; }
    tail -1 "$T/out" | grep -qx "$SCORE" || { echo "     last line not '$SCORE'"; return 1; }
    for l in "code level" "roles" "root level"; do
        grep -qx "$l *$SCORE  (tp=[0-9]* fp=[0-9]* fn=[0-9]*)" "$T/out" ||
            { echo "     no score line '$l'"; return 1; }
    done
    # every other line is a story's MISS or FALSE line
    odd=$(grep -v "^stories [0-9]*$" "$T/out" | grep -v "$SCORE" |
        grep -v "^[^	][^	]*	\(MISS\|FALSE\|FALSE(forbidden)\)	" | head -3)
    [ -z "$odd" ] || { echo "     lines of an unknown format:"; echo "$odd" | sed 's/^/       /'; return 1; }
    fn=$(sed -n 's/^root level .*fn=\([0-9]*\))$/\1/p' "$T/out")
    fp=$(sed -n 's/^root level .*fp=\([0-9]*\) fn=.*$/\1/p' "$T/out")
    miss=$(grep -c "^[^	]*	MISS	" "$T/out")
    nfalse=$(grep -c "^[^	]*	FALSE[^	]*	" "$T/out")
    [ "$miss" = "$fn" ] && [ "$nfalse" = "$fp" ] ||
        { echo "     $miss MISS and $nfalse FALSE lines, but root level fn=$fn fp=$fp"; return 1; }
}

n_files=0
for g in tests/golden/*.jsonl; do
    [ -f "$g" ] || continue
    n_files=$((n_files + 1))
    f=$(basename "$g")
    n=$(grep -c . "$g")
    ids=$(sed -n 's/.*"id": *"\([^"]*\)".*/\1/p' "$g")
    run "$DYAD" eval "$g"
    expect_status "golden $f: eval exits 0" 0
    check "golden $f: eval prints no message" test ! -s "$T/err"
    sed 's/^/     /' "$T/err" | head -5
    file_ok=0
    if [ "$rc" -eq 0 ] && [ ! -s "$T/err" ] && eval_ok "$g" "$n"; then file_ok=1; fi
    check "golden $f: eval's output complete and in its format ($n stories)" test $file_ok -eq 1
    check "golden $f: every story has an id (ids unique)" \
        test "$(echo "$ids" | grep -c .)" -eq "$n" -a "$(echo "$ids" | sort -u | grep -c .)" -eq "$n"
    for id in $ids; do
        if [ $file_ok -eq 0 ]; then
            bad "golden $id (eval of $f failed)"
        elif grep -q "^$id	" "$T/out"; then
            bad "golden $id"; grep "^$id	" "$T/out" | sed 's/^/     /'
        else ok "golden $id"; fi
    done
done
check "golden: the rule files are there (tests/golden/*.jsonl)" test $n_files -ge 2

test_done
