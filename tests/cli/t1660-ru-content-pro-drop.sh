#!/bin/sh
# t1660-ru-content-pro-drop: Russian drops the speaker's pronoun in a
# content clause ("заявил, что не признает …"): the clause's active verb
# with no subject has the frame's subject (lang.h content_pro_drop), all
# of a coordinated one; not a passive. Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-pro-drop: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}
hasnt() {
    code "$1"
    check "ru-pro-drop: '$1' does not give $2" sh -c "test $rc -eq 0 && ! grep -q '^$2 ' '$T/ev'"
}

has "Премьер-министр Норвегии заявил, что осуждает действия властей Белоруссии." "NORGOV BLRGOV 111"
has "Министр иностранных дел Чили сообщил, что сожалеет о решении Перу." "CHLGOV PERGOV 012"
has "Эстония и Латвия заявили, что осуждают Белоруссию." "LVAGOV BLRGOV 111"
# a passive keeps its own (absent) agent
hasnt "Президент Кении сообщил, что были задержаны граждане Уганды." "KENGOV UGACVL 173"
test_done
