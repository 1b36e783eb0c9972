#!/bin/sh
# t1601: "the minister said that the United States was weak and accused it
# of …": the coordinated verb after a content clause first takes that
# clause's subject, but its pronoun object (not reflexive) names that very
# subject: the verb is the speaker's, whose main clause it continues
# (roles.c subject_of_main).  A coordinated verb whose object is someone
# else keeps the content clause's subject.
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
The Peruvian foreign minister said that Chile was weak and accused it of arming smugglers.
TXT
run "$DYAD" code --lang en --date 2024-05-07 --format tsv "$T/a.txt"
expect_status "accused it: coded" 0
check "accused it: the speaker accuses the content's subject" grep -qP '\tPERGOV\tCHLGOV\t112' "$T/out"

cat > "$T/b.txt" <<'TXT'
Peruvian officials said that Chilean troops crossed the border and attacked Peruvian farmers.
TXT
run "$DYAD" code --lang en --date 2024-05-07 --format tsv "$T/b.txt"
check "attacked Peruvian farmers: still the troops" grep -qP '\tCHLMIL\tPERAGR\t19' "$T/out"
check_not "attacked Peruvian farmers: not the speaker" grep -qP '\tPERGOV\tPERAGR\t19' "$T/out"
test_done
