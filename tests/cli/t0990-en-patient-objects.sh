#!/bin/sh
# t0990-en-patient-objects: disapproval of a deed of force (roots 17-20)
# done to someone ("the killing of three soldiers", "the businessman's
# arrest") is aimed at the doer, not at those the deed hit: when the
# article names no doer (t0989 checks the doer found), the "of" phrase or
# the possessor of such an object noun is no target.  A possessor that did
# the deed ("Canada's arrest of …"), and the "of" phrase or possessor of
# other nouns ("the policies of Poland", "the junta's decision"), still are.
# Criticism that takes up a deed of force ("condemned the bombing") is
# aimed at its doer also when the doer is of the critic's own country.
. tests/cli/test-lib.sh

cat > "$T/a.jsonl" <<'TXT'
{"id":"p1","date":"2022-04-01","lang":"en","text":"The French president condemned the killing of three Malian soldiers."}
{"id":"p2","date":"2022-04-01","lang":"en","text":"Beijing strongly opposed the Canadian businessman's arrest."}
{"id":"p3","date":"2022-04-01","lang":"en","text":"Moscow denounced the invasion of Ukraine as a lie."}
{"id":"p4","date":"2022-04-01","lang":"en","text":"The French president condemned the Malian junta's decision."}
{"id":"p5","date":"2022-04-01","lang":"en","text":"Moscow criticized the policies of Poland."}
{"id":"p6","date":"2022-04-01","lang":"en","text":"Beijing condemned Canada's arrest of the businessman."}
{"id":"p7","date":"2021-08-27","lang":"en","text":"Afghan militants bombed crowds outside Kabul airport on Thursday, killing 13 U.S. soldiers. The Taliban condemned the bombing."}
TXT
run "$DYAD" code "$T/a.jsonl"
expect_status "patient objects: the articles code" 0
check_not "the killing of soldiers: they are not the target" \
    grep -q '"doc":"p1".*"target":"MLI' "$T/out"
check_not "the businessman's arrest: he is not the target" \
    grep -q '"doc":"p2".*"target":"CAN' "$T/out"
check_not "the invasion of Ukraine: Ukraine is not the target" \
    grep -q '"doc":"p3".*"target":"UKR' "$T/out"
check "the junta's decision: the junta is the target" \
    grep -q '"doc":"p4".*"source":"FRAGOV","target":"MLIGOV".*"code":"111"' "$T/out"
check "the policies of Poland: Poland is the target" \
    grep -q '"doc":"p5".*"source":"RUSGOV","target":"POLGOV".*"code":"111"' "$T/out"
check "Canada's arrest of: the possessor did it" \
    grep -q '"doc":"p6".*"source":"CHNGOV","target":"CANGOV"' "$T/out"
check "condemned the bombing: the bombers of its own country" \
    grep -q '"doc":"p7".*"source":"AFGGOV","target":"AFGREB".*"code":"111"' "$T/out"
check_not "condemned the bombing: not the victims" \
    grep -q '"doc":"p7".*"source":"AFGGOV","target":"USA' "$T/out"
test_done
