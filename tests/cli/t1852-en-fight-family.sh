#!/bin/sh
# t1852-en-fight-family: on sentences written for this test.  The English
# 19x (fight) and 173 (arrest) families beyond the common words: pound,
# counterattack, skirmish with (both ways), onslaught, air campaign, and
# nab, 175 teargas / tear-gas, and 154 mass troops, mobilize / beef up
# near (dict/en/verbs.txt, nouns.txt, strong.txt).
. tests/cli/test-lib.sh

ev() { code_events_scm en 2024-03-05 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev pound "Russian forces pounded Kharkiv overnight."
check "en: pounded (RUSMIL 190 UKR)" has "RUSMIL 190 UKR fact"
ev skirm "Israeli troops skirmished with Hezbollah fighters near the border."
check "en: skirmished with (ISRMIL 190 LBNREB)" has "ISRMIL 190 LBNREB fact"
check "en: … both ways (LBNREB 190 ISRMIL)" has "LBNREB 190 ISRMIL fact"
ev counter "The Ukrainian army counterattacked Russian troops near Bakhmut."
check "en: counterattacked (UKRMIL 190 RUSMIL)" has "UKRMIL 190 RUSMIL fact"
ev onsl "The Russian army's onslaught against Ukraine continued on Tuesday."
check "en: noun onslaught against (RUSMIL 190 UKRGOV)" has "RUSMIL 190 UKRGOV fact"
ev air "Russia's air campaign against Syrian rebels intensified."
check "en: noun air campaign (RUSGOV 195 SYRREB)" has "RUSGOV 195 SYRREB fact"
ev nab "Turkish police nabbed two Syrian journalists in Istanbul."
check "en: nabbed (TURCOP 173 SYRMED)" has "TURCOP 173 SYRMED fact"
ev tg "The Ugandan police teargassed opposition supporters."
check "en: teargassed (UGACOP 175 UGAOPP)" has "UGACOP 175 UGAOPP fact"
ev tg2 "Kenyan police tear-gassed opposition supporters in Nairobi."
check "en: tear-gassed (KENCOP 175 KENOPP)" has "KENCOP 175 KENOPP fact"
ev mob "Venezuela mobilized troops near Guyana."
check "en: mobilized troops near (VENGOV 154 GUYGOV)" has "VENGOV 154 GUYGOV fact"
ev mass "China massed troops near India."
check "en: massed troops near (CHNGOV 154 INDGOV)" has "CHNGOV 154 INDGOV fact"
ev beef "Russia beefed up its forces near Finland."
check "en: beefed up its forces near (RUSGOV 154 FINGOV)" has "RUSGOV 154 FINGOV fact"
check_not "en: … not its own forces as target" has "RUSGOV 154 RUSMIL fact"
ev neg "Russian forces have not pounded Kharkiv since Monday."
check_not "en: negated: no 190" grep -q " 190 " "$T/ev"
test_done
