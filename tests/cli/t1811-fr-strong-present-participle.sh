#!/bin/sh
# t1811-fr-strong-present-participle: on sentences written for this test.
# An irregular verb has its participe présent, on the stem of its
# imperfect (« promettant », « prenant »: src/lang/fr/fr.c), so a comma
# before it opens a participle clause; a participle right after a speech
# frame that follows its content has the speaker as its subject
# (roles.c); « promettre une réponse à » is a threat (patterns.txt 138).
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev part "Le président serbe a critiqué la Croatie, promettant une riposte aux séparatistes kosovars."
check "fr: « promettant une riposte aux … » is a clause of its own (SRBGOV 138 KSV…)" grep -q "^SRBGOV 138 KSV" "$T/ev"
check "fr: … the verb before it keeps its target (SRBGOV 111 HRVGOV)" has "SRBGOV 111 HRVGOV fact"
ev frame "\"Le Hamas met la région en danger\", a réagi le Premier ministre israélien, promettant une réponse énergique au Hamas."
check "fr: the speaker of the frame before the participle promises (ISRGOV 138 PSEREB)" has "ISRGOV 138 PSEREB fact"
check_not "fr: … not the subject of the quoted content" grep -q "^PSEREB 1" "$T/ev"
test_done
