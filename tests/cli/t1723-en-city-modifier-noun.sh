#!/bin/sh
# t1723: a capital before a plain modifier and an event noun names the
# event, "the Santiago climate agreement", "the Lima peace talks", as the
# capital right before the noun does ("the Santiago agreement",
# src/coder/mentions.c compose_state): no actor.  A capital as subject
# or object stays the government.
# Sentences written for this test.
. tests/cli/test-lib.sh

code_events en 2024-05-07 'Peru said on Monday it would withdraw from the Santiago climate agreement.'
check "the Santiago climate agreement: coded" test "$rc" -eq 0
check_not "the Santiago climate agreement: no Chilean target" grep -q 'CHL' "$T/ev"

code_events en 2024-05-07 'Bolivia said it would pull out of the Lima peace talks.'
check_not "the Lima peace talks: no Peruvian target" grep -q 'PER' "$T/ev"

code_events en 2024-05-07 'Peru criticized Santiago on Monday.'
check "a capital as object: the government" grep -q '^PERGOV CHLGOV 111 ' "$T/ev"
test_done
