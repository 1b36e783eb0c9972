#!/bin/sh
# t0961: "in die Kritik geraten", "unter Druck geraten" (dict/de/patterns.txt):
# the participle "geraten" of "get into" is no advice (raten, 020); "hat Israel
# zur Zurückhaltung geraten" still is.  Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Die Ukraine und die EU verhandeln. Die Spezialeinheiten der ukrainischen Polizei sind durch ihr Vorgehen in die Kritik geraten.

Die USA haben Israel zur Zurückhaltung geraten.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "geraten: coded" 0
check "the talks are coded (046)" grep -qP '\tUKRGOV\tIGOEUREEC\t046\t' "$T/out"
check_not "in die Kritik geraten: no appeal (02x)" grep -qP '\tUKR[A-Z]*\tIGOEUREEC\t02[0-9]*\t' "$T/out"
check "zur Zurückhaltung geraten: advice stays (020)" grep -qP '\tUSAGOV\tISRGOV\t020\t' "$T/out"
test_done
