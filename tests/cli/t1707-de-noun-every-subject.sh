#!/bin/sh
# t1707: "Chile und Peru einigten sich auf Sanktionen gegen Bolivien": a
# nominal event with a target of its own whose source is the clause's
# subject has every subject as a source (coding guide: plural actors
# yield an event each; nouns.c noun_target_and_emit).  Sentences written
# for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Chile und Peru haben sich auf Sanktionen gegen Bolivien geeinigt.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "two subjects: coded" 0
check "the first subject sanctions" grep -qP '\tCHLGOV\tBOLGOV\t16' "$T/out"
check "the second subject sanctions" grep -qP '\tPERGOV\tBOLGOV\t16' "$T/out"
test_done
