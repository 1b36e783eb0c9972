#!/bin/sh
# t1604: "Peru vowed to retaliate", "threatened to hit back", "vowed a harsh
# response": a threat of force (138) with no one named answers the last
# actor of another side (the vow/threaten/promise/pledge patterns in
# dict/en/patterns.txt carry a target slot, so roles.c target_by_reaction
# takes them up); one that names its target keeps it.
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Bolivian troops shelled a Peruvian town on Sunday. Peru vowed to retaliate.
TXT
run "$DYAD" code --lang en --date 2024-05-07 --format tsv "$T/a.txt"
expect_status "vowed to retaliate: coded" 0
check "vowed to retaliate: against the attacker" grep -qP '\tPERGOV\tBOLMIL\t138' "$T/out"

cat > "$T/b.txt" <<'TXT'
Bolivian troops shelled a Peruvian town on Sunday. Peru threatened to hit back.
TXT
run "$DYAD" code --lang en --date 2024-05-07 --format tsv "$T/b.txt"
check "threatened to hit back: against the attacker" grep -qP '\tPERGOV\tBOLMIL\t138' "$T/out"

cat > "$T/c.txt" <<'TXT'
Bolivian troops shelled a Peruvian town on Sunday. Peru vowed a harsh response.
TXT
run "$DYAD" code --lang en --date 2024-05-07 --format tsv "$T/c.txt"
check "vowed a harsh response: against the attacker" grep -qP '\tPERGOV\tBOLMIL\t138' "$T/out"

cat > "$T/d.txt" <<'TXT'
Bolivian troops shelled a Peruvian town on Sunday. Peru promised to retaliate against Bolivia.
TXT
run "$DYAD" code --lang en --date 2024-05-07 --format tsv "$T/d.txt"
check "promised to retaliate against Bolivia: named" grep -qP '\tPERGOV\tBOLGOV\t138' "$T/out"
test_done
