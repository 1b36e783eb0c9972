#!/bin/sh
# t1692: "Prime Minister Theresa May met …": a capitalised word of an
# actor's name ("May", a modal elsewhere) is no mood word (mood.c).
# "Peru may meet Chile" stays a speculation.
# Sentences written for this test.
. tests/cli/test-lib.sh

code_events en 2018-05-07 'Prime Minister Theresa May met Chilean President Diaz in London on Monday.'
check "Theresa May met: coded" test "$rc" -eq 0
check "Theresa May met: a fact" grep -q '^GBRGOV CHLGOV 040 fact' "$T/ev"

code_events en 2018-05-07 'Peru may meet Chile on Monday.'
check "may meet: coded" test "$rc" -eq 0
check_not "may meet: no fact" grep -q ' fact' "$T/ev"
test_done
