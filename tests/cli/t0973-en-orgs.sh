#!/bin/sh
# t0973-en-orgs: English names of companies, parties and juntas added for
# issue 11 (dict/orgs.txt, dict/people/orgs-dated.txt): a company is its
# seat's BUS, a dissolved opposition party its country's OPP.
. tests/cli/test-lib.sh

cat > "$T/a.jsonl" <<'TXT'
{"id":"o1","date":"2017-09-04","lang":"en","text":"The Cambodian government accused the CNRP of treason."}
{"id":"o2","date":"2018-12-06","lang":"en","text":"Canada arrested the Huawei finance chief at the request of Washington."}
{"id":"o3","date":"2022-01-10","lang":"en","text":"Ukraine accused Gazprom of blackmail."}
{"id":"o4","date":"2020-02-21","lang":"en","text":"Thai police detained members of the Future Forward Party."}
TXT
run "$DYAD" code "$T/a.jsonl"
expect_status "orgs: the articles code" 0
check "orgs: the CNRP is Cambodia's opposition" \
    grep -q '"doc":"o1".*"source":"KHMGOV","target":"KHMOPP"' "$T/out"
check "orgs: Huawei is a Chinese company" \
    grep -q '"doc":"o2".*"source":"CANGOV","target":"CHNBUS".*"code":"173"' "$T/out"
check "orgs: Gazprom is a Russian company" \
    grep -q '"doc":"o3".*"source":"UKRGOV","target":"RUSBUS".*"code":"112"' "$T/out"
check "orgs: Future Forward is Thailand's opposition" \
    grep -q '"doc":"o4".*"source":"THACOP","target":"THAOPP".*"code":"173"' "$T/out"
test_done
