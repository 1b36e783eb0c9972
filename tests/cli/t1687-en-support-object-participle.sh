#!/bin/sh
# t1687: "Peru and Chile signed a memorandum addressing Bolivia's concerns":
# a participle after the support verb's object noun opens a phrase of its
# own; an event noun in it ("concerns", 111) is not the support verb's
# object, so the signing (057) is the predicate (predicate.c
# use_object_noun).  "signed a trade deal" keeps its noun.
# Sentences written for this test.
. tests/cli/test-lib.sh

code_events en 2024-05-07 'Peru and Chile signed a memorandum addressing Bolivia’s concerns over the border.'
check "memorandum addressing: coded" test "$rc" -eq 0
check "memorandum addressing: the signing" grep -q '^PERGOV CHLGOV 057 ' "$T/ev"
check_not "memorandum addressing: no criticism" grep -q ' 111 ' "$T/ev"

code_events en 2024-05-07 'Peru and Chile signed a trade deal on Monday.'
check "signed a deal: still coded" grep -q '^PERGOV CHLGOV 057 ' "$T/ev"
test_done
