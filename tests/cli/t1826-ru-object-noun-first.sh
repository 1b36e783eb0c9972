#!/bin/sh
# t1826-ru-object-noun-first: an event noun opening the clause as the
# object of an active support verb leaves the subject after the verb
# ("Ответственность за теракт взяли на себя хуситы", roles.c
# choose_subject, noun_opens_clause); a noun in a phrase ("в учениях
# участвуют …") or one a passive makes the subject ("дело будет
# прекращено") does not.
# Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2019-06-01 "$1"; }
has() {
    code "$1"
    check "ru-object-noun-first: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}
hasnt() {
    code "$1"
    check "ru-object-noun-first: '$1' has no $2" sh -c "test $rc -eq 0 && ! grep -q '$2' '$T/ev'"
}

has "Ответственность за нападение на посольство Саудовской Аравии взяла на себя группировка ИГИЛ." "IRQREB SAUGOV 015"
hasnt "В крупнейших учениях участвуют около 5 тыс. военнослужащих Индии и Непала." "CVL"
hasnt "Уголовное дело против Иванова будет прекращено, а сам он уедет в Белоруссию." "BLR"
test_done
