#!/bin/sh
# t1685: "welcomed Diaz to Lima for what is likely his final visit": a
# hedge ("likely") in a free relative after the verb is on that phrase,
# not on the clause (mood.c: a FW_SPEC word within three words after a
# free relative, free_relatives = {what}).  "will likely meet" stays a
# speculation.
# Sentences written for this test.
. tests/cli/test-lib.sh

code_events en 2024-05-07 'Peruvian President Lopez welcomed Chilean President Diaz to Lima on Monday for what is likely his final official visit.'
check "what is likely: coded" test "$rc" -eq 0
check "what is likely: the welcome is a fact" grep -q '^PERGOV CHLGOV 05[0-9] fact' "$T/ev"

code_events en 2024-05-07 'Peruvian President Lopez will likely welcome Chilean President Diaz to Lima on Monday.'
check "will likely welcome: coded" test "$rc" -eq 0
check_not "will likely welcome: still no fact" grep -q ' fact' "$T/ev"
test_done
