#!/bin/sh
# t0921: an agentless passive whose attack noun is joined to a country
# ("bei einem US-Drohnenangriff … getötet worden") is that country's forces'
# act (src/coder/roles.c attack_agent_before); and one actor with a name
# alone between two commas before the clause's verb (", General X,
# getötet worden") is an apposition, no clause of its own
# (src/coder/clauses.c apposition).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Bei einem französischen Luftangriff in Mali ist ein Anführer der Rebellen getötet worden.
TXT
cat > "$T/b.txt" <<'TXT'
Bei einem Nato-Luftangriff in Libyen ist der Kommandeur der libyschen Armee, General Omar Haftar, getötet worden.
TXT
cat > "$T/c.txt" <<'TXT'
Bei einem US-Drohnenangriff in Somalia ist ein Anführer der Schabab-Miliz getötet worden.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt" "$T/b.txt" "$T/c.txt"
expect_status "compound agent: coded" 0
check "französischen Luftangriff: France (as before)" grep -qP '\tFRAMIL\tMLI[A-Z]*\t1[89][0-9]*\t' "$T/out"
check "US-Drohnenangriff: the United States' forces" grep -qP '\tUSAMIL\tSOMREB\t1[89][0-9]*\t' "$T/out"
check "Nato-Luftangriff … , General X, getötet: NATO on the army" grep -qP '\tIGOWSTNAT[A-Z]*\tLBYMIL\t1[89][0-9]*\t' "$T/out"
check_not "the victim is no source" grep -qP '\tSOMREB\tSOM[A-Z]*\t1[89]' "$T/out"
test_done
