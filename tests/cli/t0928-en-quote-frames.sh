#!/bin/sh
# t0928: '"We will send more troops to Poland," Biden vowed.': a last
# clause after a quotation that holds an actor and a verb of words (roots
# 01-13, or a modal verb: vowed, warned, promised) and nothing after the
# verb but a time phrase or an adverb frames the quotation as "said" does
# (speech.c quote_frame).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
"We will send more troops to Ecuador," the Peruvian president vowed on Monday.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/a.txt"
expect_status "vowed: coded" 0
check "the quotation is the vower's" grep -qP '\tPERGOV\tECUGOV\t03' "$T/out"

test_done
