#!/bin/sh
# t0983-en-uk-spelling: the English verb forms include the British double
# -l (cancelled, signalled, travelled, beside canceled ...), and stems
# stressed on the last syllable double their consonant (repelled,
# conferred): src/lang/en/en.c.  Without them "cancelled talks" lost its
# verb and was coded as talks (040).
. tests/cli/test-lib.sh

cat > "$T/a.jsonl" <<'TXT'
{"id":"s1","date":"2022-02-01","lang":"en","text":"Russia cancelled talks with Ukraine."}
{"id":"s2","date":"2022-02-01","lang":"en","text":"Russia canceled talks with Ukraine."}
{"id":"s3","date":"2023-04-05","lang":"en","text":"The French president travelled to China."}
{"id":"s4","date":"2023-04-05","lang":"en","text":"China signalled it would retaliate against Japan."}
TXT
run "$DYAD" code "$T/a.jsonl"
expect_status "spelling: the articles code" 0
check "spelling: cancelled (UK) is a cancellation" \
    grep -q '"doc":"s1".*"source":"RUSGOV","target":"UKRGOV".*"code":"125"' "$T/out"
check_not "spelling: cancelled talks are no talks" grep -q '"doc":"s1".*"code":"040"' "$T/out"
check "spelling: canceled (US) still is" \
    grep -q '"doc":"s2".*"source":"RUSGOV","target":"UKRGOV".*"code":"125"' "$T/out"
check "spelling: travelled is a visit" \
    grep -q '"doc":"s3".*"source":"FRAGOV","target":"CHNGOV".*"code":"042"' "$T/out"
check "spelling: signalled is a speech verb whose content is coded" \
    grep -q '"doc":"s4".*"source":"CHNGOV","target":"JPNGOV"' "$T/out"
test_done
