#!/bin/sh
# t1680: "vowed to respond": "respond" is also a speech verb ("responded
# that ..."), but under "vow" it is one of the words of the pattern
# "vow 138 : * to_respond" (dict/en/patterns.txt), so the clause is that
# threat, not a speech frame (src/coder/patterns.c choose_pattern: a
# pattern that takes in the speech verb among its words is the clause's act).
# Sentences written for this test.
. tests/cli/test-lib.sh

code_events en 2024-05-07 'Bolivian troops shelled a Peruvian town on Sunday. Peru denied any damage and vowed to respond.'
check "vowed to respond: coded" test "$rc" -eq 0
check "denied and vowed to respond: a threat against the attacker" grep -q '^PERGOV BOLMIL 138 ' "$T/ev"

code_events en 2024-05-07 'Bolivian troops shelled a Peruvian town on Sunday. Peru vowed to respond.'
check "vowed to respond, alone: a threat" grep -q '^PERGOV BOLMIL 138 ' "$T/ev"

code_events en 2024-05-07 'Bolivian troops shelled a Peruvian town on Sunday. Peru responded that the town had been empty.'
check_not "responded that: still a speech frame, no threat" grep -q ' 138 ' "$T/ev"
check "responded that: still coded" test "$rc" -eq 0
test_done
