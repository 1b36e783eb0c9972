#!/bin/sh
# t1647-fr-role-adjectives: on sentences written for this test.  A role
# noun with one or two lower-case adjectives before its country adjective
# (« la chaîne publique française », « les forces armées régulières
# tchadiennes ») takes that country (mentions.c compose_role, only where
# adjectives follow their noun); media nouns the French roles lacked
# (télévision d'État, radio, chaînes: dict/fr/roles.txt MED).
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev chaine "Le Niger a critiqué la chaîne publique belge."
check "fr: role + adjective + country adjective (NER 111 BELMED)" has "NERGOV 111 BELMED fact"
ev forces "Le Niger a critiqué les forces armées régulières tchadiennes."
check "fr: two adjectives before the country adjective (NER 111 TCDMIL)" has "NERGOV 111 TCDMIL fact"
ev tele "Le Niger a critiqué la télévision d'État algérienne."
check "fr: télévision d'État is a medium (NER 111 DZAMED)" has "NERGOV 111 DZAMED fact"
ev radio "Le gouvernement nigérien a suspendu la radio publique française."
check "fr: radio publique (NERGOV 160 FRAMED)" grep -q "^NERGOV [0-9]* FRAMED fact$" "$T/ev"
test_done
