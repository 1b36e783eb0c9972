#!/bin/sh
# t1763-de-both-sides-weak-pair: on sentences written for this test.
# "beide Seiten" when the story's pair is only the first two countries it
# named and the subject's country is one of them: the two sides are the two
# other countries named last (discourse.c weak_pair_sides); a pair that an
# event or a coordination named stands.
. tests/cli/test-lib.sh

ev() { code_events_scm de 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev weak "Drei Monate nach Beginn der armenischen Offensive hat Frankreich ein Papier zur Lage in Aserbaidschan vorgelegt. Paris ruft darin beide Seiten zu Gesprächen auf."
check "de: the appeal reaches Armenia (FRAGOV 02x ARMGOV)" grep -q "^FRAGOV 02[0-9]* ARMGOV" "$T/ev"
check "de: … and Azerbaijan (FRAGOV 02x AZEGOV)" grep -q "^FRAGOV 02[0-9]* AZEGOV" "$T/ev"
ev strong "Armenien und Aserbaidschan haben sich erneut beschossen. Frankreich ruft beide Seiten zu Gesprächen auf."
check "de: an event's pair stands (FRAGOV 02x ARMGOV)" grep -q "^FRAGOV 02[0-9]* ARMGOV" "$T/ev"
check "de: … both of it (FRAGOV 02x AZEGOV)" grep -q "^FRAGOV 02[0-9]* AZEGOV" "$T/ev"
test_done
