#!/bin/sh
# t1849-de-release-family: on sentences written for this test.  The 0841
# family of dict/de beyond freilassen: "auf freien Fuß setzen", freigeben and
# austauschen with prisoners or hostages as their object (patterns.txt; a
# released tanker stays 0842, swapped intelligence 064), Geiselaustausch.
. tests/cli/test-lib.sh

ev() { code_events_scm de 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev fuss "Die iranischen Behörden setzten den französischen Journalisten auf freien Fuß."
check "de: auf freien Fuß setzen (IRNGOV 0841 FRAMED)" has "IRNGOV 0841 FRAMED fact"
ev swap "Russland und die Ukraine tauschten am Sonntag Kriegsgefangene aus."
check "de: Kriegsgefangene austauschen (RUSGOV 0841 UKRGOV)" has "RUSGOV 0841 UKRGOV fact"
ev hostages "Die Hamas gab am Freitag vier israelische Geiseln frei."
check "de: Geiseln freigeben (PSEREB 0841 ISRCVL)" has "PSEREB 0841 ISRCVL fact"
ev tanker "Der Iran gab den britischen Tanker frei."
check "de: a released tanker stays 0842" has "IRNGOV 0842 GBRGOV fact"
ev intel "Russland und die Ukraine tauschten Geheimdienstinformationen aus."
check "de: swapped intelligence stays 064" has "RUSGOV 064 UKRGOV fact"
ev noun "Der Geiselaustausch zwischen Israel und der Hamas begann am Morgen."
check "de: Geiselaustausch (ISRGOV 0841 PSEREB)" has "ISRGOV 0841 PSEREB fact"
test_done
