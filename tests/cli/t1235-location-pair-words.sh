#!/bin/sh
# t1235-location-pair-words.sh: the "meeting" rule after the article
# (src/coder/location.c): any verbal cooperation (roots 01-05) of two sides
# without a place takes the place where the same two sides' words were
# said by a locative of their sentence, not only their meeting does (the
# promise made at the summit where the two agreed); and the "venue" rule:
# an event no rule placed is held at the article's meeting venue nearest
# to it (LEVEL venue of dict/geo/locative.LANG.txt: "Sondergipfel in X",
# "summit in X"); a meeting with no place of its own ("bei ihrem Treffen")
# is held at the nearest venue before the pair's visit elsewhere is asked,
# and the pair's words take their meeting in the same sentence first, else
# the pair's latest meeting before them, else the first.
# Invented sentences.
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
check_not "other pair: the promise takes no pair's place" \
    grep -q '"code":"030".*"location_rule":"meeting"' "$T/out"

# a bloc's sanctions, its summit named later: held there
printf 'Die EU verhängte am Montag Sanktionen gegen Belarus.\n\nDie Staats- und Regierungschefs waren zuvor beim Sondergipfel in Brüssel zusammengekommen.\n' > "$T/c.txt"
run "$DYAD" code --lang de $D "$T/c.txt"
expect_status "venue de: code exits 0" 0
check "venue de: the sanctions are placed at the summit in Brussels" \
    grep -q '"code":"163".*"place":"Brussels".*"location_rule":"venue"' "$T/out"
printf 'West African leaders will impose sanctions on Mali, the regional bloc ECOWAS announced on Sunday.\n\nAfter an emergency summit in Ghana, the leaders left.\n' > "$T/d.txt"
run "$DYAD" code --lang en $D "$T/d.txt"
expect_status "venue en: code exits 0" 0
check "venue en: the bloc's measure is placed at the summit in Ghana" \
    grep -q '"source":"IGOWAFWAS".*"country":"GHA".*"location_rule":"venue"' "$T/out"

# the visit was in Rome; the meeting of the later sentence was in Geneva
printf 'Ein Bericht.\n\nDer französische Außenminister besuchte am Montag Italien und traf in Rom den italienischen Außenminister.\n\nDie Lage der Welt war lange das Thema.\n\nFrankreich und Italien unterzeichneten am Donnerstag bei ihrem Treffen eine Erklärung.\n\nBei dem Treffen in Genf war auch der Schweizer Außenminister dabei.\n' > "$T/f.txt"
run "$DYAD" code --lang de $D "$T/f.txt"
expect_status "meeting venue: code exits 0" 0
check "meeting venue: the visit is in Rome" grep -q '"code":"042".*"place":"Rome"' "$T/out"
check "meeting venue: their meeting, named later, in Geneva" \
    grep -q '"sent":3.*"code":"040".*"place":"Genève".*"location_rule":"venue"' "$T/out"
check "meeting venue: the agreement at that meeting too, not at the visit" \
    grep -q '"sent":3.*"code":"057".*"place":"Genève".*"location_rule":"meeting"' "$T/out"
check_not "meeting venue: nothing of sentence 3 in Rome" grep -q '"sent":3.*"place":"Rome"' "$T/out"

# praise after both meetings: at the latest, Geneva, not the first, Rome
printf 'Ein Bericht.\n\nDer französische Außenminister besuchte am Montag Italien und traf in Rom den italienischen Außenminister.\n\nDie Lage der Welt war lange das Thema.\n\nFrankreich und Italien unterzeichneten am Donnerstag bei ihrem Treffen eine Erklärung.\n\nBei dem Treffen in Genf war auch der Schweizer Außenminister dabei.\n\nDie Lage der Welt war lange das Thema.\n\nDer italienische Außenminister lobte am Abend Frankreich.\n' > "$T/g.txt"
run "$DYAD" code --lang de $D "$T/g.txt"
expect_status "latest meeting: code exits 0" 0
check "latest meeting: the praise is placed at the latest meeting, Geneva" \
    grep -q '"sent":6.*"code":"051".*"place":"Genève".*"location_rule":"meeting"' "$T/out"

# a place that is no venue ("die Lage in X") is not one; force is not held
printf 'Die EU verhängte am Montag Sanktionen gegen Belarus.\n\nDie Lage in Brüssel blieb ruhig.\n' > "$T/e.txt"
run "$DYAD" code --lang de $D "$T/e.txt"
expect_status "no venue: code exits 0" 0
check "no venue: the sanctions are coded" grep -q '"code":"163"' "$T/out"
check_not "no venue: and not placed in Brussels" grep -q '"code":"163".*"place":"Brussels"' "$T/out"
test_done
