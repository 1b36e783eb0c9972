#!/bin/sh
# t1725: a phrase past a temporal or subordinating conjunction after the
# verb is none of its partners (RF_CONJ_APART, src/coder/roles.c
# with_apart): "denied permission to a ship … after refusing the arrival
# of another carrying 600 people" has no target among the people.  An
# object before the conjunction stays the target.
# Sentences written for this test.
. tests/cli/test-lib.sh

code_events en 2024-05-07 'Peru said on Monday it would deny permission to a rescue ship to dock at a Peruvian port after refusing the arrival of another ship carrying 600 people.'
check "past after: coded" test "$rc" -eq 0
check_not "past after: the people are no target" grep -q ' PERCVL ' "$T/ev"

code_events en 2024-05-07 'Peru criticized Chile on Monday after the talks collapsed.'
check "object before after: target kept" grep -q '^PERGOV CHLGOV 111 ' "$T/ev"
test_done
