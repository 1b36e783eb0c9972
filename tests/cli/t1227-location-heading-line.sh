#!/bin/sh
# t1227-location-heading-line.sh: a headline above the story with a single
# line break (no blank line) is the headline when it ends in a word and the
# next line is longer than it and its first word together; text wrapped
# at a width (the break inside a sentence) is not.  Invented sentences.
. tests/cli/test-lib.sh
D="--date 2024-03-05"

printf 'New round of talks in Geneva\nThe two delegations began a long round of meetings with the mediators on Monday morning. The weather was cold and the streets were empty all day long. The Armenian foreign minister criticised Azerbaijan for the latest incidents.\n' > "$T/a.txt"
run "$DYAD" code --lang en $D "$T/a.txt"
expect_status "heading: code exits 0" 0
check "heading: the criticism is placed at the headline's place" \
    grep -q '"code":"111".*"country":"CHE".*"location_rule":"headline"' "$T/out"

printf 'Neue Gesprächsrunde in Genf\nDie beiden Delegationen begannen am Montagmorgen eine lange Runde von Treffen mit den Vermittlern. Das Wetter war kalt und die Straßen blieben den ganzen Tag leer. Der armenische Außenminister kritisierte Aserbaidschan wegen der jüngsten Vorfälle.\n' > "$T/b.txt"
run "$DYAD" code --lang de $D "$T/b.txt"
expect_status "german heading: code exits 0" 0
check "german heading: placed at the headline's place" \
    grep -q '"code":"111".*"country":"CHE".*"location_rule":"headline"' "$T/out"

# wrapped at 71 columns: the first line is part of the first sentence
printf 'The delegations of both countries stayed for a long week in Geneva with\nSwiss and Norwegian mediators on Monday. The weather was cold and the\nstreets were empty all day long. The Armenian foreign minister\ncriticised Azerbaijan for the latest incidents.\n' > "$T/c.txt"
run "$DYAD" code --lang en $D "$T/c.txt"
expect_status "wrapped: code exits 0" 0
check "wrapped: the criticism is coded" grep -q '"code":"111"' "$T/out"
check_not "wrapped: no headline" grep -q '"location_rule":"headline"' "$T/out"
test_done
