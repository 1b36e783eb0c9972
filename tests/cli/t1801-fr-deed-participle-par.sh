#!/bin/sh
# t1801-fr-deed-participle-par: on sentences written for this test.  An
# agent phrase (« par X ») after an event noun names its doer: past a
# participle of doing (lang.h deed_participles: « l'attaque lancée par »),
# right after the noun, or after its patient (« l'enlèvement de … par »)
# (nouns.c agent_after_participle); a participle of undergoing names none.
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev launched "L'offensive lancée par l'armée ukrainienne contre les forces russes se poursuit."
check "fr: « lancée par »: the doer of the offensive (UKRMIL 190 RUSMIL)" has "UKRMIL 190 RUSMIL fact"
ev patient "L'enlèvement de trois journalistes français par des rebelles maliens a choqué Paris."
check "fr: « l'enlèvement de X par Y »: Y abducted X (MLIREB 181 FRA…)" grep -q "^MLIREB 181 FRA" "$T/ev"
ev received "L'aide reçue par l'Ukraine contre la Russie a augmenté."
check_not "fr: « reçue par » names no doer" grep -q "^UKR" "$T/ev"
test_done
