#!/bin/sh
# t1850-en-criticize-family: on sentences written for this test.  The
# English 111 (criticize) family beyond the common verbs: rail / inveigh
# against, tear into, round on, take issue with, belittle, bash, and the
# nouns tirade / broadside, smear; "charged that …" is an accusation
# (dict/en/verbs.txt, nouns.txt, patterns.txt).  "avoided condemning",
# "refrained from attacking" negate the deed (en_rules.c, finite forms).
# Quarrels, both ways: spar, bicker, squabble, quarrel, lock horns with.
. tests/cli/test-lib.sh

ev() { code_events_scm en 2024-03-05 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev rail "Turkish President Recep Tayyip Erdogan railed against Israel on Tuesday."
check "en: railed against (TURGOV 111 ISRGOV)" has "TURGOV 111 ISRGOV fact"
ev tear "The Chinese foreign ministry tore into Washington over the visa rules."
check "en: tore into (CHNGOV 111 USAGOV)" has "CHNGOV 111 USAGOV fact"
ev round "Russia's foreign minister rounded on NATO at a news conference in Moscow."
check "en: rounded on (RUSGOV 111 IGOWSTNAT)" has "RUSGOV 111 IGOWSTNAT fact"
ev issue "The French president took issue with Italy's migration plans."
check "en: took issue with (FRAGOV 111 ITAGOV)" has "FRAGOV 111 ITAGOV fact"
ev belittle "Iran's foreign minister belittled the European Union's offer on Monday."
check "en: belittled (IRNGOV 111 IGOEUREEC)" has "IRNGOV 111 IGOEUREEC fact"
ev tirade "The Turkish president's tirade against Israel was broadcast on state television."
check "en: noun tirade against (TURGOV 111 ISRGOV)" has "TURGOV 111 ISRGOV fact"
ev smear "The Venezuelan government smeared the opposition."
check "en: smeared (VENGOV 111 VENOPP)" has "VENGOV 111 VENOPP fact"
ev charge "Tehran charged that Washington was behind the unrest."
check "en: charged that: an accusation (IRNGOV 112 USAGOV)" has "IRNGOV 112 USAGOV fact"
check_not "en: charged that: no arrest (173)" grep -q " 173 " "$T/ev"
ev neg "Turkish President Recep Tayyip Erdogan did not rail against Israel on Tuesday."
check_not "en: negated: no 111" grep -q " 111 " "$T/ev"
ev avoid "India has avoided condemning Russia's invasion of Ukraine."
check_not "en: avoided condemning: no 111" grep -q " 111 " "$T/ev"
ev refrain "Israel refrained from attacking Iran."
check_not "en: refrained from attacking: no 190" grep -q " 190 " "$T/ev"
ev foravoid "Armenia criticized Russia for avoiding a clash with Azerbaijan."
check "en: criticized … for avoiding: the criticism stands (ARMGOV 111 RUSGOV)" has "ARMGOV 111 RUSGOV fact"
ev spar "China and the United States sparred over Taiwan."
check "en: A and B sparred (CHNGOV 111 USAGOV)" has "CHNGOV 111 USAGOV fact"
check "en: … both ways (USAGOV 111 CHNGOV)" has "USAGOV 111 CHNGOV fact"
ev horns "Hungary locked horns with Brussels over the rule of law."
check "en: locked horns with (HUNGOV 111 IGOEUREEC)" has "HUNGOV 111 IGOEUREEC fact"
ev quarrel "Serbia quarrelled with Kosovo over licence plates."
check "en: quarrelled with (SRBGOV 111 KSVGOV)" has "SRBGOV 111 KSVGOV fact"
test_done
