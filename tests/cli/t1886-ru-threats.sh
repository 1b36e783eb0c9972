#!/bin/sh
# t1886-ru-threats: the threat family of Russian news: грозиться (130,
# with sanctions 1312), припугнуть, стращать, предостеречь (130); the
# demands and appeals next to them: умолять (020), "выставил требования/
# условия" (100), "выставил ультиматум" (139); posts set up are nothing.
# Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-threats: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}

has "Президент Турции грозился выслать послов Германии." "TURGOV DEUGOV 130"
has "Пекин припугнул Тайвань." "CHNGOV TWNGOV 130"
has "МИД Китая предостерег США от провокаций." "CHNGOV USAGOV 130"
has "Иран грозится санкциями Британии." "IRNGOV GBRGOV 1312"
has "Лидер КНДР предостерег Южную Корею." "PRKGOV KORGOV 130"
has "Президент Сербии стращал Албанию." "SRBGOV ALBGOV 130"
has "Президент Украины умолял Германию о танках." "UKRGOV DEUGOV 020"
has "Россия выставила Украине требования." "RUSGOV UKRGOV 100"
has "Турция выставила Швеции условия." "TURGOV SWEGOV 100"
has "Израиль выставил ХАМАС ультиматум." "ISRGOV PSEREB 139"
code "Армия Израиля выставила посты на границе с Ливаном."
check "ru-threats: posts set up are no event" sh -c "test $rc -eq 0 && ! grep -q LBN '$T/ev'"
test_done
