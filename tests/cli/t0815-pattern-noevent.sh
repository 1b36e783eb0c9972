#!/bin/sh
# t0815-pattern-noevent: a verb pattern coded "-" reads its words as no
# event ("called the strike retaliation" names, it does not disapprove):
# the clause is not coded, and no event with an empty code is written.
# The pattern is added to a copy of the dictionaries.
. tests/cli/test-lib.sh

cp -r dict "$T/dict"
printf 'call           -    :  * retaliation\n' >> "$T/dict/en/patterns.txt"
echo "Iran called the Israeli strike retaliation for the drone attack." > "$T/a.txt"

run "$DYAD" code --dict "$T/dict" --lang en --date 2021-04-12 "$T/a.txt"
expect_status "noevent: the article codes" 0
check_not "noevent: no event with an empty code" grep -q '"code":""' "$T/out"
check_not "noevent: the naming is no event" grep -q '"source":"IRNGOV"' "$T/out"
run "$DYAD" explain --dict "$T/dict" --lang en --date 2021-04-12 "$T/a.txt"
expect_status "noevent: explain runs" 0
check "noevent: explain says the words read as no event" grep -q 'read as no event' "$T/out"
# without the pattern the same sentence is a naming of 110
run "$DYAD" code --lang en --date 2021-04-12 "$T/a.txt"
check "noevent: without the pattern the sentence is coded" grep -q '"code":"110"' "$T/out"
test_done
