#!/bin/sh
# t0949: a place that is no actor, owning an actor ("with Izmir's chief
# prosecutor"), stands between the actor and its preposition: the phrase
# is still a "with" phrase, so talks go both ways (groups.c, find_groups).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Saudi prosecutor Ali Hamdan flew to Turkey. Hamdan arrived in Izmir on Sunday night and held talks on Monday with Izmir's chief prosecutor, days after he contradicted earlier Saudi statements.
TXT
run "$DYAD" code --lang en --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "possessor place: coded" 0
check "talks with Izmir's prosecutor: the guest's side" grep -qP '\tSAUJUD\tTURJUD\t040' "$T/out"
check "talks with Izmir's prosecutor: the host's side" grep -qP '\tTURJUD\tSAUJUD\t040' "$T/out"
test_done
