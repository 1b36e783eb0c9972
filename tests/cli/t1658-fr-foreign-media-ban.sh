#!/bin/sh
# t1658-fr-foreign-media-ban: on sentences written for this test.  A ban
# (1721) on another country's media or rights group curbs the freedom of
# the press, it is no embargo (163) as a ban on that country's goods is
# (roles.c, RF_BAN_EMBARGO; language-neutral).  Martial law or a state of
# emergency decreed by a verb coordinated after one with a foreign target
# is declared at home, not against that target (target_coordinated).
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev media "Le gouvernement malien a suspendu la diffusion de la chaîne publique belge."
check "fr: a foreign medium banned: 1721 (MLI 1721 BELMED)" has "MLIGOV 1721 BELMED fact"
check_not "fr: … not an embargo" has "MLIGOV 163 BELMED fact"
ev goods "Le Mali a interdit les produits belges."
check_not "fr: a ban on foreign goods is still no media ban" grep -q " 1721 BELMED" "$T/ev"
ev martial "Le président arménien a annoncé la rupture des relations avec Bakou et décrété la loi martiale."
check "fr: martial law after a coordinated verb: at home (ARM 1724 ARMCVL)" has "ARMGOV 1724 ARMCVL fact"
check_not "fr: … not against the first verb's target" has "ARMGOV 1724 AZEGOV fact"
test_done
