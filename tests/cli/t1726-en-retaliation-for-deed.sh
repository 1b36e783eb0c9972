#!/bin/sh
# t1726: a deed of force after a reason's preposition is the cause, its
# victim no target of the act ("retaliation for the killing of X",
# src/coder/roles.c target_in_phrases, lang.h reason_preps).
# Sentences written for this test.
. tests/cli/test-lib.sh

code_events en 2024-05-07 'Peru fired missiles at Chile on Tuesday, in what Lima said was retaliation for the killing of Bolivian rebel leader Lopez.'
check "retaliation for the killing of: coded" test "$rc" -eq 0
check "retaliation for the killing of: the attack on Chile" grep -q '^PERGOV CHLGOV 195 ' "$T/ev"
check_not "retaliation for the killing of: the victim is no target" grep -q ' BOLREB ' "$T/ev"
test_done
