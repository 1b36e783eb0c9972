#!/bin/sh
# t1235-location-pair-words.sh: the "meeting" rule after the article
# (src/coder/location.c): any verbal cooperation (roots 01-05) of two sides
# without a place takes the place where the same two sides' words were
# said by a locative of their sentence, not only their meeting does (the
# promise made at the summit where the two agreed).  Invented sentences.
. tests/cli/test-lib.sh
D="--date 2024-03-05"

printf 'Ein Bericht.\n\nDie Türkei versprach der EU am Montag Hilfe bei der Kontrolle der Grenzen.\n\nDie EU-Staaten einigten sich mit der Türkei auf einen gemeinsamen Plan, sagte der Ratspräsident nach dem Gipfel in Brüssel.\n' > "$T/a.txt"
run "$DYAD" code --lang de $D "$T/a.txt"
expect_status "pair words: code exits 0" 0
check "pair words: the agreement is placed in Brussels by its sentence" \
    grep -q '"code":"057".*"place":"Brussels".*"location_rule":"sentence"' "$T/out"
check "pair words: the promise too, where the pair's words were said" \
    grep -q '"source":"TURGOV","target":"IGOEUREEC".*"code":"030".*"place":"Brussels".*"location_rule":"meeting"' "$T/out"

# another pair's words say nothing of this pair's place
printf 'Ein Bericht.\n\nDie Türkei versprach Griechenland am Montag Hilfe bei der Kontrolle der Grenzen.\n\nDie EU-Staaten einigten sich mit Serbien auf einen gemeinsamen Plan, sagte der Ratspräsident nach dem Gipfel in Brüssel.\n' > "$T/b.txt"
run "$DYAD" code --lang de $D "$T/b.txt"
expect_status "other pair: code exits 0" 0
check "other pair: the promise is coded" grep -q '"code":"030"' "$T/out"
check_not "other pair: the promise is not placed in Brussels" \
    grep -q '"code":"030".*"place":"Brussels"' "$T/out"
test_done
