#!/bin/sh
# t1799-en-comma-and-verb: on sentences written for this test.  English
# ", and" before a finite verb with no subject of its own starts a clause
# that shares the subject of the clause before (lang comma_conj_shares, as
# French « , et ont tué »); not before a form that is also an event noun
# (", and attacks on …").
. tests/cli/test-lib.sh

ev() { code_events_scm en 2023-03-01 "$2"; }

ev vowed "Peru said it was angered by the decision, and vowed to close its border with Chile."
check "en: , and vowed: Peru's threat (PERGOV 13… CHLGOV)" grep -q "^PERGOV 13[0-9]* CHLGOV" "$T/ev"
ev expelled "Peru summoned the Bolivian envoy on Monday, and expelled two Chilean diplomats."
check "en: , and expelled: PERGOV 174 CHLGOV" grep -q "^PERGOV 174 CHLGOV" "$T/ev"
test_done
