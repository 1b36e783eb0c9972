#!/bin/sh
# t1808-fr-quant-noun-adj: on sentences written for this test.  A noun
# before a country adjective after a quantifier (« plusieurs villes
# ukrainiennes », « de nombreux villages syriens ») is that country's, as
# after an article (mentions.c).
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }

ev quant "L'armée russe a bombardé mardi plusieurs villes ukrainiennes."
check "fr: « plusieurs villes ukrainiennes » are Ukraine's (RUSMIL 195 UKR…)" grep -q "^RUSMIL 195 UKR" "$T/ev"
test_done
