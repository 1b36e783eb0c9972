#!/bin/sh
# t1770-de-relation-noun-genitive: on sentences written for this test.  A
# genitive after a noun of relation ("die Verbündeten Israels", "die Partner
# der Ukraine"; lang.h relation_nouns) names others than the actor: it is
# not the clause's subject (roles.c after_relation_noun); the genitive of
# another Vorfeld noun still is ("Kämpfer der Hamas").
. tests/cli/test-lib.sh

ev() { code_events_scm de 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev allies "Die Verbündeten Armeniens verurteilten am Montag den Angriff Aserbaidschans."
check_not "de: the allies are not Armenia (no ARMGOV 111)" grep -q "^ARMGOV 111" "$T/ev"
ev partners "Die Partner der Ukraine kritisierten am Montag den Angriff Russlands."
check_not "de: the partners are not Ukraine (no UKRGOV 111)" grep -q "^UKRGOV 111" "$T/ev"
ev fighters "Kämpfer der Hamas haben am Montag einen israelischen Stützpunkt angegriffen."
check "de: another noun's genitive acts (PSEREB 19x ISR)" grep -q "^PSEREB 19[0-9]* ISR" "$T/ev"
test_done
