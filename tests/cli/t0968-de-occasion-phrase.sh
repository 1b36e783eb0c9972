#!/bin/sh
# t0968: an event noun in a phrase of occasion or time ("nach", "seit",
# "bei", "während": the German occasion_preps) names another happening than
# the clause subject's deed: the subject is not its source.  A meeting or
# cooperation there still is the subject's ("nach Gesprächen mit …").  The
# genitive of a noun of circumstance in a phrase ("am Rande der
# UN-Vollversammlung": circumstance_nouns) belongs to the phrase and is no
# object of the verb.  A role that acts where it is (protesters, police,
# opposition) takes the country of a place its clause names after it
# ("Demonstranten warfen in Madrid Steine": RF_PLACE_AFTER_ROLE), before the
# article's focus; an army does not (it may be abroad).  The people's
# protest taken up from another country's event ("die Opposition hatte die
# Abstimmung boykottiert" after a German minister praised the government) is
# against their own government.
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Zwei Wochen nach dem Anschlag auf eine Schule in Tiflis hat die georgische Polizei drei Verdächtige festgenommen.

Bei Protesten gegen die Regierung in Lima sind am Sonntag zwei Menschen ums Leben gekommen.

Nach Gesprächen mit dem chilenischen Präsidenten hat der argentinische Außenminister neue Hilfen angekündigt.

Der norwegische Regierungschef nannte die Mobilmachung am Rande der UN-Vollversammlung einen Akt der Hilflosigkeit.

Der dänische Regierungschef nannte die Entscheidung der schwedischen Regierung einen Akt der Hilflosigkeit.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "occasion phrases: coded" 0
check_not "the police did not do the attack" grep -qP '\tGEOCOP\t[A-Z]*\t18' "$T/out"
check_not "the dead did not protest" grep -qP '\tPERCVL\tPER[A-Z]*\t14' "$T/out"
check "talks in an occasion phrase stay the subject's" grep -qP '\tARGGOV\tCHLGOV\t04' "$T/out"
check_not "no target at the margin of an assembly" grep -qP '\tNORGOV\tIGOUNO\t' "$T/out"
check "a genitive after the object is still the target" grep -qP '\tDNKGOV\tSWEGOV\t11' "$T/out"

cat > "$T/b.txt" <<'TXT'
Portugal und Brasilien vereinbarten engere Zusammenarbeit. Brasilien und Portugal wollen auch beim Handel kooperieren. Vermummte Demonstranten warfen am Abend in Madrid Steine auf die Polizei.
TXT
run "$DYAD" explain --lang de --date 2024-03-01 "$T/b.txt"
check "protesters are of the place after them" grep -q "actor ESPCVL 'Demonstranten': country from the clause (a place its clause names after it" "$T/out"
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/b.txt"
check "their stone-throwing is coded" grep -qP '\tESPCVL\tESPCOP\t145\t' "$T/out"

cat > "$T/c.txt" <<'TXT'
Der deutsche Außenminister lobte die Regierung Ghanas. Die ghanaische Opposition hatte die Abstimmung boykottiert.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/c.txt"
check "the boycott is against the own government" grep -qP '\tGHAOPP\tGHAGOV\t143\t' "$T/out"
check_not "not against the foreign minister" grep -qP '\tGHAOPP\tDEU[A-Z]*\t' "$T/out"
test_done
