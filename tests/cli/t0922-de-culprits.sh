#!/bin/sh
# t0922: a threat, demand or criticism aimed at "den Verantwortlichen",
# "die Täter", "die Drahtzieher" (src/lang/de culprit_words) is aimed at the
# doer of the story's last violence (src/coder/roles.c target_culprits).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Die kolumbianische Armee hat am Montag ein Lager der ELN-Rebellen bombardiert. Die Rebellen drohten den Verantwortlichen mit Vergeltung.
TXT
cat > "$T/b.txt" <<'TXT'
Russische Kampfjets haben am Sonntag Ziele in Syrien bombardiert. Die Regierung in Ankara verurteilte die Täter scharf.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt" "$T/b.txt"
expect_status "culprits: coded" 0
check "drohte den Verantwortlichen: the army" grep -qP '\tCOLREB\tCOLMIL\t13[0-9]*\t' "$T/out"
check "verurteilte die Täter: Russia" grep -qP '\tTURGOV\tRUS[A-Z]*\t11[0-9]*\t' "$T/out"
test_done
