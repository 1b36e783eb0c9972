#!/bin/sh
# t1851-en-reject-family: on sentences written for this test.  The
# English 120 (reject) family beyond reject/refuse: balk at, shrug off,
# wave away, sweep aside, knock back, stonewall; and the 163 support verbs
# slap and levy ("slapped sanctions on"); their opposites: scale back
# sanctions (085), buckle to (080) (dict/en/verbs.txt, strong.txt, patterns.txt).
. tests/cli/test-lib.sh

ev() { code_events_scm en 2024-03-05 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev balk "China balked at the American demands on Friday."
check "en: balked at (CHNGOV 120 USAGOV)" has "CHNGOV 120 USAGOV fact"
ev shrug "Iran's foreign ministry shrugged off the German warnings."
check "en: shrugged off (IRNGOV 120 DEUGOV)" has "IRNGOV 120 DEUGOV fact"
ev wave "The Kremlin waved away the British accusations."
check "en: waved away (RUSGOV 120 GBRGOV)" has "RUSGOV 120 GBRGOV fact"
ev sweep "The Venezuelan government swept aside the American proposal."
check "en: swept aside (VENGOV 120 USAGOV)" has "VENGOV 120 USAGOV fact"
ev knock "The Indian government knocked back the Pakistani offer of talks."
check "en: knocked back (INDGOV 120 PAKGOV)" has "INDGOV 120 PAKGOV fact"
ev slap "The United States slapped new penalties on Venezuela."
check "en: slapped penalties on (USAGOV 163 VENGOV)" has "USAGOV 163 VENGOV fact"
ev scale "The United States scaled back sanctions on Venezuela."
check "en: scaled back sanctions: easing (USAGOV 085 VENGOV)" has "USAGOV 085 VENGOV fact"
check_not "en: … not a cut in relations (160)" grep -q " 160 " "$T/ev"
ev buckle "Serbia buckled to American pressure."
check "en: buckled to (SRBGOV 080 USAGOV)" has "SRBGOV 080 USAGOV fact"
ev short "Germany stopped short of sending tanks to Ukraine."
check_not "en: stopped short of sending: no halt (160)" grep -q " 160 " "$T/ev"
check_not "en: stopped short of sending: no aid (07x)" grep -q " 07[0-9]* " "$T/ev"
ev neg "China did not balk at the American demands on Friday."
check_not "en: negated: no 120" grep -q " 120 " "$T/ev"
test_done
