#!/bin/sh
# t1678-ru-veto: blocking a draft resolution is a veto (129) in the body
# named by the "в" phrase (dict/ru/patterns.txt). Sentences written for
# this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-veto: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}

has "Китай заблокировал в Совете Безопасности ООН проект резолюции." "CHNGOV IGOUNO 129"
test_done
