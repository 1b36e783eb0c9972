#!/bin/sh
# t1656-fr-clitic-other-side: on sentences written for this test.  A
# pronoun object that would be the clause's own subject (« Il l'a accusé
# de … ») takes, when its sentence reports no event, the other side of the
# last event reported: its target, else its source (roles.c
# target_not_subject; for languages with clitic object pronouns).  « un
# discours », « ce geste » are anaphors too (fr_rules.c FW2_ANAPH): praise
# of them is aimed at the one whose speech or gesture it was.
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev one "Le président portugais a reçu le président angolais. Il l'a accusé d'ingérence."
check "fr: l' after a meeting: the other side (PRT 1123 AGO)" grep -q "^PRTGOV 112[0-9]* AGOGOV fact$" "$T/ev"
ev plural "Les militaires guinéens ont arrêté le président et le Premier ministre. Ils les ont accusés de trahison."
check "fr: les: the last event's target (GINMIL 112 GINGOV)" grep -q "^GINMIL 112[0-9]* GINGOV fact$" "$T/ev"
ev speech "Le président portugais a rencontré mardi le président angolais à Luanda. Le président angolais a salué un discours « puissant »."
check "fr: praise of « un discours »: its speaker (AGO 051 PRT)" has "AGOGOV 051 PRTGOV fact"
ev gesture "Le Portugal a présenté ses excuses à l'Angola. Le président angolais a salué ce geste."
check "fr: praise of « ce geste »: its doer (AGO 051 PRT)" has "AGOGOV 051 PRTGOV fact"
test_done
