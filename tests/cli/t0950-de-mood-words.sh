#!/bin/sh
# t0950: German mood words of src/lang/de/de_rules.c: resolve and
# willingness ("entschlossen", "gewillt") make the act an intent; a possible,
# looming or feared event ("mögliche", "drohende", "Angst vor") is no fact.
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/intent.txt" <<'TXT'
Die dänische Regierung sei entschlossen, der Ukraine mit Waffen zu helfen.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/intent.txt"
expect_status "entschlossen: coded" 0
check "entschlossen: help is an intent (03x), not given aid" grep -qP '\tDNKGOV\tUKRGOV\t03[0-9]+\t' "$T/out"
check_not "entschlossen: no aid (07x) as a fact" grep -qP '\tDNKGOV\tUKRGOV\t07[0-9]+\t' "$T/out"

cat > "$T/intent2.txt" <<'TXT'
Die Regierung Norwegens ist gewillt, die Gespräche mit Moskau wieder aufzunehmen.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/intent2.txt"
expect_status "gewillt: coded" 0
check_not "gewillt: no talks as a fact (04x)" grep -qP '\tNORGOV\tRUSGOV\t04[0-9]+\t' "$T/out"

cat > "$T/spec.txt" <<'TXT'
Putin hat die Sorge vor einer möglichen Annexion Estlands geschürt.
Die Warnungen vor einer drohenden Offensive Russlands gegen Litauen nehmen zu.
Kanada hat Sanktionen gegen Russland verhängt.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/spec.txt"
expect_status "hedges: coded" 0
check "hedges: the stated sanctions stay a fact" grep -qP '\tCANGOV\tRUSGOV\t16[0-9]+\t' "$T/out"
check_not "hedges: a possible annexation is no fact" grep -qP '\tRUS[A-Z]*\tEST[A-Z]*\t19[0-9]+\t' "$T/out"
check_not "hedges: a looming offensive is no fact" grep -qP '\tRUS[A-Z]*\tLTU[A-Z]*\t19[0-9]+\t' "$T/out"
test_done
