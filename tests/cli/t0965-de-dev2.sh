#!/bin/sh
# t0965: German families found on the written set dev2-de (h-d2).
# Sentences written for this test.
. tests/cli/test-lib.sh

# the Kremlin's head and voice: "Kremlchef", "Kremlsprecher" are titles
# that name the office and Russia
cat > "$T/kreml.txt" <<'TXT'
Der österreichische Kanzler hat am Montag mit Kremlchef Wladimir Putin telefoniert.
TXT
run "$DYAD" code --lang de --date 2023-05-02 --format tsv "$T/kreml.txt"
expect_status "Kremlchef: coded" 0
check "Kremlchef: the call reached Russia's government" grep -qP '\tAUTGOV\tRUSGOV\t04[0-9]*\t' "$T/out"

# "…, und verlangte …": a conjunction after a comma before a finite verb
# starts a clause with the subject of the main clause before (also after a
# relative clause)
cat > "$T/undcomma.txt" <<'TXT'
Der Präsident Ghanas sicherte Togo Unterstützung zu, die bald eintreffen solle, und kritisierte Burkina Faso scharf.
TXT
run "$DYAD" code --lang de --date 2023-05-02 --format tsv "$T/undcomma.txt"
expect_status "und after comma: coded" 0
check "und after comma: Ghana criticised Burkina Faso" grep -qP '\tGHAGOV\tBFA[A-Z]*\t11[0-9]*\t' "$T/out"

test_done
