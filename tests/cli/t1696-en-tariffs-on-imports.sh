#!/bin/sh
# t1696: "tariffs on steel imports from Chile": "imports" there is the noun
# (the goods), and the duty is an embargo (163) on the country they come
# from, not an import (061) (dict/en/patterns.txt import/export after
# tariffs, duties, levies, a ban on).
# Sentences written for this test.
. tests/cli/test-lib.sh

code_events en 2024-05-07 'Peruvian President Lopez said he had authorized a doubling of tariffs on steel and copper imports from Chile.'
check "tariffs on imports: coded" test "$rc" -eq 0
check "tariffs on imports: an embargo on the origin" grep -q '^PERGOV CHLGOV 163 ' "$T/ev"
check_not "tariffs on imports: no import" grep -q ' 061 ' "$T/ev"

code_events en 2024-05-07 'Peru imports copper from Chile.'
check "imports from: still an import" grep -q '^PERGOV CHLGOV 061 ' "$T/ev"
test_done
