#!/bin/sh
# t1825-ru-verbal-noun-phrase: a noun in -ение/-ание heading a name or an
# event noun of several words declines as a noun, not as an adjective
# (ru.c is_adj: "движения ХАМАС", "установления контроля"); an event
# noun after "для"/"ради" is a purpose, not a reported event
# (purpose_preps); refusing to rule out force threatens it (138).
# Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-verbal-noun-phrase: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}
hasnt() {
    code "$1"
    check "ru-verbal-noun-phrase: '$1' has no $2" sh -c "test $rc -eq 0 && ! grep -q '$2' '$T/ev'"
}

has "Лидер движения Хезболла осудил Израиль." "LBNREB ISRGOV 111"
hasnt "Армия Турции стянула войска к границе для вторжения в Сирию." " 192"
has "Президент Турции прибыл в Баку для переговоров с Алиевым." "AZEGOV TURGOV 046"
S="Премьер Турции отказался исключить применение военной силы ради установления контроля над Кипром."
has "$S" "TURGOV CYPGOV 138"
hasnt "$S" " 192"
hasnt "$S" " 120"
test_done
