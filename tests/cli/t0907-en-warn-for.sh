#!/bin/sh
# t0907: "warned of consequences for Saudi Arabia", "threatened
# consequences for Chile": the actor of a for-phrase is the target of a
# warning or threat (dict/en/verbs.txt warn, threaten: tgt=obj,...,for).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
The Peruvian president has warned of "consequences" for Chile after the vote.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/a.txt"
expect_status "warned for: coded" 0
check "the warning is for Chile" grep -qP '\tPERGOV\tCHLGOV\t13' "$T/out"
test_done
