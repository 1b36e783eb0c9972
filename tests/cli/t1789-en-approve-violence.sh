#!/bin/sh
# t1789-en-approve-violence: on sentences written for this test.  Approving
# or authorizing an attack reports no attack (dict/en/patterns.txt: approve
# and authorize with a violence noun read as no event; authorize is a
# support verb, verbs.txt); approving or authorizing aid or tariffs is still
# the aid or the sanction, and a tariff on imports from a country targets it
# (nouns.txt tariff: tgt +from).  A document signed whose gerund names its
# content ("signed a decree recognizing …", "signed a law banning …", also
# over a day) has that content as its predicate (predicate.c
# document_content, lang document_nouns); releasing a text or a picture
# is no release of people (patterns.txt release -).
. tests/cli/test-lib.sh

ev() { code_events_scm en 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev approve "The Chilean president said he had approved strikes on three Peruvian bases but called them off."
check_not "en: approved strikes: no attack" grep -q " 19[0-9]* " "$T/ev"
ev auth "The Chilean government authorized Bolivia to use Chilean rockets to strike targets inside Peru."
check_not "en: authorized X to strike: no attack" grep -q " 19[0-9]* " "$T/ev"
ev aid "The Chilean government authorized $20 million in aid for Bolivia."
check "en: authorized aid: CHLGOV 07… BOLGOV" grep -q "^CHLGOV 07[0-9]* BOLGOV" "$T/ev"
ev tariff "The Chilean government approved a doubling of tariffs on copper imports from Peru."
check "en: tariffs on imports from Peru: CHLGOV 163 PERGOV" has "CHLGOV 163 PERGOV fact"
ev decree "The Chilean president signed a decree on Monday recognizing Bolivian sovereignty over the lake."
check "en: signed a decree recognizing: CHLGOV 054 BOLGOV" has "CHLGOV 054 BOLGOV fact"
ev law "The Chilean president signed a law banning imports from Peru."
check "en: signed a law banning imports from Peru: CHLGOV 163 PERGOV" has "CHLGOV 163 PERGOV fact"
ev footage "The Chilean government released footage of Peruvian soldiers."
check_not "en: released footage: no release" grep -q " 08[0-9]* " "$T/ev"
ev people "Peru released three Chilean fishermen."
check "en: released fishermen: PERGOV 0841 CHLCVL" has "PERGOV 0841 CHLCVL fact"
test_done
