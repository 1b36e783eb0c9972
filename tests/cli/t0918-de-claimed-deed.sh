#!/bin/sh
# t0918: a claim of a deed (015) that names no one is aimed at whom its
# own phrase names ("räumte den Abschuss des russischen Hubschraubers ein"),
# else whom the story's last violence struck (src/coder/roles.c
# target_claimed_deed).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Rebellen der ELN haben am Montag eine Kaserne der kolumbianischen Armee angegriffen. Die ELN bekannte sich am Dienstag zu der Tat.

Die Huthis haben ein britisches Schiff angegriffen. Die Huthis bekannten sich am Abend zu dem Angriff.
TXT
cat > "$T/b.txt" <<'TXT'
Aserbaidschan hat den Abschuss des russischen Hubschraubers eingeräumt.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt" "$T/b.txt"
expect_status "claim: coded" 0
check "the attack: rebels on the army" grep -qP '\tCOLREB\tCOLMIL\t19[0-9]\t' "$T/out"
check "bekannte sich zu der Tat: 015 toward the army" grep -qP '\tCOLREB\tCOLMIL\t015\t' "$T/out"
check "bekannten sich zu dem Angriff: 015 toward Britain" grep -qP '\tYEMREB\tGBR[A-Z]*\t015\t' "$T/out"
check "räumte den Abschuss des russischen Hubschraubers ein: 015 toward Russia" grep -qP '\tAZEGOV\tRUS[A-Z]*\t015\t' "$T/out"
test_done
