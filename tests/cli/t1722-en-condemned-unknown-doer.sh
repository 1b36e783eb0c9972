#!/bin/sh
# t1722: "X was killed by unknown gunmen. Y condemned the killing": the
# deed's doer is not named (a passive with no agent kept pending), so the
# condemnation takes up no one, not the victim (src/coder/roles.c
# kind_referent).  A deed whose doer is named is still condemned at him.
# Sentences written for this test.
. tests/cli/test-lib.sh

code_events en 2024-05-07 'Peruvian President Lopez was assassinated at his home on Monday by a group of gunmen. Chile and the United Nations condemned the killing.'
check "condemned the killing: coded" test "$rc" -eq 0
check_not "condemned the killing: not at the victim" grep -q ' PERGOV 111 ' "$T/ev"

code_events en 2024-05-07 'Peruvian troops killed three Bolivian soldiers on Monday. Chile condemned the killing.'
check "condemned the killing by a named doer: at the doer" grep -q '^CHLGOV PERMIL 111 ' "$T/ev"
test_done
