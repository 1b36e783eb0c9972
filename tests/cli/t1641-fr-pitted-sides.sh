#!/bin/sh
# t1641-fr-pitted-sides: on sentences written for this test.  « De
# violents combats ont opposé X à Y »: a verb that pits its object against
# its « à » phrase (lang.h pit_verbs, pit_preps; French opposer) names the
# two sides of the event noun before it, both ways (nouns.c noun_between),
# also over a day and a place after the verb; « opposer son veto à » keeps
# its own pattern.
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev fight "De violents combats ont opposé l'armée malienne aux rebelles touareg."
check "fr: combats ont opposé X à Y: X 190 Y" has "MLIMIL 190 MLIREB fact"
check "fr: … and Y 190 X" has "MLIREB 190 MLIMIL fact"
ev place "Des combats ont opposé jeudi à Bamako l'armée malienne aux soldats burkinabés."
check "fr: over a day and a place after the verb (MLIMIL 190 BFAMIL)" has "MLIMIL 190 BFAMIL fact"
check_not "fr: the place is no side" grep -q "MLIGOV" "$T/ev"
ev clash "Des affrontements opposent depuis lundi la police guinéenne aux manifestants."
check "fr: the present tense, a noun of clashes (GINCOP 190 GINCVL)" has "GINCOP 190 GINCVL fact"
ev veto "La Chine a opposé son veto à la résolution japonaise."
check "fr: opposer son veto à stays a veto (CHN 129 JPN)" has "CHNGOV 129 JPNGOV fact"
test_done
