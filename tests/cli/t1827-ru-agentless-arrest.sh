#!/bin/sh
# t1827-ru-agentless-arrest: Russian agentless passives (RF_AGENTLESS_PASSIVE,
# RF_STATE_COERCION now on): an arrest with no agent named was done by the
# police of the country it happened in, named by a country or its capital
# after "в" (roles.c state_coercion_agent), else of the person's country;
# a killing with no agent named has no source.
# Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2019-06-01 "$1"; }
has() {
    code "$1"
    check "ru-agentless-arrest: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}
hasnt() {
    code "$1"
    check "ru-agentless-arrest: '$1' has no $2" sh -c "test $rc -eq 0 && ! grep -q '$2' '$T/ev'"
}

has "Бывший министр обороны Армении был задержан." "ARMCOP ARMGOV 173"
has "Грузинский дипломат был задержан в Париже." "FRACOP GEOGOV 173"
hasnt "Грузинский дипломат был задержан в Париже." "GEOCOP"
hasnt "Иранский генерал был убит в Ираке." "IRNMIL"
test_done
