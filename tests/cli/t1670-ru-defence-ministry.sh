#!/bin/sh
# t1670-ru-defence-ministry: "минобороны X", "военное ведомство X" are the
# military of X (dict/ru/roles.txt MIL); the bare metonym "Минобороны" is
# no longer Russia's before another country's genitive (countries.txt).
# Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-defence-ministry: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}

has "Минобороны Армении обвинило Азербайджан в обстрелах." "ARMMIL AZEGOV 1123"
has "Во вторник минобороны Кении обвинило Сомали в обстрелах." "KENMIL SOMGOV 1123"
has "Военное ведомство Перу обвинило Эквадор в обстрелах." "PERMIL ECUGOV 1123"
test_done
