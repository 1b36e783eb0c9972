#!/bin/sh
# t1676-ru-plain-verbs: common verbs with no event of their own (участвовать,
# возглавить, наблюдать, проголосовать …: dict/ru/verbs.txt '-') are the
# clause's verb: the exercise they take part in is no act of one
# participant against another. Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
hasnt() {
    code "$1"
    check "ru-plain-verbs: '$1' does not give $2" sh -c "test $rc -eq 0 && ! grep -q '^$2 ' '$T/ev'"
}

hasnt "В учениях участвуют около 3 тыс. польских военнослужащих, а также подразделения армии Литвы." "LTUMIL POLMIL 150"
test_done
