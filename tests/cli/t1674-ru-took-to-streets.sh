#!/bin/sh
# t1674-ru-took-to-streets: "на улицы вышли тысячи демонстрантов": the phrase
# of a protest before the verb (dict/ru/patterns.txt 'на_улиц* *'), with
# the subject after an intransitive verb. Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-streets: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}

has "В Мадриде на улицы вышли тысячи демонстрантов." "ESPCVL ESPGOV 141"
has "Во вторник на улицы Лимы вышли тысячи демонстрантов." "PERCVL PERGOV 141"
test_done
