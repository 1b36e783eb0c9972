#!/bin/sh
# t0921: "condemned the violence", "called the diversion shocking": words
# that name an act without being event nouns of their own take up the
# last actor of another country (en_rules.c FW2_ANAPH family); where that
# actor took part in no coded event, the doer of the last event reported
# (roles.c target_anaphoric, in_events).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Belarusian police detained hundreds of protesters in Minsk on Sunday. The European Union condemned the violence.
TXT
run "$DYAD" code --lang en --date 2021-05-24 --format tsv "$T/a.txt"
expect_status "violence: coded" 0
check "the violence is the police's" grep -qP '\tIGOEUREEC\tBLRCOP\t11' "$T/out"

cat > "$T/b.txt" <<'TXT'
Belarusian police detained a Polish journalist in Minsk on Sunday. His Russian friend was led off the plane. Authorities have not said where they are held. The Latvian foreign minister called the diversion shocking.
TXT
run "$DYAD" code --lang en --date 2021-05-24 --format tsv "$T/b.txt"
check "the doer of the last event, not an actor of no event" grep -qP '\tLVAGOV\tBLR[A-Z]*\t11' "$T/out"
check_not "not the actor of no event" grep -qP '\tLVAGOV\tRUS[A-Z]*\t11' "$T/out"
test_done
