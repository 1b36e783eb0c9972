#!/bin/sh
# t1699: "after Peru abruptly revoked his visa": an object opened by a
# singular possessive (his, her) names the person it belongs to, the last
# person named before the verb who is not the subject (roles.c
# target_possessive_object); "his own" (the subject) names no target.
# Sentences written for this test.
. tests/cli/test-lib.sh

code_events en 2024-05-07 'Emmanuel Macron was detained in Lima on Thursday after Peru abruptly revoked his visa.'
check "revoked his visa: coded" test "$rc" -eq 0
check "revoked his visa: the person's" grep -q '^PERGOV FRAGOV 160 ' "$T/ev"

code_events en 2024-05-07 'Emmanuel Macron revoked his visa on Thursday.'
check "his own visa: coded" test "$rc" -eq 0
check_not "his own visa: no event with himself" grep -q '^FRAGOV FRAGOV ' "$T/ev"
test_done
