#!/bin/sh
# t1775-de-demanded-release-holder: on sentences written for this test.  A
# demanded release ("forderte, auch die übrigen Geiseln freizulassen") is
# addressed to whoever holds those it names: the doer of the story's last
# release, abduction or arrest of their country (roles.c release_holder).
. tests/cli/test-lib.sh

ev() { code_events_scm de 2016-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev holder "Rebellen in Nigeria haben am Montag zwanzig Soldaten der nigerianischen Armee freigelassen. Präsident Buhari forderte, auch die übrigen Geiseln freizulassen."
check "de: the demand goes to the holders (NGAGOV 10x NGAREB)" grep -q "^NGAGOV 10[0-9]* NGAREB" "$T/ev"
test_done
