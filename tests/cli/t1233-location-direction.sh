#!/bin/sh
# t1233-location-direction.sh: directions in dict/geo/locative.LANG.txt
# (LEVEL "dir": "nach X", "in die X", "to X", "into X") place only a
# movement (a visit, a show of force, force), not words: the place a demand
# or a criticism points to is not where it was made.  Invented sentences.
. tests/cli/test-lib.sh
D="--date 2024-03-05"

printf 'Die Opposition in Belarus forderte am Montag von der Regierung engere Verbindungen nach Polen.\n' > "$T/a.txt"
run "$DYAD" code --lang de $D "$T/a.txt"
expect_status "dir de: code exits 0" 0
check "dir de: the demand is placed in Belarus, its own clause's place" \
    grep -q '"source":"BLROPP".*"location":{"country":"BLR".*"location_rule":"locative"' "$T/out"
check_not "dir de: not in Poland, where the ties go" grep -q '"location":{"country":"POL"' "$T/out"

printf 'Der französische Außenminister reiste am Montag nach Moskau.\n' > "$T/b.txt"
run "$DYAD" code --lang de $D "$T/b.txt"
expect_status "dir visit: code exits 0" 0
check "dir visit: the trip is placed in Moscow" \
    grep -q '"code":"042".*"place":"Moscow".*"location_rule":"locative"' "$T/out"

# a one-line headline with a direction places no words
printf 'Polish officials criticised Belarus on Monday over the diversion of a flight to Vilnius.\n\nA rally was later held in Krakow.\n' > "$T/c.txt"
run "$DYAD" code --lang en $D "$T/c.txt"
expect_status "dir en: code exits 0" 0
check "dir en: the criticism is coded" grep -q '"code":"111"' "$T/out"
check_not "dir en: the criticism is not placed in Vilnius" \
    grep -q '"code":"111".*"location":{"country":"LTU"' "$T/out"
check "dir en: but where the article places its Polish source" \
    grep -q '"code":"111".*"location":{"country":"POL".*"location_rule":"source"' "$T/out"

# the sentence before ends with a direction: not carried over to words
printf 'Ein Bericht.\n\nDas Flugzeug durfte am Abend nach Vilnius weiterfliegen.\n\nDer polnische Außenminister kritisierte am Montag Belarus scharf.\n' > "$T/d.txt"
run "$DYAD" code --lang de $D "$T/d.txt"
expect_status "dir previous: code exits 0" 0
check "dir previous: the criticism is coded" grep -q '"code":"111"' "$T/out"
check_not "dir previous: not placed in Vilnius" grep -q '"code":"111".*"place":"Vilnius"' "$T/out"
test_done
