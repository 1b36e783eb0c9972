#!/bin/sh
# t1812-selon-source-no-target: on sentences written for this test.  The
# source of a report after the predicate (« …, selon des responsables
# ukrainiens ») is no argument of the clause: not its target (groups.c
# said_by_after_pred); it still names the speaker.
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev missile "La Corée du Nord a tiré un missile, selon des sources sud-coréennes."
check_not "fr: « selon des sources sud-coréennes » is no target" grep -q "KOR" "$T/ev"
ev attack "La Russie a attaqué mardi, selon le ministère ukrainien."
check_not "fr: « selon le ministère ukrainien » is no target" grep -q "^RUSGOV 190 UKR" "$T/ev"
ev place "La Russie a bombardé Kharkiv, selon des responsables ukrainiens."
check "fr: the place is still the target (RUSGOV 195 UKR)" has "RUSGOV 195 UKR fact"
test_done
