#!/bin/sh
# t1672-ru-intransitive-subject: a verb that takes no object (no obj slot:
# прибыть, приехать) has no accusative after it, so a bare actor after it
# whose nominative could be an accusative is its subject
# (src/coder/roles.c choose_subject). Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-intransitive: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}

has "В Вильнюс приехали депутаты Польши." "POLLEG LTUGOV 042"
has "В Ригу прибыли пограничники Эстонии." "ESTCOP LVAGOV 042"
test_done
