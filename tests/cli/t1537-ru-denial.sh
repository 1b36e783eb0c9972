#!/bin/sh
# t1537-ru-denial: accusations rejected are denied (016, dict/ru/patterns.txt:
# отвергать/отвергнуть, отклонять/отклонить + обвинения), answering the
# accuser; on articles written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-denial: '$1' gives $2" sh -c "test $rc -eq 0 && grep -qx '$2 fact' '$T/ev'"
}

has "Китай обвинил Японию в провокации. Токио отверг эти обвинения." "JPNGOV CHNGOV 016"
has "Армения обвинила Азербайджан в обстрелах. Баку отклонил обвинения." "AZEGOV ARMGOV 016"
test_done
