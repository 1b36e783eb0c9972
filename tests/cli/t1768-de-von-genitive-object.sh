#!/bin/sh
# t1768-de-von-genitive-object: on sentences written for this test.  In an
# active clause, "von" right after the object's noun stands for its genitive
# ("kritisierte die Festnahme von X" as "die Festnahme Xs"; roles.c
# object_noun_before); a ruling that declares an act void ("für ungültig
# erklärt") is 116 (dict/de/patterns.txt); praise read by a pattern with no
# object ("sprach von einem wichtigen Signal") answers the last actor as
# criticism does (roles.c target_by_reaction).
. tests/cli/test-lib.sh

ev() { code_events_scm de 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev von "Die Bundesregierung kritisierte am Montag die Äußerungen von Präsident Recep Tayyip Erdoğan."
check "de: the von-phrase of the object (DEUGOV 111 TURGOV)" has "DEUGOV 111 TURGOV fact"
ev void "In Malawi hat das Verfassungsgericht die Wiederwahl von Präsident Peter Mutharika für ungültig erklärt."
check "de: a ruling that voids (MWIJUD 116 MWIGOV)" has "MWIJUD 116 MWIGOV fact"
ev praise "Die Ukraine hat am Dienstag ihre Truppen aus dem Grenzgebiet abgezogen. Die Bundesregierung sprach von einem wichtigen Signal."
check "de: praise answers the last actor (DEUGOV 051 UKR)" grep -q "^DEUGOV 05[0-9]* UKR" "$T/ev"
test_done
