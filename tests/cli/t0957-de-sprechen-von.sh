#!/bin/sh
# t0957: "sprechen von" (dict/de/patterns.txt): an evaluation after "sprach
# von einem/einer" gives its polarity ("sprach von einem manipulierten
# Wahlgang", "von einer Überreaktion": 111); without a listed evaluation it is
# no talk (040 needs "sprach mit").  Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Die Opposition in Mosambik sprach von einem manipulierten Urnengang der Regierungspartei.

Peking sprach von einer klaren Überreaktion der USA.

Moskau sprach von einem Zwischenfall mit Litauen.

Der französische Präsident sprach in Paris mit dem polnischen Präsidenten.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "sprechen von: coded" 0
check "manipulierten: disapproval (111)" grep -qP '\tMOZOPP\tMOZGOV\t111\t' "$T/out"
check "Überreaktion: disapproval (111)" grep -qP '\tCHNGOV\tUSAGOV\t111\t' "$T/out"
check_not "von einem Zwischenfall: no talks (04x)" grep -qP '\tRUSGOV\tLTU[A-Z]*\t04[0-9]*\t' "$T/out"
check "sprach mit: talks stay (040)" grep -qP '\tFRAGOV\tPOLGOV\t040\t' "$T/out"
test_done
