#!/bin/sh
# t0935: English number bounds and the toll of an armed act.
# "detained around 3,000 people", "at least 250 protesters": a bound before
# a number counts the people, it heads no phrase (groups.c approx_bound,
# en_rules.c num_bounds); "…, killing at least 19 people" after an armed
# act of the same actor is its toll, no second event (emit.c), and its
# subject is that act's, not the speaker's (roles.c violent_cause); a
# named victim stays an event of its own.
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Moldovan police detained around 2,000 people in the capital on Sunday.
TXT
run "$DYAD" code --lang en --date 2021-05-02 --format tsv "$T/a.txt"
expect_status "around: coded" 0
check "around a number: the counted are the object" grep -qP '\tMDACOP\tMDACVL\t173' "$T/out"

cat > "$T/b.txt" <<'TXT'
Moldovan police detained at least 250 students in the capital on Sunday.
TXT
run "$DYAD" code --lang en --date 2021-05-02 --format tsv "$T/b.txt"
check "at least a number: the counted are the object" grep -qP '\tMDACOP\tMDA[A-Z]*\t173' "$T/out"

cat > "$T/c.txt" <<'TXT'
A Moldovan minister said that rebels had stormed a border post near the river, killing the regional police chief.
TXT
run "$DYAD" code --lang en --date 2021-05-02 --format tsv "$T/c.txt"
check "the killing is the stormers'" grep -qP '\tMDAREB\tMDACOP\t18' "$T/out"
check_not "the killing is not the speaker's" grep -qP '\tMDAGOV\tMDACOP\t18' "$T/out"

cat > "$T/d.txt" <<'TXT'
Chilean soldiers opened fire on Peruvian troops at the border, killing 12 soldiers.
TXT
run "$DYAD" code --lang en --date 2021-05-02 --format tsv "$T/d.txt"
check "the shooting is coded" grep -qP '\tCHLMIL\tPERMIL\t19' "$T/out"
check_not "the counted dead are its toll" grep -qP '\tCHLMIL\tPERMIL\t1823' "$T/out"

cat > "$T/e.txt" <<'TXT'
Chilean soldiers opened fire on Peruvian troops at the border, killing the Peruvian army chief.
TXT
run "$DYAD" code --lang en --date 2021-05-02 --format tsv "$T/e.txt"
check "a named victim is an event of its own" grep -qP '\tCHLMIL\tPERMIL\t18' "$T/out"
test_done
