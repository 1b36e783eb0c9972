#!/bin/sh
# t1232-location-source.sh: the "source" rule of an event's location
# (src/coder/location.c): an event no other rule places happened at the
# article's place in its source's country, and a speaker from abroad is
# placed there rather than at the dateline.  Invented sentences.
. tests/cli/test-lib.sh
D="--date 2024-03-05"

# no place in the event's sentence, none before it; the article names a
# German city later: the German government's criticism was voiced there
printf 'Die Bundesregierung kritisierte am Montag Russland scharf.\n\nDie Kundgebung der Opposition am Abend fand in Hamburg statt.\n' > "$T/a.txt"
run "$DYAD" code --lang de $D "$T/a.txt"
expect_status "source: code exits 0" 0
check "source: the criticism is coded" grep -q '"source":"DEUGOV","target":"RUS[A-Z]*".*"code":"111"' "$T/out"
check "source: placed in Hamburg by the source rule" \
    grep -q '"code":"111".*"country":"DEU","admin1":"[^"]*","place":"Hamburg".*"location_rule":"source"' "$T/out"

# no place of the source's country: still none (the target's country is
# what the words are about)
printf 'Die Bundesregierung kritisierte am Montag Russland scharf.\n\nDie Lage in Moskau blieb ruhig.\n' > "$T/b.txt"
run "$DYAD" code --lang de $D "$T/b.txt"
expect_status "source: a story naming only Moscow exits 0" 0
check "source: the criticism has no location" grep -q '"code":"111".*"location":null' "$T/out"

# a speaker from abroad under a dateline: where the article places his
# country, not at the desk
printf 'MOSCOW (Reuters) - The Lithuanian government criticised Russia on Monday.\n\nThe dispute began with a protest in Vilnius last week.\n' > "$T/c.txt"
run "$DYAD" code --lang en $D "$T/c.txt"
expect_status "source abroad: code exits 0" 0
check "source abroad: the criticism is coded" grep -q '"source":"LTUGOV".*"code":"111"' "$T/out"
check "source abroad: placed in Vilnius, not at the Moscow desk" \
    grep -q '"code":"111".*"country":"LTU","admin1":"[^"]*","place":"Vilnius".*"location_rule":"source"' "$T/out"

# a local speaker keeps the dateline
printf 'MOSCOW (Reuters) - The Russian government criticised Lithuania on Monday.\n\nThe dispute began with a protest in Vilnius last week.\n' > "$T/d.txt"
run "$DYAD" code --lang en $D "$T/d.txt"
expect_status "source local: code exits 0" 0
check "source local: the criticism is placed at the dateline" \
    grep -q '"code":"111".*"country":"RUS".*"location_rule":"dateline"' "$T/out"

# issue 12's bar: location country >= 0.85 on real-dev (de .873, en .895)
for L in de en; do
    if need_file "bar $L" "$SHARED/gold/real-dev-$L.jsonl"; then
        run "$DYAD" eval --quiet "$SHARED/gold/real-dev-$L.jsonl"
        expect_status "bar $L: eval exits 0" 0
        check "bar $L: location country >= 0.85" \
            awk '/^location/ { split($2, a, "="); ok = a[2] + 0 >= 0.85 } END { exit !ok }' "$T/out"
    fi
done
test_done
