#!/bin/sh
# t1844-de-reject-family: on sentences written for this test.  The 120
# family of dict/de beyond ablehnen and zurückweisen: "eine Abfuhr erteilen",
# abschlagen, sich sträuben gegen, "sich gegen … sperren" (patterns.txt; plain
# sperren stays 1721).
. tests/cli/test-lib.sh

ev() { code_events_scm de 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev abfuhr "Der Bundeskanzler erteilte Moskau eine klare Abfuhr."
check "de: eine Abfuhr erteilen (DEUGOV 120 RUSGOV)" has "DEUGOV 120 RUSGOV fact"
ev abschlagen "Die polnische Regierung schlug die Bitte Berlins ab."
check "de: abschlagen (POLGOV 120 DEUGOV)" has "POLGOV 120 DEUGOV fact"
ev straeuben "Ungarn sträubt sich gegen Kiew."
check "de: sich sträuben gegen (HUNGOV 120 UKRGOV)" has "HUNGOV 120 UKRGOV fact"
ev sperren "Die ungarische Regierung sperrt sich gegen den Beitritt der Ukraine."
check "de: sich sperren gegen (HUNGOV 120 UKRGOV)" has "HUNGOV 120 UKRGOV fact"
ev perfect "Ungarn hat sich gegen Kiew gesperrt."
check "de: sich gesperrt, perfect (HUNGOV 120 UKRGOV)" has "HUNGOV 120 UKRGOV fact"
ev noabfuhr "Der Bundeskanzler erteilte Moskau keine Abfuhr."
check_not "de: no Abfuhr is no rejection" grep -q " 120 " "$T/ev"
test_done
