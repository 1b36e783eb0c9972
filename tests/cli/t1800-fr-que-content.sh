#!/bin/sh
# t1800-fr-que-content: on sentences written for this test.  A « que »
# right after a verb of speech opens its content as a clause of its own
# (lang.h that_content, clauses.c that_content_starts) when the content
# opens with no actor of its own: a possessive subject names the speaker's
# own people (roles.c pro_drop_subject, resolve.c rc_content_speaker), and
# the content of a negated speech verb is no fact (mood.c).
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev poss "Le ministère iranien a indiqué mardi que ses troupes avaient saisi un pétrolier britannique."
check "fr: « que ses troupes »: the speaker's forces act (IRNMIL 1711 GBRGOV)" has "IRNMIL 1711 GBRGOV fact"
ev poss2 "Le président kényan a affirmé que ses soldats avaient tué quatre rebelles somaliens."
check "fr: « que ses soldats »: the speaker's country (KENMIL 1823 SOMREB)" has "KENMIL 1823 SOMREB fact"
ev negsay "La Russie n'a pas confirmé que ses soldats avaient attaqué la Géorgie."
check_not "fr: the content of a negated speech verb is no fact" grep -q " 190 GEO" "$T/ev"
ev pron "Le président russe a déclaré mardi qu'il rencontrerait son homologue turc."
check "fr: « qu'il » is the speaker (RUSGOV 036 TURGOV)" has "RUSGOV 036 TURGOV intent"
ev quoted "Le chef de l'Etat turc a déclaré que \"nous allons frapper les bases terroristes en Irak\"."
check "fr: a quoted content after « que » is coded (TURGOV 1384 IRQREB)" has "TURGOV 1384 IRQREB intent"
test_done
