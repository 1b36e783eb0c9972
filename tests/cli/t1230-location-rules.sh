#!/bin/sh
# t1230-location-rules.sh: the location rules added for issue 12's accuracy
# bar (src/coder/location.c): the actors' country of a domestic event, the
# place of the pair's meeting, the locative after the event's clause, the
# target's country for force, seats of government in the gazetteer, and
# eval's LOCATION lines.  The sentences are written for this test.
. tests/cli/test-lib.sh
D="--date 2024-03-05"

# a domestic event (both actors Spanish) with no place in its sentence:
# Spain, from the actors' codes
printf 'Die spanische Polizei ging am Sonntag gewaltsam gegen Demonstranten vor.\n' > "$T/a.txt"
run "$DYAD" code --lang de $D "$T/a.txt"
expect_status "actors: code exits 0" 0
check "actors: the police action is domestic" grep -q '"source":"ESPCOP","target":"ESPCVL"' "$T/out"
check "actors: located in Spain, a country, by the actors rule" \
    grep -q '"location":{"country":"ESP","admin1":"","place":"Spain","level":"country".*"location_rule":"actors"' "$T/out"

# ... at the article's place in that country when it names one
printf 'Die spanische Polizei ging am Sonntag gewaltsam gegen Demonstranten vor.\n\nTausende hatten sich zuvor in Barcelona versammelt.\n' > "$T/b.txt"
run "$DYAD" code --lang de $D "$T/b.txt"
expect_status "actors: a story naming Barcelona exits 0" 0
check "actors: the article's Spanish place, Barcelona" \
    grep -q '"country":"ESP","admin1":"[^"]*","place":"Barcelona".*"location_rule":"actors"' "$T/out"

# ... and not the dateline of a desk abroad
printf 'BERLIN (dpa) - Die spanische Polizei ging am Sonntag gewaltsam gegen spanische Demonstranten vor.\n' > "$T/c.txt"
run "$DYAD" code --lang de $D "$T/c.txt"
expect_status "actors: a Berlin dateline exits 0" 0
check "actors: Spain, not the Berlin desk" grep -q '"location":{"country":"ESP".*"location_rule":"actors"' "$T/out"
check_not "actors: no event in Germany" grep -q '"location":{"country":"DEU"' "$T/out"

# an international event without a place word stays without a location
printf 'Die Bundesregierung kritisierte am Montag Russland scharf.\n' > "$T/d.txt"
run "$DYAD" code --lang de $D "$T/d.txt"
expect_status "none: code exits 0" 0
check "none: DEU against RUS has no location" grep -q '"code":"111".*"location":null' "$T/out"

# the praise of a pair that met in Paris, two sentences later: in Paris
printf 'Ein Bericht.\n\nBundeskanzler Olaf Scholz traf am Dienstag den französischen Präsidenten Emmanuel Macron in Paris.\n\nDie Lage der Welt war lange das Thema.\n\nScholz lobte Macron am Abend.\n' > "$T/e.txt"
run "$DYAD" code --lang de $D "$T/e.txt"
expect_status "meeting: code exits 0" 0
check "meeting: the praise is in Paris, by the meeting rule" \
    grep -q '"code":"051".*"place":"Paris".*"location_rule":"meeting"' "$T/out"

# a locative after the event's clause, in the same sentence
printf 'Bundeskanzler Olaf Scholz kritisierte Russland scharf, als er am Dienstag in Kiew war.\n' > "$T/f.txt"
run "$DYAD" code --lang de $D "$T/f.txt"
expect_status "after: code exits 0" 0
check "after: the criticism is made in Kyiv" \
    grep -q '"code":"111".*"country":"UKR","admin1":"UA-30","place":"Kyiv".*"location_rule":"sentence"' "$T/out"

# force: of two places in the clause, the one in the target's country
printf 'Bei Protesten gegen den Einmarsch russischer Truppen in die Ukraine sind in Russland viele Menschen festgenommen worden.\n' > "$T/g.txt"
run "$DYAD" code --lang de $D "$T/g.txt"
expect_status "force: code exits 0" 0
check "force: the invasion struck Ukraine" grep -q '"code":"190".*"location":{"country":"UKR"' "$T/out"
check "force: the arrests were in Russia" grep -q '"code":"173".*"location":{"country":"RUS"' "$T/out"

# seats of government and the UN (dict/geo/exonyms.txt)
printf 'Montenegrin Prime Minister Dusan Petrovic met US Vice President Kamala Harris at the White House on Monday.\n' > "$T/h.txt"
run "$DYAD" code --lang en $D "$T/h.txt"
expect_status "seat: code exits 0" 0
check "seat: the White House is in Washington" \
    grep -q '"place":"Washington, D.C.".*"evidence":"White House"' "$T/out"
printf 'UNITED NATIONS, Nov 21 - The UN Security Council condemned Rwanda on Wednesday.\n' > "$T/i.txt"
run "$DYAD" code --lang en $D "$T/i.txt"
expect_status "seat: a UN dateline exits 0" 0
check "seat: UNITED NATIONS is a dateline in New York" \
    grep -q '"country":"USA","admin1":"US-NY","place":"New York City".*"location_rule":"dateline"' "$T/out"

# force against a target abroad (the dateline is the attacker's): where the
# article names a place of the target's country
printf 'Ein Bericht.\n\nTEL AVIV (dpa) - Die Lage in Beirut ist angespannt. Viele Menschen sind besorgt.\n\nIsraelische Kampfflugzeuge bombardierten am Montag Stellungen der Hisbollah.\n' > "$T/j.txt"
run "$DYAD" code --lang de $D "$T/j.txt"
expect_status "struck: code exits 0" 0
check "struck: the air strike is in Lebanon, at Beirut, not at the Tel Aviv desk" \
    grep -q '"code":"195".*"location":{"country":"LBN","admin1":"[^"]*","place":"Beirut".*"location_rule":"actors"' "$T/out"

# the sentence before names a region, and coded no event itself
printf 'Der russische Präsident Wladimir Putin ist in Alaska eingetroffen. Trump begrüßte Putin nach dessen Landung auf dem Rollfeld.\n' > "$T/k.txt"
run "$DYAD" code --lang de $D "$T/k.txt"
expect_status "previous: code exits 0" 0
check "previous: the welcome is in Alaska" \
    grep -q '"code":"043".*"location":{"country":"USA","admin1":"US-AK","place":"Alaska","level":"region".*"location_rule":"previous-sentence"' "$T/out"

# a phone call has no location, even with a place in its clause
printf 'Bundeskanzler Olaf Scholz telefonierte am Dienstag in Berlin mit dem französischen Präsidenten Emmanuel Macron.\n' > "$T/l.txt"
run "$DYAD" code --lang de $D "$T/l.txt"
expect_status "phone: code exits 0" 0
check "phone: the call is coded" grep -q '"code":"041"' "$T/out"
check_not "phone: and has no location" grep -q '"code":"041".*"location":{' "$T/out"

# the headline's demand of the source that criticised the same target from
# a named place: there, not at the dateline
printf 'China demands that Canada release detained engineer\n\nBEIJING (Reuters) - China'"'"'s embassy in Canada criticised Canada on Thursday.\n' > "$T/m.txt"
run "$DYAD" code --lang en $D "$T/m.txt"
expect_status "same actors: code exits 0" 0
check "same actors: the demand is placed in Canada" \
    grep -q '"code":"1053".*"place":"Canada".*"location_rule":"same-actors"' "$T/out"
check "same actors: the criticism by its locative" \
    grep -q '"code":"111".*"place":"Canada".*"location_rule":"locative"' "$T/out"

# eval names each matched event whose location has the wrong country
cat > "$T/gold.jsonl" <<'EOF'
{"id":"l1","lang":"de","date":"2024-03-05","text":"Die Bundesregierung kritisierte am Montag Russland scharf.","events":[{"source":"DEUGOV","target":"RUS","code":"111","alt":["11"],"location":{"country":"DEU","place":"Berlin","level":"city","evidence":"invented"}}]}
EOF
run "$DYAD" eval "$T/gold.jsonl"
expect_status "eval: exits 0" 0
check "eval: a LOCATION line with gold and prediction" \
    grep -q "$(printf '^l1\tLOCATION\tDEUGOV 111 RUS\tgold DEU (invented)\tgot -  (none)$')" "$T/out"
run "$DYAD" eval --quiet "$T/gold.jsonl"
check_not "eval --quiet: no LOCATION lines" grep -q LOCATION "$T/out"
test_done
