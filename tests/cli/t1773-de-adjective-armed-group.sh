#!/bin/sh
# t1773-de-adjective-armed-group: on sentences written for this test.  A
# country's adjective right before an armed group that the dictionaries give
# to another country ("die pakistanischen Taliban") names the group's branch
# in that country (mentions.c adj_armed_group); the group's own country's
# adjective changes nothing.
. tests/cli/test-lib.sh

ev() { code_events_scm de 2015-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev branch "Die pakistanischen Taliban haben am Montag die pakistanische Armee angegriffen."
check "de: the branch in the adjective's country (PAKREB 19x)" grep -q "^PAKREB 19" "$T/ev"
check_not "de: not the other country's group (AFGREB)" grep -q "^AFGREB" "$T/ev"
ev own "Die afghanischen Taliban haben am Montag die afghanische Armee angegriffen."
check "de: the own country's adjective (AFGREB 19x)" grep -q "^AFGREB 19" "$T/ev"
test_done
