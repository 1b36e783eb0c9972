#!/bin/sh
# t1662-ru-mediation-noun: "при посредничестве X": the mediator in the
# genitive after a mediation noun in a phrase mediates between the
# clause's subjects, else the sides of the last event (src/coder/nouns.c
# code_mediation_noun, for languages that mark the genitive by case).
# Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-mediation: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}

has "Чили и Перу при посредничестве Бразилии подписали соглашение." "BRAGOV CHLGOV 045"
has "Чили и Перу при посредничестве Бразилии подписали соглашение." "BRAGOV PERGOV 045"
has "Президент Чили встретился с президентом Перу. Переговоры прошли при посредничестве Бразилии." "BRAGOV PERGOV 045"
test_done
