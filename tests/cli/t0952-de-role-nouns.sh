#!/bin/sh
# t0952: German role nouns of news copy (dict/de/roles.txt, issue 11):
# rioters and protest participants, spokespersons of the forces, police
# spokespersons, opposition supporters and rebel leaders are actors that take
# their country from the phrase.  Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Die Polizei in Nairobi nahm Dutzende Randalierer fest.

Der Armeesprecher Israels kündigte weitere Angriffe auf die Hamas an.

Kolumbianische Soldaten haben einen kolumbianischen Rebellenführer festgenommen.

Die Polizei in Minsk nahm Hunderte Oppositionsanhänger fest.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "role nouns: coded" 0
check "Randalierer: the rioters are the arrested (KEN)" grep -qP '\tKENCOP\tKEN[A-Z]*\t173\t' "$T/out"
check "Armeesprecher: the army's spokesman is MIL" grep -qP '\tISRMIL\tPSEREB\t13[0-9]+\t' "$T/out"
check "Rebellenführer: a rebel leader is REB" grep -qP '\tCOLMIL\tCOLREB\t173\t' "$T/out"
check "Oppositionsanhänger: supporters of the opposition are OPP" grep -qP '\tBLRCOP\tBLROPP\t173\t' "$T/out"
test_done
