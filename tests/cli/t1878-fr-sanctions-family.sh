#!/bin/sh
# t1878-fr-sanctions-family: on sentences written for this test.  The 16
# family in wire French: sanctions and embargoes « prolongés, reconduits,
# renouvelés » are imposed (163), so is « inscrire / placer sur sa liste
# noire »; « a ciblé X avec des sanctions » is 163, not an attack (190);
# « prolonger l'état d'urgence » is 1724; « dénoncer un accord avec X »
# ends it (160), « dénoncer l'accord entre X et Y » is criticism (dict/fr/).
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2024-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev prolonger "Bruxelles a prolongé de six mois les sanctions contre la Russie."
check "fr: prolonger les sanctions (IGOEUREEC 163 RUSGOV)" has "IGOEUREEC 163 RUSGOV fact"
ev renouveler "Londres a renouvelé les sanctions contre la Biélorussie."
check "fr: renouveler les sanctions (GBRGOV 163 BLRGOV)" has "GBRGOV 163 BLRGOV fact"
ev reconduire "Paris a reconduit l'embargo contre la Libye."
check "fr: reconduire l'embargo (FRAGOV 163 LBYGOV)" has "FRAGOV 163 LBYGOV fact"
ev liste "Washington a placé le Hezbollah sur sa liste noire."
check "fr: placer sur liste noire (USAGOV 163 LBNREB)" has "USAGOV 163 LBNREB fact"
ev cibler "L'Union européenne a ciblé l'Iran avec de nouvelles sanctions."
check "fr: cibler avec des sanctions (IGOEUREEC 163 IRNGOV)" has "IGOEUREEC 163 IRNGOV fact"
check_not "fr: … and no attack (190)" grep -q " 190 " "$T/ev"
ev urgence "Le gouvernement péruvien a prolongé l'état d'urgence."
check "fr: prolonger l'état d'urgence (PERGOV 1724 …)" grep -q "^PERGOV 1724 " "$T/ev"
ev accord "Le Burkina Faso a dénoncé l'accord de défense avec la France."
check "fr: dénoncer un accord avec (BFAGOV 160 FRAGOV)" has "BFAGOV 160 FRAGOV fact"
check_not "fr: … not criticism (111)" grep -q " 111 " "$T/ev"
ev entre "Le Hamas a dénoncé l'accord entre Israël et les Émirats arabes unis."
check "fr: dénoncer l'accord entre: criticism (PSEREB 111 ISRGOV)" has "PSEREB 111 ISRGOV fact"
test_done
