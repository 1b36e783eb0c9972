#!/bin/sh
# t1794-en-deed-by-agent: on sentences written for this test.  English
# judgement of a deed whose agent phrase ("by …") follows its noun is aimed
# at that agent: "condemned the killing of soldiers by Peruvian troops",
# "condemned the attack by Peru" (the agent phrase is the doer itself, no
# victim to look behind), and praise too: "welcomed the release of the
# fishermen by Peru" (roles.c victim_of_violence, target_by_object_noun).
. tests/cli/test-lib.sh

ev() { code_events_scm en 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev kill "Bolivia condemned the killing of three soldiers by Peruvian troops."
check "en: killing … by Peruvian troops: BOLGOV 111 PERMIL" has "BOLGOV 111 PERMIL fact"
ev attack "Chile condemned the attack by Peru."
check "en: the attack by Peru: CHLGOV 111 PERGOV" has "CHLGOV 111 PERGOV fact"
ev release "Bolivia welcomed the release of its fishermen by Peru."
check "en: welcomed the release … by Peru: BOLGOV 051 PERGOV" has "BOLGOV 051 PERGOV fact"
test_done
