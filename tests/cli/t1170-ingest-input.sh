#!/bin/sh
# What dyad ingest takes from JSON Lines (issue 14.4, 14.5, 14.9): an id,
# date, lang, source, url or title with a NUL byte inside is refused with
# file:line (it was cut at the NUL, so "dup\u0000one" and "dup\u0000two"
# became one article); an article without an id is skipped with a message
# (its FILE:LINE id was different for a.jsonl, ./a.jsonl and /abs/a.jsonl,
# so one article was stored three times); a file that cannot be read exits 2
# as in every other command.
. tests/cli/test-lib.sh
case $DYAD in /*) DYAD_ABS=$DYAD ;; *) DYAD_ABS=$(pwd)/$DYAD ;; esac

mkdir -p "$T/d"
printf '%s\n' \
    '{"id":"dup\u0000one","date":"2022-01-01","lang":"de","text":"Frankreich kritisiert Russland."}' \
    '{"id":"dup\u0000two","date":"2022-01-01","lang":"de","text":"Polen kritisiert Russland."}' \
    '{"date":"2022-01-01","lang":"de","text":"Japan kritisiert China."}' \
    '{"id":"s","source":"Reu\u0000ters","date":"2022-01-01","lang":"de","text":"Japan lobt Indien."}' \
    '{"id":"u","url":"https://example.org/\u0000x","date":"2022-01-01","lang":"de","text":"Japan lobt Indien."}' \
    '{"id":"ok","date":"2022-01-01","lang":"de","text":"Japan lobt Indien."}' > "$T/d/a.jsonl"

run "$DYAD" ingest --db "$T/s.db" "$T/d/a.jsonl"
expect_status "ingest: exit 1 (articles skipped)" 1
check "a NUL in an id: line 1 refused, named" grep -q "a.jsonl:1: the article's id contains a NUL byte" "$T/err"
check "a NUL in an id: line 2 refused, named" grep -q "a.jsonl:2: the article's id contains a NUL byte" "$T/err"
check "no id: skipped with file:line" grep -q 'a.jsonl:3: the article has no "id"; skipped' "$T/err"
check "a NUL in a source: refused" grep -q "a.jsonl:4: the article's source contains a NUL byte" "$T/err"
check "a NUL in a url: refused" grep -q "a.jsonl:5: the article's url contains a NUL byte" "$T/err"
(cd "$T/d" && "$DYAD_ABS" ingest --db "$T/s.db" ./a.jsonl > /dev/null 2>&1)
(cd "$T" && "$DYAD_ABS" ingest --db "$T/s.db" d/a.jsonl > /dev/null 2>&1)
run "$DYAD" store info --db "$T/s.db"
check "three spellings of the path: the store holds the one good article once" grep -q '^articles	1$' "$T/out"

run "$DYAD" ingest --db "$T/s.db" "$T/none.jsonl"
expect_status "a missing file: exit 2 as in every command" 2
check "a missing file: named" grep -q "none.jsonl: cannot open" "$T/err"

# dyad code keeps FILE:LINE for an article without id (it stores nothing)
run "$DYAD" code "$T/d/a.jsonl"
check "code: the id-less article is coded under FILE:LINE" grep -q '"doc":"[^"]*a.jsonl:3"' "$T/out"
test_done
