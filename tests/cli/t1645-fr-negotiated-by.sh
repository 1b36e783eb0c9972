#!/bin/sh
# t1645-fr-negotiated-by: on sentences written for this test.  A
# negotiation (046) named by its participle after a noun, with an agent
# (« l'accord, négocié par la Norvège, … », « une trêve négociée par le
# Qatar »), is the agent's mediation (045) toward the parties: the clause's
# subjects or the story's last pair (nouns.c code_mediation,
# language-neutral); a party that negotiated is no mediator.
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev subj "Le Pérou et l'Équateur ont signé un accord négocié par le Brésil."
check "fr: négocié par X after the noun: X mediates (BRA 045 PER)" has "BRAGOV 045 PERGOV fact"
check "fr: … toward both parties (BRA 045 ECU)" has "BRAGOV 045 ECUGOV fact"
ev pair "Le Pérou et l'Équateur ont conclu une trêve. L'accord, négocié par le Brésil et le Chili, entre en vigueur lundi."
check "fr: the parties of the sentence before (CHL 045 ECU)" has "CHLGOV 045 ECUGOV fact"
ev party "Le Pérou et l'Équateur ont signé un accord négocié par le Pérou."
check_not "fr: a party that negotiated is no mediator" grep -q " 045 " "$T/ev"
test_done
