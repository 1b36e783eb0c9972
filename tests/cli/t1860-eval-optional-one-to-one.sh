#!/bin/sh
# t1860-eval-optional-one-to-one: `dyad eval` matches the predictions left
# over after the required gold events to the optional ones one to one
# (coding guide §4, "Scoring"): an optional event excuses one prediction,
# which counts neither for nor against; a second prediction it would match is
# a false positive.  Before, every leftover prediction that matched any
# optional event was left out.  A story written for this test.
. tests/cli/test-lib.sh

cat > "$T/gold.jsonl" <<'EOF2'
{"id":"opt-1","date":"2024-03-01","lang":"de","text":"Frankreich kritisierte Russland scharf. Frankreich beschuldigte Russland der Spionage. Japan lobte Indien.","events":[{"source":"JPN","target":"IND","code":"051","alt":[],"symmetric":false,"optional":false},{"source":"FRA","target":"RUS","code":"111","alt":["11"],"symmetric":false,"optional":true}]}
EOF2
run "$DYAD" eval "$T/gold.jsonl"
expect_status "eval: scored (exit 0)" 0
check "the story codes both reproaches (111 and 1125) and the praise" \
    test "$("$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/gold.jsonl" | grep -c 'FRAGOV.RUSGOV.11')" -eq 2
check "one of the two reproaches is a false positive" \
    test "$(grep -c 'FALSE.FRAGOV 11' "$T/out")" -eq 1
check "root-level precision 1 of 2" grep -q '^root level.*P=0.500 R=1.000' "$T/out"
test_done
