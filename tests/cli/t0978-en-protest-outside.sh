#!/bin/sh
# t0978-en-protest-outside: "outside" is a preposition (en_rules.c), and a
# protest, demonstration or rally outside an embassy or court is aimed at
# it (the slot "outside" of the protest verbs and nouns): the target is the
# embassy's country, not the protesters' own government.
. tests/cli/test-lib.sh

cat > "$T/a.jsonl" <<'TXT'
{"id":"u1","date":"2022-03-01","lang":"en","text":"Hundreds of Ukrainians protested outside the Russian embassy in Warsaw."}
{"id":"u2","date":"2022-03-01","lang":"en","text":"Iranian students demonstrated outside the British embassy in Tehran."}
TXT
run "$DYAD" code "$T/a.jsonl"
expect_status "outside: the articles code" 0
check "outside: a protest outside the Russian embassy targets Russia" \
    grep -q '"doc":"u1".*"source":"UKRCVL","target":"RUSGOV".*"code":"141"' "$T/out"
check "outside: a demonstration outside the British embassy targets Britain" \
    grep -q '"doc":"u2".*"source":"IRNEDU","target":"GBRGOV".*"code":"141"' "$T/out"
check_not "outside: not the protesters' own government" \
    grep -q '"doc":"u1".*"target":"UKRGOV"' "$T/out"
test_done
