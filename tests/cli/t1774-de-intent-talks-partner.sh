#!/bin/sh
# t1774-de-intent-talks-partner: on sentences written for this test.  A
# wanted meeting or talks of one actor that names no partner ("bekundeten
# ihre Bereitschaft zu Friedensgesprächen") are with the story's last acting
# subject when that is another actor of the same country (nouns.c
# intent_partner); another country's is not taken.
. tests/cli/test-lib.sh

ev() { code_events_scm de 2016-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev home "Die philippinische Regierung hat die Angriffe der Rebellen verurteilt. Die Rebellen bekundeten am Montag ihre Bereitschaft zu Friedensgesprächen."
check "de: talks with the government at home (PHLREB 036 PHLGOV)" has "PHLREB 036 PHLGOV intent"
ev abroad "Die japanische Regierung hat die Angriffe der Rebellen verurteilt. Die philippinischen Rebellen bekundeten am Montag ihre Bereitschaft zu Friedensgesprächen."
check_not "de: not another country's (PHLREB 036 JPNGOV)" grep -q "^PHLREB 036 JPN" "$T/ev"
test_done
