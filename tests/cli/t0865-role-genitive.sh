#!/bin/sh
# t0865-role-genitive: a role followed by an actor in its genitive ("den
# Kommandeur der iranischen Brigaden", "the commander of the Iranian
# brigades") is of that actor's country, before the place the sentence
# names (Bagdad); after a name the case is a dative ("sagte Polizist Abdi
# Farah der Deutschen Presse-Agentur": told the agency), which names none.
. tests/cli/test-lib.sh

echo "In Bagdad hat die Polizei den Kommandeur der iranischen Brigaden festgenommen." > "$T/de.txt"
run "$DYAD" code --lang de --date 2024-01-01 "$T/de.txt"
expect_status "genitive: the German article codes" 0
check "genitive: the commander is Iranian" grep -q '"source":"IRQCOP","target":"IRNMIL".*"code":"173"' "$T/out"
run "$DYAD" explain --lang de --date 2024-01-01 "$T/de.txt"
check "genitive: explain names the rule" grep -q "actor IRNMIL 'Kommandeur': country from the phrase (an actor in its genitive: of)" "$T/out"

echo "In Baghdad, police arrested the commander of the Iranian brigades." > "$T/en.txt"
run "$DYAD" explain --lang en --date 2024-01-01 "$T/en.txt"
expect_status "genitive: the English article codes" 0
check "genitive: English 'the commander of the Iranian brigades'" grep -q "actor IRNMIL 'commander': country from the phrase (an actor in its genitive: of)" "$T/out"

echo "Die Lage in Mogadischu sei ruhig, sagte Polizist Abdi Farah der Deutschen Presse-Agentur." > "$T/de2.txt"
run "$DYAD" explain --lang de --date 2024-01-01 "$T/de2.txt"
expect_status "genitive: the dative article codes" 0
check "genitive: after a name, no country from the dative" grep -q "actor SOMCOP 'Polizist Abdi Farah'" "$T/out"
test_done
