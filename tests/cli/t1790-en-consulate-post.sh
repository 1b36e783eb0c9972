#!/bin/sh
# t1790-en-consulate-post: on sentences written for this test.  A consulate,
# consul, embassies or envoys "in X" name a post in X, not X's government
# (en_rules.c FW_DIPLO, as ambassador and embassy had): a strike on
# Iran's consulate in Damascus is no attack on Syria.
. tests/cli/test-lib.sh

ev() { code_events_scm en 2023-03-01 "$2"; }

ev cons "Bolivia said it would respond to a Peruvian strike on its consulate in Quito last week."
check_not "en: consulate in Quito: no event against Ecuador" grep -q "ECU" "$T/ev"
ev consul "Peru expelled the consul in Quito."
check_not "en: the consul in Quito is no Ecuadorian" grep -q "ECU" "$T/ev"
test_done
