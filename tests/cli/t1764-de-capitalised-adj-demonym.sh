#!/bin/sh
# t1764-de-capitalised-adj-demonym: on sentences written for this test.  A
# capitalised German word that is both an adjective and a demonym
# ("Deutschen"), inside a sentence with no capitalised word after it, is the
# demonym: "hat einen Deutschen festgenommen" (atoms.c match_actor); before
# a capitalised word ("Deutsche Soldaten") it stays the adjective.
. tests/cli/test-lib.sh

ev() { code_events_scm de 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev one "Die Polizei in Minsk hat am Dienstag einen Deutschen festgenommen."
check "de: the arrested German (BLRCOP 173 DEUCVL)" has "BLRCOP 173 DEUCVL fact"
ev two "Die iranischen Behörden haben zwei Deutsche inhaftiert."
check "de: two Germans (IRNGOV 173 DEU...)" grep -q "^IRN[A-Z]* 173 DEU" "$T/ev"
ev noun "Die polnische Regierung hat Deutsche Soldaten ausgewiesen."
check "de: before a noun it stays the adjective (POLGOV 174 DEUMIL)" has "POLGOV 174 DEUMIL fact"
test_done
