#!/bin/sh
# t0992-en-role-town: a role noun takes its country from a town or region
# the gazetteer knows, named after it ("police in Mombasa") or right
# before it ("Basra protesters", "New York police": the longest name) or
# as its possessor ("Mombasa's police chief", "Istanbul's chief
# prosecutor"), not from the article's focus.  And a country's adjective
# that opens the name of a town or region of another country ("Surrey,
# British Columbia") is part of the place, no actor.  Rebels (a non-state
# armed side) take the country of a place named after them in their clause
# ("shelled rebel positions inside Somalia"), not that of the actor before
# them, who is as likely their enemy.
. tests/cli/test-lib.sh

cat > "$T/a.jsonl" <<'TXT'
{"id":"g1","date":"2021-03-10","lang":"en","text":"Police in Mombasa arrested a Somali cleric on Monday."}
{"id":"g2","date":"2021-03-10","lang":"en","text":"Somalia protested. Basra protesters attacked the Iranian consulate."}
{"id":"g3","date":"2021-03-10","lang":"en","text":"New York police arrested a Somali cleric on Monday."}
{"id":"g5","date":"2021-03-10","lang":"en","text":"The Kenyan president visited a factory in Surrey, British Columbia."}
{"id":"g6","date":"2019-02-26","lang":"en","text":"Kenyan troops shelled rebel positions inside Somalia on Tuesday."}
{"id":"g4","date":"2021-03-10","lang":"en","text":"The Saudi prosecutor held talks on Monday with Istanbul's chief prosecutor."}
TXT
run "$DYAD" code "$T/a.jsonl"
expect_status "role in a town: the articles code" 0
check "police in Mombasa: Kenyan police" \
    grep -q '"doc":"g1".*"source":"KENCOP","target":"SOMGOV".*"code":"173"' "$T/out"
check "Basra protesters: Iraqi" \
    grep -q '"doc":"g2".*"source":"IRQCVL","target":"IRNGOV"' "$T/out"
check "New York police: American, not York's" \
    grep -q '"doc":"g3".*"source":"USACOP","target":"SOMGOV".*"code":"173"' "$T/out"
check "Istanbul's chief prosecutor: Turkish" \
    grep -q '"doc":"g4".*"source":"SAUJUD","target":"TURJUD"' "$T/out"
check_not "British Columbia: no British actor" \
    grep -q '"doc":"g5".*"target":"GBR' "$T/out"
check "rebel positions inside Somalia: Somali rebels" \
    grep -q '"doc":"g6".*"source":"KENMIL","target":"SOMREB"' "$T/out"
test_done
