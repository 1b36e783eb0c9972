#!/bin/sh
# t0937: "Peru-Chile talks", "the U.S.-Mexico summit": two country names
# joined by a hyphen before an event noun modify it as a pair, as
# "Peruvian-Chilean talks" does; the noun is not read as a verb whose
# subject is the second name (mentions.c name_pairs).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Peru-Chile talks opened in Lima on Thursday.
TXT
run "$DYAD" code --lang en --date 2024-03-07 --format tsv "$T/a.txt"
expect_status "pair: coded" 0
check "the pair meets: one way" grep -qP '\tPERGOV\tCHLGOV\t04' "$T/out"
check "the pair meets: the other way" grep -qP '\tCHLGOV\tPERGOV\t04' "$T/out"

cat > "$T/b.txt" <<'TXT'
The first Norway-Sweden summit in years opened in Oslo.
TXT
run "$DYAD" code --lang en --date 2024-03-07 --format tsv "$T/b.txt"
check "a summit of the pair" grep -qP '\tNORGOV\tSWEGOV\t04' "$T/out"
test_done
