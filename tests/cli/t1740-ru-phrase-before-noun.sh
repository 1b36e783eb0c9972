#!/bin/sh
# t1740-ru-phrase-before-noun: a support verb's event noun after the phrase
# it governs ("подписал с X соглашение", RF_PHRASE_BEFORE_NOUN) and the
# plural of the agreement nouns (dict/ru/nouns.txt).
# Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-phrase-before-noun: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}

has "Правительство Армении подписало с Ираном соглашение о транзите." "ARMGOV IRNGOV 057"
has "Премьер Армении вчера подписал с Ираном меморандум." "ARMGOV IRNGOV 057"
has "Армения подписала с Ираном договоры о торговле." "ARMGOV IRNGOV 057"
test_done
