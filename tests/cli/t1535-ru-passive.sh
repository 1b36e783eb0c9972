#!/bin/sh
# t1535-ru-passive: the Russian short passive participle (src/lang/ru/ru.c,
# short_passive), on sentences written for this test: "был задержан",
# "были арестованы", "был сбит", "был осужден" are passives through their
# auxiliary, their agent in the instrumental or a country's forces implied;
# the naming verb's "назван" is no passive of blame.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-passive: '$1' gives $2" sh -c "test $rc -eq 0 && grep -qx '$2 fact' '$T/ev'"
}
none() {
    code "$1"
    check "ru-passive: '$1' gives no event" sh -c "test $rc -eq 0 && test ! -s '$T/ev' && test -s '$T/out'"
}

# -ать/-овать: задержан, арестованы; the agent in the instrumental
has "Российский дипломат был арестован полицией Нидерландов." "NLDCOP RUSGOV 173"
has "Японские дипломаты были задержаны полицией Китая." "CHNCOP JPNGOV 173"
# -ить with its alternating consonant: осудить → осужден
has "Японский министр был осужден властями Китая." "CHNGOV JPNGOV 111"
# a passive without an agent, of a deed no one names, codes nothing
none "Украинский самолет был сбит над морем."
# the naming verb: "назван" names
none "Целью учений назван обмен опытом флотов Китая и Японии."
test_done
