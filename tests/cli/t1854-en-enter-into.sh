#!/bin/sh
# t1854-en-enter-into: on sentences written for this test.  "entered into
# talks / an agreement with" is the support idiom enter|into: its noun
# gives the code, and the plain verb's reading (enter 190, "troops entered
# Ukraine") is no predicate where the idiom matched (predicate.c).
. tests/cli/test-lib.sh

ev() { code_events_scm en 2024-03-05 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev talks "Iran entered into talks with the United States on Monday."
check "en: entered into talks: the talks (IRNGOV 040 USAGOV)" has "IRNGOV 040 USAGOV fact"
check_not "en: entered into talks: no incursion (190)" grep -q " 190 " "$T/ev"
ev pact "Iran and Iraq entered into a security agreement in Baghdad."
check "en: entered into an agreement (IRNGOV 057 IRQGOV)" has "IRNGOV 057 IRQGOV fact"
check_not "en: entered into an agreement: no 190" grep -q " 190 " "$T/ev"
ev troops "Russian troops entered Ukraine on Thursday."
check "en: the plain verb still codes (RUSMIL 190 UKRGOV)" has "RUSMIL 190 UKRGOV fact"
test_done
