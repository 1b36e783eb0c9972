#!/bin/sh
# t0974-en-set-sanctions: "set" is no clause-wide intent word: sanctions
# agreed on ("agreed on a set of sanctions", "agreed new sanctions") are
# imposed (163, a fact), while "is set to visit" stays an intent (the modal
# verb set in dict/en/verbs.txt).
. tests/cli/test-lib.sh

cat > "$T/a.jsonl" <<'TXT'
{"id":"s1","date":"2021-06-21","lang":"en","text":"European Union ministers agreed on a set of sanctions against Belarus."}
{"id":"s2","date":"2021-06-21","lang":"en","text":"The EU agreed new sanctions on Russia."}
{"id":"s3","date":"2021-06-21","lang":"en","text":"Biden is set to visit Japan."}
TXT
run "$DYAD" code "$T/a.jsonl"
expect_status "set: the articles code" 0
check "set: a set of sanctions agreed on is imposed" \
    grep -q '"doc":"s1".*"source":"IGOEUREEC","target":"BLRGOV".*"code":"163".*"mood":"fact"' "$T/out"
check "set: new sanctions agreed are imposed" \
    grep -q '"doc":"s2".*"source":"IGOEUREEC","target":"RUSGOV".*"code":"163".*"mood":"fact"' "$T/out"
check "set: is set to visit is an intent" \
    grep -q '"doc":"s3".*"target":"JPNGOV".*"code":"036".*"mood":"intent"' "$T/out"
test_done
