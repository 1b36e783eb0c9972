#!/bin/sh
# t0960: a German negated acceptance is a rejection or disapproval
# (dict/de/patterns.txt): "erkennt das Wahlergebnis nicht an" (120),
# "akzeptiert nicht die Annexion", "duldet keine Einmischung" (111).
# "erkennt keine Fortschritte" (no particle) is no rejection.
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Die Europäische Union erkennt das Wahlergebnis in Belarus nicht an.

Die Nato akzeptiert nicht die Annexion der Krim durch Russland.

China werde keine Einmischung der USA dulden.

Die Europäische Union erkennt keine Fortschritte bei den Reformen in Serbien.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "negated acceptance: coded" 0
check "erkennt nicht an: rejection (120)" grep -qP '\tIGOEUREEC\tBLRGOV\t120\t' "$T/out"
check "akzeptiert nicht: disapproval (111)" grep -qP '\tIGOWSTNAT\tRUSGOV\t111\t' "$T/out"
check "keine Einmischung dulden: disapproval (111)" grep -qP '\tCHNGOV\tUSAGOV\t111\t' "$T/out"
check_not "erkennt keine Fortschritte: no rejection of Serbia" grep -qP '\tIGOEUREEC\tSRB[A-Z]*\t12[0-9]*\t' "$T/out"
test_done
