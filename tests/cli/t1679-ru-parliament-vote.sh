#!/bin/sh
# t1679-ru-parliament-vote: parliaments by other names (Национальное
# собрание, Сейм: dict/ru/roles.txt LEG) and a parliament's vote to repeal
# a measure, a demand for a change of policy (1042, dict/ru/patterns.txt).
# Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-parliament-vote: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}

has "Премьер Сербии ввел комендантский час, и Национальное собрание Сербии проголосовало за его отмену." "SRBLEG SRBGOV 1042"
has "Сейм Литвы осудил Белоруссию." "LTULEG BLRGOV 111"
test_done
