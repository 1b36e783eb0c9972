#!/bin/sh
# t1650-fr-attack-role-noun: on sentences written for this test.  An
# attack noun whose own words end in a role noun that takes the country
# adjective (« des tirs d'artillerie turcs ») acts for that country's
# military as subject, as « des frappes turques » (roles.c subject_codes,
# language-neutral).
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev art "Des tirs d'artillerie arméniens ont frappé la ville azerbaïdjanaise de Gandja."
check "fr: tirs d'artillerie + adjective as subject (ARMMIL 19x AZE)" grep -q "^ARMMIL 19[0-9] AZE[A-Z]* fact$" "$T/ev"
ev art2 "Des tirs d'artillerie arméniens contre la ville azerbaïdjanaise de Gandja ont fait deux morts."
check "fr: … with its contre phrase (ARMMIL 194 AZE)" grep -q "^ARMMIL 194 AZE[A-Z]* fact$" "$T/ev"
test_done
