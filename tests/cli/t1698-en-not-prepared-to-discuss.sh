#!/bin/sh
# t1698: "Lopez had not been prepared to discuss even a short truce": a
# meeting or negotiation (04x) with its willingness denied (ready, willing,
# prepared: FW_ADV_INTENT) is a refusal to meet (125), as "will not
# negotiate" is; with no one named it refuses the speaker's side (roles.c
# predicate_gates, emit_clause_events).
# Sentences written for this test.
. tests/cli/test-lib.sh

code_events en 2024-05-07 'Peruvian and Chilean ministers met in Lima. The Chilean minister said Peruvian President Lopez had not been prepared to discuss even a short truce.'
check "not prepared to discuss: coded" test "$rc" -eq 0
check "not prepared to discuss: a refusal to meet the speaker's side" grep -q '^PERGOV CHLGOV 125 ' "$T/ev"

code_events en 2024-05-07 'Peru is not willing to negotiate with Chile.'
check "not willing to negotiate with: a refusal" grep -q '^PERGOV CHLGOV 125 ' "$T/ev"
test_done
