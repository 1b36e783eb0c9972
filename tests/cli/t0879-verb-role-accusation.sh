#!/bin/sh
# t0879-verb-role-accusation: two core rules.
# 1. A country, a verb and a role ("Russia expelled diplomats") are a
#    subject, its verb and its object: the verb is no modifier between a
#    country and its role ("EU trade commissioner").
# 2. A speaker who reports another side's violence accuses it (112) where
#    the grammar marks reported speech as the speaker's claim (German
#    subjunctive, RF_REPORTED_ACCUSATION), not in English, where "said" also
#    relays known facts.
. tests/cli/test-lib.sh

cat > "$T/a.jsonl" <<'X'
{"id":"a","date":"2024-01-01","lang":"en","text":"Russia expelled diplomats from Poland on Tuesday."}
{"id":"b","date":"2024-01-01","lang":"en","text":"Spain deployed troops to the Moroccan border on Monday."}
{"id":"c","date":"2024-01-01","lang":"en","text":"The U.S. special envoy criticised China on Monday."}
X
run "$DYAD" code --input jsonl "$T/a.jsonl"
expect_status "verb-role: codes" 0
check "verb-role: 'Russia expelled diplomats from Poland' is Russia's expulsion" grep -q '"doc":"a".*"source":"RUSGOV","target":"POLGOV".*"code":"174"' "$T/out"
check "verb-role: 'Spain deployed troops' has Spain as its source" grep -q '"doc":"b".*"source":"ESPGOV"' "$T/out"
check "verb-role: a lower-case modifier still joins country and role" grep -q '"doc":"c".*"source":"USAGOV","target":"CHNGOV' "$T/out"

cat > "$T/b.jsonl" <<'X'
{"id":"de","date":"2024-01-01","lang":"de","text":"Russische Truppen hätten ein Dorf im Osten angegriffen, erklärte der ukrainische Präsident."}
{"id":"en","date":"2024-01-01","lang":"en","text":"Russian troops attacked a village in the east, the Ukrainian president said."}
X
run "$DYAD" code --input jsonl "$T/b.jsonl"
expect_status "accusation: codes" 0
check "accusation: German reported violence accuses its agent" grep -q '"doc":"de".*"source":"UKRGOV","target":"RUSMIL".*"code":"112"' "$T/out"
check_not "accusation: English 'said' is no accusation" grep -q '"doc":"en".*"code":"112"' "$T/out"
test_done
