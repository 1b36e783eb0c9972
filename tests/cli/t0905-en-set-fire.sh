#!/bin/sh
# t0905: "set fire to parliament" is a deed, not "is set to": the modal
# reading of a plain verb does not apply where an idiom of it matched
# (predicate.c verb_readings); "set ablaze", "set alight" join set|fire
# (dict/en/verbs.txt).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
LIMA (Reuters) - Protesters set fire to parliament and the homes of several ministers even after the government lifted the curfew.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/a.txt"
expect_status "set fire: coded" 0
check "set fire to: a fact" grep -qP '\tPERCVL\tPERLEG\t1712\t' "$T/out"
check_not "set fire to: no threat" grep -qP '\tPERCVL\tPERLEG\t13' "$T/out"

cat > "$T/b.txt" <<'TXT'
The Peruvian parliament was set ablaze by protesters on Tuesday.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/b.txt"
check "set ablaze" grep -qP '\tPERCVL\tPERLEG\t(1712|145)' "$T/out"
test_done
