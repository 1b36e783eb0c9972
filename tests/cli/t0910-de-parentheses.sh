#!/bin/sh
# t0910: an age in parentheses after a name ("Putin (70)") cuts no clause
# (src/coder/clauses.c short_parens), and an actor in parentheses right
# after another ("Macron (SPD)", "(OVKS)") is that actor's party or short
# name, not a target of the clause (src/coder/groups.c).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Der Internationale Strafgerichtshof hat gegen den Präsidenten Wladimir Putin (71) einen Haftbefehl erlassen.

Emmanuel Macron (SPD) hat Russland am Montag scharf kritisiert.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "parentheses: coded" 0
check "age in parentheses: the warrant keeps its subject (173)" grep -qP '\tIGOJUDICC\tRUSGOV\t173\t' "$T/out"
check "party in parentheses: not the target" grep -qP '\tFRAGOV\tRUSGOV\t111\t' "$T/out"
check_not "party in parentheses: no event against it" grep -qP '\tFRAGOV\tDEU[A-Z]*\t111\t' "$T/out"
test_done
