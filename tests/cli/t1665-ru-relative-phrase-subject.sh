#!/bin/sh
# t1665-ru-relative-phrase-subject: "X и Y провели переговоры, по итогам
# которых приняли заявление": a clause opening with a phrase that holds a
# relative pronoun, with no subject, continues the subject before (lang.h
# rel_phrase_pro_drop); not when a bare actor after the verb is its
# subject, nor a passive. Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-rel-phrase: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}
hasnt() {
    code "$1"
    check "ru-rel-phrase: '$1' does not give $2" sh -c "test $rc -eq 0 && ! grep -q '^$2 ' '$T/ev'"
}

has "Президент Чили и президент Перу провели встречу, по итогам которой подписали совместное заявление." "CHLGOV PERGOV 057"
has "Премьер Норвегии провел переговоры с премьером Швеции, в ходе которых осудил Белоруссию." "NORGOV BLRGOV 111"
hasnt "Армия Чада начала операцию, в ходе которой были задержаны граждане Нигера." "CHDMIL NERCVL 173"
test_done
