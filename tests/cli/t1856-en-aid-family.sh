#!/bin/sh
# t1856-en-aid-family: on sentences written for this test.  English
# material-aid breadth: bankroll, subsidize, disburse to, write off a debt
# (071), shelter refugees (075) (dict/en/verbs.txt).
. tests/cli/test-lib.sh

ev() { code_events_scm en 2024-03-05 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev disb "The IMF disbursed 700 million dollars to Kenya."
check "en: disbursed to (IGOBUSIMF 071 KENGOV)" has "IGOBUSIMF 071 KENGOV fact"
ev write "Russia wrote off Cuba's debt."
check "en: wrote off a debt (RUSGOV 071 CUBGOV)" has "RUSGOV 071 CUBGOV fact"
ev bank "Qatar bankrolled the Lebanese army."
check "en: bankrolled (QATGOV 071 LBNMIL)" has "QATGOV 071 LBNMIL fact"
ev shelter "Turkey sheltered Syrian refugees."
check "en: sheltered (TURGOV 075 SYRREF)" has "TURGOV 075 SYRREF fact"
ev intr "Ukrainians sheltered in the Kyiv metro during the night."
check_not "en: intransitive shelter: no 075" grep -q " 075 " "$T/ev"
test_done
