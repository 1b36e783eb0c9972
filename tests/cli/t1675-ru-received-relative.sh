#!/bin/sh
# t1675-ru-received-relative: "получил письмо, в котором …": получить is a
# verb with no event of its own (dict/ru/verbs.txt), so the clause ends
# before the relative phrase (котором is a relative pronoun, ru_rules.c),
# whose own subject acts. Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-received: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}
hasnt() {
    code "$1"
    check "ru-received: '$1' does not give $2" sh -c "test $rc -eq 0 && ! grep -q '^$2 ' '$T/ev'"
}

has "Премьер Индии получил от президента Непала письмо, в котором президент Непала осудил Китай." "NPLGOV CHNGOV 111"
hasnt "Премьер Индии получил от президента Непала письмо, в котором президент Непала осудил Китай." "INDGOV CHNGOV 111"
test_done
