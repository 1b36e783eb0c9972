#!/bin/sh
# t0944: "die Resolution" taken up is the act of the last organisation (IGO)
# or legislature (LEG) that acted, not the last actor; with none, it takes up
# no one (roles.c, assembly_source; assembly_words in src/lang/de/de_rules.c).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Der UN-Sicherheitsrat verurteilte Myanmar in einer Resolution. Die Außenministerin von Kanada sprach von einem wichtigen Signal. Die Regierung von Myanmar wies die Resolution als einseitig zurück.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "resolution: coded" 0
check "the council's criticism is coded" grep -qP '\tIGOUNO\tMMRGOV\t111\t' "$T/out"
check "the resolution rejected is the council's" grep -qP '\tMMRGOV\tIGOUNO\t120\t' "$T/out"
check_not "not the last speaker's" grep -qP '\tMMRGOV\tCANGOV\t' "$T/out"

cat > "$T/b.txt" <<'TXT'
Die Außenministerin von Kanada sprach von einem wichtigen Signal. Die Regierung von Myanmar wies die Resolution als einseitig zurück.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/b.txt"
expect_status "resolution of no one: coded" 0
check_not "a resolution of no assembly named is not the last speaker's" grep -qP '\tMMRGOV\tCANGOV\t' "$T/out"
test_done
