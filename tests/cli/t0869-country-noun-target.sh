#!/bin/sh
# t0869-country-noun-target: "the country's" and German "des Landes" after
# a noun take up the country named last as an actor of their own, so a
# verb whose object is the country's policy has that country as target.
. tests/cli/test-lib.sh

echo "Russia warned Montenegro on Monday and praised the country's reforms." > "$T/en.txt"
run "$DYAD" code --lang en --date 2024-01-01 "$T/en.txt"
expect_status "country-noun-target: the English article codes" 0
check "country-noun-target: Russia praised Montenegro, named by 'the country'" grep -q '"source":"RUSGOV","target":"MNEGOV","source_name":"Russia","target_name":"the country.s".*"code":"051"' "$T/out"

echo "Russland warnte Montenegro am Montag und lobte die Politik des Landes." > "$T/de.txt"
run "$DYAD" code --lang de --date 2024-01-01 "$T/de.txt"
expect_status "country-noun-target: the German article codes" 0
check "country-noun-target: Russland lobte Montenegro" grep -q '"source":"RUSGOV","target":"MNEGOV".*"code":"051"' "$T/out"
test_done
