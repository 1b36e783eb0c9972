#!/bin/sh
# t0110-hostile: `dyad code` on bad input and in bad conditions: binary junk,
# fragments, a long line, the document cap, a full disk, a closed pipe, a
# missing file, a broken dictionary line.  (tests/cli/t0530-pathological.sh
# has the big inputs with time and memory bounds.)
. tests/cli/test-lib.sh

# binary junk: deterministic bytes (seeded), so that a failure reproduces
for seed in 1 2 3 4 5; do
    LC_ALL=C awk -v s=$seed 'BEGIN { srand(s); for (i = 0; i < 200000; i++) printf "%c", int(rand() * 256) }' > "$T/junk.bin"
    # (--lang de: without it junk has no language and is skipped before
    # the coder sees it; the check below is of the coder's UTF-8 repair)
    run timeout 60 "$DYAD" code --lang de --date 2022-05-10 "$T/junk.bin"
    check "binary junk (seed $seed): no crash, no hang (exit 0 or 1)" test $rc -le 1
    check "binary junk (seed $seed): invalid UTF-8 reported" grep -q "invalid UTF-8" "$T/err"
done
# a verbless fragment before a subordinate clause: the clause chain must end
printf 'Heute, dass er kam. Morgen, ob sie geht, wenn es regnet.\n' > "$T/frag.txt"
run timeout 10 "$DYAD" code --date 2022-05-10 "$T/frag.txt"
expect_status "fragments before subordinate clauses: no hang" 0

awk 'BEGIN { for (i = 0; i < 300000; i++) printf "Wort "; print "" }' > "$T/long.txt"
run "$DYAD" code --lang de --date 2022-05-10 --max-doc-bytes 2000000 "$T/long.txt"
expect_status "a long line without sentence end is coded (split at the sentence cap)" 0
run "$DYAD" code --lang de --date 2022-05-10 --max-doc-bytes 1000 "$T/long.txt"
check "over the document cap: refused with a message (exit 1)" sh -c \
    "test $rc -eq 1 && grep -q 'over the document cap' '$T/err'"

run "$DYAD" code --date 2022-05-10 examples/beispiel-de.txt
rc_good=$rc
"$DYAD" code --date 2022-05-10 examples/beispiel-de.txt > /dev/full 2> "$T/err"
rc=$?
check "full disk: exit 2 (the same run to a file exits $rc_good)" test $rc -eq 2 -a $rc_good -eq 0
check "full disk: error message" grep -q "error writing output" "$T/err"

for i in 1 2 3 4 5 6 7 8 9 10; do cat examples/beispiel-de.txt; done > "$T/ten.txt"
"$DYAD" code --date 2022-05-10 "$T/ten.txt" 2> "$T/err" | head -1 > "$T/head"
check "a closed pipe ends the run without a message (after a first event)" sh -c \
    "grep -q '\"code\":' '$T/head' && ! test -s '$T/err'"

run "$DYAD" code "$T/nonexistent.txt" --date 2022-05-10
check "missing file: named (exit 2)" sh -c "test $rc -eq 2 && grep -q 'nonexistent.txt: cannot open' '$T/err'"

mkdir -p "$T/dict"
cp -r dict/. "$T/dict/"
printf 'kritisieren  9999  tgt=obj\n' >> "$T/dict/de/verbs.txt"
run "$DYAD" dict check --dict "$T/dict"
check "broken dictionary line: exit 2" test $rc -eq 2
n=$(wc -l < "$T/dict/de/verbs.txt")
check "broken dictionary line: named with file:line" grep -q "dict/de/verbs.txt:$n: .*9999" "$T/err"

test_done
