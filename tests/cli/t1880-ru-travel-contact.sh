#!/bin/sh
# t1880-ru-travel-contact: the travel and contact verbs of Russian news
# (ехать/поехать, лететь/полететь, съездить, отбыть, направиться: 042;
# связаться, переговорить: 040, by telephone 041) and the support verb
# достигать/достичь ("достигли соглашения": 057 by the noun).
# Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-travel-contact: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}

has "Президент Франции полетел в Пекин." "FRAGOV CHNGOV 042"
has "Канцлер Германии отбыл в Вашингтон." "DEUGOV USAGOV 042"
has "Премьер Японии направился в Сеул." "JPNGOV KORGOV 042"
has "Глава МИД Индии съездил в Москву." "INDGOV RUSGOV 042"
has "Президент Бразилии поедет в Китай." "BRAGOV CHNGOV 036" intent
has "Президент Турции связался с президентом Украины." "TURGOV UKRGOV 040"
has "Президент Польши переговорил с канцлером Германии по телефону." "POLGOV DEUGOV 041"
has "Армения и Азербайджан достигли соглашения о границе." "ARMGOV AZEGOV 057"
test_done
