#!/bin/sh
# t1742-ru-suffered-subject: the subject of a verb of suffering ("погиб",
# "пострадали", suffer_verbs) before an event noun that is the clause's
# predicate is the target of the noun's doer ("погиб в результате удара
# американского беспилотника": the drone's country acted on the subject).
# Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-suffered-subject: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}
hasnt() {
    code "$1"
    check "ru-suffered-subject: '$1' has no $2" sh -c "test $rc -eq 0 && ! grep -q '$2' '$T/ev'"
}

has "Иранский генерал погиб в результате удара израильского беспилотника." "ISRGOV IRNMIL 190"
hasnt "Иранский генерал погиб в результате удара израильского беспилотника." "IRNMIL ISRGOV"
has "Ливанские пограничники пострадали в результате обстрела израильской артиллерии." "ISRMIL LBNCOP 194"
test_done
