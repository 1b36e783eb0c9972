#!/bin/sh
# t0966: a German passive with no "von" agent whose attack names the agent
# ("bei Angriffen der X … getötet worden", "bei israelischen Luftangriffen")
# is that actor's attack on the subject (src/coder/roles.c,
# attack_agent_passive), with the attack's code; a news agency that reports
# such an attack does not accuse anyone.
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
test_done
