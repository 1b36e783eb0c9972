#!/bin/sh
# t1718: "Zudem wurden 300 Richter ihres Amtes enthoben": an agentless
# passive of a coercion only a state does (172x) was done by the state
# where it happened: the dateline's country, else the patient's
# (roles.c state_coercion_agent, RF_STATE_COERCION).
# A passive attack without agent stays without source.  Sentences
# written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
LIMA (dpa) – Zudem wurden 300 peruanische Richter ihres Amtes enthoben.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "enthoben, agentless: coded" 0
check "the state removed them" grep -qP '\tPERGOV\tPERJUD\t172\t' "$T/out"

cat > "$T/c.txt" <<'TXT'
LIMA (dpa) – Zwei chilenische Soldaten wurden am Montag getötet.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/c.txt"
expect_status "a killing, agentless: coded" 0
check_not "a killing names no state" grep -qP '\tPER[A-Z]*\tCHL[A-Z]*\t' "$T/out"
test_done
