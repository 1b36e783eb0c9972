#!/bin/sh
# t0878-unknown-official: a title with a name we do not know takes the
# article's focus country only when that country is named more than twice
# as often as any other ("Finance Minister Ravi Kumaran" in an article on
# India is Indian); in an article on the United States and Libya alike, the
# official gets no country, and his criticism is not coded, nor do roles
# ("gunmen") get one (a wrong country is worse than none).
. tests/cli/test-lib.sh

echo "India criticised the attack. India sent troops to the border. India blamed Pakistan. Finance Minister Ravi Kumaran criticised Pakistan." > "$T/a.txt"
run "$DYAD" code --lang en --date 2024-01-01 "$T/a.txt"
expect_status "unknown-official: the first article codes" 0
check "unknown-official: a clear focus gives the official its country" grep -q '"source":"INDGOV","target":"PAKGOV","source_name":"Finance Minister Ravi Kumaran"' "$T/out"

echo "The United States condemned the attack on Monday. Washington sent aid to Libya. Libya thanked Washington. Deputy Interior Minister Wanis Sharif criticised Libya." > "$T/b.txt"
run "$DYAD" code --lang en --date 2024-01-01 "$T/b.txt"
expect_status "unknown-official: the second article codes" 0
check_not "unknown-official: no American official from a weak focus" grep -q '"source_name":"[A-Za-z ]*Wanis Sharif"' "$T/out"
run "$DYAD" explain --lang en --date 2024-01-01 "$T/b.txt"
check "unknown-official: explain shows the clause without a source" grep -q "no source" "$T/out"
echo "The United States condemned the attack on Monday. Washington sent aid to Libya. Libya thanked Washington. Gunmen attacked the consulate in the night." > "$T/c.txt"
run "$DYAD" code --lang en --date 2024-01-01 "$T/c.txt"
expect_status "unknown-official: the third article codes" 0
check_not "unknown-official: nor American gunmen" grep -q '"source":"USAREB"' "$T/out"
test_done
