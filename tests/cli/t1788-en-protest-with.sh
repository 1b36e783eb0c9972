#!/bin/sh
# t1788-en-protest-with: on sentences written for this test.  A diplomatic
# protest "lodged with" a country targets it (dict/en/nouns.txt: protest
# and protest note take a with-phrase; a government's protest is 114).
# "hit back at" is a retort (111, not the attack of "hit"), and "suspended
# flights to Peru" targets Peru (dict/en/verbs.txt hit|back, suspend +to);
# fighting criticism or allegations, and attacking someone in a speech or
# an interview, is disapproval, no armed fight (patterns.txt fight, attack
# 111); a trade war is no war (nouns.txt: a state, 163 only as a support
# verb's object, over all its words: predicate.c use_object_noun), a war of
# words is 111.
. tests/cli/test-lib.sh

ev() { code_events_scm en 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev dipl "Chile lodged a diplomatic protest with Peru on Wednesday."
check "en: diplomatic protest with Peru: CHLGOV 114 PERGOV" has "CHLGOV 114 PERGOV fact"
ev plain "The Chilean government lodged a protest with Peru over the arrests."
check "en: protest with Peru: CHLGOV 114 PERGOV" has "CHLGOV 114 PERGOV fact"
ev hitback "Chile hit back at Peru on Monday."
check "en: hit back at: CHLGOV 111 PERGOV" has "CHLGOV 111 PERGOV fact"
check_not "en: … no attack" grep -q " 19[0-9]* " "$T/ev"
ev suspend "Chile suspended flights to Peru."
check "en: suspended flights to Peru: CHLGOV 16… PERGOV" grep -q "^CHLGOV 16[0-9]* PERGOV" "$T/ev"
ev fightback "Chile fought back against Peru's criticism."
check "en: fought back against criticism: CHLGOV 111 PERGOV" has "CHLGOV 111 PERGOV fact"
check_not "en: … no armed fight" grep -q " 19[0-9]* " "$T/ev"
ev speech "The Chilean president attacked Peru in an interview on Monday."
check "en: attacked in an interview: CHLGOV 111 PERGOV" has "CHLGOV 111 PERGOV fact"
ev trade "Chile and Peru are locked in a trade war."
check_not "en: a trade war: no armed fight" grep -q " 19[0-9]* " "$T/ev"
ev words "Chile and Peru are locked in a bitter war of words."
check "en: a war of words: CHLGOV 111 PERGOV" has "CHLGOV 111 PERGOV fact"
test_done
