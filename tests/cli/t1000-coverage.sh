#!/bin/sh
# t1000-coverage.sh: dyad dict coverage — the table of triggers per CAMEO
# code and language, and --check's floors (8 triggers a language for the
# first 80 codes of news-codes.txt, 1 for every other code unless a
# "# nocover CODE reason" line in LANG/verbs.txt says why it has none).
. tests/cli/test-lib.sh

# a small dictionary of its own: two codes, one verb and one noun each
D="$T/dict"
mkdir -p "$D/gen" "$D/de" "$D/en"
cat > "$D/cameo.txt" <<'X'
01   0.0  1  0.0  0.0  0  make public statement
010  0.0  1  0.0  0.0  0  make a statement, unspecified
04   1.0  1  1.0  1.0  1  consult
042  1.9  1  1.9  1.9  1  make a visit
X
: > "$D/orgs.txt"; : > "$D/people.txt"; : > "$D/gen/countries.de.txt"
: > "$D/de/countries.txt"; : > "$D/de/roles.txt"; : > "$D/de/strong.txt"
printf 'besuchen  042  tgt=obj\nsagen  010  -  say\n' > "$D/de/verbs.txt"
printf 'Besuch | Besuche  042  tgt=in\n' > "$D/de/nouns.txt"
printf 'visit  042  tgt=obj\nsay  010  -  say\n' > "$D/en/verbs.txt"
printf 'visit | visits  042  tgt=to\n' > "$D/en/nouns.txt"

run "$DYAD" dict coverage --dict "$D"
expect_status "coverage: exits 0" 0
check "coverage: a header names the columns" grep -q '^code	rank	de_verbs	de_nouns	en_verbs	en_nouns	ru_verbs	ru_nouns	fr_verbs	fr_nouns	floor' "$T/out"
check "coverage: 042 has one German verb, one noun, one English verb, one noun, no Russian or French" \
    grep -q '^042	0	1	1	1	1	0	0	0	0	1	ok	make a visit$' "$T/out"
check_not "coverage: the roots are not rows" grep -q '^04	' "$T/out"

run "$DYAD" dict coverage --dict "$D" --check
expect_status "coverage --check: every floor met exits 0" 0

# 042 among the news codes: it needs 8 triggers a language now
printf '# news codes\n042  10\n' > "$D/news-codes.txt"
run "$DYAD" dict coverage --dict "$D" --check
expect_status "coverage --check: a news code with 2 triggers exits 1" 1
check "coverage: the row says which languages are low" grep -q '^042	1	1	1	1	1	0	0	0	0	8	LOW-de,en	' "$T/out"
check "coverage: the count of low codes on stderr" grep -q '1 of 2 codes below' "$T/err"
run "$DYAD" dict coverage --dict "$D"
expect_status "coverage without --check: exits 0 even when low" 0
rm "$D/news-codes.txt"

# 042 with no English trigger: low, unless a reason is stated
printf 'say  010  -  say\n' > "$D/en/verbs.txt"
: > "$D/en/nouns.txt"
run "$DYAD" dict coverage --dict "$D" --check
expect_status "coverage --check: a code with no English trigger exits 1" 1
check "coverage: it is low in English only" grep -q '^042	0	1	1	0	0	0	0	0	0	1	LOW-en	' "$T/out"
printf '# nocover 042 English visits are left out (a test)\nsay  010  -  say\n' > "$D/en/verbs.txt"
run "$DYAD" dict coverage --dict "$D" --check
expect_status "coverage --check: a stated reason excuses a code that has none" 0
check "coverage: the reason is printed under its row" grep -q '^	en: English visits are left out' "$T/out"

# a news-codes.txt naming a code cameo.txt lacks is an error naming its line
printf '042\n9999\n' > "$D/news-codes.txt"
run "$DYAD" dict coverage --dict "$D"
expect_status "coverage: an unknown news code is an error" 2
check "coverage: the error names file and line" grep -q 'news-codes.txt:2' "$T/err"
rm "$D/news-codes.txt"

# the project's own dictionaries
run "$DYAD" dict coverage
expect_status "coverage: dict/ loads and is counted" 0
check "coverage: 111 (criticise) has German and English triggers" \
    awk -F'\t' '$1 == "111" && $3 + $4 >= 8 && $5 + $6 >= 8 { f = 1 } END { exit !f }' "$T/out"
run "$DYAD" dict coverage --check
expect_status "coverage --check: dict/ meets every floor" 0
check "coverage: the 80 news codes have 8 triggers a language" \
    awk -F'\t' 'NR > 1 && $2 >= 1 && $2 <= 80 && ($3 + $4 < 8 || $5 + $6 < 8) { bad = 1 } END { exit bad }' "$T/out"
test_done
