#!/bin/sh
# t1803-fr-relative-role-country: on sentences written for this test.  A
# role in a phrase of a relative clause right after its antecedent
# (« le président bolivien, qui a démissionné sous la pression de
# l'armée ») takes the country of that antecedent, not the dateline's
# (resolve.c rc_before); the relative's object does not.
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }

ev rel "LIMA (AFP) - Le Pérou a accordé lundi l'asile à l'ancien président équatorien, qui a démissionné la veille sous la pression de l'armée."
check "fr: the army of the relative's phrase is the antecedent's (… ECUMIL)" grep -q " ECUMIL " "$T/ev"
check_not "fr: … not the dateline's (PERMIL)" grep -q "PERMIL" "$T/ev"
test_done
