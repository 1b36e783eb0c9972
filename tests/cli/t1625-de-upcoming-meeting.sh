#!/bin/sh
# t1625: "vor dem Gipfel mit Chile", "vor seinem Besuch in Lima": a meeting
# or visit (04) in a "vor" phrase is yet to come, an intent (036), not a
# meeting held (lang.h upcoming_preps, nouns.c noun_is_event); "nach dem
# Gipfel mit …" stays a fact.
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Vor dem Gipfel mit Chile kritisierte Argentinien die Regierung Boliviens.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "upcoming summit: coded" 0
check_not "no summit held" grep -qP '\tARGGOV\tCHLGOV\t04' "$T/out"
check "the criticism stays" grep -qP '\tARGGOV\tBOLGOV\t111' "$T/out"

cat > "$T/b.txt" <<'TXT'
Nach dem Gipfel mit Chile kritisierte Argentinien die Regierung Boliviens.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/b.txt"
expect_status "past summit: coded" 0
check "the summit was held" grep -qP '\tARGGOV\tCHLGOV\t04' "$T/out"
test_done
