#!/bin/sh
# t0943: a reaction that names no actor answers the last actor only when it
# has no object at all; in a verb-final German clause the object stands
# before the verb ("versuchten Fenster von Banken zu zerstören") and blocks
# it as one after the verb does (roles.c, target_by_reaction).  A bare
# reaction with only adverbs ("hat am Abend heftig widersprochen") still
# answers the last actor.
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Argentinien kritisierte Brasilien scharf. Demonstranten in Uruguay warfen Steine und versuchten Fenster von Banken zu zerstören.

Argentinien kritisierte Brasilien scharf. Der Präsident von Uruguay hat am Abend heftig widersprochen.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "objects before the verb: coded" 0
check "the criticism is coded" grep -qP '\tARGGOV\tBRAGOV\t111\t' "$T/out"
check_not "an attempt on shop windows is aimed at no last actor" grep -qP '\tURYCVL\t(BRA|ARG)GOV\t' "$T/out"
check "a bare reaction still answers the last actor" grep -qP '\tURYGOV\tARGGOV\t120\t' "$T/out"
test_done
