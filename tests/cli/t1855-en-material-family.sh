#!/bin/sh
# t1855-en-material-family: on sentences written for this test.  English
# material-action breadth: haul in (173), retake / recapture a place
# "from" an actor (192), joint naval exercises and joint war games (062),
# diplomatic contacts (040); closer / economic / security ties (050, 061,
# 062, state nouns) after the support verbs forge, cement, bolster, enhance,
# deepen (dict/en/verbs.txt, nouns.txt, patterns.txt).
. tests/cli/test-lib.sh

ev() { code_events_scm en 2024-03-05 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev haul "Belarusian security forces hauled in the opposition leader."
check "en: hauled in (BLRCOP 173 BLROPP)" has "BLRCOP 173 BLROPP fact"
ev retake "The Syrian army recaptured the town from the rebels."
check "en: recaptured … from (SYRMIL 192 SYRREB)" has "SYRMIL 192 SYRREB fact"
ev joint "China and Russia held joint naval exercises in the Sea of Japan."
check "en: joint naval exercises (CHNGOV 062 RUSGOV)" has "CHNGOV 062 RUSGOV fact"
ev games "Egypt held joint war games with Saudi Arabia."
check "en: joint war games with (EGYGOV 062 SAUGOV)" has "EGYGOV 062 SAUGOV fact"
ev contacts "Turkey and Syria resumed diplomatic contacts."
check "en: diplomatic contacts (TURGOV 040 SYRGOV)" has "TURGOV 040 SYRGOV fact"
ev energy "India and Russia deepened their energy ties."
check "en: deepened energy ties (INDGOV 061 RUSGOV)" has "INDGOV 061 RUSGOV fact"
ev forge "Israel and the UAE forged closer ties."
check "en: forged closer ties (ISRGOV 050 AREGOV)" has "ISRGOV 050 AREGOV fact"
ev used "China used its trade ties with Australia as leverage."
check_not "en: used its trade ties: no cooperation (061)" grep -q " 061 " "$T/ev"
ev bad "Bilateral ties between India and Canada deteriorated."
check_not "en: ties as a state: no event (050)" grep -q " 050 " "$T/ev"
test_done
