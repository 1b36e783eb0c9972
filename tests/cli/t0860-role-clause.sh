#!/bin/sh
# t0860-role-clause: a role with no country of its own takes one from an
# actor before it only within its clause, or from a place
# the sentence names ("drangen in israelische Dörfer ein, töteten
# Zivilisten"); an actor in another clause gives it none ("closed its border
# with Sudan after smugglers attacked soldiers": the smugglers are nobody's).
# explain names the rule that gave the country.
. tests/cli/test-lib.sh

echo "Chad closed its border with Sudan after smugglers attacked soldiers." > "$T/en.txt"
run "$DYAD" code --lang en --date 2024-01-01 "$T/en.txt"
expect_status "role-clause: the English article codes" 0
check_not "role-clause: smugglers after 'after' take no country from Sudan" grep -q '"source":"SDNCRM"' "$T/out"
check_not "role-clause: nor from Chad" grep -q '"source":"TCDCRM"' "$T/out"


echo "Kämpfer aus dem Gazastreifen drangen in israelische Dörfer ein, töteten Zivilisten und verschleppten Menschen." > "$T/de.txt"
run "$DYAD" code --lang de --date 2024-01-01 "$T/de.txt"
expect_status "role-clause: the German article codes" 0
check "role-clause: the civilians are of the place the fighters entered" grep -q '"source":"PSEREB","target":"ISRCVL",.*"target_name":"Zivilisten","code":"1823"' "$T/out"
run "$DYAD" explain --lang de --date 2024-01-01 "$T/de.txt"
check "role-clause: explain names the rule (a place the sentence names)" grep -q "actor ISRCVL 'Zivilisten': country from the clause (an actor before it in its clause, or a place the sentence names)" "$T/out"
check "role-clause: explain names the phrase rule (aus dem Gazastreifen)" grep -q "actor PSEREB 'Kämpfer': country from the phrase (a place after it: in, from)" "$T/out"
test_done
