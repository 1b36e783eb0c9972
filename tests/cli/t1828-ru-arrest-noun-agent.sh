#!/bin/sh
# t1828-ru-arrest-noun-agent: an arrest noun as the clause's predicate,
# its patient named and no doer ("сообщалось о задержании …"), was done by
# the police of the country it happened in (roles.c, state_coercion_agent
# on the noun's patient; RF_STATE_COERCION).
# Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2019-06-01 "$1"; }
has() {
    code "$1"
    check "ru-arrest-noun-agent: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}

has "Сообщалось о задержании двух лидеров оппозиции Армении." "ARMCOP ARMOPP 173"
has "Сообщалось о задержании грузинского дипломата в Париже." "FRACOP GEOGOV 173"
test_done
