#!/bin/sh
# t0967: a noun flagged `state` in dict/de/nouns.txt ("Krieg", "Besatzung")
# names a background state: no nominal event of its own ("nach dem Krieg
# zwischen A und B", "der Krieg dauert an"), but still the code of a support
# verb ("führt Krieg gegen").  And one happening told by a generic verb and
# a specific noun in one clause ("ging mit Wasserwerfern gegen Demonstranten
# vor": 170 and 175; "vereinbarten, die Zusammenarbeit auszubauen": 057
# and 050) is coded once in its sentence, with the specific code (emit.c,
# merge_generic).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Nach dreiwöchigem Krieg ist zwischen Peru und Ecuador eine Waffenruhe in Kraft getreten.

Der Krieg zwischen Eritrea und Dschibuti dauert an.

Die marokkanische Besatzung bedrohe den Frieden in der Region, sagte der algerische Außenminister.

Kolumbien führt seit Monaten Krieg gegen Venezuela.

Die serbische Polizei ging mit Wasserwerfern gegen die Demonstranten in Belgrad vor.

Island und Norwegen vereinbarten, die Zusammenarbeit in der Fischerei auszubauen.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "state nouns: coded" 0
check_not "no war event after 'nach … Krieg'" grep -qP '\t(PER|ECU)[A-Z]*\t(PER|ECU)[A-Z]*\t19' "$T/out"
check_not "'der Krieg dauert an' is background" grep -qP '\t(ERI|DJI)[A-Z]*\t(ERI|DJI)[A-Z]*\t19' "$T/out"
check_not "an occupation named as a state is no event" grep -qP '\t192\t' "$T/out"
check "support verb: führt Krieg gegen (190)" grep -qP '\tCOLGOV\tVENGOV\t190\t' "$T/out"
check "the specific code of the happening" grep -qP '\tSRBCOP\tSRBCVL\t175\t' "$T/out"
check_not "not also the generic one" grep -qP '\tSRBCOP\tSRBCVL\t170\t' "$T/out"
check "the agreement is coded" grep -qP '\tISLGOV\tNORGOV\t057\t' "$T/out"
check_not "the cooperation agreed on is not coded again" grep -qP '\tISLGOV\tNORGOV\t050\t' "$T/out"
test_done
