#!/bin/sh
# t0964: German core grammar and lexicon families found on real news
# (h-cde). Sentences written for this test.
. tests/cli/test-lib.sh

# "mehr als 50": the "als" of a comparison after "mehr"/"weniger" heads no
# apposition and starts no clause, so the counted noun stays the object
cat > "$T/mehrals.txt" <<'TXT'
Die kenianische Polizei nahm am Dienstag mehr als 80 Demonstranten fest.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/mehrals.txt"
expect_status "mehr als: coded" 0
check "mehr als: the counted protesters are the arrested" grep -qP '\tKENCOP\tKENCVL\t173\t' "$T/out"

# "fordert, dass …": a that-clause is the content of a demand; its
# subject is the demand's target, and what it asks for is no fact
cat > "$T/dass.txt" <<'TXT'
Die polnische Regierung fordert, dass Russland seine Angriffe auf die Ukraine sofort einstellt.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/dass.txt"
expect_status "fordern dass: coded" 0
check "fordern dass: a demand to the that-clause's subject" grep -qP '\tPOLGOV\tRUSGOV\t10[0-9]*\t' "$T/out"
check_not "fordern dass: the demanded content is no attack" grep -qP '\tRUS[A-Z]*\tUKR[A-Z]*\t19[0-9]*\t' "$T/out"

test_done
