#!/bin/sh
# t1727: "does not seek to challenge or displace Chile": a conjunction right
# after an infinitive, before a verb with an infinitive form, joins a second
# infinitive in the same clause, under its negation (src/coder/clauses.c
# inf_pair), not a clause of its own with the subject's plain fact.  A
# finite verb after it ("agreed to withdraw and accused Chile") still
# starts a clause.
# Sentences written for this test.
. tests/cli/test-lib.sh

code_events en 2024-05-07 'Lopez told Garcia that Peru respects Chilean interests and does not seek to challenge or displace Chile.'
check "does not seek to challenge or displace: coded" test "$rc" -eq 0
check_not "does not seek to challenge or displace: negated, no event" grep -q ' 201 ' "$T/ev"

code_events en 2024-05-07 'Peru agreed to withdraw and accused Chile of lying.'
check "agreed to withdraw and accused: the accusation" grep -q '^PERGOV CHLGOV 112 fact' "$T/ev"
test_done
