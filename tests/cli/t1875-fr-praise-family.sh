#!/bin/sh
# t1875-fr-praise-family: on sentences written for this test.  The 051
# family in wire French: « cautionner », « adouber », « encenser », « faire
# l'éloge de », « chanter les louanges de », « exprimer sa gratitude à »;
# « avaliser des sanctions » imposes them (163) and « encenser des frappes
# contre X » is no praise of X, as for « approuver » and « saluer »; and
# the material side of cooperation, « faire (un) don de … à » (070) (dict/fr/).
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2024-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev cautionner "Washington a cautionné la junte nigérienne."
check "fr: cautionner (USAGOV 051 NERGOV)" has "USAGOV 051 NERGOV fact"
ev adouber "Moscou a adoubé le nouveau président kirghiz."
check "fr: adouber (RUSGOV 051 KGZGOV)" has "RUSGOV 051 KGZGOV fact"
ev encenser "Le président ivoirien a encensé le Sénégal pour sa transition."
check "fr: encenser (CIVGOV 051 SENGOV)" has "CIVGOV 051 SENGOV fact"
ev eloge "Le Premier ministre indien a fait l'éloge du Japon."
check "fr: faire l'éloge de (INDGOV 051 JPNGOV)" has "INDGOV 051 JPNGOV fact"
ev louanges "Le président tunisien a chanté les louanges de la Chine."
check "fr: chanter les louanges de (TUNGOV 051 CHNGOV)" has "TUNGOV 051 CHNGOV fact"
ev gratitude "Le roi du Maroc a exprimé sa gratitude à l'Arabie saoudite."
check "fr: exprimer sa gratitude à (MARGOV 051 SAUGOV)" has "MARGOV 051 SAUGOV fact"
ev sanctions "Le Conseil de sécurité a avalisé les sanctions contre le Mali."
check "fr: avaliser des sanctions (IGOUNO 163 MLIGOV)" has "IGOUNO 163 MLIGOV fact"
ev frappes "Le Maroc a encensé les frappes contre l'Algérie."
check_not "fr: encenser des frappes: no praise of the target" grep -q " 051 " "$T/ev"
ev don "Le Japon a fait don de 10 millions de dollars au Mozambique."
check "fr: faire don de … à (JPNGOV 070 MOZGOV)" has "JPNGOV 070 MOZGOV fact"
ev undon "Le Koweït a fait un don de cinq millions de dollars au Yémen."
check "fr: faire un don de … à (KWTGOV 070 YEMGOV)" has "KWTGOV 070 YEMGOV fact"
ev nodon "Le Japon n'a pas fait don de vaccins au Mozambique."
check_not "fr: negated don: no aid fact" grep -q " 07.* fact" "$T/ev"
test_done
