#!/bin/sh
# t0703-output.sh: the output writers (src/output/), through their unit
# test, and the JSON/TSV escaping as `dyad code` writes it.
. tests/cli/test-lib.sh

if need_file "unit_output" "$BUILD/tests/unit_output"; then
    check "unit_output: escaping and the GDELT row" "$BUILD/tests/unit_output"
fi

# an id with a tab, a quote and a backslash: escaped once, the same way in
# JSON Lines; a space in TSV
printf 'Die Bundesregierung hat Russland am Montag scharf kritisiert.\n' > "$T/a.txt"
run "$DYAD" code --lang de --date 2022-05-10 --id 'x	"y\z' "$T/a.txt"
expect_status "code with an odd id exits 0" 0
check "jsonl: the id escaped" grep -q '^{"doc":"x\\t\\"y\\\\z",' "$T/out"
run "$DYAD" code --lang de --date 2022-05-10 --id 'x	"y\z' --format tsv "$T/a.txt"
check "tsv: the tab in the id is a space" grep -q '^x "y\\z	0	' "$T/out"
run "$DYAD" code --lang de --date 2022-05-10 --id 'x	y' --format gdelt "$T/a.txt"
check "gdelt: the id (no URL) in SOURCEURL, tab as space" \
    sh -c "awk -F'\t' 'NF != 61 || \$61 != \"x y\" { exit 1 }' '$T/out'"
test_done
