#!/bin/sh
# t0923: "police used tear gas to clear protesters from the square":
# coercion (17x) by the police or the army with no target of its own, and
# no protest reported, is against the people of the same country named
# after it in the sentence (roles.c target_protesters); not so for a
# government's act ("the detention of an American pastor").
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Chilean police used tear gas and water cannons on Sunday to clear students from the main square of Santiago.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/a.txt"
expect_status "tear gas: coded" 0
check "the police against the people named after" grep -qP '\tCHLCOP\tCHL[A-Z]*\t175' "$T/out"

cat > "$T/b.txt" <<'TXT'
Chile said it had doubled tariffs on Bolivian copper, deepening a row over the detention of Chilean sailors.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/b.txt"
check_not "no government detention of its own people" grep -qP '\tCHLGOV\tCHLCVL\t17' "$T/out"
test_done
