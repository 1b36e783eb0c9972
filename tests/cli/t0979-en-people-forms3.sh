#!/bin/sh
# t0979-en-people-forms3: journalists and detainees by name take their
# nationality and role (dict/people/*.txt): a Wall Street Journal reporter
# held in Russia is a US journalist, not a Russian one.
. tests/cli/test-lib.sh

cat > "$T/a.jsonl" <<'TXT'
{"id":"g1","date":"2023-03-30","lang":"en","text":"Russian security officers detained Evan Gershkovich in Yekaterinburg."}
{"id":"g2","date":"2019-04-11","lang":"en","text":"British police arrested Julian Assange in London."}
{"id":"g3","date":"2016-06-20","lang":"en","text":"Zeid Ra’ad al-Hussein criticised the Burmese government."}
TXT
run "$DYAD" code "$T/a.jsonl"
expect_status "people3: the articles code" 0
check "people3: Gershkovich is a US journalist" \
    grep -q '"doc":"g1".*"target":"USAMED".*"code":"173"' "$T/out"
check "people3: Assange is an Australian journalist" \
    grep -q '"doc":"g2".*"source":"GBRCOP","target":"AUSMED".*"code":"173"' "$T/out"
check "people3: the UN rights chief is the UN rights office" \
    grep -q '"doc":"g3".*"source":"IGOUNOHRIHCH","target":"MMRGOV"' "$T/out"
test_done
