#!/bin/sh
# t1846-de-threat-family: on sentences written for this test.  The 130/138
# family of dict/de beyond drohen and Drohung: Drohkulisse, Einschüchterung,
# Säbelrasseln (138), Atomdrohung (1385).  A sports caution (verwarnen) with
# no state actor codes nothing.
. tests/cli/test-lib.sh

ev() { code_events_scm de 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev kulisse "Peking baute eine Drohkulisse gegen Taiwan auf."
check "de: Drohkulisse (CHNGOV 130 TWNGOV)" has "CHNGOV 130 TWNGOV fact"
ev einsch "Die Einschüchterung Litauens durch China geht weiter."
check "de: Einschüchterung (CHNGOV 130 LTUGOV)" has "CHNGOV 130 LTUGOV fact"
ev saebel "Die Nato verurteilte das Säbelrasseln Russlands gegen Finnland."
check "de: Säbelrasseln (RUSGOV 138 FINGOV)" has "RUSGOV 138 FINGOV fact"
check "de: and its condemnation (IGOWSTNAT 111 RUSGOV)" has "IGOWSTNAT 111 RUSGOV fact"
ev atom "Die Atomdrohungen Moskaus gegen Polen nehmen zu."
check "de: Atomdrohung (RUSGOV 1385 POLGOV)" has "RUSGOV 1385 POLGOV fact"
ev sport "Der Schiedsrichter verwarnte den Spieler."
check "de: a referee's caution codes nothing" test ! -s "$T/ev"
# 163 (sanctions, the threat carried out): Vermögenssperre, Kontensperrung,
# Handelsbeschränkungen; "belegte X mit Sanktionen" is coded by the noun.
ev sperre "Die Vermögenssperre Kanadas gegen Russland trat in Kraft."
check "de: Vermögenssperre (CANGOV 163 RUSGOV)" has "CANGOV 163 RUSGOV fact"
ev handel "Die Handelsbeschränkungen der USA gegen Kuba treffen die Insel hart."
check "de: Handelsbeschränkungen (USAGOV 163 CUBGOV)" has "USAGOV 163 CUBGOV fact"
ev belegen "Die EU belegte Belarus mit neuen Sanktionen."
check "de: mit Sanktionen belegen (IGOEUREEC 163 BLRGOV)" has "IGOEUREEC 163 BLRGOV fact"
ev proves "Die Studie belegt den Rückgang der Exporte nach China."
check "de: belegen = prove codes nothing" test ! -s "$T/ev"
# threat compounds: Vergeltungs-/Gewalt- + Drohung (130), Zolldrohung (1312)
ev zoll "Die Zolldrohungen Washingtons gegen Mexiko verunsichern die Märkte."
check "de: Zolldrohungen (USAGOV 1312 MEXGOV)" has "USAGOV 1312 MEXGOV fact"
ev vergeltung "Die Vergeltungsdrohung Teherans gegen Israel wurde ernst genommen."
check "de: Vergeltungsdrohung (IRNGOV 130 ISRGOV)" has "IRNGOV 130 ISRGOV fact"
test_done
