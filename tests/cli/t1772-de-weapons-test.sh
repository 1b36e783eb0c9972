#!/bin/sh
# t1772-de-weapons-test: on sentences written for this test.  "testen",
# "erproben" (150, no target of their own: dict/de/verbs.txt) make the
# tester the story's last actor, whom a condemnation of the test answers.
. tests/cli/test-lib.sh

ev() { code_events_scm de 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev test "TOKIO (dpa) – Nordkorea hat am Sonntag eine neue Interkontinentalrakete getestet. Japans Regierungschef verurteilte den Test scharf."
check "de: the condemnation answers the tester (JPNGOV 111 PRKGOV)" has "JPNGOV 111 PRKGOV fact"
test_done
