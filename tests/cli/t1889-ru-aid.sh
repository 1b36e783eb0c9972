#!/bin/sh
# t1889-ru-aid: the aid family of Russian news: снабжать (070; with arms
# 072), финансировать, кредитовать (071), пожертвовать (070), aid dropped
# from the air ("сбросили продовольствие": 073; bombs: 195), the noun
# транш (071); training another side's forces (обучать, тренировать:
# 062), teachers teaching children is nothing.
# Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-aid: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}

has "США снабжают Украину оружием." "USAGOV UKRGOV 072"
has "Евросоюз профинансировал Молдову." "IGOEUREEC MDAGOV 071"
has "Китай прокредитовал Пакистан." "CHNGOV PAKGOV 071"
has "Япония пожертвовала Турции миллион долларов." "JPNGOV TURGOV 070"
has "Армия Иордании сбросила продовольствие жителям Палестины." "JORMIL PSEGOV 073"
has "Авиация Сирии сбросила бомбы на позиции Турции." "SYRMIL TURGOV 195"
has "Германия перечислила Украине очередной транш." "DEUGOV UKRGOV 071"
has "Инструкторы США обучают военных Украины." "USAGOV UKRMIL 062"
has "Армия Турции обучила солдат Азербайджана." "TURMIL AZEMIL 062"
code "Учителя обучают детей в школах России."
check "ru-aid: teaching children is no event" sh -c "test $rc -eq 0 && ! grep -q 062 '$T/ev'"
test_done
