#!/bin/sh
# t0963: critics and opponents named by the leader or seat they oppose
# (dict/de/countries.txt): "der Kremlkritiker" is RUSOPP, "Erdoğan-Gegner"
# TUROPP.  Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Die russische Polizei nahm den bekannten Kremlkritiker am Flughafen fest.

Die türkische Polizei hat mehrere Erdoğan-Gegner festgenommen.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "critics: coded" 0
check "Kremlkritiker: the Russian opposition (173)" grep -qP '\tRUSCOP\tRUSOPP\t173\t' "$T/out"
check "Erdoğan-Gegner: the Turkish opposition (173)" grep -qP '\tTURCOP\tTUROPP\t173\t' "$T/out"
test_done
