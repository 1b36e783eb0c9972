#!/bin/sh
# t1668-ru-counted-genitive: the genitive after a counting word (делегация,
# группа: FW2_QUANT) has that word's case: "делегация Ирана приехала" and
# "приехала делегация Ирана" name the subject, "принял делегацию Ирана"
# the object (src/coder/groups.c, stages.h grp_nominative).
# Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-counted: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}

has "Делегация Ирака приехала в Каир." "IRQGOV EGYGOV 042"
has "В Каир приехала делегация Ирака." "IRQGOV EGYGOV 042"
has "Президент Египта принял делегацию Ирака." "EGYGOV IRQGOV 043"
# an actor in an oblique case right after an event noun whose slot is no
# object is its agent, the genitive: "визит президента Бразилии"
# (src/coder/nouns.c ru_genitive)
has "Визит президента Бразилии в Пекин начался в понедельник." "BRAGOV CHNGOV 042"
# … also after the noun's slot phrase: "визит в Пекин президента Бразилии"
has "Визит в Пекин президента Бразилии начался в понедельник." "BRAGOV CHNGOV 042"
# … and after a frame noun with its preposition ("во время визита",
# "в ходе переговоров": lang.h frame_nouns, src/coder/nouns.c)
has "Во время визита в Пекин президент Бразилии осудил Японию." "BRAGOV CHNGOV 042"
test_done
