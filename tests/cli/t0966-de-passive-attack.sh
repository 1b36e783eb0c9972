#!/bin/sh
# t0966: a German passive with no "von" agent whose attack names the agent
# ("bei Angriffen der X … getötet worden", "bei israelischen Luftangriffen")
# is that actor's attack on the subject (src/coder/roles.c,
# attack_agent_passive), with the attack's code; a news agency that reports
# such an attack does not accuse anyone; nor does a speaker who reports
# that attackers were repelled (the passive's subject did not act).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Bei Angriffen der ägyptischen Luftwaffe sind zwei libysche Soldaten getötet worden.

Zuvor waren bei israelischen Luftangriffen drei jordanische Grenzschützer getötet worden.

Die libanesische Nachrichtenagentur meldete am Montag, bei einem syrischen Luftangriff seien vier irakische Zivilisten getötet worden.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "passive attack: coded" 0
check "genitive agent of the attack acts on the subject" grep -qP '\tEGYMIL\tLBYMIL\t190\t' "$T/out"
check_not "no victim-as-source reading" grep -qP '\tLBYMIL\tEGY[A-Z]*\t' "$T/out"
check "adjective agent of an air strike (195)" grep -qP '\tISRMIL\tJOR[A-Z]*\t195\t' "$T/out"
check "reported attack: SYRMIL on the civilians" grep -qP '\tSYRMIL\tIRQCVL\t195\t' "$T/out"
check_not "a news agency's report is no accusation" grep -qP '\tLBNMED\t' "$T/out"

cat > "$T/b.txt" <<'TXT'
N'DJAMENA (AFP) – Bei einem Angriff mutmaßlicher Rebellen auf eine Kaserne im Norden des Landes sind acht Soldaten getötet worden.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/b.txt"
expect_status "attack at home: coded" 0
check "a genitive over an adjective names the attacker, at home too" grep -qP '\tTCDREB\tTCD[A-Z]*\t190\t' "$T/out"
check_not "the soldiers killed did not act" grep -qP '\tTCD[A-Z]*\tTCDREB\t' "$T/out"

echo 'Die Armee von Niger teilte mit, die Angreifer seien zurückgeschlagen worden.' > "$T/c.txt"
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/c.txt"
expect_status "repelled: coded" 0
check_not "repelled attackers are not accused" grep -qP '\tNERMIL\t[A-Z]*\t112\t' "$T/out"
test_done
