#!/bin/sh
# t0866-apposed-name: a name we do not know, set off by commas after a role
# ("den Oppositionsführer des Landes, Kato Mbabazi,"), is learnt with the
# role's code, so a later surname alone ("Mbabazi warf … vor") finds the
# person again.
. tests/cli/test-lib.sh

printf 'KAMPALA – Die Polizei hat den wichtigsten Oppositionsführer des Landes, Kato Mbabazi, am Montag festgenommen. Mbabazi warf der Regierung Wahlbetrug vor.\n' > "$T/de.txt"
run "$DYAD" code --lang de --date 2024-01-01 "$T/de.txt"
expect_status "apposed: the article codes" 0
check "apposed: the surname alone is the opposition leader" grep -q '"source":"UGAOPP","target":"UGAGOV".*"code":"112"' "$T/out"
check "apposed: the arrest is coded" grep -q '"source":"UGACOP","target":"UGAOPP".*"code":"173"' "$T/out"
run "$DYAD" explain --lang de --date 2024-01-01 "$T/de.txt"
check "apposed: explain says where the surname's country came from" grep -q "actor UGAOPP 'Mbabazi': country from a person named earlier (a name learnt with its role earlier in the article)" "$T/out"
test_done
