#!/bin/sh
# t1829-ru-content-before-frame: "состояться", "пройти" are support verbs
# (verbs.txt), so ", сообщил Кремль" after them is a frame of its own; a
# meeting or other cooperation (roots 03-08) named by a noun in the
# content before the frame, with only its partner named, is the
# speaker's (roles.c pro_drop_subject); not violence; the bare actor
# after an intransitive support verb before its noun is the subject
# ("в Женеве прошла встреча министров …"); a future support
# verb after the noun makes it an intent (mood.c support_future).
# Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-content-before-frame: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}
hasnt() {
    code "$1"
    check "ru-content-before-frame: '$1' has no $2" sh -c "test $rc -eq 0 && ! grep -q '$2' '$T/ev'"
}

has "Встреча с президентом Аргентины состоялась в Сантьяго, сообщил МИД Чили." "CHLGOV ARGGOV 040"
hasnt "Удар по Мариуполю был нанесен ночью, сообщил МИД Украины." "UKRGOV"
has "Переговоры Лаврова и Ван И пройдут в Пекине." "RUSGOV CHNGOV 036" intent
has "В Женеве прошла встреча министров иностранных дел Армении и Азербайджана." "ARMGOV AZEGOV 040"
test_done
