#!/bin/sh
# t1791-en-aid-arrives: on sentences written for this test.  Rescuers,
# medics and aid workers who arrive in a country, or arrivals with aid,
# bring humanitarian aid (073), not a visit (042) (dict/en/patterns.txt
# arrive); a minister who arrives still visits.
. tests/cli/test-lib.sh

ev() { code_events_scm en 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev rescue "Chilean rescue teams arrived in Peru on Sunday to help search for survivors of the earthquake."
check "en: rescue teams arrived: CHL… 073 PER…" grep -q "^CHL[A-Z]* 073 PER" "$T/ev"
check_not "en: … and no visit" grep -q " 042 " "$T/ev"
ev supplies "The Chilean health minister arrived in Peru with medical supplies on Friday."
check "en: arrived with medical supplies: CHLGOV 073 PER…" grep -q "^CHLGOV 073 PER" "$T/ev"
ev visit "The Chilean foreign minister arrived in Lima on Friday."
check "en: a minister arriving visits: CHLGOV 042 PERGOV" has "CHLGOV 042 PERGOV fact"
test_done
