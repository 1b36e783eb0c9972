#!/bin/sh
# t0906: "deployed anti-riot police officers to prepare for protests",
# "deployed troops to Lima": a deployment (074) of the source's own police
# or army with no foreign target is a mobilization at home (153 police, 154
# army) toward the country's people (roles.c deployed_at_home); a
# deployment abroad stays 074.
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
The Peruvian authorities had deployed riot police officers to prepare for street protests.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/a.txt"
expect_status "deployed: coded" 0
check "police deployed at home: 153" grep -qP '\tPERGOV\tPERCVL\t153' "$T/out"

cat > "$T/b.txt" <<'TXT'
The Peruvian government deployed troops to Lima on Saturday.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/b.txt"
check "troops deployed at home: 154" grep -qP '\tPERGOV\tPERCVL\t154' "$T/out"

cat > "$T/c.txt" <<'TXT'
Peru deployed troops to Ecuador on Saturday.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/c.txt"
check "abroad: 074" grep -qP '\tPERGOV\tECUGOV\t074' "$T/out"
test_done
