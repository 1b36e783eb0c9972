#!/bin/sh
# t1776-de-present-passive: on sentences written for this test.  In German
# the future's auxiliary with a participle and no infinitive ("wird …
# kritisiert", "wird … vorgeworfen") is the present passive (roles.c): its
# "von" phrase is the agent, and with none the subject suffered the act and
# is no source.
. tests/cli/test-lib.sh

ev() { code_events_scm de 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev agent "Die Regierung in Tiflis wird von Russland scharf kritisiert."
check "de: the agent acts (RUSGOV 111 GEOGOV)" has "RUSGOV 111 GEOGOV fact"
ev none "Dem Präsidenten Russlands wird die Verschleppung ukrainischer Kinder vorgeworfen."
check_not "de: the content's actor is no accuser (UKRCVL 112)" grep -q "^UKRCVL 112" "$T/ev"
ev future "Der Präsident Frankreichs wird am Montag nach China reisen."
check "de: the future stays an intent (FRAGOV 036 CHNGOV)" has "FRAGOV 036 CHNGOV intent"
test_done
