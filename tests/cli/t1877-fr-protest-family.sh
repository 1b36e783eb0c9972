#!/bin/sh
# t1877-fr-protest-family: on sentences written for this test.  The 14
# family in wire French: « se heurter à la police » (145), « dresser des
# barrages » (144), « jeter des pierres sur »
# (145), and « incendier » (1712); « se heurter à un refus » is no riot
# (dict/fr/).
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2024-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev heurter "Des manifestants guinéens se sont heurtés à la police guinéenne."
check "fr: se heurter à (GINCVL 145 GINCOP)" has "GINCVL 145 GINCOP fact"
ev barrages "Des manifestants nigérians ont dressé des barrages sur les routes de Lagos."
check "fr: dresser des barrages (NGACVL 144 NGAGOV)" has "NGACVL 144 NGAGOV fact"

ev pierres "Des jeunes palestiniens ont jeté des pierres sur les soldats israéliens."
check "fr: jeter des pierres sur (PSECVL 145 ISRMIL)" has "PSECVL 145 ISRMIL fact"
ev incendier "Des manifestants irakiens ont incendié l'ambassade de Suède à Bagdad."
check "fr: incendier (IRQCVL 1712 SWEGOV)" has "IRQCVL 1712 SWEGOV fact"
ev refus "Le projet du gouvernement français s'est heurté à un refus de l'Allemagne."
check_not "fr: se heurter à un refus: no 145" grep -q " 145 " "$T/ev"
test_done
