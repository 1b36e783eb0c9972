#!/bin/sh
# t1715: German refusals for what lies ahead (RF_REFUSAL, now on for
# German): "Peru wird nicht mit Chile verhandeln" (125), "wird die
# Sanktionen gegen Chile nicht aufheben" (124x), and a readiness denied
# in the clause that governs the infinitive: "ist nicht bereit, mit Chile
# zu verhandeln" (125; roles.c refused_ahead).  Sentences written for
# this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Peru wird nicht mit Chile verhandeln.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "wird nicht verhandeln: coded" 0
check "a refusal to negotiate" grep -qP '\tPERGOV\tCHLGOV\t125\t' "$T/out"

cat > "$T/b.txt" <<'TXT'
Peru wird die Sanktionen gegen Chile nicht aufheben.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/b.txt"
expect_status "wird nicht aufheben: coded" 0
check "a refusal to yield" grep -qP '\tPERGOV\tCHLGOV\t124' "$T/out"

cat > "$T/c.txt" <<'TXT'
Peru ist nicht bereit, mit Chile zu verhandeln.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/c.txt"
expect_status "nicht bereit, zu verhandeln: coded" 0
check "readiness denied is a refusal" grep -qP '\tPERGOV\tCHLGOV\t125\t' "$T/out"

cat > "$T/d.txt" <<'TXT'
Peru hat nicht mit Chile verhandelt.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/d.txt"
expect_status "a negated past: coded" 0
check_not "a negated past is no refusal" grep -qP '\t12[0-9]*\t' "$T/out"
test_done
