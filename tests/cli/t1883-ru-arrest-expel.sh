#!/bin/sh
# t1883-ru-arrest-expel: arrest and expulsion verbs of Russian news:
# схватить, интернировать, "посадить в тюрьму" (173; a plane landed is
# nothing), выгнать, выселить (174), аннулировать (160); nouns
# тюремное заключение, интернирование, выселение; and the release side
# (0841): отпускать/отпустить, амнистировать, обменять пленных.
# Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-arrest-expel: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}
hasnt() {
    code "$1"
    check "ru-arrest-expel: '$1' has no $2" sh -c "test $rc -eq 0 && ! grep -q '$2' '$T/ev'"
}

has "Полиция Беларуси схватила лидера оппозиции." "BLRCOP BLROPP 173"
has "Власти Грузии посадили в тюрьму лидера оппозиции." "GEOGOV GEOOPP 173"
hasnt "Пилот Турции посадил самолет в Минске." "173"
has "Власти Латвии выгнали российских дипломатов." "LVAGOV RUSGOV 174"
has "Власти Литвы выселили дипломатов Беларуси." "LTUGOV BLRGOV 174"
has "МИД Молдавии аннулировал аккредитацию журналистов России." "MDAGOV RUSMED 160"
has "Власти Японии интернировали моряков Китая." "JPNGOV CHNGOV 173"
has "Власти Беларуси отпускают политзаключенных Литвы." "BLRGOV LTUGOV 0841"
has "Президент Белоруссии амнистировал граждан Литвы." "BLRGOV LTUCVL 0841"
has "Россия и Украина обменяли военнопленных." "UKRGOV RUSGOV 0841"
has "Россия обменяла пленных с Украиной." "RUSGOV UKRGOV 0841"
hasnt "Россия обменяла рубли на юани." "0841"
test_done
