#!/bin/sh
# t0947: an event noun that is the clause's predicate inside a phrase of
# occasion ("Somalia, drei Tage nach dem Anschlag auf Studenten: …") names
# another happening than the subject's deed, as a noun in such a phrase
# beside a verb does (nouns.c); talks and cooperation (03-08) stay the
# subject's (roles.c, predicate_gates).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Somalia, drei Tage nach dem blutigen Anschlag auf Studenten in Baidoa: Die Überlebenden sollen an anderen Orten lernen.

Somalia, drei Tage nach den Gesprächen mit Kenia: Die Grenze bleibt offen.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "occasion phrases: coded" 0
check_not "the country named before an attack of occasion is not its attacker" grep -qP '\tSOMGOV\t[A-Z]*\t18' "$T/out"
check "talks of occasion stay the subject's" grep -qP '\tSOMGOV\tKENGOV\t040\t' "$T/out"
test_done
