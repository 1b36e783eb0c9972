#!/bin/sh
# t1769-de-reported-breach: on sentences written for this test.  A speaker
# who reports that another side broke an agreement (128) accuses it (112),
# as one who reports violence does (roles.c, RF_REPORTED_ACCUSATION).
. tests/cli/test-lib.sh

ev() { code_events_scm de 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev breach "Die Regierung in Baku erklärte, Armenien habe gegen das Abkommen verstoßen."
check "de: the speaker accuses (AZEGOV 112 ARMGOV)" has "AZEGOV 112 ARMGOV fact"
ev own "Die Regierung in Baku erklärte, sie habe gegen kein Abkommen verstoßen."
check_not "de: no accusation of oneself" grep -q " 112 " "$T/ev"
test_done
