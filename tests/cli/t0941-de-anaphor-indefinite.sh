#!/bin/sh
# t0941: a noun with an indefinite article is a new event and takes up no
# earlier one, also a word that otherwise refers to the last event ("begrüßte
# einen Vorschlag", "wird eine vernünftige Entscheidung treffen"); with
# "solche"/"derartige" it does ("verurteilte eine solche Maßnahme":
# such_words, src/lang/de/de_rules.c; roles.c, anaphoric_object).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Ecuador kritisierte Peru scharf. Kolumbien begrüßte einen Vorschlag zur Zusammenarbeit in der Region.

Panama schloss am Montag die Grenze zu Costa Rica. Nicaragua verurteilte eine solche Maßnahme.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "indefinite anaphors: coded" 0
check "the criticism is coded" grep -qP '\tECUGOV\tPERGOV\t111\t' "$T/out"
check_not "a new proposal is not the last actor's" grep -qP '\tCOLGOV\tECUGOV\t' "$T/out"
check "the border closure is coded" grep -qP '\tPANGOV\tCRIGOV\t191\t' "$T/out"
check "such a measure takes up the last event" grep -qP '\tNICGOV\tPANGOV\t111\t' "$T/out"
test_done
