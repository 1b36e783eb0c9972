#!/bin/sh
# t0908: "The EU opened membership talks with Ukraine, a step Kyiv hailed as
# historic": an indefinite noun in apposition to the clause before, with a
# relative clause of its own (no "that"), takes that clause's event up;
# its doer (one done to the subject's country first) is the target
# (roles.c anaphoric_object, target_anaphoric).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Mercosur opened trade talks with Peru and Bolivia on Tuesday, a step Lima hailed as historic.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/a.txt"
expect_status "appositive relative: coded" 0
check "the hailed act is the doer's" grep -qP '\tPERGOV\tIGO[A-Z]*\t05' "$T/out"
check_not "not the other party" grep -qP '\tPERGOV\tBOLGOV\t05' "$T/out"
test_done
