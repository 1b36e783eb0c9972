#!/bin/sh
# t1681: criticism idioms (111): "took aim at" (take|aim in dict/en/verbs.txt),
# "took a swipe at" (take patterns), and criticism received, "faced
# criticism from", "came under criticism from", "drew condemnation from"
# (face/come/draw patterns flagged recv: the critic is the source, the
# subject the target).  "came under fire from" soldiers stays no criticism.
# "called the move treasonous": the evaluative frames take "treason*" as a
# stem (dict/en/patterns.txt call, describe, … 111).
# Sentences written for this test.
. tests/cli/test-lib.sh

code_events en 2024-05-07 'Peru took aim at Chile over the border closure.'
check "took aim at: coded" test "$rc" -eq 0
check "took aim at: criticism" grep -q '^PERGOV CHLGOV 111 ' "$T/ev"

code_events en 2024-05-07 'Peruvian President Lopez took a swipe at Chile.'
check "took a swipe at: criticism" grep -q '^PERGOV CHLGOV 111 ' "$T/ev"

code_events en 2024-05-07 'Peru faced criticism from Chile.'
check "faced criticism from: the critic is the source" grep -q '^CHLGOV PERGOV 111 ' "$T/ev"

code_events en 2024-05-07 'The Peruvian president came under criticism from Chile on Monday.'
check "came under criticism from: the critic is the source" grep -q '^CHLGOV PERGOV 111 ' "$T/ev"

code_events en 2024-05-07 'Peru drew condemnation from Chile and Bolivia.'
check "drew condemnation from: both critics" sh -c "grep -q '^CHLGOV PERGOV 111 ' '$T/ev' && grep -q '^BOLGOV PERGOV 111 ' '$T/ev'"

code_events en 2024-05-07 'Peruvian troops came under fire from Chilean soldiers.'
check "came under fire from soldiers: coded" test "$rc" -eq 0
check_not "came under fire from soldiers: no criticism" grep -q ' 111 ' "$T/ev"
code_events en 2024-05-07 'Chile expelled two Peruvian diplomats. Peruvian President Lopez called the move "treasonous."'
check "called the move treasonous: criticism" grep -q '^PERGOV CHLGOV 111 ' "$T/ev"
test_done
