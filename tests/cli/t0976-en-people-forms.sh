#!/bin/sh
# t0976-en-people-forms: English name forms of officials added for issue 11
# (dict/people/*.txt) give their office on the story's date.
. tests/cli/test-lib.sh

cat > "$T/a.jsonl" <<'TXT'
{"id":"p1","date":"2018-10-29","lang":"en","text":"Saud al-Mojeb criticised the Turkish prosecutors."}
{"id":"p2","date":"2015-05-04","lang":"en","text":"Gennady Gatilov accused the United States of hypocrisy."}
{"id":"p3","date":"2014-12-17","lang":"en","text":"Asim Bajwa accused the Taliban of the massacre."}
TXT
run "$DYAD" code "$T/a.jsonl"
expect_status "people: the articles code" 0
check "people: the Saudi attorney general is judiciary" \
    grep -q '"doc":"p1".*"source":"SAUJUD","target":"TURJUD"' "$T/out"
check "people: Gatilov is Russia's government" \
    grep -q '"doc":"p2".*"source":"RUSGOV","target":"USAGOV".*"code":"112"' "$T/out"
check "people: the Pakistani military spokesman is military" \
    grep -q '"doc":"p3".*"source":"PAKMIL"' "$T/out"
test_done
