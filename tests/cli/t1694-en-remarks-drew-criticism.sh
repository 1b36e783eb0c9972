#!/bin/sh
# t1694: "The remarks drew criticism from Chilean lawmakers": criticism
# received (a recv pattern, 11x) by a thing with an article and no actor
# as subject is criticism of the last agent before (roles.c, the verbs of
# receiving); of the critic's own side, none.
# Sentences written for this test.
. tests/cli/test-lib.sh

code_events en 2024-05-07 'Peruvian President Lopez said Chile was weak. The remarks drew criticism from Chilean lawmakers.'
check "the remarks drew criticism: coded" test "$rc" -eq 0
check "the remarks drew criticism: of the speaker" grep -q '^CHLLEG PERGOV 111 ' "$T/ev"

code_events en 2024-05-07 'Peruvian President Lopez said Chile was weak. The remarks drew criticism from Peruvian lawmakers.'
check "own side's criticism: coded" test "$rc" -eq 0
check_not "own side's criticism: no event between them" grep -q '^PERLEG PERGOV 111 ' "$T/ev"
test_done
