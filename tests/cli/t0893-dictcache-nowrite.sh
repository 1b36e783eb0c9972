#!/bin/sh
# t0893: no writable cache directory, no cache place at all, or the cache
# turned off: dyad works as without a cache, silently.
. tests/cli/test-lib.sh
export DYAD_DICT=dict
A=$T/a.jsonl
echo '{"id":"a1","date":"2021-03-04","lang":"de","text":"Merkel traf Putin in Berlin."}' > "$A"
DYAD_CACHE=off "$DYAD" code "$A" > "$T/want" 2> "$T/want.err"
check "cache off: exit 0" test $? -eq 0
check "cache off: an event" grep -q '"code":"040"' "$T/want"

: > "$T/file"
DYAD_CACHE="$T/file/cache" "$DYAD" code "$A" > "$T/1.out" 2> "$T/1.err"
check "cache dir under a file: exit 0" test $? -eq 0
check "cache dir under a file: the same events" cmp -s "$T/want" "$T/1.out"
check "cache dir under a file: silent" cmp -s "$T/want.err" "$T/1.err"
DYAD_CACHE="$T/file/cache" DYAD_CACHE_TRACE=1 "$DYAD" code "$A" > /dev/null 2> "$T/1t.err"
check "cache dir under a file: traced as not written" grep -q "not written" "$T/1t.err"

env -u DYAD_CACHE -u XDG_CACHE_HOME -u HOME "$DYAD" code "$A" > "$T/2.out" 2> "$T/2.err"
check "no HOME, no XDG_CACHE_HOME: exit 0" test $? -eq 0
check "no HOME, no XDG_CACHE_HOME: the same events" cmp -s "$T/want" "$T/2.out"
env -u DYAD_CACHE XDG_CACHE_HOME=relative HOME="$T/file" "$DYAD" code "$A" > "$T/3.out" 2> "$T/3.err"
check "HOME a file: exit 0, the same events" cmp -s "$T/want" "$T/3.out"
check "HOME a file: silent" cmp -s "$T/want.err" "$T/3.err"
check_not "a relative XDG_CACHE_HOME is not used" test -e relative

# a read-only cache directory (as root, writes still succeed: then skip)
mkdir "$T/ro"
chmod 555 "$T/ro"
if touch "$T/ro/probe" 2> /dev/null; then
    rm -f "$T/ro/probe"
    skip "read-only cache directory (running as root)"
else
    DYAD_CACHE="$T/ro" "$DYAD" code "$A" > "$T/4.out" 2> "$T/4.err"
    check "read-only cache directory: exit 0, the same events" cmp -s "$T/want" "$T/4.out"
    check "read-only cache directory: silent" cmp -s "$T/want.err" "$T/4.err"
fi
chmod 755 "$T/ro"
test_done
