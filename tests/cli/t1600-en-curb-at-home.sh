#!/bin/sh
# t1600: "the government shut down the internet", "banned all rallies": a
# curb on freedoms (1721) with no one named is on the source's own people
# (roles.c, under RF_BAN_EMBARGO like the 1723/1724 rule for curfews and
# martial law); the internet family in dict/en/patterns.txt (cut off, block,
# restrict, suspend the internet / social media; shut|off in verbs.txt) and
# "suspended the constitution" (172: against the government when the army
# does it).  A ban on another country's goods stays an embargo (163).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
The Bolivian government banned all rallies on Tuesday.
TXT
run "$DYAD" code --lang en --date 2024-05-07 --format tsv "$T/a.txt"
expect_status "banned all rallies: coded" 0
check "banned all rallies: on its own people" grep -qP '\tBOLGOV\tBOLCVL\t1721' "$T/out"

cat > "$T/b.txt" <<'TXT'
The Bolivian government cut off the internet on Tuesday.
TXT
run "$DYAD" code --lang en --date 2024-05-07 --format tsv "$T/b.txt"
check "cut off the internet: 1721 at home" grep -qP '\tBOLGOV\tBOLCVL\t1721' "$T/out"

cat > "$T/c.txt" <<'TXT'
Bolivian authorities shut off mobile internet in three provinces on Tuesday.
TXT
run "$DYAD" code --lang en --date 2024-05-07 --format tsv "$T/c.txt"
check "shut off mobile internet: 1721 at home" grep -qP '\tBOLGOV\tBOLCVL\t1721' "$T/out"

cat > "$T/d.txt" <<'TXT'
The Bolivian army suspended the constitution on Tuesday.
TXT
run "$DYAD" code --lang en --date 2024-05-07 --format tsv "$T/d.txt"
check "army suspended the constitution: 172 against the government" grep -qP '\tBOLMIL\tBOLGOV\t172\t' "$T/out"

cat > "$T/e.txt" <<'TXT'
The Bolivian government banned Argentine beef on Tuesday.
TXT
run "$DYAD" code --lang en --date 2024-05-07 --format tsv "$T/e.txt"
check "a ban on another country's goods: an embargo" grep -qP '\tBOLGOV\tARGGOV\t163' "$T/out"
test_done
