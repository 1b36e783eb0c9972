#!/bin/sh
# t1813-fr-weapons-test: on sentences written for this test.  A weapons
# test (« essai nucléaire », « essai de missile ») is a show of force (150,
# as in the English and German dictionaries), an event noun whose country
# adjective names whose act a criticism answers.
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev test "Le Japon a dénoncé l'essai nucléaire nord-coréen."
check "fr: « l'essai nucléaire nord-coréen » is North Korea's act (JPNGOV 111 PRKGOV)" has "JPNGOV 111 PRKGOV fact"
test_done
