#!/bin/sh
# t0892: a truncated, corrupt or foreign dictionary cache is rejected and
# rebuilt, never trusted and never a crash (tests/unit_dictcache.c alters
# caches byte by byte with the checksum made right, to reach the checks
# behind it).
. tests/cli/test-lib.sh
export DYAD_DICT="$T/dict" DYAD_CACHE="$T/cache" DYAD_CACHE_TRACE=1
cp -R dict "$T/dict"
A=$T/a.jsonl
echo '{"id":"a1","date":"2021-03-04","lang":"de","text":"Merkel traf Putin in Berlin."}' > "$A"
DYAD_CACHE=off "$DYAD" code "$A" > "$T/want" 2> /dev/null
"$DYAD" code "$A" > /dev/null 2> "$T/0.err"
check "the cache is written" grep -q written "$T/0.err"
F=$(ls "$T"/cache/dict-*.bin)
cp "$F" "$T/good"
size=$(wc -c < "$T/good")

# try NAME: dyad with the broken cache in place: exit 0, the same events,
# the cache rejected with a reason and written again whole
try() {
    "$DYAD" code "$A" > "$T/out" 2> "$T/err"
    _rc=$?
    check "$1: exit 0 (no crash)" test $_rc -eq 0
    check "$1: the same events" cmp -s "$T/want" "$T/out"
    check "$1: rejected or missed" grep -q "rejected\|miss" "$T/err"
    check "$1: rebuilt whole" cmp -s "$T/good" "$F"
}
for n in 0 7 100 4096 $((size / 2)) $((size - 1)); do
    head -c $n "$T/good" > "$F"
    try "truncated to $n bytes"
done
cat "$T/good" "$T/good" | head -c $((size + 1)) > "$F"
try "one byte too many"
for at in 20 90 $((size / 3)) $((size - 3)); do
    cp "$T/good" "$F"
    printf 'Z' | dd of="$F" bs=1 seek=$at conv=notrunc 2> /dev/null
    try "a byte changed at $at"
done
printf 'not a cache at all\n' > "$F"
try "a text file"
head -c 70000 /dev/urandom > "$F"
try "random bytes"
# another format version (byte 8 is the low byte of the format number)
cp "$T/good" "$F"
printf '\177' | dd of="$F" bs=1 seek=8 conv=notrunc 2> /dev/null
try "another format version"
check "another format version: said so" grep -q "another format" "$T/err"
rm -f "$F"; mkdir "$F"
"$DYAD" code "$A" > "$T/out" 2> "$T/err"
check "a directory in its place: exit 0" test $? -eq 0
check "a directory in its place: the same events" cmp -s "$T/want" "$T/out"
test_done
