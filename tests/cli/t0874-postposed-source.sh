#!/bin/sh
# t0874-postposed-source: "der Nachrichtenagentur AFP zufolge" names the
# source of a report; the actor before the postposition is no argument of
# the clause (neither its object nor a pattern's target).
. tests/cli/test-lib.sh

echo "Russland kritisierte der Nachrichtenagentur AFP zufolge die Sanktionen der EU." > "$T/a.txt"
run "$DYAD" code --lang de --date 2024-01-01 "$T/a.txt"
expect_status "postposed: the article codes" 0
check "postposed: the criticism is of the EU" grep -q '"source":"RUSGOV","target":"IGOEUREEC".*"code":"111"' "$T/out"
check_not "postposed: the agency is no target" grep -q '"target":"RUSMED"' "$T/out"

echo "Das russische Verteidigungsministerium lehnte der Nachrichtenagentur Reuters zufolge eine Stellungnahme ab." > "$T/b.txt"
run "$DYAD" code --lang de --date 2024-01-01 "$T/b.txt"
expect_status "postposed: the refusal codes" 0
check_not "postposed: a pattern takes no target from it" grep -q '"target":"RUSMED"' "$T/out"
test_done
