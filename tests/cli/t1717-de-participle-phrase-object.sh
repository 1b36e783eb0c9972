#!/bin/sh
# t1717: a coordinated participle phrase (t1711) has no Vorfeld and is no
# relative clause: in "Peru hat Chile angegriffen und den Ausnahmezustand
# verhängt" the second phrase opens with its object ("den" is no relative
# pronoun there; clauses.c), a support verb takes that object noun
# (predicate.c use_object_noun: 1724, not verhängen's 163), and a state
# of emergency is at home, not aimed at the first verb's target (roles.c
# target_coordinated).  Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Peru hat Chile angegriffen und den Ausnahmezustand verhängt.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "participle phrase with its object first: coded" 0
check "the attack" grep -qP '\tPERGOV\tCHLGOV\t19' "$T/out"
check "the state of emergency at home" grep -qP '\tPERGOV\tPER[A-Z]*\t1724\t' "$T/out"
check_not "no sanctions on the attacked" grep -qP '\tPERGOV\tCHLGOV\t16' "$T/out"
test_done
