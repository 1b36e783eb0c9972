#!/bin/sh
# t1778-de-strikes-in-country: on sentences written for this test.
# Violence named by the clause's noun predicate with no target of its own
# ("Französische Luftangriffe in Mali") strikes the other country whose name
# its "in" phrase gives (roles.c strikes_in_country); the doer's own country
# is no target, nor a place phrase that does not follow the noun.
. tests/cli/test-lib.sh

ev() { code_events_scm de 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev abroad "Französische Luftangriffe in Mali haben am Wochenende zugenommen."
check "de: the strikes hit the place's country (FRAMIL 195 MLIGOV)" has "FRAMIL 195 MLIGOV fact"
ev home "Malische Luftangriffe in Mali haben am Wochenende zugenommen."
check_not "de: not the doer's own country" grep -q "^MLIMIL 195 MLI" "$T/ev"
ev far "Drei Monate nach Beginn der armenischen Offensive hat Frankreich ein Papier zur Lage in Aserbaidschan vorgelegt."
check_not "de: a place phrase far from the noun is none (FRAGOV 19x)" grep -q "^FRAGOV 19" "$T/ev"
test_done
