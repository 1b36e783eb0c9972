#!/bin/sh
# t1657-fr-igo-names: on sentences written for this test.  French names of
# organisations the lists lacked: the Cédéao with its accents (the folded
# CEDEAO missed it), « la mission de l'ONU », « la Finul »
# (dict/orgs/fr.txt); the Tunisian party Ennahdha with its dated codes
# (dict/people/orgs-dated.txt).
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev cedeao "La Cédéao a condamné la junte nigérienne."
check "fr: Cédéao (IGOWAFWAS 111 NER)" grep -q "^IGOWAFWAS 111 NER[A-Z]* fact$" "$T/ev"
ev mission "La mission de l'ONU a critiqué les militaires maliens."
check "fr: la mission de l'ONU (IGOUNO 111 MLIMIL)" has "IGOUNO 111 MLIMIL fact"
ev finul "Le Hezbollah a accusé la Finul d'espionnage."
check "fr: la Finul (LBNREB 112 IGOUNO)" grep -q "^LBNREB 112[0-9]* IGOUNO fact$" "$T/ev"
ev2() { code_events_scm fr "$1" "$2"; }
ev2 2021-08-01 "Ennahdha a dénoncé un coup d'État contre la Constitution."
check "fr: Ennahdha in 2021, a party of parliament, on a coup (TUNLEG 111 TUNGOV)" has "TUNLEG 111 TUNGOV fact"
ev2 2013-05-01 "Ennahdha a critiqué la France."
check "fr: Ennahdha in 2013 led the government (TUNGOV 111 FRA)" has "TUNGOV 111 FRAGOV fact"
test_done
