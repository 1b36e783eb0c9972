#!/bin/sh
# t0962: "löste die Kundgebung auf" (dict/de/patterns.txt) is repression
# (175); "hat die Partei aufgelöst" stays a dissolution (172).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Die russische Polizei löste die Kundgebung der Opposition in Moskau gewaltsam auf.

Die Regierung in Kiew hat die Partei der Regionen aufgelöst.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "auflösen: coded" 0
check "Kundgebung auflösen: repression (175)" grep -qP '\tRUSCOP\tRUSOPP\t175\t' "$T/out"
check "Partei auflösen: dissolution stays (172)" grep -qP '\tUKRGOV\tUKR[A-Z]*\t172\t' "$T/out"
test_done
