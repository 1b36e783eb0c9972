#!/bin/sh
# t1710: "enthob den Generalstaatsanwalt seines Amtes": entheben (172,
# removal from office) with its strong forms enthob/enthoben.  Sentences
# written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Die peruanische Regierung enthob den Generalstaatsanwalt seines Amtes.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "entheben: coded" 0
check "removal from office" grep -qP '\tPERGOV\tPER[A-Z]*\t172\t' "$T/out"

test_done
