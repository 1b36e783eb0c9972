#!/bin/sh
# t1762-de-mediation-no-subject: on sentences written for this test.  A
# mediation noun in a sentence with no subject of its own, or the mediator
# as its only subject ("Die unter
# Vermittlung Norwegens ausgehandelte Vereinbarung sieht … vor") mediates
# between the two or more subjects of the sentence before (nouns.c
# noun_target_and_emit).
. tests/cli/test-lib.sh

ev() { code_events_scm de 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev attr "Die kolumbianische Regierung und die Rebellen haben sich am Freitag auf eine Waffenruhe geeinigt. Die unter Vermittlung Norwegens ausgehandelte Vereinbarung sieht einen Gefangenenaustausch vor."
check "de: the mediator toward the government (NORGOV 045 COLGOV)" has "NORGOV 045 COLGOV fact"
check "de: … and the rebels (NORGOV 045 COLREB)" has "NORGOV 045 COLREB fact"
ev one "Die kolumbianische Regierung hat am Freitag eine Reform beschlossen. Die unter Vermittlung Norwegens ausgehandelte Vereinbarung sieht einen Gefangenenaustausch vor."
check_not "de: one subject before: no mediation" grep -q " 045 " "$T/ev"
test_done
