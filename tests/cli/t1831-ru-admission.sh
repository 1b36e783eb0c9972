#!/bin/sh
# t1831-ru-admission: a speech verb of admission (015, "признал, что …")
# as a fact admits to the first actor of its content of another country
# than the speaker, else of another side at home (roles.c admission); the
# content is coded as well; a negated admission admits nothing.
# Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-admission: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}
hasnt() {
    code "$1"
    check "ru-admission: '$1' has no $2" sh -c "test $rc -eq 0 && ! grep -q '$2' '$T/ev'"
}

has "Правительство Индии признало, что индийские военные по ошибке обстреляли пакистанский пост." "INDGOV PAKGOV 015"
hasnt "Правительство Индии признало, что индийские военные по ошибке обстреляли пакистанский пост." "INDGOV INDMIL 015"
hasnt "Правительство Индии не признало, что индийские военные обстреляли пакистанский пост." " 015"
test_done
