#!/bin/sh
# t1767-de-curfew-no-agent: on sentences written for this test.  A curfew
# or a state of emergency (1723, 1724) that names no one who imposed it
# ("wurde eine Ausgangssperre verhängt") was imposed by the state where it
# holds: the country of an "in" phrase of its clause, else the dateline's,
# else the article's focus (roles.c yielded_at_home).
. tests/cli/test-lib.sh

ev() { code_events_scm de 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev place "In Georgien wurde am Abend das Kriegsrecht verhängt."
check "de: the state of the place (GEOGOV 1724 GEOCVL)" has "GEOGOV 1724 GEOCVL fact"
ev dateline "BISCHKEK (dpa) – Nach den Unruhen wurde eine nächtliche Ausgangssperre verhängt."
check "de: the dateline's state (KGZGOV 1723 KGZCVL)" has "KGZGOV 1723 KGZCVL fact"
ev focus "In Mali hat das Militär den Präsidenten abgesetzt. Die Armee Malis besetzte den Sender. Zudem wurde eine Ausgangssperre verhängt."
check "de: the focus's state (MLIGOV 1723 MLICVL)" has "MLIGOV 1723 MLICVL fact"
test_done
