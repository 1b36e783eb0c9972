#!/bin/sh
# t0861-role-before-dateline: a role takes its country from its phrase first
# ("Menschen im Norden des Gazastreifens": a part of a place, the country in
# the genitive), then from its clause ("Syrian police arrested protesters"),
# and only then from the dateline, which names where the reporter wrote
# (CAIRO).
. tests/cli/test-lib.sh

echo "CAIRO (Reuters) - Syrian police arrested protesters on Monday." > "$T/en.txt"
run "$DYAD" code --lang en --date 2024-01-01 "$T/en.txt"
expect_status "before-dateline: the English article codes" 0
check "before-dateline: the protesters are of the clause's country" grep -q '"source":"SYRCOP","target":"SYRCVL"' "$T/out"
check_not "before-dateline: not of the dateline's" grep -q '"target":"EGYCVL"' "$T/out"
run "$DYAD" explain --lang en --date 2024-01-01 "$T/en.txt"
check "before-dateline: explain says the clause gave it" grep -q "actor SYRCVL 'protesters': country from the clause" "$T/out"

echo "NAIROBI (Reuters) – Die israelische Armee hat Tausende Menschen im Norden des Gazastreifens aufgefordert, ihre Häuser zu verlassen." > "$T/de.txt"
run "$DYAD" code --lang de --date 2024-01-01 "$T/de.txt"
expect_status "before-dateline: the German article codes" 0
check "before-dateline: people in the north of a place are of its country" grep -q '"source":"ISRMIL","target":"PSECVL"' "$T/out"
run "$DYAD" explain --lang de --date 2024-01-01 "$T/de.txt"
check "before-dateline: explain says the phrase gave it" grep -q "actor PSECVL 'Menschen': country from the phrase (a place after it" "$T/out"

echo "NAIROBI (Reuters) - The army ordered residents in the north of the Gaza Strip to leave." > "$T/en2.txt"
run "$DYAD" explain --lang en --date 2024-01-01 "$T/en2.txt"
check "before-dateline: English 'in the north of the Gaza Strip'" grep -q "actor PSECVL 'residents': country from the phrase" "$T/out"
test_done
