#!/bin/sh
# t1741-ru-not-recognised: authority or a result not recognised is a
# rejection (120, dict/ru/patterns.txt: "не признает юрисдикцию", "не
# признали итоги"); recognised, it is no rejection.
# Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-not-recognised: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}
hasnt() {
    code "$1"
    check "ru-not-recognised: '$1' has no $2" sh -c "test $rc -eq 0 && ! grep -q '$2' '$T/ev'"
}

has "Венгрия не признает юрисдикцию Международного уголовного суда." "HUNGOV IGOJUDICC 120"
has "Минск не признает полномочия Евросоюза." "BLRGOV IGOEUREEC 120"
has "Сербия не признала легитимность правительства Косово." "SRBGOV KSVGOV 120"
hasnt "Венгрия признает юрисдикцию Международного уголовного суда." "120"
test_done
