#!/bin/sh
# t0996-en-means-gerund: "responded by expelling a diplomat", "retaliated
# by expelling ...", "hit back by imposing sanctions": the gerund after
# "by" names the deed the subject acted by; it is the predicate (not a
# speech frame, not a retaliation of arms with the roles turned round).
. tests/cli/test-lib.sh

cat > "$T/a.jsonl" <<'TXT'
{"id":"m1","date":"2023-03-10","lang":"en","text":"Ghana responded on Tuesday by expelling a senior Nigerian diplomat and calling the claims absurd."}
{"id":"m2","date":"2023-03-10","lang":"en","text":"Ghana retaliated by expelling a senior Nigerian diplomat."}
{"id":"m3","date":"2023-03-10","lang":"en","text":"Ghana hit back by imposing sanctions on Nigeria."}
TXT
run "$DYAD" code "$T/a.jsonl"
expect_status "means gerund: the articles code" 0
check "responded by expelling: an expulsion" \
    grep -q '"doc":"m1".*"source":"GHAGOV","target":"NGAGOV".*"code":"174"' "$T/out"
check "retaliated by expelling: an expulsion" \
    grep -q '"doc":"m2".*"source":"GHAGOV","target":"NGAGOV".*"code":"174"' "$T/out"
check_not "retaliated by expelling: no attack the wrong way round" \
    grep -q '"doc":"m2".*"source":"NGAGOV".*"code":"190"' "$T/out"
check_not "hit back by imposing sanctions: no attack" \
    grep -q '"doc":"m3".*"code":"190"' "$T/out"
test_done
