#!/bin/sh
# t1507-fr-custody: the French custody family (173: dict/fr/verbs.txt,
# dict/fr/patterns.txt) and the passive agent after a pattern's own words
# (src/coder/roles.c: "placé en résidence surveillée par l'armée" is no
# noun with an attribute), on sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events fr 2023-06-01 "$1"; }
has() {
    code "$1"
    check "fr-custody: '$1' gives $2" sh -c "test $rc -eq 0 && grep -qx '$2 fact' '$T/ev'"
}

# the passive's agent after the pattern's words
has "Le président guinéen a été placé en résidence surveillée par l'armée guinéenne." "GINMIL GINGOV 173"
has "Un opposant malien a été placé en garde à vue par la police malienne." "MLICOP MLIOPP 173"
# the family
has "La police sénégalaise a appréhendé un journaliste gambien." "SENCOP GMBMED 173"
has "La police tunisienne a mis aux arrêts un opposant algérien." "TUNCOP DZAOPP 173"
has "La justice belge a écroué un ancien ministre ivoirien." "BELJUD CIVELI 173"
test_done
