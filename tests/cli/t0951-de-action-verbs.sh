#!/bin/sh
# t0951: German military and police action verbs (dict/de/verbs.txt):
# feuern auf (190), vor|dringen (190), zurück|erobern (192), ab|führen (173).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Die Hisbollah feuerte am Abend Raketen auf Israel.

Ukrainische Truppen sind in die russische Region Belgorod vorgedrungen.

Die malische Armee hat die Stadt Kidal von den Tuareg-Rebellen zurückerobert.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
cp "$T/out" "$T/a.out"
# an article of its own: the role takes its country from the article's
# focus, which an article of four countries named once each has not
echo "Die weißrussische Polizei hat den Oppositionspolitiker abgeführt." > "$T/b.txt"
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/b.txt"
cat "$T/out" >> "$T/a.out"
mv "$T/a.out" "$T/out"
expect_status "action verbs: coded" 0
check "feuern auf: Hezbollah fires at Israel (19x)" grep -qP '\tLBNREB\tISR[A-Z]*\t19[0-9]+\t' "$T/out"
check "vor|dringen: Ukrainian troops advance into Russia (19x)" grep -qP '\tUKRMIL\tRUS[A-Z]*\t19[0-9]+\t' "$T/out"
check "zurück|erobern: the army retakes from the rebels (192)" grep -qP '\tMLIMIL\tMLIREB\t192\t' "$T/out"
check "ab|führen: the police lead the opposition politician away (173)" grep -qP '\tBLRCOP\tBLROPP\t173\t' "$T/out"
test_done
