#!/bin/sh
# t0902: "Washington rejected Russian demands to bar Ukraine from joining
# NATO": the country adjective of the event noun right after the verb
# names whose act is answered, over an object further on in the
# infinitive (roles.c target_in_phrases).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Lima firmly rejected Chilean demands to bar Bolivia from joining the trade bloc.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/a.txt"
expect_status "adjective object: coded" 0
check "the demands' author is answered" grep -qP '\tPERGOV\tCHLGOV\t12' "$T/out"
check_not "not the country in the infinitive" grep -qP '\tPERGOV\tBOLGOV\t12' "$T/out"
test_done
