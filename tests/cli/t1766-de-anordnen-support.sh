#!/bin/sh
# t1766-de-anordnen-support: on sentences written for this test.  "an|ordnen"
# is a support verb: the event noun it orders gives the event ("ordnete
# Luftangriffe auf Syrien an"), and its finite form splits a coordination ("verhängte
# das Kriegsrecht und ordnete eine Mobilmachung an") so that both nouns count.
. tests/cli/test-lib.sh

ev() { code_events_scm de 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev strikes "Der Präsident Frankreichs ordnete am Montag Luftangriffe auf Syrien an."
check "de: ordered strikes (FRAGOV 195 SYRGOV)" has "FRAGOV 195 SYRGOV fact"
ev coord "Georgien verhängte am Sonntag das Kriegsrecht und ordnete eine Generalmobilmachung an."
check "de: the first noun of the coordination (GEOGOV 1724)" grep -q "^GEOGOV 1724 " "$T/ev"
test_done
