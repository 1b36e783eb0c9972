#!/bin/sh
# t1538-ru-apposition: a name in apposition to the subject before the verb
# is no target of an event noun after it (src/coder/roles.c, target by
# slots: "Премьер-министр Японии <name> объявил о высылке …" targets those
# expelled, not the premier again); and the members of a list share their
# case (src/coder/groups.c: "при посредничестве США и Египта" is oblique
# though США does not decline: no subject, no agreement between the
# mediators); on sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2021-06-01 "$1"; }
has() {
    code "$1"
    check "ru-apposition: '$1' gives $2" sh -c "test $rc -eq 0 && grep -qx '$2 fact' '$T/ev'"
}

has "Президент России Владимир Путин объявил о высылке эстонских дипломатов." "RUSGOV ESTGOV 174"
has "Президент США Джо Байден объявил о высылке российских дипломатов." "USAGOV RUSGOV 174"
# the verb's own object is unchanged
has "Президент России Владимир Путин осудил Эстонию." "RUSGOV ESTGOV 111"
code "Соглашение достигнуто при посредничестве США и Египта."
check "ru-apposition: the mediators of 'при посредничестве США и Египта' agree on nothing" sh -c "test $rc -eq 0 && test -s '$T/out' && ! grep -q '^USAGOV EGYGOV 057' '$T/ev'"
has "США и Россия подписали соглашение." "USAGOV RUSGOV 057"
test_done
