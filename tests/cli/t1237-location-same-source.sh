#!/bin/sh
# t1237-location-same-source.sh: the "same-actors" rule after the article
# (src/coder/location.c): an event with no place at all takes the place of
# the same source's deed that its own locative placed, whatever that
# deed's target (the accession of a state whose prime minister was at the
# White House that day).  Force neither gives nor takes it.  Invented
# sentences.
. tests/cli/test-lib.sh
D="--date 2024-03-05"

printf 'A headline\n\nMontenegro has become the 30th member of NATO.\n\nMontenegrin Prime Minister Dusan Petrovic met US Vice President Kamala Harris at the White House on Monday.\n' > "$T/a.txt"
run "$DYAD" code --lang en $D "$T/a.txt"
expect_status "same source: code exits 0" 0
check "same source: the meeting is placed by its locative" \
    grep -q '"code":"040".*"evidence":"White House","location_rule":"locative"' "$T/out"
check "same source: the accession takes the same source's place" \
    grep -q '"target":"IGOWSTNAT".*"code":"057".*"evidence":"White House","location_rule":"same-actors"' "$T/out"

# another source's place is not taken
printf 'A headline\n\nMontenegro has become the 30th member of NATO.\n\nSerbian Prime Minister Milos Vucevic met US Vice President Kamala Harris at the White House on Monday.\n' > "$T/b.txt"
run "$DYAD" code --lang en $D "$T/b.txt"
expect_status "other source: code exits 0" 0
check "other source: the accession is coded" grep -q '"target":"IGOWSTNAT".*"code":"057"' "$T/out"
check "other source: and has no location" grep -q '"target":"IGOWSTNAT".*"code":"057".*"location":null' "$T/out"
test_done
