#!/bin/sh
# t1697: "The meeting was hosted by Bolivian President Ruiz": a passive
# of hosting or mediating (043, 045) whose subject is a meeting noun with
# an article and no actor has its agent act toward the parties of the
# meeting just reported (roles.c target_by_slots).
# Sentences written for this test.
. tests/cli/test-lib.sh

code_events en 2024-05-07 'Peru and Chile held talks on Monday. The meeting was hosted by Bolivian President Ruiz in La Paz.'
check "hosted by: coded" test "$rc" -eq 0
check "hosted by: toward Peru" grep -q '^BOLGOV PERGOV 043 ' "$T/ev"
check "hosted by: toward Chile" grep -q '^BOLGOV CHLGOV 043 ' "$T/ev"

code_events en 2024-05-07 'Peru and Chile held talks on Monday. The talks were brokered by Bolivia.'
check "brokered by: mediation toward both" sh -c "grep -q '^BOLGOV PERGOV 045 ' '$T/ev' && grep -q '^BOLGOV CHLGOV 045 ' '$T/ev'"
test_done
