#!/bin/sh
# t1684: "…, a major shift announced during a visit to Bolivia": an
# apposition after a comma (an indefinite article, a noun, the participle
# of a speech verb) is a reduced relative, not a speech frame; its head
# noun renames the event before (no event of its own) and the visit it
# names is the clause before's subject's (predicate.c
# reduced_relative_speech).  "…, a spokesman announced" stays a frame.
# Sentences written for this test.
. tests/cli/test-lib.sh

code_events en 2024-05-07 'Peruvian President Lopez said on Monday he would lift sanctions on Chile, a major policy shift announced during a visit to Bolivia.'
check "apposition: coded" test "$rc" -eq 0
check "apposition: the visit is the president's" grep -q '^PERGOV BOLGOV 042 fact' "$T/ev"
check_not "apposition: the shift is no event of its own" grep -q ' 0832 ' "$T/ev"

code_events en 2024-05-07 'Peruvian President Lopez said on Monday he would lift sanctions on Chile, “a chance for peace,” a major policy shift announced during a visit to Bolivia.'
check "apposition after a quotation: the visit" grep -q '^PERGOV BOLGOV 042 fact' "$T/ev"

code_events en 2024-05-07 'Chile will send aid to Bolivia, a Chilean minister announced on Monday.'
check "a frame with an actor stays a frame: the aid" grep -q '^CHLGOV BOLGOV 033 intent' "$T/ev"
test_done
