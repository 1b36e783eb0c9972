#!/bin/sh
# t1761-de-claim-of-nominal-deed: on sentences written for this test.  A
# claim of a deed (015) aims at whom the deed struck: a violent noun with
# its victim and no doer ("nach den Angriffen auf kuwaitische Raffinerien")
# is kept for the claim that follows (nouns.c, roles.c target_claimed_deed),
# which codes only the claim; the claim takes no anaphoric target (the last
# speaker), nor a deed another country did to the claimant's own.
. tests/cli/test-lib.sh

ev() { code_events_scm de 2021-05-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev noun "Nach den Angriffen auf kuwaitische Raffinerien hat der britische Außenminister den Iran beschuldigt. Eine irakische Miliz hat sich am Abend zu den Angriffen bekannt."
check "de: the claim aims at the struck (IRQREB 015 KWT)" grep -q "^IRQREB 015 KWT" "$T/ev"
check_not "de: not at the last speaker (IRQREB 015 GBR)" grep -q "^IRQREB 015 GBR" "$T/ev"
check_not "de: the nominal deed is not coded from the claim" grep -q "^IRQREB 1[89]" "$T/ev"
ev other "Die türkische Armee hat am Montag Stellungen in Syrien bombardiert. Die syrischen Rebellen bekannten sich zu einem Anschlag."
check_not "de: no claim toward the claimant's own country (015 SYR)" grep -q " 015 SYR" "$T/ev"
test_done
