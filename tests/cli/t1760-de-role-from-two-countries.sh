#!/bin/sh
# t1760-de-role-from-two-countries: on sentences written for this test.  A
# role that takes its country from an "aus" phrase naming two countries
# ("Unterhändler aus Armenien und Aserbaidschan") stands for both: the second
# country joins the role's group with the role (groups.c absorbed_place,
# role_of_place); with one country, the place keeps its own phrase.
. tests/cli/test-lib.sh

ev() { code_events_scm de 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev two "Unterhändler aus Armenien und Aserbaidschan haben am Dienstag in Wien verhandelt."
check "de: both delegations negotiate (ARMGOV 046 AZEGOV)" has "ARMGOV 046 AZEGOV fact"
check "de: … each way (AZEGOV 046 ARMGOV)" has "AZEGOV 046 ARMGOV fact"
ev mil "Soldaten aus Serbien und Ungarn haben am Montag Grenzposten des Kosovo angegriffen."
check "de: the second country takes the role (HUNMIL 190)" grep -q "^HUNMIL 19" "$T/ev"
ev one "Deutschland will eine Brigade mit rund 3000 Soldaten in Estland stationieren."
check "de: one place stays a target (DEUGOV 0334 ESTGOV)" grep -q "^DEUGOV 03[0-9]* EST" "$T/ev"
test_done
