#!/bin/sh
# t1622: an attack on a place named with its kind ("die Region Charkiw",
# "die Stadt Bachmut") is toward that place's country, and so is an event
# noun's own slot phrase ("setzte ihre Angriffe auf die Region Cherson
# fort"): roles.c place_target.
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Die russische Armee griff am Morgen die Region Saporischschja an.

Die äthiopische Armee beschoss die Stadt Kassala im Nachbarland.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "place with its kind: coded" 0
check "the region's country (verb)" grep -qP '\tRUSMIL\tUKR\t19' "$T/out"
check "the town's country" grep -qP '\tETHMIL\tSDN\t19' "$T/out"

cat > "$T/b.txt" <<'TXT'
Die russische Armee setzte in der Nacht ihre Angriffe auf die Region Cherson fort.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/b.txt"
expect_status "event noun's place: coded" 0
check "the region's country (event noun)" grep -qP '\tRUSMIL\tUKR\t19' "$T/out"
test_done
