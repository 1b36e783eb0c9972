#!/bin/sh
# t0942: a noun repeated across a preposition ("Schritt für Schritt", "step
# by step") is a manner adverbial, not an object that takes up the last
# event (roles.c, anaphoric_object).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Portugal kritisierte Spanien scharf. Die EU werde Schritt für Schritt überprüfen, wie Marokko seine Zusagen umsetzt, sagte ein Sprecher.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "step by step: coded" 0
check "the criticism is coded" grep -qP '\tPRTGOV\tESPGOV\t111\t' "$T/out"
check_not "step by step takes up no event" grep -qP '\tIGOEUREEC\tPRTGOV\t' "$T/out"

cat > "$T/b.txt" <<'TXT'
Portugal schloss die Grenze zu Spanien. Die EU kritisierte den Schritt.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/b.txt"
expect_status "the step: coded" 0
check "the step alone still takes up the last event" grep -qP '\tIGOEUREEC\tPRTGOV\t111\t' "$T/out"
test_done
