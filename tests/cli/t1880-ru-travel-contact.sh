#!/bin/sh
# t1880-ru-travel-contact: the travel and contact verbs of Russian news
# (ехать/поехать, лететь/полететь, съездить, отбыть, направиться: 042;
# связаться, переговорить: 040, by telephone 041) and the support verb
# достигать/достичь ("достигли соглашения": 057 by the noun); meetings:
# увидеться, контактировать (040), торговаться (046), аудиенция (040); an
# interview ("в беседе с журналистами") is no meeting; a visit or an
# expulsion that was wanted or planned (хотела, планировал, собирался,
# намеревались, готовится, стремится: src/lang/ru/ru_rules.c) is an
# intent, not a deed; what one "could" have done (мог/могла) is none;
# a meeting or visit noun named as planned, expected or upcoming
# (запланирован, намечены, предстоящий, ожидается, состоится, в ходе
# подготовки: plan_words, plan_heads) is an intent too.
# Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-travel-contact: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}
hasnt() {
    code "$1"
    check "ru-travel-contact: '$1' has no $2" sh -c "test $rc -eq 0 && ! grep -q '$2' '$T/ev'"
}

has "Президент Франции полетел в Пекин." "FRAGOV CHNGOV 042"
has "Канцлер Германии отбыл в Вашингтон." "DEUGOV USAGOV 042"
has "Премьер Японии направился в Сеул." "JPNGOV KORGOV 042"
has "Глава МИД Индии съездил в Москву." "INDGOV RUSGOV 042"
has "Президент Бразилии поедет в Китай." "BRAGOV CHNGOV 036" intent
has "Президент Турции связался с президентом Украины." "TURGOV UKRGOV 040"
has "Президент Польши переговорил с канцлером Германии по телефону." "POLGOV DEUGOV 041"
has "Армения и Азербайджан достигли соглашения о границе." "ARMGOV AZEGOV 057"
has "Лидеры Сербии и Албании увиделись в Брюсселе." "SRBGOV ALBGOV 040"
has "Дипломаты России контактируют с Талибаном." "RUSGOV AFGGOV 040"
has "Делегация Ирана торговалась с делегацией США." "IRNGOV USAGOV 046"
has "Король Иордании дал аудиенцию президенту Франции." "JORGOV FRAGOV 040"
hasnt "Глава МИД Турции в беседе с немецким изданием раскритиковал Грецию." "DEUMED TURGOV 040"
has "Президент Франции хотела посетить Китай." "FRAGOV CHNGOV 036" intent
has "Президент Египта планировал посетить Израиль." "EGYGOV ISRGOV 036" intent
has "Президент Египта собирался посетить Израиль." "EGYGOV ISRGOV 036" intent
has "Власти Японии намеревались выслать дипломатов России." "JPNGOV RUSGOV 137" intent
has "Президент Египта готовится посетить Израиль." "EGYGOV ISRGOV 036" intent
has "Россия стремится наладить диалог с США." "RUSGOV USAGOV 036" intent
hasnt "Армия России могла ударить по Украине." "190"
has "Встреча президентов Бразилии и Китая состоится в мае." "BRAGOV CHNGOV 036" intent
has "Переговоры Сербии и Албании намечены на май." "SRBGOV ALBGOV 036" intent
has "Визит президента Египта в Израиль запланирован на май." "EGYGOV ISRGOV 036" intent
has "Ожидается визит президента Египта в Израиль." "EGYGOV ISRGOV 036" intent
has "В ходе подготовки визита президента Кении в Японию министры встретились." "KENGOV JPNGOV 036" intent
hasnt "Визит президента Египта в Израиль запланирован на май." "042"
has "Президент Египта совершил визит в Израиль." "EGYGOV ISRGOV 042"
test_done
