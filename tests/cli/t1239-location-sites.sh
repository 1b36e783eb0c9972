#!/bin/sh
# t1239-location-sites.sh: sites that stand for one city in
# dict/geo/exonyms.txt (parliaments and offices, the UN's councils,
# squares, airports): "im Bundestag" is in Berlin, "auf dem
# Syntagma-Platz" in Athens, "at Vnukovo airport" in Moscow, "in the U.N.
# Security Council" in New York.  Invented sentences.
. tests/cli/test-lib.sh
D="--date 2024-03-05"

one() { # LANG TEXT CODE COUNTRY PLACE NAME
    printf '%s\n' "$2" > "$T/s.txt"
    run "$DYAD" code --lang "$1" $D "$T/s.txt"
    expect_status "$6: code exits 0" 0
    check "$6: the event is placed in $5" \
        grep -q "\"code\":\"$3\".*\"location\":{\"country\":\"$4\",\"admin1\":\"[^\"]*\",\"place\":\"$5\".*\"location_rule\":\"locative\"" "$T/out"
}
one de 'Die Bundesregierung kritisierte am Montag im Bundestag Russland scharf.' 111 DEU Berlin "Bundestag"
one de 'Die griechische Polizei nahm auf dem Syntagma-Platz am Montag Dutzende Demonstranten fest.' 173 GRC Athens "Syntagma-Platz"
one en 'Russian police detained the opposition leader at Vnukovo airport on Monday.' 173 RUS Moscow "Vnukovo airport"
one en 'The Russian ambassador criticised Ukraine on Monday at the U.N. Security Council.' 111 USA "New York City" "Security Council"

# a bare "Sicherheitsrat" is any country's: no place
printf 'Der russische Präsident kritisierte am Montag im russischen Sicherheitsrat die Ukraine scharf.\n' > "$T/r.txt"
run "$DYAD" code --lang de $D "$T/r.txt"
expect_status "Sicherheitsrat: code exits 0" 0
check "Sicherheitsrat: the criticism is coded" grep -q '"code":"111"' "$T/out"
check_not "Sicherheitsrat: not placed in New York" grep -q '"place":"New York City"' "$T/out"
test_done
