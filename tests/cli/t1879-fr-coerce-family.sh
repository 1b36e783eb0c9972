#!/bin/sh
# t1879-fr-coerce-family: on sentences written for this test.  The 17
# family in wire French: « chasser / renvoyer l'ambassadeur, des
# diplomates » (174), « bannir X de son territoire » (174), « suspendre /
# fermer une chaîne, un journal » (1721, not 160), « suspendre X de ses
# fonctions » (172), « faire usage de la force contre les manifestants »
# (175); « chasser les jihadistes de la ville » is no expulsion (dict/fr/).
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2024-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev chasser "Le Mali a chassé l'ambassadeur de France."
check "fr: chasser l'ambassadeur (MLIGOV 174 FRAGOV)" has "MLIGOV 174 FRAGOV fact"
ev renvoyer "Moscou a renvoyé dix diplomates allemands."
check "fr: renvoyer des diplomates (RUSGOV 174 DEUGOV)" has "RUSGOV 174 DEUGOV fact"
ev bannir "Le gouvernement algérien a banni le journaliste français de son territoire."
check "fr: bannir (DZAGOV 174 FRAMED)" has "DZAGOV 174 FRAMED fact"
ev chaine "Le Burkina Faso a suspendu la chaîne française LCI."
check "fr: suspendre une chaîne (BFAGOV 1721 FRAMED)" has "BFAGOV 1721 FRAMED fact"
check_not "fr: … not 160" grep -q " 160 " "$T/ev"
ev fonctions "Le président malien a suspendu le chef d'état-major de l'armée malienne de ses fonctions."
check "fr: suspendre de ses fonctions (MLIGOV 172 MLIMIL)" has "MLIGOV 172 MLIMIL fact"
ev force "La police kényane a fait usage de la force contre les manifestants kényans."
check "fr: faire usage de la force contre des manifestants (KENCOP 175 KENCVL)" has "KENCOP 175 KENCVL fact"
ev jihadistes "L'armée malienne a chassé les jihadistes de la ville."
check_not "fr: chasser des combattants: no 174" grep -q " 174 " "$T/ev"
test_done
