#!/bin/sh
# t0954: German verb readings that code nothing or change the target
# (dict/de/patterns.txt, dict/de/verbs.txt): a neutral naming ("bezeichnete
# den Angriff als Vergeltung") is no disapproval; "hält den Journalisten
# fest" stays a detention (the "an X festhalten" reading, no event, is in
# patterns.txt; a sentence that the coder would have coded wrongly needs a
# target from the context, which this file does not set up); "übergab Geiseln an das Rote Kreuz" releases the hostages' side.
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Der Iran bezeichnete den Raketenangriff auf Israel als Vergeltung.

Berlin bezeichnete den Angriff Russlands als Verbrechen.

Die iranische Polizei hält den französischen Journalisten seit Monaten fest.

Die türkische Polizei hielt einen deutschen Reporter an der Grenze fest.

Die Hamas übergab 13 israelische Geiseln an das Rote Kreuz.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "frames: coded" 0
check_not "als Vergeltung: no disapproval of Israel" grep -qP '\tIRNGOV\tISR[A-Z]*\t11[0-9]*\t' "$T/out"
check "als Verbrechen: disapproval stays" grep -qP '\tDEUGOV\tRUSGOV\t11[0-9]*\t' "$T/out"
check "den Journalisten festhalten: detention stays" grep -qP '\tIRNCOP\tFRAMED\t17[0-9]*\t' "$T/out"
check "an der Grenze festhalten: detention stays" grep -qP '\tTURCOP\tDEUMED\t17[0-9]*\t' "$T/out"
check "übergab Geiseln: Israel's side is released" grep -qP '\tPSEREB\tISR[A-Z]*\t08[0-9]*\t' "$T/out"
check_not "übergab Geiseln: not released to the Red Cross" grep -qP '\tPSEREB\tNGO[A-Z]*\t08[0-9]*\t' "$T/out"
test_done
