#!/bin/sh
# t0985-en-pledge-arms-imports: weapons pledged, promised or offered "to" an
# actor are an intent to give military aid (0332); imports of a country's
# goods banned or halted are an embargo on that country (163).
. tests/cli/test-lib.sh

cat > "$T/a.jsonl" <<'TXT'
{"id":"a1","date":"2023-01-20","lang":"en","text":"The United States promised air defence systems to Ukraine."}
{"id":"a2","date":"2023-08-24","lang":"en","text":"China banned imports of Japanese seafood."}
{"id":"a3","date":"2006-03-01","lang":"en","text":"Russia halted imports from Georgia."}
TXT
run "$DYAD" code "$T/a.jsonl"
expect_status "pledge: the articles code" 0
check "pledge: air defence promised to Ukraine is 0332" \
    grep -q '"doc":"a1".*"source":"USAGOV","target":"UKRGOV".*"code":"0332"' "$T/out"
check "imports: a ban on Japanese imports is an embargo on Japan" \
    grep -q '"doc":"a2".*"source":"CHNGOV","target":"JPNGOV".*"code":"163"' "$T/out"
check "imports: imports from Georgia halted are an embargo on Georgia" \
    grep -q '"doc":"a3".*"source":"RUSGOV","target":"GEOGOV".*"code":"163"' "$T/out"
test_done
