#!/bin/sh
# t1536-ru-roles: Russian role families (dict/ru/roles.txt), on sentences
# written for this test: armed forces named by their arms and units, armed
# men no one names, police units, and the people an act is done to.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-roles: '$1' gives $2" sh -c "test $rc -eq 0 && grep -qx '$2 fact' '$T/ev'"
}

has "Российские бомбардировщики атаковали грузинские позиции." "RUSMIL GEOGOV 190"
has "Белорусский ОМОН задержал литовских журналистов." "BLRCOP LTUMED 173"
has "Сирийские экстремисты похитили турецких рыбаков." "SYRREB TURCVL 181"
has "Польская полиция задержала участников акции из Белоруссии." "POLCOP BLRCVL 173"
# the arms by their full names, and the offices under a minister
has "Военно-воздушные силы Израиля нанесли удары по Сирии." "ISRMIL SYRGOV 190"
has "Помощник госсекретаря США осудил Иран." "USAGOV IRNGOV 111"
test_done
