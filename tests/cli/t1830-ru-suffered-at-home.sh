#!/bin/sh
# t1830-ru-suffered-at-home: the subject of a verb of suffering before an
# event noun is its target when the noun's doer is another side at home
# too, not only another country (roles.c suffered_by_subject, other_side:
# "военные Мали погибли в результате нападения боевиков" is the rebels'
# attack on the army, not the reverse).
# Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-suffered-at-home: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}
hasnt() {
    code "$1"
    check "ru-suffered-at-home: '$1' has no $2" sh -c "test $rc -eq 0 && ! grep -q '$2' '$T/ev'"
}

has "Военные Нигера погибли в результате нападения боевиков." "NERREB NERMIL 190"
hasnt "Военные Нигера погибли в результате нападения боевиков." "NERMIL NERREB"
test_done
