#!/bin/sh
# t1882-ru-attack: attack verbs and nouns of Russian war reports:
# ударить по, наступать на, контратаковать, подбить (190), бомбить/
# разбомбить and налет (195), контратака (190); killing: застрелить,
# зарезать (1823); captives and sieges: пленить, "удерживают заложников"
# (181), оцепить (191); positions held are nothing; force posture:
# "привел в боевую готовность" (152), "сосредоточила войска у" (154).
# Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-attack: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}

has "Армия России ударила по Украине." "RUSMIL UKRGOV 190"
has "Россия ударит по Киеву." "RUSGOV UKRGOV 1384" intent
has "Авиация США разбомбила Ирак." "USAMIL IRQGOV 195"
has "Войска Азербайджана наступают на Армению." "AZEMIL ARMGOV 190"
has "Армия Украины контратаковала российские войска." "UKRMIL RUSMIL 190"
has "Израиль совершил налет на Дамаск." "ISRGOV SYRGOV 195"
has "Армия Армении предприняла контратаку на Азербайджан." "ARMMIL AZEGOV 190"
has "Полиция Ирана застрелила демонстрантов." "IRNCOP IRNCVL 1823"
has "Повстанцы Мали зарезали военных Франции." "MLIREB FRAMIL 1823"
has "Боевики ХАМАС удерживают в плену граждан Таиланда." "PSEREB THACVL 181"
has "Армия Сирии пленила солдат Турции." "SYRMIL TURMIL 181"
has "Полиция Армении оцепила здание парламента Армении." "ARMCOP ARMLEG 191"
code "Армия России удержала позиции армии Украины."
check "ru-attack: positions held are no hostage-taking" sh -c "test $rc -eq 0 && ! grep -q 181 '$T/ev'"
has "Министр обороны Армении привел армию в полную боевую готовность против Азербайджана." "ARMGOV AZEGOV 152"
has "Армия России сосредоточила войска у границ Украины." "RUSMIL UKRGOV 154"
test_done
