#!/bin/sh
# t0870-inverted-frame: "…, warnte Merz.": a clause of words that ends the
# sentence with its verb first and an actor after it is a frame whose
# subject is that actor; it does not take the subject of the clause before
# (Moskau) and make Merz its target.  With no addressee it is no event.
# "…, warnte Russland aber vor Einmischung" goes on past the actor and keeps
# the subject before.
. tests/cli/test-lib.sh

echo "Sollte Moskau nicht einlenken, würden massive Sanktionen folgen, warnte Scholz am Freitag." > "$T/a.txt"
run "$DYAD" code --lang de --date 2024-01-01 "$T/a.txt"
expect_status "inverted: the article codes" 0
check_not "inverted: Moscow warned no one" grep -q '"source":"RUSGOV"' "$T/out"
run "$DYAD" explain --lang de --date 2024-01-01 "$T/a.txt"
check "inverted: the frame's subject is the actor after the verb" grep -q "predicate 'warnen' 130 .* subject=DEUGOV" "$T/out"

echo "Biden lobte die Gespräche, warnte Russland aber vor einer Einmischung in die Wahlen." > "$T/b.txt"
run "$DYAD" code --lang de --date 2024-01-01 "$T/b.txt"
expect_status "inverted: the continuation codes" 0
check "inverted: a clause going on past the actor keeps the subject before" grep -q '"source":"USAGOV","target":"RUSGOV".*"code":"130"' "$T/out"
test_done
