#!/bin/sh
# t1795-en-claim-that: on sentences written for this test.  A that-clause
# right after a noun of claim ("claims that", "suggestions that",
# "allegations that") is what is claimed, no fact (mood.c, lang
# claim_nouns); "unlikely" marks speculation as "likely" does.
. tests/cli/test-lib.sh

ev() { code_events_scm en 2023-03-01 "$2"; }

ev claims "Chile rejected claims that its troops had attacked Peru."
check_not "en: claims that …: the attack is no fact" grep -q " 19[0-9]* " "$T/ev"
ev sugg "Chile dismissed as a lie Peruvian suggestions that it had ordered the killing of a Bolivian envoy."
check_not "en: suggestions that …: the killing is no fact" grep -q " 18[0-9]* " "$T/ev"
ev unlikely "Chile is unlikely to impose sanctions on Peru."
check_not "en: unlikely to impose sanctions: no sanction" grep -q " 16[0-9]* " "$T/ev"
ev plain "Chile said that Peruvian troops had attacked Bolivia."
check "en: said that …: still coded (PERMIL 19… BOL…)" grep -q "^PERMIL 19[0-9]* BOL" "$T/ev"
test_done
