#!/bin/sh
# t1685: "welcomed Diaz to Lima for what is likely his final visit": a
# hedge ("likely") in a free relative after the verb is on that phrase,
# not on the clause (mood.c: a FW_SPEC word within three words after a
# free relative, free_relatives = {what}).  "will likely meet" stays a
# speculation.  "pledged that Peru would help": "would" in the content of a
# promise (a modal verb's that-clause) is a future, an intent (mood.c), as
# in reported speech; "its neighbour" is the country named before the last
# one (lang.h neighbour_nouns, mentions.c).
# Sentences written for this test.
. tests/cli/test-lib.sh

code_events en 2024-05-07 'Peruvian President Lopez welcomed Chilean President Diaz to Lima on Monday for what is likely his final official visit.'
check "what is likely: coded" test "$rc" -eq 0
check "what is likely: the welcome is a fact" grep -q '^PERGOV CHLGOV 05[0-9] fact' "$T/ev"

code_events en 2024-05-07 'Peruvian President Lopez will likely welcome Chilean President Diaz to Lima on Monday.'
check "will likely welcome: coded" test "$rc" -eq 0
check_not "will likely welcome: still no fact" grep -q ' fact' "$T/ev"
code_events en 2024-05-07 'Peruvian President Lopez toured the flooded Chilean coast on Sunday and pledged that Peru would help its neighbour.'
check "pledged that … would help: coded" test "$rc" -eq 0
check "pledged that … would help its neighbour: an intent to help Chile" grep -q '^PERGOV CHLGOV 03[0-9]* intent' "$T/ev"
test_done
