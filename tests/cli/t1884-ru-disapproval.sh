#!/bin/sh
# t1884-ru-disapproval: disapproval and accusation verbs of Russian news:
# заклеймить, высмеять, обличить, отчитать, порицать (111), "обрушился с
# критикой на" (111), заподозрить, инкриминировать (112); dissent in the
# street next to it: устроить (support: "устроили митинг"), голодать (142),
# and a protest "у/перед/возле" a seat targets its owner.
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
has "Активисты Украины устроили пикет перед посольством России." "UKRCVL RUSGOV 141"
has "Активисты Украины провели акцию протеста у посольства России." "UKRCVL RUSGOV 141"
has "Жители Грузии устроили митинг у здания парламента Грузии." "GEOCVL GEOLEG 141"
has "Оппозиционеры Белоруссии голодают в знак протеста против властей Белоруссии." "BLROPP BLRGOV 142"
test_done
