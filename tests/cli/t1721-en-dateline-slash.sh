#!/bin/sh
# t1721: a dateline with a country and a second place after a slash,
# "LIMA, Peru/QUITO (Reuters) -", is all dateline (src/text/text.c
# dy_mark_dateline): its places are no actors of the first sentence.
# Sentences written for this test.
. tests/cli/test-lib.sh

code_events en 2024-05-07 'LIMA, Peru/QUITO (Reuters) - Peru imposed an air ban on Tuesday after a vote that drew criticism from abroad.'
check "dateline with slash: coded" test "$rc" -eq 0
check_not "dateline with slash: the second place is no target" grep -q 'ECU' "$T/ev"
check_not "dateline with slash: the first place is no source" grep -q '^PERGOV PERGOV' "$T/ev"

code_events en 2024-05-07 'LIMA/QUITO (Reuters) - Peru criticized Ecuador on Tuesday.'
check "plain slash dateline: criticism kept" grep -q '^PERGOV ECUGOV 111 ' "$T/ev"
test_done
