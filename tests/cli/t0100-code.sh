#!/bin/sh
# t0100-code: `dyad code` on the example article and on a JSON Lines batch
# (the output contract's fields, TSV, GDELT, per-line errors), `explain`
# and `split`.
. tests/cli/test-lib.sh

run "$DYAD" code --date 2022-05-10 examples/beispiel-de.txt
cp "$T/out" "$T/out.jsonl"
expect_status "code: exit 0 on a good article" 0
check "code: JSON Lines with the contract's fields" \
    grep -q '"doc":.*"sent":.*"date":.*"source":.*"target":.*"source_name":.*"target_name":.*"code":.*"root":.*"quad":.*"goldstein":.*"mood":.*"evidence":.*"spans":.*"rule":' "$T/out.jsonl"
check "code: Baerbock criticises Russia" grep -q '"source":"DEUGOV","target":"RUSGOV".*"code":"111"' "$T/out.jsonl"
# (the run above must have coded events, or "nothing" would pass)
check "code: the speculation is not coded (of the events coded)" sh -c \
    "test $rc -eq 0 && test -s '$T/out.jsonl' && ! grep -q '\"POL' '$T/out.jsonl'"

run "$DYAD" code --date 2022-05-10 --format tsv examples/beispiel-de.txt
check "code: TSV header" sh -c "test $rc -eq 0 && head -1 '$T/out' | grep -q '^doc	sent	date	source	target	code'"
run "$DYAD" code --date 2022-05-10 --format gdelt examples/beispiel-de.txt
check "code: GDELT rows have 61 columns" sh -c "test $rc -eq 0 && test -s '$T/out' && awk -F'\t' 'NF != 61 { exit 1 }' '$T/out'"

printf '%s\n' '{"id":"a","date":"2022-05-10","text":"Frankreich kritisiert Russland."}' \
    '{"id":"b","date":"2022-05-10","text":' \
    '{"id":"c","text":"Frankreich kritisiert Russland."}' \
    '{"id":"d","date":"9999-99-99","text":"Frankreich kritisiert Russland."}' \
    '[1,2]' \
    '{"id":"e","date":"2022-05-11","text":"Polen kritisiert Russland.","extra":{"x":1}}' > "$T/batch.jsonl"
# (--lang de: three words are too few to identify the language, t0620)
run "$DYAD" code --lang de "$T/batch.jsonl"
expect_status "jsonl: exit 1 when articles were skipped" 1
check "jsonl: malformed JSON named with file:line" grep -q "batch.jsonl:2: malformed JSON" "$T/err"
check "jsonl: missing date named with file:line" grep -q "batch.jsonl:3: article c has no date" "$T/err"
check "jsonl: absurd date refused" grep -q "batch.jsonl:4: .*invalid date" "$T/err"
check "jsonl: non-object line refused" grep -q "batch.jsonl:5: not a JSON object" "$T/err"
check "jsonl: the rest of the batch is coded" sh -c "grep -q '\"doc\":\"a\"' '$T/out' && grep -q '\"doc\":\"e\"' '$T/out'"

: > "$T/empty.txt"
run "$DYAD" code --date 2022-05-10 "$T/empty.txt"
expect_status "empty file: exit 1" 1
check "empty file: named" grep -q "empty.txt: empty input" "$T/err"

run "$DYAD" explain --date 2021-03-10 examples/beispiel-de.txt
check "explain: clauses, rules and moods" sh -c "test $rc -eq 0 && grep -q 'clause' '$T/out' &&
    grep -q 'rule=dict/de/verbs.txt:' '$T/out' && grep -q 'not coded: speculation' '$T/out'"

run "$DYAD" split examples/beispiel-de.txt
check "split: six sentences" sh -c "test $rc -eq 0 && test \$(wc -l < '$T/out') -eq 6"

test_done
