#!/bin/sh
# t1689: "rejected criticism of the decision", "dismissed the
# condemnation": a rejection's or denial's accusation noun (English
# accusation_words now with criticism, condemnation) answers the accuser
# even with its own "of" phrase (roles.c anaphoric_object), the source of
# the last criticism, accusation or threat (roots 11, 13) against the
# rejecting side.
# Sentences written for this test.
. tests/cli/test-lib.sh

code_events en 2024-05-07 'Chilean President Diaz criticized Peru over the border closure. Peru’s foreign ministry rejected criticism of the decision on Tuesday.'
check "rejected criticism of: coded" test "$rc" -eq 0
check "rejected criticism of: answers the critic" grep -q '^PERGOV CHLGOV 120 ' "$T/ev"

code_events en 2024-05-07 'Chilean President Diaz warned Peru of consequences over the border closure. Peru’s foreign ministry rejected criticism of the decision on Tuesday.'
check "rejected criticism after a warning: answers the one who warned" grep -q '^PERGOV CHLGOV 120 ' "$T/ev"
test_done
