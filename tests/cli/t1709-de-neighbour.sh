#!/bin/sh
# t1709: "Peru brach die Beziehungen zu Chile ab. Peru schloss die
# Grenzen zu dem Nachbarland": after an article, "Nachbarland" takes up
# the country of the story's last pair (else the last country) that the
# sentence has not named before it (mentions.c neighbour_country, lang.h
# neighbour_nouns).  "das Nachbarland Bolivien" keeps its name.
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Peru brach die Beziehungen zu Chile ab. Peru schloss zudem die Grenzen zu dem Nachbarland.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "dem Nachbarland: coded" 0
check "the neighbour is the other side" grep -qP '\tPERGOV\tCHLGOV\t191\t' "$T/out"

cat > "$T/b.txt" <<'TXT'
Peru brach die Beziehungen zu Chile ab. Peru schloss zudem die Grenzen zu dem Nachbarland Bolivien.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/b.txt"
expect_status "dem Nachbarland Bolivien: coded" 0
check "a named neighbour keeps its name" grep -qP '\tPERGOV\tBOLGOV\t191\t' "$T/out"
check_not "no anaphor beside the name" grep -qP '\tPERGOV\tCHLGOV\t191\t' "$T/out"
test_done
