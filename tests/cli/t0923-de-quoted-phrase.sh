#!/bin/sh
# t0923: a comma inside a quotation that a phrase opens ("sprach von einem
# „Verrat, begangen von Handlangern“") cuts no clause, so the verb after it
# keeps its subject (src/coder/clauses.c quoted_phrase_comma); and the
# insults of a partner in crime ("Handlanger", "Komplizen", "Marionette",
# "Stoß in den Rücken") disapprove (dict/de/patterns.txt, 111).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Die Regierung in Caracas sprach von einem „feigen Anschlag, ausgeführt von Söldnern“ und warnte Kolumbien vor ernsten Folgen.
TXT
cat > "$T/b.txt" <<'TXT'
Der Iran nannte die Regierung in Bahrain eine Marionette Washingtons.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt" "$T/b.txt"
expect_status "quoted phrase: coded" 0
check "warnte Kolumbien after the quoted phrase: Venezuela's warning" grep -qP '\tVENGOV\tCOLGOV\t13[0-9]*\t' "$T/out"
check_not "Colombia is no subject" grep -qP '\tCOLGOV\t[A-Z]*\t13[0-9]*\t' "$T/out"
check "nannte … eine Marionette: 111" grep -qP '\tIRNGOV\tBHRGOV\t111\t' "$T/out"
test_done
