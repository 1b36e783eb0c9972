#!/bin/sh
# t1798-en-reported-violation: on sentences written for this test.
# "X said Y had violated …" is X's accusation of Y (violate, breach, flout:
# flag blamed, 112 from the speaker); told in the narrator's voice it codes
# nothing.  A ceasefire broken is a violation (196), no ceasefire (0871)
# (nouns.txt "broke the ceasefire").
. tests/cli/test-lib.sh

ev() { code_events_scm en 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev said "The Chilean president said Peru had repeatedly violated the fishing agreement."
check "en: said Peru had violated: CHLGOV 112 PERGOV" has "CHLGOV 112 PERGOV fact"
ev saying "Peru had breached Chilean airspace, the Chilean defence ministry said on Monday."
check "en: …had breached, X said: CHL… 112 PER…" grep -q "^CHL[A-Z]* 112 PER" "$T/ev"
ev plain "Peru violated the fishing agreement with Chile."
check_not "en: unreported: no event" grep -q "^PER" "$T/ev"
ev broke "Peru broke the ceasefire with Chile on Monday."
check "en: broke the ceasefire: PERGOV 196 CHLGOV" has "PERGOV 196 CHLGOV fact"
check_not "en: … no ceasefire" grep -q " 0871 " "$T/ev"
test_done
