#!/bin/sh
# t0945: an event noun after a victim noun ("wurden Opfer eines Anschlags",
# "Opfer von Angriffen") is suffered by the subject, which is not its actor
# (roles.c, predicate_gates; victim_words in src/lang/de/de_rules.c).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Ein früherer Offizier aus Georgien ist in Wien bewusstlos aufgefunden worden. Er wurde nach Angaben der Ermittler Opfer eines Anschlags mit Gift.

Soldaten aus Armenien griffen am Montag Dörfer in Aserbaidschan an.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "victims: coded" 0
check_not "the victim of an attack is not its attacker" grep -qP '\tGEO[A-Z]*\t[A-Z]*\t18' "$T/out"
check "an attack by its actor is still coded" grep -qP '\tARMMIL\tAZE[A-Z]*\t19' "$T/out"
test_done
