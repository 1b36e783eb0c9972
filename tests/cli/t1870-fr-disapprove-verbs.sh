#!/bin/sh
# t1870-fr-disapprove-verbs: on sentences written for this test.  The 111
# family in wire French beyond « critiquer, condamner, dénoncer »:
# « sermonner, réprouver, admonester, réprimander, fulminer contre »
# (dict/fr/verbs.txt), « hausser le ton contre » (patterns.txt).
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2024-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev sermonner "Le président tchadien a vertement sermonné le gouvernement soudanais lundi."
check "fr: sermonner (TCDGOV 111 SDNGOV)" has "TCDGOV 111 SDNGOV fact"
ev reprouver "Le ministre algérien des Affaires étrangères a réprouvé la Tunisie pour sa décision."
check "fr: réprouver (DZAGOV 111 TUNGOV)" has "DZAGOV 111 TUNGOV fact"
ev admonester "Le Kremlin a admonesté la Géorgie, selon un communiqué."
check "fr: admonester (RUSGOV 111 GEOGOV)" has "RUSGOV 111 GEOGOV fact"
ev fulminer "Le chef de la diplomatie iranienne a fulminé contre l'Arabie saoudite."
check "fr: fulminer contre (IRNGOV 111 SAUGOV)" has "IRNGOV 111 SAUGOV fact"
ev reprimander "Le président sénégalais a vivement réprimandé le gouvernement gambien."
check "fr: réprimander (SENGOV 111 GMBGOV)" has "SENGOV 111 GMBGOV fact"
ev neg "Le président sénégalais n'a pas réprimandé le gouvernement gambien."
check_not "fr: negated: no 111 fact" grep -q " 111 .* fact" "$T/ev"
ev ton "La Chine a haussé le ton contre le Japon."
check "fr: hausser le ton contre (CHNGOV 111 JPNGOV)" has "CHNGOV 111 JPNGOV fact"
test_done
