#!/bin/sh
# t1752-fr-region-names: on sentences written for this test.  « Amérique »
# followed by « latine », « centrale » or « du Sud / du Nord » names a
# continent or a region, not the USA (lang.h region_after; mentions.c
# region_name; not yet after a role: « les dirigeants d'Amérique du
# Sud »); « l'Amérique » alone and « la Corée du Nord » stay actors.
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev latine "Le Pérou a rappelé ses ambassadeurs de trois pays d'Amérique latine, dont la Bolivie."
check "fr: the named country is the target (PERGOV 161 BOLGOV)" has "PERGOV 161 BOLGOV fact"
check_not "fr: Amérique latine is not the USA" grep -q "USA" "$T/ev"
ev sud "Le Pérou a critiqué les pays d'Amérique du Sud."
check_not "fr: Amérique du Sud is not the USA" grep -q "USA" "$T/ev"
ev centrale "Le Pérou a condamné les gangs d'Amérique centrale."
check_not "fr: Amérique centrale is not the USA" grep -q "USA" "$T/ev"
ev alone "Le Pérou a critiqué l'Amérique."
check "fr: l'Amérique alone is the USA (PERGOV 111 USAGOV)" has "PERGOV 111 USAGOV fact"
ev korea "Le Pérou a critiqué la Corée du Nord."
check "fr: a longer listed name wins (PERGOV 111 PRKGOV)" has "PERGOV 111 PRKGOV fact"
test_done
