#!/bin/sh
# t1664-ru-head-titles: heads of state by other titles (a state council's
# chairman, monarchs) are GOV roles that take the country after them
# (dict/ru/roles.txt). Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-head-titles: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}

has "Эмир Катара провел переговоры с королем Бахрейна." "QATGOV BHRGOV 046"
has "Президент Монголии и председатель Госсовета КНДР подписали договор о сотрудничестве." "PRKGOV MNGGOV 057"
# "пресс-секретарь Кремля": the role with the Kremlin's genitive is
# Russia's, not a role of the article's focus (dict/ru/roles.txt)
has "Президент Украины осудил Польшу. Президент Украины осудил Венгрию. Пресс-секретарь Кремля осудил Украину." "RUSGOV UKRGOV 111"
test_done
