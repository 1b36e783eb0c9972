#!/bin/sh
# t0999-en-reason-nouns: an event noun inside a phrase of reason, however
# deep ("sanctions on officials over their role in the killing of a
# journalist"), or after an accusation ("claims linking agents to the
# killing"), is not the act of the clause's subject; one in a phrase after
# the reason phrase ("criticized X over its policies at a meeting with Y")
# still is.  Likewise a noun in a purpose infinitive after the actor object
# of a material support verb ("deployed police officers to prepare for
# protests") is not that verb's object; "agreed to resume talks" still is.
. tests/cli/test-lib.sh

cat > "$T/a.jsonl" <<'TXT'
{"id":"n1","date":"2023-03-10","lang":"en","text":"The US imposed sanctions on 17 Saudi officials over their alleged role in the killing of a Saudi journalist."}
{"id":"n2","date":"2023-03-10","lang":"en","text":"Canada was investigating claims linking Indian agents to the killing of a Sikh leader."}
{"id":"n4","date":"2023-03-10","lang":"en","text":"In recent days, the Kenyan authorities had deployed riot police officers to prepare for any major street protests."}
{"id":"n5","date":"2023-03-10","lang":"en","text":"Japan and China agreed to resume talks."}
{"id":"n3","date":"2023-03-10","lang":"en","text":"Kenya criticized Uganda over its policies at a meeting with Tanzania."}
TXT
run "$DYAD" code "$T/a.jsonl"
expect_status "reason nouns: the articles code" 0
check "over their role in the killing: the sanctions" \
    grep -q '"doc":"n1".*"source":"USAGOV","target":"SAUGOV".*"code":"163"' "$T/out"
check_not "over their role in the killing: no US killing" \
    grep -q '"doc":"n1".*"code":"1823"' "$T/out"
check_not "claims linking agents to the killing: no Canadian killing" \
    grep -q '"doc":"n2".*"source":"CAN[A-Z]*".*"code":"1823"' "$T/out"
check "during a meeting after the reason phrase: the meeting" \
    grep -q '"doc":"n3".*"source":"KENGOV","target":"TZAGOV".*"code":"040"' "$T/out"
check_not "deployed police to prepare for protests: no protest" \
    grep -q '"doc":"n4".*"root":"14"' "$T/out"
check "agreed to resume talks: an intent to meet" \
    grep -q '"doc":"n5".*"source":"JPNGOV","target":"CHNGOV".*"code":"036"' "$T/out"
test_done
