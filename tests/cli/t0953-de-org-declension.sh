#!/bin/sh
# t0953: German organisation names after an article take the weak adjective
# ending ("der Internationale Gerichtshof", "das Europäische Parlament", "den
# Islamischen Staat"); the orgs files list those forms (issue 11).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Der Internationale Gerichtshof hat die Klage Nicaraguas gegen Deutschland abgewiesen.

Das Europäische Parlament verurteilte die Festnahme des russischen Oppositionspolitikers.

Der Islamische Staat griff irakische Truppen in der Provinz Anbar an.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "org declension: coded" 0
check "der Internationale Gerichtshof is the ICJ" grep -qP '\tIGOUNOJUDICJ\tNICGOV\t12[0-9]*\t' "$T/out"
check "das Europäische Parlament is the EU" grep -qP '\tIGOEUREEC\tRUSOPP\t11[0-9]*\t' "$T/out"
check "der Islamische Staat is the armed group" grep -qP '\tIRQREB\tIRQMIL\t19[0-9]*\t' "$T/out"
test_done
