#!/bin/sh
# t0980-en-streets-strike-revoke: verbs coded by their object
# (en/patterns.txt): "took to the streets" is a demonstration (141), "called
# a general strike" a strike (143) and no naming (110), compounds closed are
# property seized (1711), asylum revoked cuts relations (160), inspections
# curtailed refuse international involvement (1245, not the inspection noun
# 0862).
. tests/cli/test-lib.sh

cat > "$T/a.jsonl" <<'TXT'
{"id":"v1","date":"2023-03-27","lang":"en","text":"Israeli protesters took to the streets against the Israeli government."}
{"id":"v2","date":"2023-03-27","lang":"en","text":"Israeli unions called a general strike against the Israeli government."}
{"id":"v3","date":"2016-12-29","lang":"en","text":"The United States closed two Russian compounds."}
{"id":"v4","date":"2019-04-11","lang":"en","text":"Ecuador revoked the asylum of the Swedish activist."}
{"id":"v5","date":"2021-02-23","lang":"en","text":"Iran curtailed IAEA inspections."}
TXT
run "$DYAD" code "$T/a.jsonl"
expect_status "streets: the articles code" 0
check "streets: took to the streets against is a demonstration" \
    grep -q '"doc":"v1".*"source":"ISRCVL","target":"ISRGOV".*"code":"141"' "$T/out"
check "strike: a general strike called is 143" \
    grep -q '"doc":"v2".*"source":"ISRLAB","target":"ISRGOV".*"code":"143"' "$T/out"
check "close: compounds closed are property seized" \
    grep -q '"doc":"v3".*"source":"USAGOV","target":"RUSGOV".*"code":"1711"' "$T/out"
check "revoke: asylum revoked is 160" \
    grep -q '"doc":"v4".*"source":"ECUGOV".*"code":"160"' "$T/out"
check "curtail: inspections curtailed are 1245" \
    grep -q '"doc":"v5".*"source":"IRNGOV","target":"IGOUNOIAE".*"code":"1245"' "$T/out"
test_done
