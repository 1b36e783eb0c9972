#!/bin/sh
# t0875-media-channel: the media a statement is made to ("sagte dem
# Fernsehsender … die Unterstützung zu") is its channel, not its addressee:
# no event of words (CAMEO roots 01-07) toward it.  Criticism of journalists
# (111) stays an event.
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
test_done
