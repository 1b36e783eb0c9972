#!/bin/sh
# t1810-fr-foreign-role: on sentences written for this test.  A role
# qualified as foreign (« les troupes étrangères ») takes no country from
# the clause, the focus or the dateline (lang.h foreign_adjs, resolve.c
# role_country); the foreign minister keeps his.
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev foreign "DAMAS (AFP) - Le Parlement syrien a voté une résolution demandant le départ des troupes étrangères."
check_not "fr: « les troupes étrangères » are not Syria's" grep -q "SYRMIL" "$T/ev"
ev minister "DAMAS (AFP) - Le ministre syrien des Affaires étrangères a rencontré lundi son homologue irakien."
check "fr: the foreign minister keeps his country (SYRGOV 040 IRQGOV)" has "SYRGOV 040 IRQGOV fact"
test_done
