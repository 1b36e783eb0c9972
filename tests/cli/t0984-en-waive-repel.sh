#!/bin/sh
# t0984-en-waive-repel: sanctions waived are eased (085); forces repelled
# or fended off are fought (190, "repelled" from the doubled stem in
# en.c); the American -ize twins of -ise verbs (apologize for, pressurize)
# and the British vandalise are listed too.
. tests/cli/test-lib.sh

cat > "$T/a.jsonl" <<'TXT'
{"id":"r1","date":"2018-05-01","lang":"en","text":"The United States waived sanctions on Iran."}
{"id":"r2","date":"2022-05-01","lang":"en","text":"Ukrainian troops repelled Russian forces near Kharkiv."}
{"id":"r3","date":"2022-05-01","lang":"en","text":"The Ukrainian army fended off Russian forces."}
{"id":"r4","date":"2018-08-01","lang":"en","text":"The United States pressurized Turkey over the detained pastor."}
TXT
run "$DYAD" code "$T/a.jsonl"
expect_status "waive: the articles code" 0
check "waive: sanctions waived are eased" \
    grep -q '"doc":"r1".*"source":"USAGOV","target":"IRNGOV".*"code":"085"' "$T/out"
check "repel: forces repelled are fought" \
    grep -q '"doc":"r2".*"source":"UKRMIL","target":"RUSMIL".*"code":"190"' "$T/out"
check "repel: forces fended off are fought" \
    grep -q '"doc":"r3".*"source":"UKRMIL","target":"RUSMIL".*"code":"190"' "$T/out"
check "pressurize: the -ize twin of pressurise is coercion" \
    grep -q '"doc":"r4".*"source":"USAGOV","target":"TURGOV".*"code":"170"' "$T/out"
test_done
