#!/bin/sh
# t1663-ru-title-name-list: a person's name right after its title is the same
# member of a list ("президент Литвы Гитанас Науседа и премьер-министр
# Эстонии"), not the start of a new group whose nominative would make it
# the subject alone (src/coder/groups.c, case_marks_roles).
# Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-title-name: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}

has "Президент России Владимир Путин, президент Азербайджана Ильхам Алиев и премьер-министр Грузии подписали совместное заявление." "RUSGOV GEOGOV 057"
has "Президент Франции, президент Азербайджана Ильхам Алиев и премьер-министр Грузии подписали совместное заявление." "FRAGOV AZEGOV 057"
has "Президент России Владимир Путин и премьер-министр Грузии провели переговоры." "GEOGOV RUSGOV 046"
test_done
