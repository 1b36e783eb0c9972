#!/bin/sh
# t0890: the dictionary cache (docs/dictionaries.md): the first load writes
# it, the second reads it, and what dyad prints is the same as without it.
. tests/cli/test-lib.sh
export DYAD_DICT="$T/dict"
cp -R dict "$T/dict"
C=$T/cache
A=$T/a.jsonl
cat > "$A" <<'EOT'
{"id":"a1","date":"2021-03-04","lang":"de","text":"Merkel traf Putin in Berlin. Die Regierung in Paris kritisierte Moskau scharf."}
{"id":"a2","date":"2021-03-04","lang":"en","text":"The president of France met Chinese officials in Beijing on Monday."}
{"id":"a3","date":"2021-03-04","lang":"de","text":"Malische Soldaten haben am Montag Rebellen angegriffen."}
{"id":"a4","date":"2021-03-04","lang":"ru","text":"Лаврову позвонил Си Цзиньпин."}
EOT
DYAD_CACHE=off "$DYAD" code "$A" > "$T/off.out" 2> "$T/off.err"
check "code without a cache exits 0" test $? -eq 0
check "without a cache: an event is coded" grep -q '"code":"040"' "$T/off.out"

DYAD_CACHE=$C DYAD_CACHE_TRACE=1 "$DYAD" code "$A" > "$T/1.out" 2> "$T/1.err"
check "first run exits 0" test $? -eq 0
check "first run: the cache is missed" grep -q "dictionary cache: miss" "$T/1.err"
check "first run: the cache is written" grep -q "dictionary cache: written" "$T/1.err"
check "one cache file, no temporary left" test "$(ls "$C" | wc -l)" -eq 1
check "the cache file is named dict-HASH.bin" sh -c 'ls "$1" | grep -q "^dict-[0-9a-f]\{16\}\.bin$"' - "$C"
check "first run: same events as without a cache" cmp -s "$T/off.out" "$T/1.out"

DYAD_CACHE=$C DYAD_CACHE_TRACE=1 "$DYAD" code "$A" > "$T/2.out" 2> "$T/2.err"
check "second run exits 0" test $? -eq 0
check "second run: the cache is hit" grep -q "dictionary cache: hit" "$T/2.err"
check_not "second run: nothing is rebuilt" grep -q "written\|rejected\|miss" "$T/2.err"
check "second run: same events as without a cache" cmp -s "$T/off.out" "$T/2.out"
check "second run: a location from the cached gazetteer" grep -q '"place":"Berlin"' "$T/2.out"
check "second run: roles by case from the cached forms (Russian)" grep -q '"doc":"a4".*"source":"CHNGOV","target":"RUSGOV"' "$T/2.out"
check "second run: a country's place from the cached gazetteer (the actors rule)" grep -q '"country":"MLI","admin1":"","place":"Mali","level":"country"' "$T/2.out"

# explain, the tsv writer and dict stats from the cache
DYAD_CACHE=off "$DYAD" explain "$A" > "$T/x.off" 2>&1
DYAD_CACHE=$C "$DYAD" explain "$A" > "$T/x.on" 2>&1
check "explain: the same with the cache" cmp -s "$T/x.off" "$T/x.on"
DYAD_CACHE=off "$DYAD" code --format tsv "$A" > "$T/t.off" 2>&1
DYAD_CACHE=$C "$DYAD" code --format tsv "$A" > "$T/t.on" 2>&1
check "tsv: the same with the cache" cmp -s "$T/t.off" "$T/t.on"
DYAD_CACHE=off "$DYAD" dict stats > "$T/s.off" 2>&1
DYAD_CACHE=$C "$DYAD" dict stats > "$T/s.on" 2>&1
check "dict stats: the same with the cache" cmp -s "$T/s.off" "$T/s.on"

# the default place: $XDG_CACHE_HOME/dyad, else $HOME/.cache/dyad
env -u DYAD_CACHE XDG_CACHE_HOME="$T/xdg" "$DYAD" code "$A" > "$T/3.out" 2>&1
check "XDG_CACHE_HOME/dyad holds the cache" sh -c 'ls "$1"/dyad/dict-*.bin > /dev/null 2>&1' - "$T/xdg"
env -u DYAD_CACHE -u XDG_CACHE_HOME HOME="$T/home" "$DYAD" code "$A" > "$T/4.out" 2>&1
check "HOME/.cache/dyad holds the cache" sh -c 'ls "$1"/.cache/dyad/dict-*.bin > /dev/null 2>&1' - "$T/home"
check "default places: same events" sh -c 'cmp -s "$1" "$2" && cmp -s "$1" "$3"' - "$T/off.out" "$T/3.out" "$T/4.out"
test_done
