#!/bin/sh
# t0958: German tariff compounds (dict/de/compounds.txt): "Zusatzzölle",
# "Einfuhrzöllen", "Vergeltungszölle" are "Zölle" (163; announced: 1312).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Kanada verhängte Zusatzzölle gegen die USA.

Indien belegte chinesische Waren mit Einfuhrzöllen.

Mexiko kündigte Vergeltungszölle gegen die USA an.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "tariffs: coded" 0
check "Zusatzzölle verhängen: sanctions (163)" grep -qP '\tCANGOV\tUSAGOV\t163\t' "$T/out"
check "Vergeltungszölle ankündigen: a threat (13x)" grep -qP '\tMEXGOV\tUSAGOV\t13[0-9]*\t' "$T/out"
test_done
