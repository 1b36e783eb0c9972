#!/bin/sh
# t0877-noun-heading: "Minsk protests: Police break up the crowd": a short
# heading before a colon whose only verb is also an event noun labels a
# topic (no clause, no protest of the government), and a verbless clause
# after the colon does not join it.
. tests/cli/test-lib.sh

echo "Minsk protests: Police break up the crowd in the square" > "$T/a.txt"
run "$DYAD" code --lang en --date 2024-01-01 "$T/a.txt"
expect_status "heading: the article codes" 0
check_not "heading: the government protests no one" grep -q '"source":"BLRGOV"' "$T/out"
run "$DYAD" explain --lang en --date 2024-01-01 "$T/a.txt"
check "heading: the clause after the colon stands alone" grep -q "clause 0 \[main\]: Police break up the crowd in the square" "$T/out"
check_not "heading: the heading is no clause" grep -q "clause .*: Minsk protests" "$T/out"
test_done
