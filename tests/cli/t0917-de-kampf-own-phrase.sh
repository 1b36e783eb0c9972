#!/bin/sh
# t0917: "Kampf" (dict/de/nouns.txt) is the armed struggle as a support
# verb's object ("setzt den Kampf gegen X fort", announced: a threat, 13x);
# and an event noun whose own phrase follows it ("den Kampf gegen die
# Armut") takes up no earlier event as an anaphor (src/coder/roles.c
# anaphoric_object).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Die Hamas kündigte am Sonntag an, den Kampf gegen Israel fortzusetzen.

Chile hat Peru am Montag scharf kritisiert. Bolivien unterstütze jedoch weiterhin den Kampf gegen die Armut.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "Kampf: coded" 0
check "den Kampf gegen Israel fortzusetzen (announced): 13x" grep -qP '\tPSEREB\tISR[A-Z]*\t13[0-9]*\t' "$T/out"
check_not "den Kampf gegen die Armut: no anaphor of the criticism" grep -qP '\tBOLGOV\t(PER|CHL)[A-Z]*\t' "$T/out"
test_done
