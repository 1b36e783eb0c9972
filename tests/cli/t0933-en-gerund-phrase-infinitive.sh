#!/bin/sh
# t0933: English "jailed for plotting to attack Americans": the verb that a
# gerund after a preposition governs belongs to that phrase (the charge),
# it is no deed of the clause's subject, nor is a bare verb coordinated
# with it (predicate.c, gerund_governed); a
# verb a finite verb governs is still coded. Sentences written for this
# test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
A Russian dealer spent twelve years in an American jail for plotting to attack Americans.

Russia thanked China for agreeing to support its plan.

Russia pledged to support China.

A Russian dealer is in an American jail for plotting to support rebels and attack Americans.

Russia thanked China for agreeing to support its plan and pledged to help Syria.
TXT
run "$DYAD" code --lang en --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "gerund phrase: coded" 0
check_not "the charge is no attack by the jailed" grep -qP '^\S+\t0\t.*\tRUS[A-Z]*\t[A-Z]*\t19' "$T/out"
check "a thanks is still coded" grep -qP '\tRUSGOV\tCHNGOV\t051' "$T/out"
check "a governed verb is still coded" grep -qP '^\S+\t2\t.*\tRUSGOV\tCHNGOV\t0' "$T/out"
check_not "a bare verb coordinated with the charge is no attack either" grep -qP '^\S+\t3\t.*\tRUS[A-Z]*\t[A-Z]*\t19' "$T/out"
check "a finite verb coordinated after it is the sentence's own" grep -qP '^\S+\t4\t.*\tRUSGOV\tSYRGOV\t03' "$T/out"
test_done
