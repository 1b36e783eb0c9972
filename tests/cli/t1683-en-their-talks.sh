#!/bin/sh
# t1683: "A and B agreed to reopen the border, in their first face-to-face
# talks in a year": the talks are a fact meeting of the two (040 both
# ways) beside the agreement (030).  Three rules: a noun/verb form after a
# hyphenated modifier is the noun ("face-to-face talks", atoms.c); a noun
# with a plural possessive in a phrase is no support verb's object
# (predicate.c use_object_noun); a meeting with "their" in a clause with no
# subject is held among the subjects before (nouns.c).
# Sentences written for this test.
. tests/cli/test-lib.sh

code_events en 2024-05-07 'Peruvian President Lopez and Chilean President Diaz agreed on Monday to reopen the border, in their first face-to-face talks in a year.'
check "face-to-face talks: coded" test "$rc" -eq 0
check "face-to-face talks: the agreement" grep -q '^PERGOV CHLGOV 030 ' "$T/ev"
check "face-to-face talks: a meeting" grep -q '^PERGOV CHLGOV 040 fact' "$T/ev"
check "face-to-face talks: both ways" grep -q '^CHLGOV PERGOV 040 fact' "$T/ev"

code_events en 2024-05-07 'Peruvian President Lopez and Chilean President Diaz agreed on Monday to reopen the border in their first direct talks in a year.'
check "direct talks: the agreement stays" grep -q '^PERGOV CHLGOV 030 ' "$T/ev"
check "direct talks: a meeting, not an intent" grep -q '^PERGOV CHLGOV 046 fact' "$T/ev"
check_not "direct talks: no intent to meet" grep -q ' 036 ' "$T/ev"
test_done
