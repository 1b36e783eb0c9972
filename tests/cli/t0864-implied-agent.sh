#!/bin/sh
# t0864-implied-agent: an agentless passive of an arrest ("300 Demonstranten
# sind festgenommen worden", "protesters were detained") is the police's act
# on those of their own country; "nach Angaben von Aktivisten" names the
# source of the report, not the passive's agent; a named agent ("von
# Soldaten") stays the agent, and the state's own forces imply no one.
. tests/cli/test-lib.sh

echo "In Russland sind nach Angaben von Aktivisten 300 Demonstranten festgenommen worden." > "$T/de.txt"
run "$DYAD" code --lang de --date 2024-01-01 "$T/de.txt"
expect_status "implied: the German article codes" 0
check "implied: the police arrested the protesters" grep -q '"source":"RUSCOP","target":"RUSCVL".*"code":"173"' "$T/out"
check_not "implied: the activists who report it are no agent" grep -q '"source":"RUSOPP"' "$T/out"
run "$DYAD" explain --lang de --date 2024-01-01 "$T/de.txt"
check "implied: explain says why" grep -q "passive without an agent, an act of the state's forces: RUSCOP acted on the subject RUSCVL" "$T/out"

echo "Dozens of protesters in Belarus were detained on Sunday." > "$T/en.txt"
run "$DYAD" code --lang en --date 2024-01-01 "$T/en.txt"
expect_status "implied: the English article codes" 0
check "implied: English agentless passive" grep -q '"source":"BLRCOP","target":"BLRCVL".*"code":"173"' "$T/out"

echo "Die Demonstranten in Belarus wurden von Soldaten festgenommen." > "$T/de2.txt"
run "$DYAD" code --lang de --date 2024-01-01 "$T/de2.txt"
check "implied: a named agent stays the agent" grep -q '"source":"BLRMIL","target":"BLRCVL".*"code":"173"' "$T/out"

echo "In Russland wurden nach Angaben der Regierung drei Soldaten festgenommen." > "$T/de3.txt"
run "$DYAD" code --lang de --date 2024-01-01 "$T/de3.txt"
expect_status "implied: soldiers arrested" 0
check_not "implied: soldiers arrested imply no police agent" grep -q '"source":"RUSCOP","target":"RUSMIL"' "$T/out"
test_done
