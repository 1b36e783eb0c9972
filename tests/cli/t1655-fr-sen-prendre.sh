#!/bin/sh
# t1655-fr-sen-prendre: on sentences written for this test.  « s'en
# prendre à X » criticises X (111: patterns.txt, the clitic « en » right
# before the verb or its auxiliary); the bare reflexive « se prendre à
# rêver » is no criticism (verbs.txt: se prendre -).
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev perfect "Le Premier ministre hongrois s'en est pris à la Commission européenne."
check "fr: s'en est pris à (HUN 111 EU)" has "HUNGOV 111 IGOEUREEC fact"
ev present "Le ministre serbe s'en prend violemment au Kosovo."
check "fr: s'en prend (SRB 111 KSV)" grep -q "^SRBGOV 111 KSV[A-Z]* fact$" "$T/ev"
ev inf "Le président serbe a décidé de s'en prendre à la Croatie."
check "fr: s'en prendre, the infinitive (SRB 111 HRV)" grep -q "^SRBGOV 111 HRVGOV " "$T/ev"
ev reve "La Serbie s'est prise à rêver d'une visite en Croatie."
check_not "fr: se prendre à rêver is no criticism" grep -q " 111 " "$T/ev"
ev place "En Croatie, l'armée serbe a pris la ville de Vukovar."
check_not "fr: « En » opening the clause is no clitic" grep -q " 111 " "$T/ev"
test_done
