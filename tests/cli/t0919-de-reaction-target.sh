#!/bin/sh
# t0919: a reaction whose phrases name no actor ("sprach von einem
# „feigen“ Angriff") answers the last actor, over quoted modifiers (they
# made the noun an object: src/coder/roles.c target_by_reaction), and, when
# that actor reacted in its last sentence ("verurteilte den Putsch und
# forderte die Militärs auf, …"), whom it reacted to (reaction_chain).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Rebellen der ELN haben am Montag eine Kaserne der kolumbianischen Armee angegriffen. Kolumbiens Präsident sprach von einem „feigen und grausamen“ Angriff.
TXT
cat > "$T/b.txt" <<'TXT'
In Gabun hat das Militär Präsident Bongo abgesetzt. Die Afrikanische Union verurteilte den Putsch und forderte die Militärs auf, in ihre Kasernen zurückzukehren. Frankreichs Präsident sprach von einem „völlig illegitimen“ Vorgehen.
TXT
run "$DYAD" code --lang de --date 2023-09-01 --format tsv "$T/a.txt" "$T/b.txt"
expect_status "reaction target: coded" 0
check "„feigen und grausamen“ Angriff: criticism of the rebels" grep -qP '\tCOLGOV\tCOLREB\t111\t' "$T/out"
check "„völlig illegitimen“ Vorgehen: of the soldiers, not the AU" grep -qP '\tFRAGOV\tGABMIL\t111\t' "$T/out"
check_not "not against the AU" grep -qP '\tFRAGOV\tIGOAFRAFU\t' "$T/out"
test_done
