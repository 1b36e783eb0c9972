#!/bin/sh
# t1682: pronoun agreement: "it" as a subject takes up no plural subject
# ("the troops", "the Guards", "A and B") and no person; a single country
# or ministry it still takes up (lang.h neuter_prons, English {it};
# discourse.last_subj_num set in sentence.c, read in resolve.c ment_codes).
# As an object after several subjects ("A and B signed …, with C hailing
# it"), "it" is the other side of the sentence's last event when that is
# none of the subjects ("A, B and C cut ties with D, accusing it of …"),
# else a thing.  Subject "they" takes up no single person ("Macron said
# they would …").
# Sentences written for this test.
. tests/cli/test-lib.sh

code_events en 2024-05-07 'Peruvian troops shot down a Chilean drone on Monday, saying it had violated Peruvian airspace.'
check "troops ... it: coded" test "$rc" -eq 0
check "troops ... it: the shooting coded" grep -q '^PERMIL CHLGOV 190 ' "$T/ev"
check_not "troops ... it had violated: not the troops' violation" grep -q '^PER[A-Z]* PER[A-Z]* 128 ' "$T/ev"

code_events en 2024-05-07 'Emmanuel Macron met reporters in Paris. It would impose sanctions on Chile, he said.'
check "a person is not it: coded" test "$rc" -eq 0
check_not "a person is not it" grep -q '^FRAGOV CHLGOV 1312 ' "$T/ev"

code_events en 2024-05-07 'Peru shot down a Chilean drone on Monday, saying it would impose sanctions on Chile.'
check "a country is it" grep -q '^PERGOV CHLGOV 1312 ' "$T/ev"
code_events en 2024-05-07 'Peruvian President Lopez and Chilean President Diaz signed a border treaty on Friday, with Bolivian President Ruiz praising it as a milestone for the region.'
check "hailing it: coded" test "$rc" -eq 0
check_not "hailing it: the treaty, not the signers" grep -q '^BOLGOV [A-Z]* 051 ' "$T/ev"

code_events en 2024-05-07 'Peru, Chile and Ecuador cut diplomatic ties with Bolivia on Monday, accusing it of arming rebels.'
check "accusing it: the other side" grep -q '^PERGOV BOLGOV 112 ' "$T/ev"
code_events en 2024-05-07 'Emmanuel Macron met reporters in Paris. They would impose sanctions on Chile, he said.'
check "a person is not they: coded" test "$rc" -eq 0
check_not "a person is not they" grep -q '^FRAGOV CHLGOV 1312 ' "$T/ev"

code_events en 2024-05-07 'Peru and Bolivia met in Lima. They would impose sanctions on Chile, the ministers said.'
check "two subjects are they" grep -q '^PERGOV CHLGOV 1312 ' "$T/ev"
test_done
