#!/bin/sh
# t0904: "Prime Minister X resigned on Monday": a leader's resignation
# (0831) with no one named yields to the country's people (CVL); an
# announced one (0341, "said he would resign") only where the article names
# protests or demands (roles.c emit_clause_events, demanded_at_home).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
The Peruvian prime minister resigned on Monday.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/a.txt"
expect_status "resigned: coded" 0
check "a resignation yields to the people" grep -qP '\tPERGOV\tPERCVL\t0831' "$T/out"

cat > "$T/b.txt" <<'TXT'
Thousands of Peruvians protested in Lima for weeks. The Peruvian prime minister said he would resign.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/b.txt"
check "a resignation announced after protests" grep -qP '\tPERGOV\tPERCVL\t0341' "$T/out"

cat > "$T/c.txt" <<'TXT'
After the referendum, the Peruvian prime minister said he would resign.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/c.txt"
check_not "an announced resignation with no protest" grep -qP '\tPERGOV\tPERCVL\t0341' "$T/out"
cat > "$T/d.txt" <<'TXT'
The Peruvian army chief demanded that the prime minister step down.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/d.txt"
check_not "a demanded resignation is no resignation" grep -qP '\t0831\t' "$T/out"
test_done
