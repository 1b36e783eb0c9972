#!/bin/sh
# t0912: an inflected participle right after a number or a preposition,
# before its noun ("mit 30 verurteilten irakischen Männern", "nach
# gescheiterten Gesprächen") is an attribute, not the clause's verb
# (src/coder/atoms.c attributive_participle).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Ein Sonderflug mit 30 verurteilten irakischen Männern startete am Abend in Richtung Bagdad.

Ein Bus mit verurteilten Straftätern aus Tunesien fuhr am Morgen in Richtung Tunis.

Die Regierung Syriens kritisierte nach gescheiterten Gesprächen die Türkei.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "attributive participle: coded" 0
check_not "30 verurteilten Männern: no condemnation" grep -qP '\tIRQ[A-Z]*\tIRQ[A-Z]*\t111\t' "$T/out"
check_not "mit verurteilten Straftätern: no condemnation" grep -qP '\tTUN[A-Z]*\tTUN[A-Z]*\t11[0-9]\t' "$T/out"
check "the clause's own verb stays (111 after the phrase)" grep -qP '\tSYRGOV\tTURGOV\t111\t' "$T/out"
test_done
