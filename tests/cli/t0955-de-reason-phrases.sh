#!/bin/sh
# t0955: a German event noun in a phrase of reason or circumstance (wegen,
# aufgrund, angesichts, trotz: src/lang/de/de_rules.c reason_preps) is not
# the act of the clause's actors: "verurteilte einen Russen wegen des Mordes
# an einem Georgier" codes the sentence, no murder by the court's object.
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Ein deutsches Gericht hat einen Russen wegen des Mordes an einem Georgier zu lebenslanger Haft verurteilt.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "reason phrase: coded" 0
check "the court's verdict is coded (11x)" grep -qP '\tDEUJUD\tRUS[A-Z]*\t11[0-9]*\t' "$T/out"
check_not "no killing (18x) read from the reason phrase" grep -qP '\t[A-Z]*\t[A-Z]*\t18[0-9]*\t' "$T/out"
test_done
