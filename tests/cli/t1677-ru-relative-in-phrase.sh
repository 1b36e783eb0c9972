#!/bin/sh
# t1677-ru-relative-in-phrase: "…, в котором Эрдоган принес извинения": a
# relative pronoun is no adjective of the noun phrase after it, so the
# preposition before it does not govern the subject (src/coder/mentions.c
# np_start). Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-rel-in-phrase: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}
hasnt() {
    code "$1"
    check "ru-rel-in-phrase: '$1' does not give $2" sh -c "test $rc -eq 0 && ! grep -q '^$2 ' '$T/ev'"
}

has "Премьер Индии получил письмо, в котором президент Непала принес Китаю извинения." "NPLGOV CHNGOV 055"
hasnt "Премьер Индии получил письмо, в котором президент Непала принес Китаю извинения." "INDGOV CHNGOV 055"
test_done
