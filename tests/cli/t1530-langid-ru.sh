#!/bin/sh
# t1530-langid-ru: `--lang auto` tells Russian (Cyrillic) from German,
# English and the other Cyrillic languages (src/text/langid.c), on the
# sentences in tests/langid/ (written for these tests); with
# $SHARED/gold/dev-ru.jsonl also per article and per sentence.
. tests/cli/test-lib.sh
L=tests/langid

auto() {
    in=$1
    shift
    "$DYAD" code --lang auto --date 2023-03-01 "$@" "$in" > "$T/out" 2> "$T/err"
    rc=$?
}

auto $L/ru-sentence.txt
check "langid-ru: a Russian sentence: language ru, exit 0" sh -c \
    "test $rc -eq 0 && grep -q 'ru-sentence.txt: language ru (' '$T/err'"
# a headline without ы, э or ё: the script decides
auto $L/ru-headline.txt
check "langid-ru: a Russian headline without ы/э/ё: language ru" grep -q "ru-headline.txt: language ru (" "$T/err"
auto $L/uk-sentence.txt
check "langid-ru: Ukrainian (і, ї, є): not Russian, skipped" sh -c \
    "test $rc -eq 1 && grep -q 'uk-sentence.txt: language [a-z]* (.*): Cyrillic, but not Russian; skipped' '$T/err' && ! grep -q 'language ru' '$T/err'"
auto $L/bg-sentence.txt
check "langid-ru: Bulgarian (ъ before a consonant): not Russian, skipped" sh -c \
    "test $rc -eq 1 && grep -q 'bg-sentence.txt: language bg (.*): Cyrillic, but not Russian' '$T/err'"
# the German and English sentences are still what they were
auto $L/de-sentence.txt
check "langid-ru: a German sentence is still de" grep -q "de-sentence.txt: language de (" "$T/err"
auto $L/en-sentence.txt
check "langid-ru: an English sentence is still en" grep -q "en-sentence.txt: language en (" "$T/err"

G=$SHARED/gold
if need_file "langid-ru accuracy" "$G/dev-ru.jsonl"; then
    sed 's/"lang": *"[a-z]*"/"lang": "auto"/' "$G/dev-ru.jsonl" |
        "$DYAD" code --lang auto --input jsonl - > /dev/null 2> "$T/acc.err"
    n=$(grep -c . "$G/dev-ru.jsonl")
    right=$(grep -c ": language ru (" "$T/acc.err")
    echo "     dev-ru per article: $right of $n right"
    check "langid-ru: dev-ru: at least 99 % of the articles right" awk "BEGIN { exit !($right >= 0.99 * $n) }"
    if command -v jq > /dev/null 2>&1; then
        jq -r '.text' "$G/dev-ru.jsonl" | while IFS= read -r t; do
            printf '%s\n' "$t" | "$DYAD" split
        done | jq -c -R '{date: "2023-03-01", lang: "auto", text: .}' > "$T/sent.jsonl"
        "$DYAD" code --lang auto --input jsonl "$T/sent.jsonl" > /dev/null 2> "$T/acc.err"
        n=$(grep -c . "$T/sent.jsonl")
        right=$(grep -c ": language ru (" "$T/acc.err")
        echo "     dev-ru per sentence: $right of $n right"
        check "langid-ru: dev-ru: at least 97 % of the sentences right" awk "BEGIN { exit !($right >= 0.97 * $n) }"
    else
        skip "langid-ru: per sentence: jq not found"
    fi
fi
test_done
