#!/bin/sh
# t0911: German middle field: the phrase of a support verb's event noun may
# stand before the noun ("hat gegen Kuba Sanktionen verhängt", "führte mit
# Chile Gespräche"): src/coder/roles.c target_by_slots.  Not a phrase of
# another noun before it.
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Die Regierung in Washington hat am Dienstag gegen Kuba neue Sanktionen verhängt.

Argentinien führte in Buenos Aires mit Chile lange Gespräche.

Der Internationale Strafgerichtshof hat gegen den Präsidenten Sudans einen Haftbefehl erlassen.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "support phrase first: coded" 0
check "gegen Kuba Sanktionen verhängt: 163" grep -qP '\tUSAGOV\tCUBGOV\t163\t' "$T/out"
check "mit Chile Gespräche geführt: 040" grep -qP '\tARGGOV\tCHLGOV\t040\t' "$T/out"
check "gegen den Präsidenten einen Haftbefehl erlassen: 173" grep -qP '\tIGOJUDICC\tSDNGOV\t173\t' "$T/out"
test_done
