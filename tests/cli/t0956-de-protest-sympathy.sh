#!/bin/sh
# t0956: German protest and sympathy phrases (dict/de/verbs.txt,
# patterns.txt): "gingen gegen die Regierung auf die Straße", "strömten auf
# die Straßen" (141); "wünschte ihm baldige Genesung" (018).  A plain "gehen"
# codes nothing, and a separable verb of it keeps its own reading.
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
In Belgrad sind Zehntausende Serben gegen die Regierung auf die Straße gegangen.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "auf die Straße gehen: coded" 0
check "auf die Straße gehen: a protest against the government (141)" grep -qP '\tSRBCVL\tSRBGOV\t141\t' "$T/out"

cat > "$T/b.txt" <<'TXT'
In Tiflis strömten Tausende Georgier auf die Straßen.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/b.txt"
expect_status "auf die Straßen strömen: coded" 0
check "auf die Straßen strömen: a protest (14x)" grep -qP '\tGEOCVL\tGEO[A-Z]*\t14[0-9]*\t' "$T/out"

cat > "$T/c.txt" <<'TXT'
Der französische Präsident wünschte dem slowakischen Regierungschef eine baldige Genesung.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/c.txt"
expect_status "Genesung wünschen: coded" 0
check "Genesung wünschen: sympathy (018)" grep -qP '\tFRAGOV\tSVKGOV\t018\t' "$T/out"

cat > "$T/d.txt" <<'TXT'
Die belarussischen Polizisten gehen mit Gewalt gegen die Demonstranten vor.
Die Gespräche zwischen Russland und der Ukraine gehen weiter.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/d.txt"
expect_status "gehen: coded" 0
# (with "mit Gewalt" vorgehen is violent repression, 175: t1848)
check "vor|gehen keeps its reading (17x)" grep -qP '\tBLRCOP\tBLRCVL\t17[05]\t' "$T/out"
check "the talks still code (040)" grep -qP '\tRUSGOV\tUKRGOV\t040\t' "$T/out"
test_done
