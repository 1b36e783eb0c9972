#!/bin/sh
# t0927: verbs of offering and promising (offer, pledge, promise, propose,
# vow) are support verbs: their event-noun object gives the code
# ("offered condolences to the pilot's family": 018, not an offer 030),
# as an intent ("offered Ecuador talks": 036; "pledged humanitarian aid":
# 033x) (dict/en/verbs.txt; predicate.c choose_pred); not a noun in a
# phrase ("agreed on a set of sanctions" decides them).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Peruvian President Dina Boluarte had offered condolences to the Chilean pilot's family on Thursday, describing him as a brave man.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/a.txt"
expect_status "condolences: coded" 0
check "offered condolences: 018" grep -qP '\tPERGOV\tCHL[A-Z]*\t018' "$T/out"
check_not "no offer of 030" grep -qP '\tPERGOV\tCHL[A-Z]*\t030' "$T/out"

cat > "$T/b.txt" <<'TXT'
Peru offered Ecuador talks on the border dispute, the ministry said.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/b.txt"
check "offered talks: an intent to meet" grep -qP '\tPERGOV\tECUGOV\t036' "$T/out"

cat > "$T/c.txt" <<'TXT'
Peru pledged humanitarian aid to Ecuador on Friday.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/c.txt"
check "pledged aid: an intent to give aid" grep -qP '\tPERGOV\tECUGOV\t033' "$T/out"

cat > "$T/d.txt" <<'TXT'
South American leaders on Monday agreed on a set of sanctions against Venezuela.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/d.txt"
check_not "agreed on sanctions is no threat" grep -qP '\t1312\t' "$T/out"
test_done
