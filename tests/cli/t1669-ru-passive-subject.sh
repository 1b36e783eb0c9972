#!/bin/sh
# t1669-ru-passive-subject: a Russian passive has no accusative object, so a
# bare actor after the verb whose nominative could be an accusative is its
# subject ("в Тбилиси были задержаны сторонники оппозиции"), and the
# agentless arrest is the police's (src/coder/roles.c choose_subject).
# Also the Taliban's names (dict/people.txt). Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-passive-subject: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}

has "В Тбилиси были задержаны сторонники оппозиции Грузии." "GEOCOP GEOCVL 173"
has "Узбекистан официально признал Исламский Эмират Афганистан." "UZBGOV AFGGOV 054"
test_done
