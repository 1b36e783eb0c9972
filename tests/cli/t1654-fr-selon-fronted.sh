#!/bin/sh
# t1654-fr-selon-fronted: on sentences written for this test.  « Selon X,
# Y a … »: the actor of a fronted « selon » phrase, up to its comma, is
# the report's source, no member of the subject (groups.c; a speech
# preposition that is no other preposition, language-neutral).
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev selon "Selon l'Union africaine, les forces éthiopiennes ont tué des civils somaliens."
check "fr: the doer after « selon X, » (ETHMIL 18x SOMCVL)" grep -q "^ETHMIL 18[0-9]* SOMCVL fact$" "$T/ev"
check_not "fr: the source of « selon » is no doer" grep -q "^IGOAFRAFU 18" "$T/ev"
ev selon2 "Selon le Kenya, la Somalie a attaqué l'Éthiopie."
check "fr: selon + a country (SOM 190 ETH)" has "SOMGOV 190 ETHGOV fact"
check_not "fr: … the source is no doer (KEN 190 ETH)" has "KENGOV 190 ETHGOV fact"
test_done
