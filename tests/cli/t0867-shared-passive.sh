#!/bin/sh
# t0867-shared-passive: a passive clause that shares its subject with the
# clause before ("Montenegro joined NATO and was praised by the United
# States") has its agent as the source and that subject as the target.  A
# shared subject's source name is its mention.
. tests/cli/test-lib.sh

echo "Montenegro joined NATO and was praised by the United States." > "$T/en.txt"
run "$DYAD" code --lang en --date 2024-01-01 "$T/en.txt"
expect_status "shared-passive: the English article codes" 0
check "shared-passive: the United States praised Montenegro" grep -q '"source":"USAGOV","target":"MNEGOV".*"code":"051"' "$T/out"
check_not "shared-passive: Montenegro praised no one" grep -q '"source":"MNEGOV","target":"USAGOV".*"code":"051"' "$T/out"

echo "Die Ukraine trat der Allianz bei und wurde von den USA gelobt." > "$T/de.txt"
run "$DYAD" code --lang de --date 2024-01-01 "$T/de.txt"
expect_status "shared-passive: the German article codes" 0
check "shared-passive: die USA lobten die Ukraine" grep -q '"source":"USAGOV","target":"UKRGOV".*"code":"051"' "$T/out"
run "$DYAD" explain --lang de --date 2024-01-01 "$T/de.txt"
check "shared-passive: explain says who acted on whom" grep -q "passive: USAGOV acted on the subject UKRGOV" "$T/out"
# the source of a clause sharing the subject is named by that subject's
# mention, not by the verb opening the clause
echo "Kämpfer aus dem Gazastreifen drangen in israelische Dörfer ein, töteten Zivilisten und verschleppten Menschen." > "$T/de3.txt"
run "$DYAD" code --lang de --date 2024-01-01 "$T/de3.txt"
check "shared-passive: a shared subject's name is its mention" grep -q '"source_name":"Kämpfer","target_name":"Zivilisten","code":"1823"' "$T/out"
check_not "shared-passive: not the verb" grep -q '"source_name":"töteten"' "$T/out"
test_done
