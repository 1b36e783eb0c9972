#!/bin/sh
# t0971-en-close-suspend: verbs coded by what they act on (en/patterns.txt).
# "close" alone is no event (it is also the adjective of "close ally"); a
# border, crossing or airspace closed to a country restricts movement (191),
# an embassy or consulate closed cuts relations (161).  Cooperation
# suspended or halted reduces relations (160) rather than being coded as the
# cooperation noun (050).  Riot police deployed against a crowd mobilise
# police power (153), aimed at the crowd.
. tests/cli/test-lib.sh

cat > "$T/a.jsonl" <<'TXT'
{"id":"c1","date":"2022-06-01","lang":"en","text":"Ghana closed its border with Togo on Friday."}
{"id":"c2","date":"2022-06-01","lang":"en","text":"Russia has closed the Polish consulate in Kaliningrad."}
{"id":"c3","date":"2022-06-01","lang":"en","text":"Germany halted its cooperation with Niger after the coup."}
{"id":"c4","date":"2022-06-01","lang":"en","text":"The Belarusian government has dispatched riot police against the protesters in Minsk."}
{"id":"c5","date":"2022-06-01","lang":"en","text":"Kenya is a close partner of Somalia, the Kenyan president said."}
TXT
run "$DYAD" code "$T/a.jsonl"
expect_status "close: the articles code" 0
check "close: a border closed to Togo is 191" \
    grep -q '"doc":"c1".*"source":"GHAGOV","target":"TGOGOV".*"code":"191"' "$T/out"
check "close: a consulate closed is 161" \
    grep -q '"doc":"c2".*"source":"RUSGOV","target":"POLGOV".*"code":"161"' "$T/out"
check "suspend: cooperation halted is 160" \
    grep -q '"doc":"c3".*"source":"DEUGOV","target":"NERGOV".*"code":"160"' "$T/out"
check_not "suspend: not the cooperation noun" grep -q '"doc":"c3".*"code":"050"' "$T/out"
check "deploy: riot police against protesters is 153 at the crowd" \
    grep -q '"doc":"c4".*"source":"BLRGOV","target":"BLRCVL".*"code":"153"' "$T/out"
check_not "close: the adjective is no event" grep -q '"doc":"c5".*"code":"191"' "$T/out"
test_done
