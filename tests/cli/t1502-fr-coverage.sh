#!/bin/sh
# t1502-fr-coverage: `dyad dict coverage` has a French column (verbs and
# nouns of dict/fr/), counted as German and English are, and held to the
# same floors (a code with no French trigger is LOW-fr; --check exits 1).
. tests/cli/test-lib.sh
D=$T/dict
mkdir -p "$D/gen" "$D/de" "$D/en" "$D/fr"
cat > "$D/cameo.txt" <<'X'
01   0.0  1  0.0  0.0  0  make public statement
010  0.0  1  0.0  0.0  0  make a statement, unspecified
04   1.0  1  1.0  1.0  1  consult
042  1.9  1  1.9  1.9  1  make a visit
X
: > "$D/orgs.txt"; : > "$D/people.txt"; : > "$D/gen/countries.de.txt"
: > "$D/de/countries.txt"; : > "$D/de/roles.txt"; : > "$D/de/strong.txt"
printf 'besuchen  042  tgt=obj\n' > "$D/de/verbs.txt"; : > "$D/de/nouns.txt"
printf 'visit  042  tgt=obj\n' > "$D/en/verbs.txt"
printf 'visiter  042  tgt=obj\nrendre|visite  042  tgt=à\ndéclarer  010  -  say\n' > "$D/fr/verbs.txt"
printf 'visite | visites  042  tgt=en,à\n' > "$D/fr/nouns.txt"
run "$DYAD" dict coverage --dict "$D"
expect_status "fr coverage: exits 0" 0
check "fr coverage: the header names fr_verbs and fr_nouns" \
    grep -q '^code	rank	de_verbs	de_nouns	en_verbs	en_nouns	ru_verbs	ru_nouns	fr_verbs	fr_nouns	floor	status	label$' "$T/out"
check "fr coverage: 042 has two French verbs and one French noun" \
    grep -q '^042	0	1	0	1	0	0	0	2	1	1	ok	make a visit$' "$T/out"
check "fr coverage: 010 has one French verb" grep -q '^010	0	0	0	0	0	0	0	1	0	1	' "$T/out"
# French is held to the floors: every other language has a 010 trigger,
# French has none
printf 'besuchen  042  tgt=obj\nerklären  010  -  say\n' > "$D/de/verbs.txt"
printf 'visit  042  tgt=obj\nstate  010  -  say\n' > "$D/en/verbs.txt"
printf 'visiter  042  tgt=obj\n' > "$D/fr/verbs.txt"
run "$DYAD" dict coverage --dict "$D" --check
expect_status "fr coverage --check: a code with no French trigger exits 1" 1
check "fr coverage: that code is LOW-fr" grep -q '^010	.*	LOW-fr	' "$T/out"
# a stated reason in fr/verbs.txt is printed under its row, as for German
printf '# nocover 010 French statements are left out (a test)\nvisiter  042  tgt=obj\n' > "$D/fr/verbs.txt"
run "$DYAD" dict coverage --dict "$D"
check "fr coverage: a French nocover reason is printed under its row" grep -q '^	fr: French statements are left out' "$T/out"
# the project's dictionaries: French triggers for the most used codes
run "$DYAD" dict coverage
expect_status "fr coverage: dict/ loads" 0
check "fr coverage: dict/: criticism (111) has French triggers" \
    awk -F'\t' '$1 == "111" && $9 + $10 >= 5 { f = 1 } END { exit !f }' "$T/out"
check "fr coverage: dict/: arrest (173) and visits (042) have French triggers" \
    awk -F'\t' '($1 == "173" || $1 == "042") && $9 + $10 >= 2 { n++ } END { exit n != 2 }' "$T/out"
test_done
