#!/bin/sh
# t1744-ru-naming-justifies: naming a deed a response, a forced or a
# needed measure justifies it, no criticism (dict/ru/patterns.txt:
# "назвал удар ответом", "назвал санкции вынужденной мерой"); a
# provocation stays criticism (111).
# Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-naming-justifies: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}
hasnt() {
    code "$1"
    check "ru-naming-justifies: '$1' has no $2" sh -c "test $rc -eq 0 && ! grep -q '$2' '$T/ev'"
}

hasnt "Президент Франции назвал удар по Сирии ответом на химическую атаку." "111"
hasnt "Министр Канады назвал санкции против Ирана вынужденной мерой." "111"
hasnt "Премьер Японии назвал меры против КНДР необходимыми." "111"
has "Президент Франции назвал удар по Сирии провокацией." "FRAGOV SYRGOV 111"
test_done
