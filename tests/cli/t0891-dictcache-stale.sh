#!/bin/sh
# t0891: a stale dictionary cache is rebuilt: an edited dictionary file
# (even one of the same size and mtime), a new file, a removed one.
. tests/cli/test-lib.sh
export DYAD_DICT="$T/dict" DYAD_CACHE="$T/cache" DYAD_CACHE_TRACE=1
cp -R dict "$T/dict"
A=$T/a.jsonl
B=$T/b.jsonl
echo '{"id":"a1","date":"2021-03-04","lang":"de","text":"Merkel traf Putin in Berlin."}' > "$A"
echo '{"id":"b1","date":"2021-03-04","lang":"de","text":"Merkel traf Zorbas Quendel in Berlin."}' > "$B"

"$DYAD" code "$A" > "$T/1.out" 2> "$T/1.err"
check "first run writes the cache" grep -q "written" "$T/1.err"
check "treffen codes 040" grep -q '"code":"040"' "$T/1.out"

# the same size, the same mtime: only the content differs
f=$T/dict/de/verbs.txt
touch -r "$f" "$T/stamp"
sed 's/^treffen\( *\)040 /treffen\1041 /' "$f" > "$T/v" && cat "$T/v" > "$f" && touch -r "$T/stamp" "$f"
check "the edit kept the size" test "$(wc -c < "$f")" -eq "$(wc -c < dict/de/verbs.txt)"
"$DYAD" code "$A" > "$T/2.out" 2> "$T/2.err"
check "edited verbs.txt: the cache is rejected as stale" grep -q "rejected.*stale" "$T/2.err"
check "edited verbs.txt: the edit is coded (041)" grep -q '"code":"041"' "$T/2.out"
check_not "edited verbs.txt: the old code is gone" grep -q '"code":"040"' "$T/2.out"
"$DYAD" code "$A" > "$T/3.out" 2> "$T/3.err"
check "after the rebuild: a hit" grep -q "hit" "$T/3.err"
check "after the rebuild: the edit still coded" cmp -s "$T/2.out" "$T/3.out"

# a touched file with the same content is no reason to rebuild
touch "$T/dict/cameo.txt"
"$DYAD" code "$A" > "$T/4.out" 2> "$T/4.err"
check "touched, unchanged: still a hit" grep -q "hit" "$T/4.err"

# a new people file
"$DYAD" code "$B" > "$T/5a.out" 2> "$T/5a.err"
check_not "an unknown person: no event with Greece" grep -q '"target":"GRC' "$T/5a.out"
printf 'person GRC  Zorbas Quendel\n' > "$T/dict/people/zz-test.txt"
"$DYAD" code "$B" > "$T/5.out" 2> "$T/5.err"
check "a new file in people/: stale" grep -q "rejected.*stale" "$T/5.err"
check "a new file in people/: read (the new person is coded)" grep -q '"target":"GRC' "$T/5.out"
rm "$T/dict/people/zz-test.txt"
"$DYAD" code "$B" > "$T/6.out" 2> "$T/6.err"
check "the file removed: stale again" grep -q "rejected.*stale" "$T/6.err"
check "the file removed: as before" cmp -s "$T/5a.out" "$T/6.out"

# a gazetteer edit
printf '\n' >> "$T/dict/geo/exonyms.txt"
"$DYAD" code "$A" > "$T/7.out" 2> "$T/7.err"
check "an edited gazetteer file: stale" grep -q "rejected.*stale" "$T/7.err"
# every language's folder is a source: an edit in fr/ or ru/ makes it stale
for l in fr ru; do
    "$DYAD" code "$A" > /dev/null 2> "$T/8$l.a"
    printf '\n' >> "$T/dict/$l/verbs.txt"
    "$DYAD" code "$A" > /dev/null 2> "$T/8$l.err"
    check "an edited $l/verbs.txt: stale" grep -q "rejected.*stale" "$T/8$l.err"
done
F=$T/f.jsonl
echo '{"id":"f1","date":"2021-03-04","lang":"fr","text":"La Grèce a zorbifié la Turquie."}' > "$F"
"$DYAD" code "$F" > "$T/9a.out" 2> /dev/null
check_not "fr: an unknown verb codes nothing" grep -q '"code"' "$T/9a.out"
printf 'zorbifier  111  tgt=obj  nointent\n' >> "$T/dict/fr/verbs.txt"
"$DYAD" code "$F" > "$T/9.out" 2> /dev/null
check "fr: a verb added to fr/verbs.txt is coded at once" grep -q '"source":"GRCGOV","target":"TURGOV".*"code":"111"' "$T/9.out"
test_done
