#!/bin/sh
# t1885-ru-sanctions: the sanctions family of Russian news: "наложить
# санкции на" (163; threatened: 1312), blacklisting ("внес/включил в
# санкционный/черный список": 163), the nouns пакет санкций, стоп-лист;
# a bill brought into parliament is nothing.
# Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-sanctions: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}
hasnt() {
    code "$1"
    check "ru-sanctions: '$1' has no $2" sh -c "test $rc -eq 0 && ! grep -q '$2' '$T/ev'"
}

has "Евросоюз наложил санкции на Белоруссию." "IGOEUREEC BLRGOV 163"
has "Евросоюз пригрозил наложить санкции на Иран." "IGOEUREEC IRNGOV 1312"
has "Минфин США внес российских чиновников в санкционный список." "USAGOV RUSGOV 163"
has "Япония включила российских чиновников в черный список." "JPNGOV RUSGOV 163"
has "Канада внесла в стоп-лист депутатов Белоруссии." "CANGOV BLRLEG 163"
has "Великобритания объявила новый пакет санкций против Ирана." "GBRGOV IRNGOV 163"
hasnt "Депутаты Германии внесли законопроект в бундестаг." "163"
test_done
