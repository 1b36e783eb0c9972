#!/bin/sh
# t1508-fr-trade: French trade cut off (163, dict/fr/patterns.txt: suspendre,
# interdire, bloquer, geler, restreindre + importations / exportations), on
# sentences written for this test.
. tests/cli/test-lib.sh

code() {
    printf '%s\n' "$1" > "$T/in.txt"
    "$DYAD" code --lang fr --date 2023-06-01 --format tsv "$T/in.txt" > "$T/out" 2> "$T/err"
    rc=$?
    tail -n +2 "$T/out" | cut -f4-6,10 | tr '\t' ' ' > "$T/ev"
}
has() {
    code "$1"
    check "fr-trade: '$1' gives $2" sh -c "test $rc -eq 0 && grep -qx '$2 fact' '$T/ev'"
}

has "La Chine a suspendu ses importations de poissons du Japon." "CHNGOV JPNGOV 163"
has "La Turquie a bloqué les exportations de blé vers l'Arménie." "TURGOV ARMGOV 163"
has "L'Inde a restreint ses importations de riz du Pakistan." "INDGOV PAKGOV 163"
test_done
