#!/bin/sh
# t1765-de-exports-into-country: on sentences written for this test.  A
# restriction or stop of exports takes its target from an "in" phrase of
# direction too ("schränkt die Rüstungsexporte in die Türkei ein"; dict/de/
# verbs.txt beschränken, ein|schränken, stoppen: tgt=…,in).
. tests/cli/test-lib.sh

ev() { code_events_scm de 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev restrict "Schweden schränkt die Rüstungsexporte in den Irak ein."
check "de: restricted exports into a country (SWEGOV 163 IRQGOV)" has "SWEGOV 163 IRQGOV fact"
ev stop "Die Niederlande stoppen alle Waffenexporte in die Türkei."
check "de: stopped exports into a country (NLDGOV 16x TURGOV)" grep -q "^NLDGOV 16[0-9]* TURGOV fact" "$T/ev"
test_done
