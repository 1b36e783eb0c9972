#!/bin/sh
# t0977-en-people-forms2: more English name forms (dict/people/*.txt):
# an official keeps the office of the story's date, a journalist or a
# company officer the role the person file gives.
. tests/cli/test-lib.sh

cat > "$T/a.jsonl" <<'TXT'
{"id":"q1","date":"2016-10-20","lang":"en","text":"Liu Zhenmin criticised the Philippine government."}
{"id":"q2","date":"2020-01-10","lang":"en","text":"Liu Zhenmin praised the Kenyan government."}
{"id":"q3","date":"2018-12-06","lang":"en","text":"Canadian police arrested Meng Wanzhou in Vancouver."}
{"id":"q4","date":"2021-05-24","lang":"en","text":"Belarusian police detained Raman Pratasevich."}
TXT
run "$DYAD" code "$T/a.jsonl"
expect_status "people2: the articles code" 0
check "people2: Liu Zhenmin is China's government in 2016" \
    grep -q '"doc":"q1".*"source":"CHNGOV","target":"PHLGOV"' "$T/out"
check "people2: Liu Zhenmin is the UN in 2020" \
    grep -q '"doc":"q2".*"source":"IGOUNO","target":"KENGOV"' "$T/out"
check "people2: Meng Wanzhou is a Chinese company officer" \
    grep -q '"doc":"q3".*"source":"CANCOP","target":"CHNBUS".*"code":"173"' "$T/out"
check "people2: Pratasevich is a Belarusian journalist" \
    grep -q '"doc":"q4".*"source":"BLRCOP","target":"BLRMED".*"code":"173"' "$T/out"
test_done
