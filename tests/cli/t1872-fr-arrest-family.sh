#!/bin/sh
# t1872-fr-arrest-family: on sentences written for this test.  The 173
# family in wire French: « interner », « embastiller », « jeter en prison »,
# « mettre sous les verrous / derrière les barreaux », « rafle » (dict/fr/).
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2024-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev interner "La police égyptienne a interné plusieurs opposants soudanais."
check "fr: interner (EGYCOP 173 SDNOPP)" has "EGYCOP 173 SDNOPP fact"
ev embastiller "Les autorités iraniennes ont embastillé un journaliste français."
check "fr: embastiller (IRNGOV 173 FRAMED)" has "IRNGOV 173 FRAMED fact"
ev prison "La junte birmane a jeté en prison des opposants thaïlandais."
check "fr: jeter en prison (MMRGOV 173 THA…)" grep -q "^MMRGOV 173 THA" "$T/ev"
ev verrous "La police turque a mis sous les verrous un diplomate grec."
check "fr: mettre sous les verrous (TURCOP 173 GRCGOV)" has "TURCOP 173 GRCGOV fact"
ev barreaux "Le régime syrien a mis derrière les barreaux des réfugiés libanais."
check "fr: mettre derrière les barreaux (SYRGOV 173 LBNCVL)" has "SYRGOV 173 LBNCVL fact"
ev rafle "La police chinoise a mené une rafle contre des opposants taïwanais."
check "fr: rafle (CHNCOP 173 TWN…)" grep -q "^CHNCOP 173 TWN" "$T/ev"
ev neg "La police turque n'a pas mis sous les verrous le diplomate grec."
check_not "fr: negated: no 173 fact" grep -q " 173 .* fact" "$T/ev"
test_done
