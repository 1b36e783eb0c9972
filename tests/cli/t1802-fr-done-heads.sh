#!/bin/sh
# t1802-fr-done-heads: on sentences written for this test.  An event noun
# after « à l'issue de », « au lendemain de », « au terme de » is over: a
# fact even in a clause of intent (lang.h done_heads, nouns.c); and « de »
# right after a preposition or a verb is the plural article before an
# adjective, so « après de longues discussions », « a tenu de longs
# entretiens avec » name the talks (predicate.c, nouns.c noun_is_event).
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev done "Le Japon s'est dit prêt à signer un accord avec la Corée du Sud, à l'issue de longues discussions avec une délégation chinoise."
check "fr: talks « à l'issue de » are a fact beside an intent (JPNGOV 040 CHNGOV)" has "JPNGOV 040 CHNGOV fact"
check_not "fr: … not an intent to meet" grep -q "^JPNGOV 036 CHNGOV" "$T/ev"
ev art "Après de longs entretiens avec le président brésilien, le président argentin est rentré à Buenos Aires."
check "fr: « après de longs entretiens avec » (ARGGOV 040 BRAGOV)" has "ARGGOV 040 BRAGOV fact"
ev verb "Le président argentin a tenu de longs entretiens avec une délégation brésilienne."
check "fr: « a tenu de longs entretiens avec » (ARGGOV 040 BRAGOV)" has "ARGGOV 040 BRAGOV fact"
test_done
