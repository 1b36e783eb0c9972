#!/bin/sh
# t1659-fr-noun-actor-after: on sentences written for this test.  Where
# adjectives follow their noun, a country adjective right after an event
# noun names its doer (« grâce à la médiation norvégienne »), and a
# genitive with its article (« sous l'égide de la Norvège », « la médiation
# de la Suisse ») names it too (nouns.c noun_actors); « égide » is a
# mediation noun; a mediator's noun with no party of its own works between
# the clause's subjects.
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev adj "Le Soudan et le Tchad ont signé un accord grâce à la médiation norvégienne."
check "fr: médiation + country adjective: the mediator (NOR 045 SDN)" has "NORGOV 045 SDNGOV fact"
check "fr: … toward both parties (NOR 045 TCD)" has "NORGOV 045 TCDGOV fact"
ev egide "Le Soudan et le Tchad ont signé un accord sous l'égide de la Norvège."
check "fr: sous l'égide de la X (NOR 045 TCD)" has "NORGOV 045 TCDGOV fact"
ev gen "Le Soudan et le Tchad ont signé un accord grâce à la médiation de la Suisse."
check "fr: la médiation de la X (CHE 045 SDN)" has "CHEGOV 045 SDNGOV fact"
test_done
