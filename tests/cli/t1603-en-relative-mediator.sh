#!/bin/sh
# t1603: "Egypt, which mediated the truce, said …": a relative clause
# otherwise names its own target or none, but a mediation (045) with no
# party named works between the last pair, as in a main clause (roles.c
# target_in_phrases); another relative clause with no target stays
# uncoded.
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Bolivia and Chile agreed to a truce on Monday. Peru, which mediated the truce, said it would send monitors.
TXT
run "$DYAD" code --lang en --date 2024-05-07 --format tsv "$T/a.txt"
expect_status "relative mediator: coded" 0
check "relative mediator: between the first side" grep -qP '\tPERGOV\tBOLGOV\t045' "$T/out"
check "relative mediator: and the second" grep -qP '\tPERGOV\tCHLGOV\t045' "$T/out"

cat > "$T/b.txt" <<'TXT'
Bolivia and Chile agreed to a truce on Monday. Peru, which criticized the plan, said it would send monitors.
TXT
run "$DYAD" code --lang en --date 2024-05-07 --format tsv "$T/b.txt"
check_not "relative criticism: no target from the discourse" grep -qP '\tPERGOV\t(BOLGOV|CHLGOV)\t11' "$T/out"
test_done
