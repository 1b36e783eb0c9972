#!/bin/sh
# t1743-ru-killing-doer: criticism of a killing (18x) aims at the doer of
# an earlier strike or assault (18x-20x) told against the victim, a deed
# told twice under two codes (victim_of_violence in src/coder/roles.c).
# Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-killing-doer: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}
hasnt() {
    code "$1"
    check "ru-killing-doer: '$1' has no $2" sh -c "test $rc -eq 0 && ! grep -q '$2' '$T/ev'"
}

S="Иранский генерал погиб в результате удара израильского беспилотника. МИД Турции назвал убийство генерала опасным шагом."
has "$S" "TURGOV ISRGOV 111"
hasnt "$S" "TURGOV IRNMIL"
test_done
