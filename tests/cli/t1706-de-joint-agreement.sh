#!/bin/sh
# t1706: "Chile, Peru und Bolivien einigten sich auf neue Hilfen für
# Ecuador": parties that agree on an act toward a third side act on it
# jointly; their agreement among themselves (057) is no event of its own
# (emit.c joint_agreement, RF_JOINT_AGREEMENT).  An agreement whose
# content concerns only the parties stays.  Sentences written for this
# test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Chile, Peru und Bolivien einigten sich auf neue Hilfen für Ecuador.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "aid for a third side: coded" 0
check "the aid is coded" grep -qP '\t(CHL|PER|BOL)GOV\tECUGOV\t07' "$T/out"
check_not "no agreement among the donors" grep -qP '\t057\t' "$T/out"

cat > "$T/b.txt" <<'TXT'
Chile und Peru haben sich auf Sanktionen gegen Bolivien geeinigt.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/b.txt"
expect_status "sanctions on a third side: coded" 0
check "the sanctions are coded" grep -qP '\t(CHL|PER)GOV\tBOLGOV\t16' "$T/out"
check_not "no agreement among the sanctioners" grep -qP '\t057\t' "$T/out"

cat > "$T/c.txt" <<'TXT'
Chile und Peru haben sich auf ein Grenzabkommen geeinigt.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/c.txt"
expect_status "an agreement of their own: coded" 0
check "their own agreement stays" grep -qP '\tCHLGOV\tPERGOV\t057\t' "$T/out"

# A mediated truce: "die von Brasilien vermittelte Waffenruhe zwischen
# Peru und Chile": an attributive mediation participle (lang.h
# attr_endings) with its "von" phrase before it names the mediator, the
# sides of the noun after it the parties (nouns.c code_mediation).
cat > "$T/d.txt" <<'TXT'
Die von Brasilien und Argentinien vermittelte Waffenruhe zwischen Peru und Chile hält.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/d.txt"
expect_status "a mediated truce: coded" 0
check "the first mediator works on a party" grep -qP '\tBRAGOV\tPERGOV\t045\t' "$T/out"
check "the second mediator works on the other party" grep -qP '\tARGGOV\tCHLGOV\t045\t' "$T/out"
test_done
