#!/bin/sh
# t0868-negated-conjunct: "met Scholz in Berlin, but not Biden", "traf
# Macron, aber nicht Biden": a negation before the last conjunct negates
# that actor only, not the clause; the actor it negates is no target.  A
# negation before the verb's object still negates the clause.
. tests/cli/test-lib.sh

echo "Macron met Scholz in Berlin on Monday, but not Biden." > "$T/en.txt"
run "$DYAD" code --lang en --date 2024-01-01 "$T/en.txt"
expect_status "negated-conjunct: the English article codes" 0
check "negated-conjunct: the meeting with Scholz is coded" grep -q '"source":"FRAGOV","target":"DEUGOV".*"code":"040"' "$T/out"
check_not "negated-conjunct: none with Biden" grep -q '"target":"USAGOV"' "$T/out"

echo "Scholz traf am Montag Macron, aber nicht Biden." > "$T/de.txt"
run "$DYAD" code --lang de --date 2024-01-01 "$T/de.txt"
expect_status "negated-conjunct: the German article codes" 0
check "negated-conjunct: das Treffen mit Macron" grep -q '"source":"DEUGOV","target":"FRAGOV".*"code":"040"' "$T/out"

echo "Scholz traf am Montag nicht Macron." > "$T/de2.txt"
run "$DYAD" explain --lang de --date 2024-01-01 "$T/de2.txt"
expect_status "negated-conjunct: the negated article explains" 0
check "negated-conjunct: a plain negation still negates" grep -q "mood=negated" "$T/out"
test_done
