#!/bin/sh
# t1887-ru-rapprochement: drawing closer (сблизиться: 050, both ways) and
# normalising relations ("нормализовали отношения": 050); a negated
# normalisation is no event.
# Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-rapprochement: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}
hasnt() {
    code "$1"
    check "ru-rapprochement: '$1' has no $2" sh -c "test $rc -eq 0 && ! grep -q '$2' '$T/ev'"
}

has "Турция сблизилась с Ираном." "TURGOV IRNGOV 050"
has "Турция сблизилась с Ираном." "IRNGOV TURGOV 050"
has "Саудовская Аравия и Иран нормализовали отношения." "SAUGOV IRNGOV 050"
has "Египет нормализовал отношения с Катаром." "EGYGOV QATGOV 050"
hasnt "Египет не нормализовал отношения с Катаром." "050"
test_done
