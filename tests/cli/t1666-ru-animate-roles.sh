#!/bin/sh
# t1666-ru-animate-roles: masculine person nouns of roles.txt (министр,
# президент, госсекретарь) are animate: their accusative is the genitive,
# so the nominative after the verb is the subject (src/lang/ru/ru.c
# animate_noun). Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-animate: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}

has "Киеву пригрозил министр иностранных дел Венгрии." "HUNGOV UKRGOV 130"
has "Министру обороны Индии позвонил министр обороны Вьетнама." "VNMGOV INDGOV 041"
has "В Каир прилетел президент Бразилии." "BRAGOV EGYGOV 042"
test_done
