#!/bin/sh
# t0931: English "after the X minister, a close ally of the president,
# accused Y": a verb-first clause after an apposition continues the actor
# the apposition describes, not the subject of the sentence (roles.c,
# apposed_actor). Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Nigerian troops crossed into Chad after the Cameroonian defence minister, a close ally of the president, accused Chad of arming rebels.
TXT
run "$DYAD" code --lang en --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "apposition: coded" 0
check "the accuser is the minister the apposition describes" grep -qP '\tCMRGOV\tTCDGOV\t112' "$T/out"
check_not "not the troops of the main clause" grep -qP '\tNGA[A-Z]*\tTCDGOV\t112' "$T/out"

cat > "$T/b.txt" <<'TXT'
The Kenyan president, who met the Ugandan leader on Monday, accused Sudan of arming rebels.
TXT
run "$DYAD" code --lang en --date 2024-03-01 --format tsv "$T/b.txt"
expect_status "relative clause: coded" 0
check "a relative clause still leaves the subject its verb" grep -qP '\tKENGOV\tSDNGOV\t112' "$T/out"
test_done
