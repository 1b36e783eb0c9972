#!/bin/sh
# t0875-media-channel: the media a statement is made to ("sagte dem
# Fernsehsender … die Unterstützung zu") is its channel, not its addressee:
# no statement, intent or consultation (CAMEO roots 01, 03, 04) toward it.
# Criticism of journalists (111) and an appeal for their release stay.
. tests/cli/test-lib.sh

echo "Ein hochrangiger General der sudanesischen Streitkräfte sagte dem arabischen Fernsehsender Al-Arabiya die Unterstützung für eine Waffenruhe zu." > "$T/a.txt"
run "$DYAD" code --lang de --date 2024-01-01 "$T/a.txt"
expect_status "media: the article codes" 0
check_not "media: no promise to the TV channel" grep -q '"target":"SDNMED"' "$T/out"
run "$DYAD" explain --lang de --date 2024-01-01 "$T/a.txt"
check "media: explain says why" grep -q "SDNMED: the media a statement is made to, not its addressee" "$T/out"

echo "Der sudanesische General kritisierte die Journalisten." > "$T/b.txt"
run "$DYAD" code --lang de --date 2024-01-01 "$T/b.txt"
check "media: criticism of journalists is coded" grep -q '"source":"SDNMIL","target":"SDNMED".*"code":"111"' "$T/out"
echo "The European Union appealed for the release of two jailed Belarusian reporters." > "$T/c.txt"
run "$DYAD" code --lang en --date 2024-01-01 "$T/c.txt"
check "media: an appeal for the release of reporters is about them" grep -q '"source":"IGOEUREEC","target":"BLRMED"' "$T/out"
test_done
