#!/bin/sh
# t1822-ru-separatists: the separatist authorities of Donbas, Transnistria
# and Karabakh by their Russian names and capitals (dict/orgs/armed-ru.txt,
# SEP); a state role of such a group ("власти ДНР", "лидер ХАМАС") speaks
# for the group, not for its country's government (RF_GROUP_ROLE, now on
# for Russian), so a quarrel with the capital is an event.
# Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2019-06-01 "$1"; }
has() {
    code "$1"
    check "ru-separatists: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}

has "Власти ДНР обвинили Киев в обстрелах жилых кварталов." "UKRSEP UKRGOV 1123"
has "Тирасполь обвинил Кишинев в экономической блокаде." "MDASEP MDAGOV 112"
has "Лидер ХАМАС встретился с президентом Египта." "PSEREB EGYGOV 040"
test_done
