#!/bin/sh
# t0991-en-pronoun-not-subject: a pronoun that is not reflexive never
# means its own clause's subject ("Kenya, Uganda and Rwanda cut ties with
# Burundi, accusing it of …": "it" is not one of the three accusers).
# Without the subject's codes it takes the other side of the sentence's
# last event, or names no one (no event among the subjects).  Nor is a
# bare role word before an event noun a target ("resume military aid":
# the aid is military, the military is not whom it goes to), nor a pronoun
# before a verb, the subject of that verb ("condemned what he called an
# attack": the attack's doer is the target, not "he"), nor, for a deed,
# the speaker of a free relative ("struck what New Delhi called a camp";
# "rejected what Washington described as unfair" still answers Washington).
. tests/cli/test-lib.sh

cat > "$T/a.jsonl" <<'TXT'
{"id":"b1","date":"2021-03-10","lang":"en","text":"Kenya, Uganda, Rwanda and Tanzania cut diplomatic ties with Burundi on Friday, accusing it of backing rebels."}
{"id":"b2","date":"2021-03-10","lang":"en","text":"The French president met the Malian leader on Monday and accused him of lying."}
{"id":"b3","date":"2025-03-11","lang":"en","text":"Washington agreed to resume military aid."}
{"id":"b4","date":"2022-02-24","lang":"en","text":"Russian forces attacked Ukraine on Thursday. The Ukrainian president declared martial law. The French president condemned what he called an unprovoked attack."}
{"id":"b5","date":"2019-02-26","lang":"en","text":"Indian warplanes struck what New Delhi called a militant training camp on Tuesday."}
{"id":"b6","date":"2019-02-26","lang":"en","text":"China rejected what Washington described as unfair trade practices."}
TXT
run "$DYAD" code "$T/a.jsonl"
expect_status "pronoun objects: the articles code" 0
check "accusing it: the country the ties were cut with" \
    grep -q '"doc":"b1".*"source":"UGAGOV","target":"BDIGOV".*"code":"112"' "$T/out"
check_not "accusing it: none of the accusers accuses another" \
    grep -q '"doc":"b1".*"source":"KENGOV","target":"UGAGOV".*"code":"112"' "$T/out"
check "accused him: the leader met" \
    grep -q '"doc":"b2".*"source":"FRAGOV","target":"MLIGOV".*"code":"112"' "$T/out"
check_not "military aid: the military is no target" \
    grep -q '"doc":"b3".*"target":"USAMIL"' "$T/out"
check "condemned what he called an attack: the attackers" \
    grep -q '"doc":"b4".*"source":"FRAGOV","target":"RUSMIL".*"code":"111"' "$T/out"
check_not "condemned what he called an attack: not the one named last" \
    grep -q '"doc":"b4".*"source":"FRAGOV","target":"UKR' "$T/out"
check_not "struck what New Delhi called a camp: India is no target" \
    grep -q '"doc":"b5".*"target":"IND' "$T/out"
check "rejected what Washington described: Washington answered" \
    grep -q '"doc":"b6".*"source":"CHNGOV","target":"USAGOV".*"code":"120"' "$T/out"
test_done
