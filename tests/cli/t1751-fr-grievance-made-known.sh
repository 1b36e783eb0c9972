#!/bin/sh
# t1751-fr-grievance-made-known: on sentences written for this test.
# « faire part de sa préoccupation (inquiétude, mécontentement …) à X »,
# either order, is a complaint lodged with X (114; dict/fr/patterns.txt).
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev after "La Norvège a fait part de sa vive préoccupation au Danemark."
check "fr: part de … préoccupation à X (NORGOV 114 DNKGOV)" has "NORGOV 114 DNKGOV fact"
ev before "La Norvège a fait part à la Suède de son profond mécontentement."
check "fr: part à X de … mécontentement (NORGOV 114 SWEGOV)" has "NORGOV 114 SWEGOV fact"
ev two "La Norvège a fait part de son inquiétude au Danemark et à la Suède."
check "fr: … to each (NORGOV 114 SWEGOV)" has "NORGOV 114 SWEGOV fact"
ev none "Le ministre norvégien a fait part de son inquiétude."
check_not "fr: no one addressed: no complaint" grep -q " 114 " "$T/ev"
test_done
