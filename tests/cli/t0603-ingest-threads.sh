#!/bin/sh
# t0603-ingest-threads.sh: dyad ingest --threads N codes on the ordered
# pool of libdyad (dy_run, put mode) and stores in input order: the same
# messages, the same store and the same events as one thread, with bad
# lines, an article without id, languages to choose and plain text files
# among the inputs.
. tests/cli/test-lib.sh
F=tests/store
{
    awk '{ for (i = 0; i < 40; i++) { l = $0; sub(/"id":"/, "\"id\":\"t" i "-", l); print l } }' \
        $F/same-meeting.jsonl $F/two-meetings.jsonl $F/summit.jsonl
    echo '{"id":"bad",'
    echo '{"id":"","date":"2023-03-01","text":"Polen kritisierte Russland."}'
    echo '{"id":"nodate","text":"Polen kritisierte Russland."}'
    echo
    cat tests/langid/mixed.jsonl
} > "$T/in.jsonl"
printf 'Polen kritisierte Russland am Dienstag scharf.\n' > "$T/a.txt"

for n in 1 3; do
    run "$DYAD" ingest --quiet --lang auto --lang-fallback guess --batch 7 --threads $n \
        --date 2023-03-05 --db "$T/s$n.db" "$T/in.jsonl" "$T/a.txt"
    echo "rc=$rc" >> "$T/err"
    grep -v '^dyad ingest: ' "$T/err" > "$T/err$n"
    sed -n 's/^\(dyad ingest: [^;]*;[^;]*;\).*/\1/p' "$T/err" >> "$T/err$n"
    "$DYAD" query --db "$T/s$n.db" --format tsv --mentions > "$T/q$n"
done
check "ingest --threads 3: exit 1 (lines skipped), as one thread" grep -q '^rc=1$' "$T/err3"
check "ingest --threads 3: the same messages, in the same order" cmp "$T/err1" "$T/err3"
check "ingest --threads 3: the summary counts" grep -q 'articles read, .* stored, 0 unchanged' "$T/err3"
check "ingest --threads 3: the same events and mentions" cmp "$T/q1" "$T/q3"
check "ingest --threads 3: events stored" test "$(wc -l < "$T/q3")" -gt 100
check "ingest --threads 3: the bad lines named" sh -c "grep -q 'in.jsonl:[0-9]*: malformed JSON' '$T/err3' && grep -q 'in.jsonl:[0-9]*: the article has no id' '$T/err3'"
run "$DYAD" store check --db "$T/s3.db"
expect_status "ingest --threads 3: the store is consistent" 0
run "$DYAD" ingest --threads 0 --db "$T/x.db" "$T/a.txt"
expect_status "ingest --threads 0: a usage error" 64
test_done
