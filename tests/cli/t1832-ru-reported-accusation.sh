#!/bin/sh
# t1832-ru-reported-accusation: a speaker who reports violence by another
# side accuses it (RF_REPORTED_ACCUSATION, now on for Russian: 112); an
# international body reporting it only reports (roles.c, every language).
# Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-reported-accusation: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}
hasnt() {
    code "$1"
    check "ru-reported-accusation: '$1' has no $2" sh -c "test $rc -eq 0 && ! grep -q '$2' '$T/ev'"
}

has "Армия Армении обстреляла позиции Азербайджана, сообщило министерство обороны Азербайджана." "AZEGOV ARMMIL 112"
hasnt "Армия Армении обстреляла позиции Азербайджана, заявил генсек ООН." "IGOUNO ARMMIL 112"
test_done
