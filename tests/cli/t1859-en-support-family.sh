#!/bin/sh
# t1859-en-support-family: on sentences written for this test.  "India
# stood by Russia": a participle before "by" is no passive where the verb
# takes its target after "by" (roles.c); and English breadth for 051
# (rally around, vouch for), 043 (fete) and 120 (rubbish, pooh-pooh)
# (dict/en/verbs.txt).  What a denial (016) denies in its that-clause is no
# fact (mood.c).
. tests/cli/test-lib.sh

ev() { code_events_scm en 2024-03-05 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev standby "India stood by Russia despite Western pressure."
check "en: stood by: India the source (INDGOV 051 RUSGOV)" has "INDGOV 051 RUSGOV fact"
check_not "en: stood by: not reversed" has "RUSGOV 051 INDGOV fact"
ev killed "Ukrainian soldiers killed by Russian drones were buried on Monday."
check "en: a reduced passive keeps its agent (RUSMIL 1823 UKRMIL)" has "RUSMIL 1823 UKRMIL fact"
ev rally "Saudi Arabia rallied around Qatar."
check "en: rallied around (SAUGOV 051 QATGOV)" has "SAUGOV 051 QATGOV fact"
ev vouch "Germany vouched for Poland's commitment to the rule of law."
check "en: vouched for (DEUGOV 051 POLGOV)" has "DEUGOV 051 POLGOV fact"
ev fete "Paris feted the Indian prime minister."
check "en: feted (FRAGOV 043 INDGOV)" has "FRAGOV 043 INDGOV fact"
ev rubbish "Moscow rubbished the British allegations."
check "en: rubbished (RUSGOV 120 GBRGOV)" has "RUSGOV 120 GBRGOV fact"
ev pooh "Beijing pooh-poohed the American report."
check "en: pooh-poohed (CHNGOV 120 USAGOV)" has "CHNGOV 120 USAGOV fact"
ev deny "Egypt denied that it had attacked the Sudanese army."
check_not "en: denied that it had attacked: no attack as fact (190)" grep -q " 190 " "$T/ev"
ev deny2 "Egypt denied that it had funded the Sudanese army."
check_not "en: denied that it had funded: no aid as fact (071)" grep -q " 071 " "$T/ev"
ev deny3 "Egypt denied funding the Sudanese army."
check "en: denied funding: the denial (EGYGOV 016 SDNMIL)" has "EGYGOV 016 SDNMIL fact"
test_done
