#!/bin/sh
# t1857-en-threat-family: on sentences written for this test.  English
# threat verbs beyond threaten/warn: menace (the weapon after "with" is
# the threat's content, not a fact), caution … against; and bristle at
# (111) (dict/en/verbs.txt); threaten finds its target after against, on,
# with, to, and what is threatened names the threat (1312, 1313, 1385;
# en/patterns.txt).
. tests/cli/test-lib.sh

ev() { code_events_scm en 2024-03-05 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev menace "North Korea menaced South Korea with nuclear strikes."
check "en: menaced (PRKGOV 130 KORGOV)" has "PRKGOV 130 KORGOV fact"
check_not "en: menaced with strikes: no nuclear strike as fact (20x)" grep -q " 20[0-9]* " "$T/ev"
ev caution "Iran's foreign minister cautioned Washington against escalation."
check "en: cautioned … against (IRNGOV 130 USAGOV)" has "IRNGOV 130 USAGOV fact"
ev bristle "The Chinese foreign ministry bristled at the American criticism."
check "en: bristled at (CHNGOV 111 USAGOV)" has "CHNGOV 111 USAGOV fact"
ev sever "China threatened to sever ties with Lithuania."
check "en: threatened to sever ties with (CHNGOV 1313 LTUGOV)" has "CHNGOV 1313 LTUGOV fact"
ev nuke "Russia threatened to use nuclear weapons against Ukraine."
check "en: threatened nuclear weapons against (RUSGOV 1385 UKRGOV)" has "RUSGOV 1385 UKRGOV fact"
ev tariffs "Washington threatened Ankara with tariffs."
check "en: threatened with tariffs (USAGOV 1312 TURGOV)" has "USAGOV 1312 TURGOV fact"
test_done
