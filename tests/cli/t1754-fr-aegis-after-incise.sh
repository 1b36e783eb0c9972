#!/bin/sh
# t1754-fr-aegis-after-incise: on sentences written for this test.  A
# mediation noun with its mediator (« sous l'égide de la Norvège ») in a
# clause of its own with no subject, after an incise, mediates between the
# two or more subjects before it (nouns.c noun_target_and_emit).
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev incise "Le Soudan et le Tchad ont annoncé le rétablissement de leurs relations, rompues depuis 2019, à l'issue de pourparlers organisés à Oslo sous l'égide de la Norvège."
check "fr: the mediator toward the first subject (NORGOV 045 SDNGOV)" has "NORGOV 045 SDNGOV fact"
check "fr: … and the second (NORGOV 045 TCDGOV)" has "NORGOV 045 TCDGOV fact"
ev one "Le Soudan a annoncé une réforme, adoptée hier, à l'issue de pourparlers organisés sous l'égide de la Norvège."
check_not "fr: one subject before: no mediation" grep -q " 045 " "$T/ev"
test_done
