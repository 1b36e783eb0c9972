#!/bin/sh
# t1873-fr-appeal-family: on sentences written for this test.  The 02
# family in wire French: « adjurer X de », « prier X de », with the
# subcodes of « exhorter » (release 0253, de-escalation 0256, talks 026);
# « prier pour » is a prayer, not an appeal (dict/fr/).
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2024-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev adjurer "Le secrétaire général de l'ONU a adjuré le Rwanda de cesser les combats."
check "fr: adjurer de cesser (IGOUNO 0256 RWAGOV)" has "IGOUNO 0256 RWAGOV fact"
ev prier "Le président français a prié la Russie de libérer les otages."
check "fr: prier de libérer (FRAGOV 0253 RUSGOV)" has "FRAGOV 0253 RUSGOV fact"
ev talks "Le Qatar a adjuré l'Éthiopie d'engager des négociations avec l'Érythrée."
check "fr: adjurer de négocier (QATGOV 026 ETHGOV)" has "QATGOV 026 ETHGOV fact"
ev plain "Le ministre tchadien a prié le Soudan de lui accorder son soutien."
check "fr: prier, no subcode (TCDGOV 020 SDNGOV)" has "TCDGOV 020 SDNGOV fact"
ev pray "Le pape a prié pour les victimes du séisme en Turquie."
check_not "fr: prier pour: no appeal" grep -q " 02" "$T/ev"
test_done
