#!/bin/sh
# t0959: German descriptor nouns before a country's name (dict/de/
# countries.txt): "zum Golfemirat Katar", "die Kaukasusrepublik Armenien",
# "das Nachbarland Ukraine"; and "die Islamische Republik" for Iran.  The
# descriptor must not stand between a preposition and its actor.
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Ägypten hat die diplomatischen Beziehungen zum Golfemirat Katar abgebrochen.

Aserbaidschan griff die Kaukasusrepublik Armenien an.

Russland hat das Nachbarland Ukraine angegriffen.

Die USA verhängten neue Sanktionen gegen die Islamische Republik.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "descriptors: coded" 0
check "zum Golfemirat Katar: the target of the break (161)" grep -qP '\tEGYGOV\tQATGOV\t161\t' "$T/out"
check "die Kaukasusrepublik Armenien: the target (19x)" grep -qP '\tAZEGOV\tARMGOV\t19[0-9]*\t' "$T/out"
check "das Nachbarland Ukraine: the target (19x)" grep -qP '\tRUSGOV\tUKRGOV\t19[0-9]*\t' "$T/out"
check "die Islamische Republik: Iran (163)" grep -qP '\tUSAGOV\tIRNGOV\t163\t' "$T/out"
test_done
