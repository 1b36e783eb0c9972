#!/bin/sh
# t1753-fr-embargo-on-goods: on sentences written for this test.  A
# sanctions noun takes its target from a « sur » phrase too: « un embargo
# sur le gaz norvégien » strikes Norway, « des sanctions sur le Pérou »
# strike Peru (dict/fr/nouns.txt, tgt=contre,à,sur).
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev goods "Le Danemark a imposé un embargo sur le gaz norvégien."
check "fr: embargo sur + goods of a country (DNKGOV 163 NORGOV)" has "DNKGOV 163 NORGOV fact"
ev country "Le Danemark a imposé des sanctions sur le Pérou."
check "fr: sanctions sur + country (DNKGOV 163 PERGOV)" has "DNKGOV 163 PERGOV fact"
ev contre "Le Danemark a imposé des sanctions contre le Pérou."
check "fr: sanctions contre: unchanged (DNKGOV 163 PERGOV)" has "DNKGOV 163 PERGOV fact"
test_done
