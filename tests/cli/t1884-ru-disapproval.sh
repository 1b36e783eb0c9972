#!/bin/sh
# t1884-ru-disapproval: disapproval and accusation verbs of Russian news:
# заклеймить, высмеять, обличить, отчитать, порицать (111), "обрушился с
# критикой на" (111), заподозрить, инкриминировать (112).
# Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-disapproval: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}

has "Президент Турции заклеймил Израиль." "TURGOV ISRGOV 111"
has "МИД Китая высмеял США." "CHNGOV USAGOV 111"
has "Премьер Польши обрушился с критикой на Германию." "POLGOV DEUGOV 111"
has "Пекин заподозрил Вашингтон в сговоре." "CHNGOV USAGOV 112"
has "МИД России обличил НАТО." "RUSGOV IGOWSTNAT 111"
has "Лидер Венгрии отчитал Евросоюз." "HUNGOV IGOEUREEC 111"
has "Прокуратура Киева инкриминировала Москве нападение." "UKRJUD RUSGOV 112"
test_done
