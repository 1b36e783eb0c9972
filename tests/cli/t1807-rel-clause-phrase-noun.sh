#!/bin/sh
# t1807-rel-clause-phrase-noun: on sentences written for this test.  An
# event noun in a phrase of a relative clause is an event of its own
# (« …, qui a eu lieu lors de la visite du président français en Inde »);
# the relative verb's object noun stays its verb's business (nouns.c
# code_nouns).
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev phrase "La conférence de presse, qui a eu lieu mardi lors de la visite officielle du président français en Inde, s'est bien passée."
check "fr: the visit in the relative's phrase (FRAGOV 042 INDGOV)" has "FRAGOV 042 INDGOV fact"
ev object "Les deux pays ont signé un texte, qui prévoit le retrait des troupes russes de Moldavie."
check_not "fr: the relative verb's object noun is no event of its own" grep -q " 087" "$T/ev"
test_done
