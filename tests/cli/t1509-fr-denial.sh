#!/bin/sh
# t1509-fr-denial: accusations rejected are denied (016, dict/fr/patterns.txt:
# rejeter, récuser, contester, balayer + accusations / allégations; réfuter
# in verbs.txt), answering the accuser; on an article written for this test.
. tests/cli/test-lib.sh

code() { code_events fr 2023-06-01 "$1"; }
has() {
    code "$1"
    check "fr-denial: '$1' gives $2" sh -c "test $rc -eq 0 && grep -qx '$2 fact' '$T/ev'"
}

has "Le Maroc a accusé l'Algérie d'ingérence. Alger a rejeté ces accusations." "DZAGOV MARGOV 016"
has "Le Tchad a accusé le Soudan d'agression. Khartoum a balayé ces allégations." "SDNGOV TCDGOV 016"
has "Le Niger a accusé le Bénin de complot. Cotonou a réfuté ces accusations." "BENGOV NERGOV 016"
test_done
