#!/bin/sh
# t1226-location-speech.sh: a place inside reported speech (a quotation, a
# "said that …" / "erklärt, …" clause) places the events inside the
# speech, not the saying: that happens where the speaker is (here the
# dateline).  Invented sentences.
. tests/cli/test-lib.sh
D="--date 2024-03-05"

printf 'WARSAW (Reuters) - The Polish government accused Russia on Monday of crimes, saying that soldiers in Belarus had attacked civilians.\n' > "$T/a.txt"
run "$DYAD" code --lang en $D "$T/a.txt"
expect_status "that-clause: code exits 0" 0
check "that-clause: the accusation is placed at the dateline" \
    grep -q '"code":"112".*"place":"Warsaw".*"location_rule":"dateline"' "$T/out"
check "that-clause: the attack inside the speech keeps its place" \
    grep -q '"code":"190".*"country":"BLR".*"location_rule":"locative"' "$T/out"

printf 'WARSCHAU (dpa) - Die polnische Regierung hat Russland am Montag kritisiert und erklärt, russische Soldaten in Belarus hätten Zivilisten angegriffen.\n' > "$T/b.txt"
run "$DYAD" code --lang de $D "$T/b.txt"
expect_status "german clause: code exits 0" 0
check "german clause: the criticism is placed at the dateline" \
    grep -q '"code":"111".*"place":"Warsaw".*"location_rule":"dateline"' "$T/out"
check_not "german clause: the criticism is not placed in Belarus" \
    grep -q '"code":"111".*"country":"BLR"' "$T/out"

printf 'WARSCHAU (dpa) - „Die Angriffe in Charkiw müssen aufhören", forderte die polnische Regierung von Russland.\n' > "$T/c.txt"
run "$DYAD" code --lang de $D "$T/c.txt"
expect_status "quotation: code exits 0" 0
check "quotation: the demand is placed at the dateline, not in the quotation" \
    grep -q '"code":"10[0-9]*".*"place":"Warsaw".*"location_rule":"dateline"' "$T/out"

# the speech's own events and a place of the saying clause are kept
printf 'The Polish president criticised Russia during a visit in Vilnius on Monday.\n' > "$T/d.txt"
run "$DYAD" code --lang en $D "$T/d.txt"
expect_status "own place: code exits 0" 0
check "own place: a place of the saying clause still places it" \
    grep -q '"code":"111".*"place":"Vilnius".*"location_rule":"locative"' "$T/out"

# a quotation in the sentence before places no event of the next sentence
# that stands outside it; a plain locative there still does
printf '"The shelling of homes in Kharkiv has to stop," the Polish foreign minister said on Monday. The Polish government also criticised Russia for its policy.\n' > "$T/e.txt"
run "$DYAD" code --lang en $D "$T/e.txt"
expect_status "quotation before: code exits 0" 0
check "quotation before: the criticism is coded" grep -q '"code":"111"' "$T/out"
check_not "quotation before: the criticism is not placed in the quotation" \
    grep -q '"code":"111".*"location_rule":"previous-sentence"' "$T/out"
printf 'The Polish foreign minister arrived in Vilnius on Monday. The Polish government also criticised Russia for its policy.\n' > "$T/f.txt"
run "$DYAD" code --lang en $D "$T/f.txt"
expect_status "plain before: code exits 0" 0
check "plain before: the sentence before still places it" \
    grep -q '"code":"111".*"place":"Vilnius".*"location_rule":"previous-sentence"' "$T/out"
test_done
