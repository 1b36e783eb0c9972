#!/bin/sh
# t0602-import-merge-folders.sh: dyad dict import --merge keeps dyad's
# per-region people/ and orgs/ files (the loader reads their *.txt beside
# people.txt and orgs.txt): they are copied into the output, their forms
# count as dyad's own (an imported actor with the same form loses), and
# the merged dictionaries code with them.
. tests/cli/test-lib.sh
B=$T/base
cp -R dict "$B"
mkdir -p "$B/people" "$B/orgs"
cat > "$B/people/zz-test.txt" <<'P'
# a made-up person for this test
person VAL  Ada Quillon | Quillon
  VALGOV  2004-01-01  -
P
cat > "$B/orgs/zz-test.txt" <<'O'
IGOLAK  Council of Lakes
O
IMP=tests/import/petrarch
run "$DYAD" dict import --merge --base "$B" --format petrarch -o "$T/merged" \
    $IMP/fixture.actors.txt $IMP/fixture.agents.txt $IMP/fixture.verbs.txt
check "import --merge: runs (exit 0 or 1)" test "$rc" -le 1
check "import --merge: people/*.txt copied" cmp "$B/people/zz-test.txt" "$T/merged/people/zz-test.txt"
check "import --merge: orgs/*.txt copied" cmp "$B/orgs/zz-test.txt" "$T/merged/orgs/zz-test.txt"
printf 'Ada Quillon criticized the Council of Lakes on Tuesday.\n' > "$T/a.txt"
run "$DYAD" code --lang en --date 2022-05-10 --format tsv --dict "$T/merged" "$T/a.txt"
check "import --merge: the merged dictionaries code with them (VALGOV 111 IGOLAK)" \
    grep -q "	VALGOV	IGOLAK	111	" "$T/out"
run "$DYAD" dict import --base "$B" --format petrarch -o "$T/alone" $IMP/fixture.actors.txt
check "import without --merge: no people/ copied" test ! -e "$T/alone/people/zz-test.txt"
test_done
