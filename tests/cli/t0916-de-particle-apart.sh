#!/bin/sh
# t0916: a separable verb whose particle is a word of its own
# ("verantwortlich|machen") writes its verb-final forms apart: "…, weil
# Ankara Athen verantwortlich machte", "will … verantwortlich machen",
# "versuchte, … verantwortlich zu machen" (src/lang/de/de.c apart()).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Die Regierung in Ankara war empört, weil Athen die Türkei für den Brand verantwortlich machte.

Die Regierung in Lima will Bolivien für die Unruhen verantwortlich machen.

Die Regierung in Caracas versuchte am Montag, Kolumbien für den Anschlag verantwortlich zu machen.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "particle apart: coded" 0
check "verb-final 'verantwortlich machte': 112" grep -qP '\tGRCGOV\tTURGOV\t112\t' "$T/out"
check "infinitive 'verantwortlich machen': 112 (intent)" grep -qP '\tPERGOV\tBOLGOV\t112\t' "$T/out"
check "zu-infinitive 'verantwortlich zu machen': 112" grep -qP '\tVENGOV\tCOLGOV\t112\t' "$T/out"
test_done
