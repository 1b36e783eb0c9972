#!/bin/sh
# Merging rebuilds only the span a batch can change (issue 14.6), and that
# span is right: dense keys (the same pair and code every one to four days)
# ingested in shuffled batches give exactly the events of a full rebuild
# (store remerge), for windows of 1, 3 and 7 days.
. tests/cli/test-lib.sh

# 400 articles on 3 keys over about two years; dates and order from a
# seeded generator, so a failure reproduces
awk 'BEGIN {
    srand(14); d = 0
    split("Frankreich kritisiert Russland.|Polen kritisiert Russland.|Frankreich lobt Polen.", s, "|")
    for (i = 0; i < 400; i++) {
        d += int(rand() * 4)
        y = 2020 + int(d / 336); m = 1 + int((d % 336) / 28); day = 1 + d % 28
        printf "%f\t{\"id\":\"m%03d\",\"date\":\"%04d-%02d-%02d\",\"lang\":\"de\",\"text\":\"%s\"}\n", \
            rand(), i, y, m, day, s[1 + int(rand() * 3)]
    }
}' | sort -n | cut -f2 > "$T/all.jsonl"
check "400 articles written" test "$(wc -l < "$T/all.jsonl")" -eq 400

for w in 1 3 7; do
    rm -f "$T/s.db"*
    (cd "$T" && split -l 25 --additional-suffix=.jsonl all.jsonl part-)
    ok_all=0
    for p in "$T"/part-*.jsonl; do
        "$DYAD" ingest --db "$T/s.db" --window $w "$p" > /dev/null 2> "$T/err" || ok_all=1
    done
    rm -f "$T"/part-*.jsonl
    check "window $w: 16 batches ingested" test $ok_all -eq 0
    run "$DYAD" query --db "$T/s.db" --format tsv
    cut -f3-9,16-20,25-28 "$T/out" | sort > "$T/inc.tsv"
    run "$DYAD" store check --db "$T/s.db"
    expect_status "window $w: consistent after the batches" 0
    run "$DYAD" store remerge --db "$T/s.db" --window $w
    expect_status "window $w: remerge" 0
    run "$DYAD" query --db "$T/s.db" --format tsv
    cut -f3-9,16-20,25-28 "$T/out" | sort > "$T/full.tsv"
    check "window $w: events exist" test "$(wc -l < "$T/full.tsv")" -gt 10
    check "window $w: batches give the events of a full rebuild" cmp -s "$T/inc.tsv" "$T/full.tsv"
done
test_done
