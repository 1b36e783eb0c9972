#!/bin/sh
# t1888-ru-reject-deny: rejection and denial verbs of Russian news:
# отбросить (120; accusations brushed aside are denied, 016),
# дезавуировать (016); a visit, meeting or talks called off or put off
# (отменить, отложить + визит/поездка/встреча/переговоры: 125, as en
# cancel, postpone), while lifted sanctions stay 085.
# Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-reject-deny: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}

has "МИД Китая отбросил обвинения США." "CHNGOV USAGOV 016"
has "Премьер Грузии отбросил требования Евросоюза." "GEOGOV IGOEUREEC 120"
has "Кремль дезавуировал заявление посла Украины." "RUSGOV UKRGOV 016"
has "Президент Египта отменил визит в Израиль." "EGYGOV ISRGOV 125"
has "Президент Египта отложил поездку в Израиль." "EGYGOV ISRGOV 125"
has "Министр Японии отменил встречу с министром Китая." "JPNGOV CHNGOV 125"
has "Президент России отменил санкции против Сербии." "RUSGOV SRBGOV 085"
test_done
