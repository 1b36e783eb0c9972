#!/bin/sh
# t1783-en-reported-blame: on sentences written for this test.  A verb of
# blame ("bears responsibility", "shares the blame"; flag blamed) in
# reported speech is the speaker's accusation of its subject (112, the
# speaker the source: roles.c predicate_gates); outside reported speech it
# codes nothing, and "shares intelligence with" stays 064.
. tests/cli/test-lib.sh

ev() { code_events_scm en 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev bear "The Chilean government said on Monday that Peru bears full responsibility for the border crisis."
check "en: said … bears responsibility: CHLGOV 112 PERGOV" has "CHLGOV 112 PERGOV fact"
check_not "en: the subject is no source" grep -q "^PER" "$T/ev"
ev share "Peru shares the blame for the violence, the Chilean foreign minister said."
check "en: shares the blame, X said: CHLGOV 112 PERGOV" has "CHLGOV 112 PERGOV fact"
ev plain "Peru bears responsibility for the border crisis."
check_not "en: unreported blame: no event" grep -q . "$T/ev"
ev intel "Chile shares intelligence with Peru."
check "en: shares intelligence with: 064" has "CHLGOV 064 PERGOV fact"
test_done
