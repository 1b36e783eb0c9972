#!/bin/sh
# t1779-de-violate: on sentences written for this test.  "verletzen" codes a
# breach (128) only with an agreement, a border or the law as its words
# ("verletzten den polnischen Luftraum"; dict/de/patterns.txt); injuries
# ("wurden … verletzt") code nothing of their own.
. tests/cli/test-lib.sh

ev() { code_events_scm de 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev airspace "Belarussische Kampfjets verletzten am Montag den polnischen Luftraum."
check "de: a breach of airspace (BLRMIL 128 POLGOV)" has "BLRMIL 128 POLGOV fact"
ev injured "In Minsk wurden am Montag zwölf Polizisten verletzt."
check_not "de: injuries are no breach" grep -q " 128 " "$T/ev"
test_done
