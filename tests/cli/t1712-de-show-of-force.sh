#!/bin/sh
# t1712: the show-of-force family (150, 154): "hielt Militärmanöver rund
# um Taiwan ab", "startete Marinemanöver rund um X" (nouns.txt: Manöver,
# Militärübung, Truppenübung take "um"; compounds.txt: Militär-, Marine-,
# See-, Luft-manöver …), "zog Truppen an der Grenze zur Ukraine zusammen"
# (zusammenziehen, aufmarschieren take "zu").  Sentences written for this
# test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Peru hielt Militärmanöver rund um Chile ab.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "Militärmanöver rund um: coded" 0
check "manoeuvres around a country" grep -qP '\tPERGOV\tCHLGOV\t150\t' "$T/out"

cat > "$T/b.txt" <<'TXT'
Peru startete Marinemanöver rund um Chile.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/b.txt"
expect_status "Marinemanöver: coded" 0
check "a compound manoeuvre" grep -qP '\tPERGOV\tCHLGOV\t150\t' "$T/out"

cat > "$T/c.txt" <<'TXT'
Peru hat Truppen an der Grenze zu Chile zusammengezogen.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/c.txt"
expect_status "an der Grenze zu: coded" 0
check "troops massed at the border of a country" grep -qP '\tPERGOV\tCHLGOV\t154\t' "$T/out"
test_done
