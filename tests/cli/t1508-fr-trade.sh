#!/bin/sh
# t1508-fr-trade: French trade cut off (163, dict/fr/patterns.txt: suspendre,
# interdire, bloquer, geler, restreindre + importations / exportations), on
# sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events fr 2023-06-01 "$1"; }
has() {
    code "$1"
    check "fr-trade: '$1' gives $2" sh -c "test $rc -eq 0 && grep -qx '$2 fact' '$T/ev'"
}

has "La Chine a suspendu ses importations de poissons du Japon." "CHNGOV JPNGOV 163"
has "La Turquie a bloqué les exportations de blé vers l'Arménie." "TURGOV ARMGOV 163"
has "L'Inde a restreint ses importations de riz du Pakistan." "INDGOV PAKGOV 163"
test_done
