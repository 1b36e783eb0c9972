#!/bin/sh
# t1236-location-dateline-head.sh: datelines after a head of short lines
# (summary bullets, a byline: the first eight lines are read, not only the
# first three paragraphs), a dateline on a line of its own with a date
# ("Toronto, September 19"), and a capitalised place before a date
# ("BRUSSELS Dec 5 …").  Invented sentences.
. tests/cli/test-lib.sh
D="--date 2024-03-05"

printf '* Council meets on the crisis\n* Envoys fear more fighting\n* Talks to resume next week\nBy Jane Writer\nUNITED NATIONS, Nov 21 The UN Security Council\ncondemned Rwanda on Wednesday.\n' > "$T/a.txt"
run "$DYAD" code --lang en $D "$T/a.txt"
expect_status "head lines: code exits 0" 0
check "head lines: the condemnation is coded" grep -q '"source":"IGOUNO[A-Z]*".*"code":"1[0-9]*"' "$T/out"
check "head lines: placed at the UN dateline below the bullets" \
    grep -q '"country":"USA","admin1":"US-NY".*"location_rule":"dateline"' "$T/out"

printf 'A headline about a dispute\n\nToronto, September 19\n\nThe Canadian government criticised India on Monday.\n' > "$T/b.txt"
run "$DYAD" code --lang en $D "$T/b.txt"
expect_status "date line: code exits 0" 0
check "date line: the criticism is placed at Toronto, the dateline" \
    grep -q '"code":"111".*"place":"Toronto".*"location_rule":"dateline"' "$T/out"

printf 'BRUSSELS Dec 5 The Belgian government criticised Russia on Monday.\n' > "$T/c.txt"
run "$DYAD" code --lang en $D "$T/c.txt"
expect_status "caps date: code exits 0" 0
check "caps date: placed at Brussels, the dateline" \
    grep -q '"code":"111".*"place":"Brussels".*"location_rule":"dateline"' "$T/out"

# a place at the start of a line deep in the story is no dateline
printf 'A headline\n\nThe Canadian government criticised India on Monday, one of\nmany steps.\nFirst line\nSecond line\nThird line\nFourth line\nFifth line\nSixth line\nToronto, 19 officials said, was calm.\n' > "$T/d.txt"
run "$DYAD" code --lang en $D "$T/d.txt"
expect_status "deep line: code exits 0" 0
check "deep line: the criticism is coded" grep -q '"code":"111"' "$T/out"
check_not "deep line: no dateline" grep -q '"location_rule":"dateline"' "$T/out"
test_done
