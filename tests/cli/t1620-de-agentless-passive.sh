#!/bin/sh
# t1620: a German passive with no doer ("sind … getötet worden", "wurden
# bei dem Überfall … getötet": the auxiliary anywhere in the clause) makes
# the victims no source (RF_AGENTLESS_PASSIVE for German, roles.c
# agentless_passive); a claim of the deed that follows ("bekannte sich zu
# dem Anschlag") names the doer (roles.c target_claimed_deed, the
# discourse's pending deed); the people an attack struck do not take the
# country of the attacker's adjective or compound ("bei einem
# US-Drohnenangriff", resolve.c attacker_modifier), and a group's compound
# ("Hamas-Angriff") is the group, not a state's army; a clash "mit X" or
# "zwischen A und B" names the other side as the doer (clash_side_agent).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
MOGADISCHU (dpa) - Bei einem Bombenanschlag auf einen Markt in Mogadischu sind nach Angaben der Polizei mindestens 30 Menschen getötet worden. Die Miliz Al-Shabaab bekannte sich am Abend zu dem Anschlag.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "agentless passive: coded" 0
check_not "the dead are no source" grep -qP '\tSOMCVL\tSOM[A-Z]*\t18' "$T/out"
check "the claimant did the deed" grep -qP '\tSOMREB\tSOMCVL\t18' "$T/out"
check "the claim is against the victims" grep -qP '\tSOMREB\tSOMCVL\t015' "$T/out"

cat > "$T/b.txt" <<'TXT'
In Mali wurden bei einem Überfall auf einen Konvoi zwölf Soldaten getötet.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/b.txt"
expect_status "aux before the participle: coded" 0
check_not "the soldiers killed no one" grep -qP '\tMLIMIL\tMLI[A-Z]*\t18' "$T/out"

cat > "$T/c.txt" <<'TXT'
Die Ukraine meldete am Montag neue Luftangriffe. Bei einem russischen Drohnenangriff auf ein Dorf bei Charkiw wurden drei Zivilisten getötet.

Bei einem Hamas-Angriff auf einen Kibbuz im Süden Israels wurden zwei Soldaten getötet.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/c.txt"
expect_status "attacker compounds: coded" 0
check_not "the civilians are not Russian" grep -qP '\tRUS[A-Z]*\tRUSCVL\t' "$T/out"
check "the group's attack is the group's" grep -qP '\tPSEREB\t[A-Z]+\t1[89]' "$T/out"
check_not "no Palestinian army" grep -qP '\tPSEMIL\t' "$T/out"

cat > "$T/d.txt" <<'TXT'
Bei Gefechten mit der Hisbollah sind am Morgen drei israelische Soldaten getötet worden.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/d.txt"
expect_status "clash partner: coded" 0
check "the other side of the clash did it" grep -qP '\tLBNREB\tISRMIL\t18' "$T/out"
check_not "the soldiers killed no one" grep -qP '\tISRMIL\t[A-Z]+\t18' "$T/out"
test_done
