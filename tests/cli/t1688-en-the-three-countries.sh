#!/bin/sh
# t1688: "the three countries", "the four nations": an article, a group
# number (lang.h group_numbers, English three … ten; or digits) and a
# country noun take up the last subject when it has that many actors, else
# the last so many countries named before it, each once, not an
# organisation, a dateline or a place in an "in" phrase (mentions.c,
# resolve.c ment_codes).  With too few named it names no one.
# Sentences written for this test.
. tests/cli/test-lib.sh

code_events en 2024-05-07 'Peru lifted its objections to Chile and Bolivia joining the bloc on Tuesday after the three countries signed a memorandum on trade.'
check "the three countries: coded" test "$rc" -eq 0
check "the three countries: Peru and Chile" grep -q '^PERGOV CHLGOV 057 ' "$T/ev"
check "the three countries: Chile and Bolivia" grep -q '^CHLGOV BOLGOV 057 ' "$T/ev"

code_events en 2024-05-07 'Peru, Chile, Bolivia and Ecuador cut ties with Venezuela on Monday. The four countries also closed their borders with Venezuela.'
check "the four countries: the last subject" grep -q '^ECUGOV VENGOV 191 ' "$T/ev"

code_events en 2024-05-07 'Peru and Chile met at a summit in Bolivia. The three countries signed a memorandum on trade.'
check "a place is not one of them: coded" test "$rc" -eq 0
check_not "a place is not one of them" grep -q '^BOL[A-Z]* [A-Z]* 057 ' "$T/ev"
test_done
