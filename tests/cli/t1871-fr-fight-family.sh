#!/bin/sh
# t1871-fr-fight-family: on sentences written for this test.  The 19x
# family in wire French: « assaillir » (irregular, strong.txt), « canonner »,
# « donner l'assaut à », « tirer des obus sur »,
# « larguer des bombes sur » (dict/fr/).
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2024-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev assaillir "Les soldats tchadiens ont assailli une base des rebelles soudanais dans la nuit."
check "fr: assaillir (TCDMIL 190 SDNREB)" has "TCDMIL 190 SDNREB fact"
ev canonner "L'armée azerbaïdjanaise a canonné des positions arméniennes mardi."
check "fr: canonner (AZEMIL 194 ARM…)" grep -q "^AZEMIL 194 ARM" "$T/ev"
ev assaut "Les forces russes ont donné l'assaut à la ville ukrainienne de Bakhmout."
check "fr: donner l'assaut à (RUSMIL 190 UKR…)" grep -q "^RUSMIL 190 UKR" "$T/ev"
ev obus "L'armée syrienne a tiré des obus sur des positions rebelles."
check "fr: tirer des obus sur (SYRMIL 194 SYRREB)" has "SYRMIL 194 SYRREB fact"
ev bombes "L'aviation soudanaise a largué des bombes sur des villages tchadiens."
check "fr: larguer des bombes sur (SDNMIL 195 TCD…)" grep -q "^SDNMIL 195 TCD" "$T/ev"
test_done
