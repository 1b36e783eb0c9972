#!/bin/sh
# t1716: the negotiation family (046) gains feilschen, schachern and
# sondieren ("mit X feilschen"); with a readiness denied it is a refusal
# to negotiate (125, t1715).  Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Chile feilschte mit Peru um die Zölle.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "feilschen: coded" 0
check "haggling is negotiating" grep -qP '\tCHLGOV\tPERGOV\t046\t' "$T/out"

cat > "$T/b.txt" <<'TXT'
Chile ist nicht bereit, mit Peru zu schachern.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/b.txt"
expect_status "nicht bereit zu schachern: coded" 0
check "a refusal to haggle" grep -qP '\tCHLGOV\tPERGOV\t125\t' "$T/out"
test_done
