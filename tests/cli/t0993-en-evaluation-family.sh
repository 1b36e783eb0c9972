#!/bin/sh
# t0993-en-evaluation-family: the evaluative frames (call, describe,
# characterize, portray, dub) take their polarity from a wider family of
# words of judgement: "a puppet regime", "a witch hunt" are criticism
# (111), "a landmark", "a reliable partner" praise (051), not a bare
# naming (110).  The verbs of criticism gain blast, fault, admonish and
# (wordnet's synonyms of criticize, condemn, denounce) pillory, vilify,
# disparage, stigmatize;
# exchange gains swap ("swapped prisoners", 0841 both ways).
. tests/cli/test-lib.sh

cat > "$T/a.jsonl" <<'TXT'
{"id":"e1","date":"2023-03-10","lang":"en","text":"The Russian president called the Ukrainian government a puppet regime."}
{"id":"e2","date":"2023-03-10","lang":"en","text":"Brazil described the Argentine inquiry as a witch hunt."}
{"id":"e3","date":"2023-03-10","lang":"en","text":"Kenya called Ethiopia a reliable partner."}
{"id":"e4","date":"2023-03-10","lang":"en","text":"Chile portrayed the Peruvian offer as a landmark."}
{"id":"e5","date":"2023-03-10","lang":"en","text":"Kenya blasted the Ugandan decision."}
{"id":"e6","date":"2023-03-10","lang":"en","text":"The Kenyan president faulted Uganda for the delay."}
{"id":"e7","date":"2023-03-10","lang":"en","text":"Russia and Ukraine swapped prisoners on Friday."}
{"id":"e8","date":"2023-03-10","lang":"en","text":"Kenya vilified the Ugandan government."}
TXT
run "$DYAD" code "$T/a.jsonl"
expect_status "evaluations: the articles code" 0
check "a puppet regime: criticism" \
    grep -q '"doc":"e1".*"source":"RUSGOV","target":"UKRGOV".*"code":"111"' "$T/out"
check "a witch hunt: criticism" \
    grep -q '"doc":"e2".*"source":"BRAGOV","target":"ARGGOV".*"code":"111"' "$T/out"
check "a reliable partner: praise" \
    grep -q '"doc":"e3".*"source":"KENGOV","target":"ETHGOV".*"code":"051"' "$T/out"
check "a landmark: praise" \
    grep -q '"doc":"e4".*"source":"CHLGOV","target":"PERGOV".*"code":"051"' "$T/out"
check "blasted: criticism" \
    grep -q '"doc":"e5".*"source":"KENGOV","target":"UGAGOV".*"code":"111"' "$T/out"
check "faulted: criticism" \
    grep -q '"doc":"e6".*"source":"KENGOV","target":"UGAGOV".*"code":"111"' "$T/out"
check "swapped prisoners: a release both ways" \
    grep -q '"doc":"e7".*"source":"UKRGOV","target":"RUSGOV".*"code":"0841"' "$T/out"
check "vilified: criticism" \
    grep -q '"doc":"e8".*"source":"KENGOV","target":"UGAGOV".*"code":"111"' "$T/out"
test_done
