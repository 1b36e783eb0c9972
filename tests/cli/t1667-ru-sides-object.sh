#!/bin/sh
# t1667-ru-sides-object: "призвал стороны прекратить огонь": "стороны" right
# after a verb is the pair the article reports on, as "обе стороны" is
# (src/coder/mentions.c). Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-sides: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}

has "Перу обвинило Эквадор в обстрелах. МИД Франции призвал стороны прекратить огонь." "FRAGOV PERGOV 0256"
has "Перу обвинило Эквадор в обстрелах. МИД Франции призвал стороны прекратить огонь." "FRAGOV ECUGOV 0256"
test_done
