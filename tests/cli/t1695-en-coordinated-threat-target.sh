#!/bin/sh
# t1695: "condemned what he called an unprovoked attack and promised
# severe sanctions": a coordinated reaction or threat (roots 11-13) whose
# object takes up an earlier event aims at the target of the verb before
# it, not at the agent of the sentence before (roles.c, anaphoric object).
# Sentences written for this test.
. tests/cli/test-lib.sh

code_events en 2024-05-07 'Bolivian forces invaded Peru on Monday. Peruvian President Lopez declared martial law. Chilean President Diaz condemned what he called an “unprovoked attack” and promised “severe sanctions.”'
check "promised sanctions: coded" test "$rc" -eq 0
check "condemned: the invader" grep -q '^CHLGOV BOLMIL 111 ' "$T/ev"
check "promised sanctions: against the invader too" grep -q '^CHLGOV BOLMIL 1312 ' "$T/ev"
check_not "promised sanctions: not against the invaded" grep -q '^CHLGOV PERGOV 1312 ' "$T/ev"
test_done
