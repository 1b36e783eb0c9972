#!/bin/sh
# t0939: "in an interview published after his three-day state visit to
# China": a singular possessive before an event noun names the last person
# before it in the sentence (else the one subject of the sentence before);
# not in a phrase of reason ("over her visit", background) (nouns.c
# noun_actors; en_rules.c singular_poss).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Spanish Prime Minister Pedro Sanchez said Europe needed more patience, in a speech given after his two-day visit to Vietnam.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/a.txt"
expect_status "his visit: coded" 0
check "his visit is the person's" grep -qP '\tESPGOV\tVNMGOV\t042' "$T/out"

cat > "$T/b.txt" <<'TXT'
Vietnam said it would expel the Spanish ambassador over his visit to Cambodia.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/b.txt"
check_not "a visit in a phrase of reason is background" grep -qP '\tESP[A-Z]*\tKHM[A-Z]*\t04' "$T/out"
test_done
