#!/bin/sh
# t1858-en-end-agreement: on sentences written for this test.  Ending an
# agreement is 160, not the agreement's own 057 as a fact nor a troop
# withdrawal: pull out *of* the deal, revoke / scrap / quit an agreement
# (en/patterns.txt), tear up, annul, abrogate (en/verbs.txt); closing,
# shutting or shuttering a state's embassy or consulate cuts relations (161).
. tests/cli/test-lib.sh

ev() { code_events_scm en 2024-03-05 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev pull "Russia pulled out of the grain deal with Ukraine."
check "en: pulled out of the deal (RUSGOV 160 UKRGOV)" has "RUSGOV 160 UKRGOV fact"
check_not "en: … no troop withdrawal (0874)" grep -q " 0874 " "$T/ev"
ev revoke "Niger revoked its military agreements with France."
check "en: revoked its agreements (NERGOV 160 FRAGOV)" has "NERGOV 160 FRAGOV fact"
check_not "en: … the agreement is no fact (057)" grep -q " 057 " "$T/ev"
ev scrap "Mali scrapped its defence pact with France."
check "en: scrapped its pact (MLIGOV 160 FRAGOV)" has "MLIGOV 160 FRAGOV fact"
ev annul "Pakistan annulled the accord with India."
check "en: annulled the accord (PAKGOV 160 INDGOV)" has "PAKGOV 160 INDGOV fact"
ev troops "Russia pulled out of Syria."
check "en: pulled out of a country stays 0874 (RUSGOV 0874 SYRGOV)" has "RUSGOV 0874 SYRGOV fact"
ev shutter "Russia shuttered the German consulates."
check "en: shuttered consulates (RUSGOV 161 DEUGOV)" has "RUSGOV 161 DEUGOV fact"
ev closec "Russia closed the German consulate in Kaliningrad."
check "en: closed a consulate (RUSGOV 161 DEUGOV)" has "RUSGOV 161 DEUGOV fact"
ev border "Venezuela closed its border with Colombia."
check "en: a closed border stays 191 (VENGOV 191 COLGOV)" has "VENGOV 191 COLGOV fact"
test_done
