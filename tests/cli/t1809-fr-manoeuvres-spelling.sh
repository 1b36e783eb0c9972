#!/bin/sh
# t1809-fr-manoeuvres-spelling: on sentences written for this test.
# « manoeuvres » typed with « oe » is the show of force that « manœuvres »
# is (dict/fr/nouns.txt, 150).
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev oe "La Chine a lancé de vastes manoeuvres militaires contre Taïwan."
check "fr: « manoeuvres militaires contre » (CHNGOV 150 TWNGOV)" has "CHNGOV 150 TWNGOV fact"
test_done
