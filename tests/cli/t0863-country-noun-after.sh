#!/bin/sh
# t0863-country-noun-after: a role followed by a genitive country noun ("die
# Armee des Landes", "the army of the country") takes the country named
# last, as "the country's army" does; with two countries named once each,
# nothing else would give it one.
. tests/cli/test-lib.sh

echo "Frankreich hat mit Uganda verhandelt. Am Montag hat die Armee des Landes Demonstranten festgenommen." > "$T/de.txt"
run "$DYAD" code --lang de --date 2024-01-01 "$T/de.txt"
expect_status "country-noun: the German article codes" 0
check "country-noun: 'die Armee des Landes' is the country named last" grep -q '"source":"UGAMIL","target":"UGACVL".*"code":"173"' "$T/out"
run "$DYAD" explain --lang de --date 2024-01-01 "$T/de.txt"
check "country-noun: explain names the rule" grep -q "actor UGAMIL 'Armee': country from the article's focus (the country named last, taken up by 'the country')" "$T/out"

echo "France held talks with Uganda. On Monday the army of the country detained protesters." > "$T/en.txt"
run "$DYAD" code --lang en --date 2024-01-01 "$T/en.txt"
expect_status "country-noun: the English article codes" 0
check "country-noun: 'the army of the country' is the country named last" grep -q '"source":"UGAMIL","target":"UGACVL".*"code":"173"' "$T/out"
test_done
