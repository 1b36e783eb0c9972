#!/bin/sh
# t1823-ru-inner-role: one or two roles in the genitive between a role and
# its country ("представитель МИД Армении", "начальники генштабов
# вооруженных сил Армении и Азербайджана") still give the role its
# country (mentions.c inner_roles); a plain government role of a
# non-government body takes that body's role ("представитель вооруженных
# сил" is the military).
# Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2019-06-01 "$1"; }
has() {
    code "$1"
    check "ru-inner-role: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}

has "В четверг представитель МИД Чили осудил Боливию." "CHLGOV BOLGOV 111"
has "Представитель вооруженных сил Чили осудил Боливию." "CHLMIL BOLGOV 111"
has "В Лиме прошла встреча начальников генштабов вооруженных сил Чили и Боливии." "CHLMIL BOLMIL 040"
test_done
