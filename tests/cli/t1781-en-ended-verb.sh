#!/bin/sh
# t1781-en-ended-verb: on sentences written for this test.  A verb of
# violence right after a word of ending ("aimed at ending fighting", "to
# stop shelling", "ending years of fighting") names the event being ended,
# no fact of its own (predicate.c ended_by; nouns had it already:
# stages.h ended_at).
. tests/cli/test-lib.sh

ev() { code_events_scm en 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev aimed "Chile and Peru signed an accord on Friday, aimed at ending fighting along their border."
check "en: the accord is coded (CHLGOV 057 PERGOV)" has "CHLGOV 057 PERGOV fact"
check_not "en: the fighting being ended is no attack" grep -q " 19[0-9]* " "$T/ev"
ev years "Chile and Peru signed an accord on Friday, meant to stop years of shelling along their border."
check_not "en: across a quantity phrase: no attack" grep -q " 19[0-9]* " "$T/ev"
ev plain "Chilean troops shelled Peruvian towns on Friday."
check "en: a shelling is still an attack (CHLMIL 194 PER…)" grep -q "^CHLMIL 194 PER" "$T/ev"
test_done
