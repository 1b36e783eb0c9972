#!/bin/sh
# t1673-ru-first-name-person: a person known by one name ("Аббас") right
# before another capitalised word no phrase starts with is someone else
# with that first name ("Аббас Мусави"): his role's country counts
# (src/coder/atoms.c match_actor, names_capitalised). Sentences written
# for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-first-name: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}
hasnt() {
    code "$1"
    check "ru-first-name: '$1' does not give $2" sh -c "test $rc -eq 0 && ! grep -q '^$2 ' '$T/ev'"
}

has "Официальный представитель МИД Ирака Аббас Хусейни осудил Турцию." "IRQGOV TURGOV 111"
hasnt "Официальный представитель МИД Ирака Аббас Хусейни осудил Турцию." "PSEGOV TURGOV 111"
hasnt "Аббас Хусейни осудил Турцию." "PSEGOV TURGOV 111"
has "Махмуд Аббас осудил Израиль." "PSEGOV ISRGOV 111"
test_done
