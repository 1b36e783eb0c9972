#!/bin/sh
# t1505-fr-counts: French counts before the people counted (src/lang/fr/
# fr_rules.c, FW2_QUANT), on sentences written for this test: "près de 500
# prisonniers", "plus de 200 manifestants" are the object itself, not a
# genitive attribute of "près" or "plus"; nor is "au moins 30 soldats" a
# phrase of "au" (src/coder/groups.c: where adjectives follow the noun, the
# bound's first word before the phrase).
. tests/cli/test-lib.sh

code() { code_events fr 2023-06-01 "$1"; }
has() {
    code "$1"
    check "fr-counts: '$1' gives $2" sh -c "test $rc -eq 0 && grep -qx '$2 fact' '$T/ev'"
}

has "La Jordanie a libéré plus de 300 prisonniers syriens." "JORGOV SYRCVL 0841"
has "Le Maroc a relâché près de 40 soldats espagnols." "MARGOV ESPMIL 0841"
has "La police égyptienne a arrêté plus de 50 manifestants soudanais." "EGYCOP SDNCVL 173"
has "La police égyptienne a arrêté des dizaines de manifestants soudanais." "EGYCOP SDNCVL 173"
has "La police égyptienne a arrêté au moins 30 manifestants soudanais." "EGYCOP SDNCVL 173"
has "Des rebelles tchadiens ont tué au moins douze soldats nigériens, selon Amnesty International." "TCDREB NERMIL 1823"
test_done
