#!/bin/sh
# t0120: a heading in mixed case on a line of its own, above the text with
# a single line break (no blank line), is a sentence of its own
# (text.c, mixed_heading_ends): its last word does not run into the first
# sentence's subject.  Text wrapped at a fixed width (each line about as
# long as the next) stays one sentence.
# Texts written for this test.
. tests/cli/test-lib.sh

printf '%s\n%s\n' 'Regierung weist Botschafter aus' \
    'Die Regierung von Mali hat am Montag den Botschafter Frankreichs ausgewiesen, teilte ein Sprecher mit.' > "$T/h.txt"
run "$DYAD" split "$T/h.txt"
expect_status "heading split: exit 0" 0
check "the heading is a sentence of its own" sh -c "test \$(wc -l < '$T/out') -eq 2 && head -1 '$T/out' | grep -qx 'Regierung weist Botschafter aus'"

printf '%s\n%s\n' 'Government expels the ambassador' \
    'The government of Mali expelled the ambassador of France on Monday, a spokesman said in the capital.' > "$T/e.txt"
run "$DYAD" split "$T/e.txt"
check "English heading: a sentence of its own" sh -c "test \$(wc -l < '$T/out') -eq 2"

# wrapped at about 40 columns: no line is a heading
printf '%s\n%s\n%s\n' 'Die Regierung von Mali hat am Montag den' \
    'Botschafter Frankreichs ausgewiesen, wie' 'ein Sprecher in Bamako mitteilte.' > "$T/w.txt"
run "$DYAD" split "$T/w.txt"
check "wrapped text stays one sentence" sh -c "test \$(wc -l < '$T/out') -eq 1"

# a heading in guillemets ends at its closing one
printf '%s\n%s\n' '«Schutz für die Zivilisten»' \
    'Die Regierung von Mali hat am Montag den Botschafter Frankreichs ausgewiesen, teilte ein Sprecher mit.' > "$T/g.txt"
run "$DYAD" split "$T/g.txt"
check "a heading in «…» is a sentence of its own" sh -c "test \$(wc -l < '$T/out') -eq 2"

# and the first sentence's event is still coded
printf '%s\n%s\n' 'Streit um Botschafter' \
    'Mali hat den Botschafter Frankreichs ausgewiesen.' > "$T/c.txt"
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/c.txt"
check "the first sentence's event is coded" grep -qP '\tMLIGOV\tFRAGOV\t174\t' "$T/out"
test_done
