#!/bin/sh
# t0911: "neither accepts nor recognizes the ruling", "does not recognize
# Kosovo", "does not recognize the deal": acceptance (019) or recognition (054) denied is a rejection
# (120), coded, not left uncoded as negated; a meeting or negotiation
# refused for the future ("will not negotiate with") is 125, one-sided
# (roles.c predicate_gates, emit_clause_events).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Bolivia does not recognize Kosovo, its foreign minister said.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/a.txt"
expect_status "not recognize: coded" 0
check "recognition denied: a rejection" grep -qP '\tBOLGOV\tKSVGOV\t120' "$T/out"

cat > "$T/b.txt" <<'TXT'
Chile signed a border deal with Argentina on Monday. Bolivia does not recognize the deal, its foreign minister said.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/b.txt"
check "a deal not recognized: rejected" grep -qP '\tBOLGOV\tCHLGOV\t120' "$T/out"
cat > "$T/c.txt" <<'TXT'
Bolivia will not negotiate with Chile, its foreign minister said.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/c.txt"
check "a negotiation refused for the future: 125" grep -qP '\tBOLGOV\tCHLGOV\t125' "$T/out"
check_not "a refusal is one-sided" grep -qP '\tCHLGOV\tBOLGOV\t' "$T/out"
test_done
