#!/bin/sh
# t1785-en-reported-behind: on sentences written for this test.  More verbs
# of blame (flag blamed, dict/en/verbs.txt): "was behind", "is
# orchestrating", "had interfered", "meddled": reported, the speaker accuses
# the subject (112); unreported, no event.
. tests/cli/test-lib.sh

ev() { code_events_scm en 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev behind "The Chilean government said on Monday that Peru was behind the bombing of the pipeline."
check "en: said … was behind: CHLGOV 112 PERGOV" has "CHLGOV 112 PERGOV fact"
ev orch "Chile says Peru is orchestrating the unrest in the north."
check "en: says … is orchestrating: CHLGOV 112 PERGOV" has "CHLGOV 112 PERGOV fact"
ev interf "The Chilean foreign minister said Peru had interfered in the election."
check "en: said … had interfered: CHLGOV 112 PERGOV" has "CHLGOV 112 PERGOV fact"
ev plain "Peru interfered in the Chilean election."
check_not "en: unreported: no event" grep -q . "$T/ev"
test_done
