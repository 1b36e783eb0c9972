#!/bin/sh
# t1701: "Am Rande des G20-Gipfels sagte X …", "Auf dem Nato-Gipfel warnte
# X …", "Im Mittelpunkt des EU-Gipfels steht X": a meeting noun whose only
# partner is the organisation of its compound, in a phrase of setting
# (lang.h setting_preps, circumstance_nouns) or in the genitive of another
# noun, is where the clause's act happened, no meeting of the subject with
# that organisation (nouns.c setting_meeting).  A summit with a partner of
# its own stays.  Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Am Rande des G20-Gipfels sagte der chilenische Präsident, Chile werde Peru weiter unterstützen.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "am Rande des G20-Gipfels: coded" 0
check "the content is coded" grep -qP '\tCHLGOV\tPERGOV\t03' "$T/out"
check_not "no meeting with the G20" grep -qP '\tIGOG20\t04' "$T/out"

cat > "$T/b.txt" <<'TXT'
Während des Nato-Gipfels in Madrid warnte der türkische Präsident Finnland vor neuen Zugeständnissen.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/b.txt"
expect_status "während des Nato-Gipfels: coded" 0
check "the warning is coded" grep -qP '\tTURGOV\tFINGOV\t13' "$T/out"
check_not "no meeting with Nato" grep -qP '\tIGOWSTNAT\t04' "$T/out"

cat > "$T/c.txt" <<'TXT'
Im Mittelpunkt des EU-Gipfels steht Moldau.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/c.txt"
expect_status "im Mittelpunkt des EU-Gipfels: coded" 0
check_not "the topic meets no one" grep -qP '\tIGOEUREEC\t04' "$T/out"

cat > "$T/d.txt" <<'TXT'
Bei ihrem Gipfeltreffen in Santiago haben Chile und Peru eine engere Zusammenarbeit vereinbart.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/d.txt"
expect_status "their own summit: coded" 0
check "their own summit stays a meeting" grep -qP '\tCHLGOV\tPERGOV\t04' "$T/out"
test_done
