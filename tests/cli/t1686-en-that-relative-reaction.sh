#!/bin/sh
# t1686: "A and B closed their borders with C, a coordinated move that C's
# president condemned as …": a "that" right after a noun opens a relative
# clause whose object it is; a reaction there with no object answers every
# agent of the sentence (roles.c reduced_relative_claimant, and the agents
# of the sentence, sn.cur_agents).  "said that …" stays a content clause.
# Sentences written for this test.
. tests/cli/test-lib.sh

code_events en 2024-05-07 'Peru and Bolivia closed their borders with Chile on Sunday, a coordinated move that Chilean President Diaz condemned as “a hostile act.”'
check "that condemned: coded" test "$rc" -eq 0
check "that condemned: against Peru" grep -q '^CHLGOV PERGOV 111 ' "$T/ev"
check "that condemned: against Bolivia" grep -q '^CHLGOV BOLGOV 111 ' "$T/ev"

code_events en 2024-05-07 'Bolivian troops crossed into Peru on Sunday, a show of force that Peru called “a provocation.”'
check "that called a provocation: against Bolivia" grep -q '^PERGOV BOL[A-Z]* 111 ' "$T/ev"
test_done
