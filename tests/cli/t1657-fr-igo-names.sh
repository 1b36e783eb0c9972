#!/bin/sh
# t1657-fr-igo-names: on sentences written for this test.  French names of
# organisations the lists lacked: the Cédéao with its accents (the folded
# CEDEAO missed it), « la mission de l'ONU », « la Finul »
# (dict/orgs/fr.txt).
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev cedeao "La Cédéao a condamné la junte nigérienne."
check "fr: Cédéao (IGOWAFWAS 111 NER)" grep -q "^IGOWAFWAS 111 NER[A-Z]* fact$" "$T/ev"
ev mission "La mission de l'ONU a critiqué les militaires maliens."
check "fr: la mission de l'ONU (IGOUNO 111 MLIMIL)" has "IGOUNO 111 MLIMIL fact"
ev finul "Le Hezbollah a accusé la Finul d'espionnage."
check "fr: la Finul (LBNREB 112 IGOUNO)" grep -q "^LBNREB 112[0-9]* IGOUNO fact$" "$T/ev"
test_done
