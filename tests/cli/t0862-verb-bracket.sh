#!/bin/sh
# t0862-verb-bracket: German "X hat Y, Name, festgenommen": the commas of an
# apposition split the verb bracket; the participle alone after them closes
# the bracket its clause opened, so subject and object meet in one event.
# A participle clause with its own auxiliary, or after a closed bracket, stays
# apart.
. tests/cli/test-lib.sh

echo "Die ugandische Polizei hat den wichtigsten Oppositionsführer des Landes, Kato Mbabazi, am Montag vorübergehend festgenommen." > "$T/a.txt"
run "$DYAD" code --lang de --date 2024-01-01 "$T/a.txt"
expect_status "bracket: the article codes" 0
check "bracket: police arrested the opposition leader" grep -q '"source":"UGACOP","target":"UGAOPP".*"code":"173"' "$T/out"
run "$DYAD" explain --lang de --date 2024-01-01 "$T/a.txt"
check "bracket: explain shows one clause up to the participle" grep -q 'clause 0 \[main\]: Die ugandische Polizei hat .*, Kato Mbabazi, am Montag vorübergehend festgenommen\.' "$T/out"

echo "Die ugandische Polizei hat den Oppositionsführer Kato Mbabazi kritisiert, später festgenommen." > "$T/b.txt"
run "$DYAD" explain --lang de --date 2024-01-01 "$T/b.txt"
expect_status "bracket: explain runs" 0
check "bracket: a closed bracket keeps the participle clause apart" grep -q 'clause 1 \[main\]: später festgenommen' "$T/out"
test_done
