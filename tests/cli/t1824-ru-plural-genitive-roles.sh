#!/bin/sh
# t1824-ru-plural-genitive-roles: a form roles.txt lists that is also an
# oblique case of another form of its line is an oblique form where it
# cannot be a nominative ("лидеров") and may be either where it can
# ("военнослужащие", "судьи": then a subject), dict.c same_form_case; a
# role's own nominative stays one ("суд" is no oblique of "суды").  After
# an event noun a genitive list names the noun's agents ("встреча лидеров
# Армении и Азербайджана": nouns.c list_codes).
# Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2019-06-01 "$1"; }
has() {
    code "$1"
    check "ru-plural-genitive-roles: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}

has "В Лиме прошла встреча лидеров Армении и Азербайджана." "ARMGOV AZEGOV 040"
has "В Лиме прошла встреча лидеров Армении и Азербайджана." "AZEGOV ARMGOV 040"
has "В Вене прошли переговоры дипломатов Сербии и Хорватии." "SRBGOV HRVGOV 046"
has "В среду суд Армении арестовал депутата парламента Армении." "ARMJUD ARMLEG 173"
has "Военнослужащие Армении обстреляли позиции Азербайджана." "ARMMIL AZEGOV 194"
has "Судьи Конституционного суда Армении осудили Азербайджан." "ARMJUD AZEGOV 111"
test_done
