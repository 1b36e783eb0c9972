#!/bin/sh
# t0922: "declared martial law and said …", "reported two casualties and
# said …": words after a speech verb that reach a conjunction or a comma
# before any verb are its object, not its content, and the "and said"
# after them keeps the speaker (clauses.c speech_content_starts); a word
# of the predicate's pattern that names the same event (declared martial
# law: 1724) is no anaphor of an earlier event (roles.c anaphoric_object).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Chilean troops shelled the border post on Monday. The Peruvian president declared martial law and said Lima was recalling its ambassador from Santiago.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/a.txt"
expect_status "declared: coded" 0
check "martial law at home" grep -qP '\tPERGOV\tPERCVL\t1724' "$T/out"
check_not "martial law is no answer to the shelling" grep -qP '\tPERGOV\tCHL[A-Z]*\t1724' "$T/out"
check "the speaker's content after 'and said'" grep -qP '\tPERGOV\tCHLGOV\t161' "$T/out"

cat > "$T/b.txt" <<'TXT'
Bolivian officials reported two casualties and said Paraguay had expelled three Bolivian diplomats.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/b.txt"
check "content of a coordinated 'said'" grep -qP '\tPRYGOV\tBOL[A-Z]*\t174' "$T/out"
test_done
