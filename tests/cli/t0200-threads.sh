#!/bin/sh
# t0200-threads: --threads N writes the same bytes, in the same order, with
# the same messages and exit status, as one thread.
. tests/cli/test-lib.sh

ex=$(awk '{ gsub(/\\/, "\\\\"); gsub(/"/, "\\\""); printf "%s\\n", $0 }' examples/beispiel-de.txt)
for i in 1 2 3 4 5 6 7 8 9 10 11 12; do
    printf '{"id":"ex%s","date":"2022-05-%02d","text":"%s"}\n' "$i" "$i" "$ex"
    printf '{"id":"p%s","date":"2022-05-10","text":"Polen kritisiert Russland. Die Ukraine hat die Vorwürfe aus Moskau zurückgewiesen."}\n' "$i"
    printf '{"id":"n%s","text":"Frankreich kritisiert Russland."}\n' "$i"
    printf '{"id":"m%s","date":"2022-05-10","text":\n' "$i"
    printf '{"id":"l%s","date":"2022-05-10","lang":"en","text":"France criticised Russia."}\n' "$i"
    printf '{"id":"u%s","date":"2022-05-10","text":"Frankreich \\u00fcberrascht. Japan lobt Indien."}\n' "$i"
done > "$T/threads.jsonl"
run "$DYAD" code --threads 1 "$T/threads.jsonl"
rc1=$rc; mv "$T/out" "$T/th1.out"; mv "$T/err" "$T/th1.err"
run "$DYAD" code --threads 2 "$T/threads.jsonl"
rc2=$rc; mv "$T/out" "$T/th2.out"; mv "$T/err" "$T/th2.err"
check "--threads 2: output byte-identical to --threads 1" cmp -s "$T/th1.out" "$T/th2.out"
check "--threads 2: some events were coded" grep -q '"code":' "$T/th2.out"
check "--threads 2: the same exit status as --threads 1 (1: some articles skipped)" \
    test "$rc1" -eq 1 -a "$rc2" -eq 1
check "--threads 2: the same messages in the same order, naming file:line" sh -c \
    "cmp -s '$T/th1.err' '$T/th2.err' && grep -q 'threads.jsonl:4: malformed JSON' '$T/th2.err'"
awk 'BEGIN { printf "{\"id\":\"long\",\"text\":\""; for (i = 0; i < 5000; i++) printf "a"; print "\"}" }' >> "$T/threads.jsonl"
for t in 1 3; do
    "$DYAD" code --threads $t --format tsv --date 2022-05-10 --max-doc-bytes 600 "$T/threads.jsonl" \
        examples/beispiel-de.txt "$T/nonexistent.jsonl" "$T/threads.jsonl" > "$T/th$t.tsv" 2> "$T/th$t.tsv.err"
    echo $? >> "$T/th$t.tsv.err"
done
check "--threads 3: several files, TSV, caps: output, messages and status identical" \
    sh -c "cmp -s '$T/th1.tsv' '$T/th3.tsv' && cmp -s '$T/th1.tsv.err' '$T/th3.tsv.err' &&
           grep -q 'line over 4696 bytes' '$T/th3.tsv.err' && grep -q '	111	' '$T/th3.tsv'"
run "$DYAD" explain --threads 2 --date 2022-05-10 examples/beispiel-de.txt
mv "$T/out" "$T/thx2"; mv "$T/err" "$T/thx2.err"
run "$DYAD" explain --date 2022-05-10 examples/beispiel-de.txt
check "--threads 2: explain byte-identical (and not empty)" sh -c \
    "test $rc -eq 0 && grep -q 'clause' '$T/out' && cmp -s '$T/out' '$T/thx2' && cmp -s '$T/err' '$T/thx2.err'"
"$DYAD" code --threads 2 "$T/threads.jsonl" > /dev/full 2> "$T/err"
check "--threads 2: full disk: exit 2 with a message" sh -c "test $? -eq 2 && grep -q 'error writing output' '$T/err'"
run "$DYAD" code --threads 0 "$T/threads.jsonl"
expect_status "--threads 0: usage error" 64

test_done
