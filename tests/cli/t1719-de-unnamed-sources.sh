#!/bin/sh
# t1719: "Medien berichten unter Berufung auf ungenannte Quellen über
# Vorbereitungen für ein Gipfeltreffen": what rests on unnamed sources
# (ungenannte, ungenannten, ungenannter: FW_SPEC in de_rules.c) is
# speculation, not coded (coding guide: speculation is no event).  The
# same report from a named side stays.  Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Chilenische Medien berichten unter Berufung auf ungenannte Quellen über ein Treffen zwischen Peru und Bolivien.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "unnamed sources: coded" 0
check_not "no meeting from unnamed sources" grep -qP '\t(PER|BOL)GOV\t(PER|BOL)GOV\t0' "$T/out"

cat > "$T/b.txt" <<'TXT'
Peru und Bolivien haben sich in La Paz getroffen.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/b.txt"
expect_status "a meeting reported plainly: coded" 0
check "the meeting stays" grep -qP '\tPERGOV\tBOLGOV\t04' "$T/out"
test_done
