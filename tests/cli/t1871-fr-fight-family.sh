#!/bin/sh
# t1871-fr-fight-family: on sentences written for this test.  The 19x
# family in wire French: « assaillir » (irregular, strong.txt), « canonner »,
# « donner l'assaut à », « tirer des obus sur »,
# « larguer des bombes sur », « neutraliser des jihadistes » (dict/fr/); and its end, surrender: « se rendre
# à l'armée, aux autorités » (0874, not a visit 042; « rendre hommage aux
# soldats » stays 051), « remettre ses armes à » (0873).
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
ev rendus "Des centaines de rebelles congolais se sont rendus à l'armée congolaise."
check "fr: se rendre à l'armée (COGREB 0874 COGMIL)" has "COGREB 0874 COGMIL fact"
check_not "fr: … not a visit" grep -q " 042 " "$T/ev"
ev rendu "Le chef rebelle ougandais s'est rendu aux autorités congolaises."
check "fr: s'est rendu aux autorités (UGAREB 0874 COGGOV)" has "UGAREB 0874 COGGOV fact"
ev hommage "Le président français a rendu hommage aux soldats maliens."
check "fr: rendre hommage aux soldats stays 051 (FRAGOV 051 MLIMIL)" has "FRAGOV 051 MLIMIL fact"
ev remis "Les rebelles centrafricains ont remis leurs armes à la mission de l'ONU."
check "fr: remettre ses armes à (CAFREB 0873 IGOUNO)" has "CAFREB 0873 IGOUNO fact"
ev neutraliser "L'armée nigériane a neutralisé des dizaines de jihadistes nigérians."
check "fr: neutraliser (NGAMIL 190 NGAREB)" has "NGAMIL 190 NGAREB fact"
test_done
