#!/bin/sh
# t1661-ru-guilty-of: an event noun after "виновным в", "причастной к" is what
# someone is held guilty of, not the subject's own act (ru_rules.c
# accusation_words; src/coder/nouns.c). Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-guilty: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}
hasnt() {
    code "$1"
    check "ru-guilty: '$1' does not give $2" sh -c "test $rc -eq 0 && ! grep -q '^$2 ' '$T/ev'"
}

has "Президент Франции считает Россию виновной в нападении на Украину." "FRAGOV RUSGOV 112"
hasnt "Президент Франции считает Россию виновной в нападении на Украину." "FRAGOV UKRGOV 190"
hasnt "Премьер Бельгии считает Иран причастным к нападению на Израиль." "BELGOV ISRGOV 190"
test_done
