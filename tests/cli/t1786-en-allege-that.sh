#!/bin/sh
# t1786-en-allege-that: on sentences written for this test.  "X alleged
# that Y had …" is X's accusation of Y (112: a verb of speculation with an
# accusation code of its own is the predicate, its clause no speculation;
# the subject of its that-clause is the target: predicate.c, mood.c,
# roles.c target_demanded_clause); the alleged deed stays uncoded.
. tests/cli/test-lib.sh

ev() { code_events_scm en 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev rules "Chile alleged that Peru had changed the rules of the fishing tender."
check "en: alleged that Peru …: CHLGOV 112 PERGOV" has "CHLGOV 112 PERGOV fact"
ev deed "Peru alleged on Monday that Chilean troops had attacked a border post."
check "en: alleged that Chilean troops …: PERGOV 112 CHLMIL" has "PERGOV 112 CHLMIL fact"
check_not "en: the alleged attack is no fact" grep -q "^CHL" "$T/ev"
test_done
