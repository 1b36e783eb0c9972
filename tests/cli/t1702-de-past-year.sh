#!/bin/sh
# t1702: "Im Jahr 2015 hatten sich A und B geeinigt", "hatte A 2014
# angegriffen": a clause of fact dated by a year before the story's is
# history outside the story's time (coding guide, "Not events"), not
# written (emit.c past_year, lang.h year_nouns); "seit 2014" bounds a
# state, and "im Jahr 2015" after a noun dates that noun.  Sentences
# written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Im Jahr 2015 hatten sich Chile und Peru auf ein Grenzabkommen geeinigt.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "im Jahr 2015: coded" 0
check_not "history is no event" grep -qP '\t057\t' "$T/out"

cat > "$T/b.txt" <<'TXT'
Chile und Peru haben sich auf ein Grenzabkommen geeinigt.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/b.txt"
expect_status "no year: coded" 0
check "the agreement of the story stays" grep -qP '\tCHLGOV\tPERGOV\t057' "$T/out"

cat > "$T/c.txt" <<'TXT'
Chile hatte Peru 2019 scharf kritisiert.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/c.txt"
expect_status "a bare year: coded" 0
check_not "a bare past year is history" grep -qP '\t111\t' "$T/out"

cat > "$T/d.txt" <<'TXT'
Chile hat Peru 2024 scharf kritisiert.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/d.txt"
expect_status "the story's year: coded" 0
check "the story's own year stays" grep -qP '\tCHLGOV\tPERGOV\t111' "$T/out"

cat > "$T/e.txt" <<'TXT'
Chile machte Peru für den Angriff auf das Parlament im Jahr 2019 verantwortlich.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/e.txt"
expect_status "a year dating a noun: coded" 0
check "the blame of the story stays" grep -qP '\tCHLGOV\tPERGOV\t11' "$T/out"
test_done
