#!/bin/sh
# t1820-ru-perfective-future: the non-past forms of the perfective of a
# verb pair are its future (src/lang/ru/ru.c dy_ru_verb_forms: VT_FUT), an
# intent: "посетит Китай" is 036, not the visit; so an event noun after a
# future support verb ("проведет переговоры", src/coder/mood.c
# support_future).  The imperfective's present ("посещает", "признает"
# of признавать) and the past stay facts.
# Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-perfective-future: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}
hasnt() {
    code "$1"
    check "ru-perfective-future: '$1' has no $2" sh -c "test $rc -eq 0 && ! grep -q '$2' '$T/ev'"
}

has "Президент Бразилии посетит Аргентину в следующем месяце." "BRAGOV ARGGOV 036" intent
hasnt "Президент Бразилии посетит Аргентину в следующем месяце." "BRAGOV ARGGOV 042"
has "Премьер Индии проведет переговоры с канцлером Германии." "INDGOV DEUGOV 036" intent
hasnt "Премьер Индии проведет переговоры с канцлером Германии." "INDGOV DEUGOV 046"
has "Президент Бразилии посетил Аргентину." "BRAGOV ARGGOV 042"
has "Премьер Индии провел переговоры с канцлером Германии." "INDGOV DEUGOV 046"
has "Аргентинский самолет был сбит военными Бразилии." "BRAGOV ARGGOV 190"
test_done
