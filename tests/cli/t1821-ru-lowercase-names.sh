#!/bin/sh
# t1821-ru-lowercase-names: a Russian group name the dictionary writes in
# lower case ("хуситы", "талибов": dict/orgs/armed-ru.txt, people.txt) is
# found in lower case although names are capitalised (dict.c
# ru_lower_name, DY_CAPS_LOWER); a capitalised name is still not found in
# lower case ("того" is no Togo).
# Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-lowercase-names: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}
hasnt() {
    code "$1"
    check "ru-lowercase-names: '$1' has no $2" sh -c "test $rc -eq 0 && ! grep -q '$2' '$T/ev'"
}

has "Делегация хуситов прибыла в Тегеран." "YEMREB IRNGOV 042"
has "Полиция Пакистана задержала троих талибов." "PAKCOP AFGGOV 173"
hasnt "Президент Франции осудил того, кто напал на посольство." "TGO"
test_done
