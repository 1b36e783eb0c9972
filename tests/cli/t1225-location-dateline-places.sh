#!/bin/sh
# t1225-location-dateline-places.sh: a dateline of several places ("X/Y",
# "X, Y"): an event whose source is of one of their countries is placed
# there, force at the place in its target's country; any other event at
# the last place as before.
# Invented sentences.
. tests/cli/test-lib.sh
D="--date 2024-03-05"

printf 'Paris, Berlin (epd). Die französische Regierung kritisierte Russland am Montag scharf.\n' > "$T/a.txt"
run "$DYAD" code --lang de $D "$T/a.txt"
expect_status "source first: code exits 0" 0
check "source first: the criticism is coded" grep -q '"code":"111"' "$T/out"
check "source first: placed at Paris, the place in the source's country" \
    grep -q '"code":"111".*"place":"Paris".*"location_rule":"dateline"' "$T/out"

printf 'PARIS/BERLIN (dpa) - Die russische Regierung kritisierte Polen am Montag scharf.\n' > "$T/b.txt"
run "$DYAD" code --lang de $D "$T/b.txt"
expect_status "source elsewhere: code exits 0" 0
check "source elsewhere: placed at Berlin, the last place" \
    grep -q '"code":"111".*"place":"Berlin".*"location_rule":"dateline"' "$T/out"

printf 'OTTAWA/LONDON, Dec 3 (Reuters) - The Canadian government criticised India on Monday.\n' > "$T/c.txt"
run "$DYAD" code --lang en $D "$T/c.txt"
expect_status "english: code exits 0" 0
check "english: placed at Ottawa, the place in the source's country" \
    grep -q '"code":"111".*"place":"Ottawa".*"location_rule":"dateline"' "$T/out"

printf 'OTTAWA/LONDON, Dec 3 (Reuters) - The Indian government criticised Canada on Monday.\n' > "$T/d.txt"
run "$DYAD" code --lang en $D "$T/d.txt"
expect_status "english elsewhere: code exits 0" 0
check "english elsewhere: placed at London, the last place" \
    grep -q '"code":"111".*"place":"London".*"location_rule":"dateline"' "$T/out"

printf 'KYIV/MOSCOW (Reuters) - Russian troops attacked Ukrainian soldiers on Monday.\n' > "$T/e.txt"
run "$DYAD" code --lang en $D "$T/e.txt"
expect_status "force: code exits 0" 0
check "force: the attack is coded" grep -q '"code":"19[0-9]*"' "$T/out"
check "force: placed at Kyiv, the place in the target's country" \
    grep -q '"code":"19[0-9]*".*"country":"UKR"' "$T/out"
check_not "force: not at Moscow" grep -q '"code":"19[0-9]*".*"place":"Moscow"' "$T/out"
test_done
