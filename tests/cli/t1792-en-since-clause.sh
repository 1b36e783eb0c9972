#!/bin/sh
# t1792-en-since-clause: on sentences written for this test.  A clause
# opened by "since" names the point the story's time is measured from, no
# event of the story (roles.c predicate_gates, lang since_conjs).
. tests/cli/test-lib.sh

ev() { code_events_scm en 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev war "Chile and Peru signed a trade accord on Monday, the first since the two neighbours fought a war over the desert."
check "en: the accord stands (CHLGOV 057 PERGOV)" has "CHLGOV 057 PERGOV fact"
check_not "en: since … fought a war: no attack" grep -q " 19[0-9]* " "$T/ev"
ev recall "Relations have been tense since Chile recalled its ambassador from Peru."
check_not "en: since … recalled: no event" grep -q " 16[0-9]* " "$T/ev"
test_done
