#!/bin/sh
# t1720: "attacked X as <negative evaluation>" is a verbal attack (111),
# the attack patterns of dict/en/patterns.txt (the negative words of call
# 111); an attack without "as" stays armed (190).
# Sentences written for this test.
. tests/cli/test-lib.sh

code_events en 2024-05-07 'Peru attacked Chilean President Lopez as "very dishonest and weak" on Monday.'
check "attacked as dishonest: coded" test "$rc" -eq 0
check "attacked as dishonest: criticism" grep -q '^PERGOV CHLGOV 111 ' "$T/ev"
check_not "attacked as dishonest: no armed attack" grep -q ' 190 ' "$T/ev"

code_events en 2024-05-07 'Peru attacked the Chilean plan as a betrayal.'
check "attacked the plan as a betrayal: criticism" grep -q '^PERGOV CHLGOV 111 ' "$T/ev"

code_events en 2024-05-07 'Peruvian troops attacked Chilean soldiers near the border on Monday.'
check "troops attacked soldiers: armed attack" grep -q '^PERMIL CHLMIL 190 ' "$T/ev"
test_done
