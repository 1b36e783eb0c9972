#!/bin/sh
# t0520-langid: `--lang auto` (src/text/langid.c), on the texts in
# tests/langid/ (written for these tests).  With $SHARED/gold/dev-{de,en}.jsonl
# it also prints the accuracy per article and per sentence, and fails under
# 95 % per article; without them it skips (under CI=true: fails).
. tests/cli/test-lib.sh
L=tests/langid

# auto FILE [OPTIONS]: codes FILE with --lang auto; stdout in $T/out,
# stderr in $T/err, the exit status in $rc
auto() {
    in=$1
    shift
    "$DYAD" code --lang auto --date 2023-03-01 "$@" "$in" > "$T/out" 2> "$T/err"
    rc=$?
}

# --- single sentences and headlines -----------------------------------------
auto $L/de-sentence.txt
check "langid: a German sentence: language de, on stderr with the file" grep -q "de-sentence.txt: language de (" "$T/err"
check "langid: a German sentence: coded (exit 0, an event)" sh -c "test $rc -eq 0 && test -s '$T/out'"
check "langid: a German sentence: the output's lang is de" sh -c "grep -q '\"lang\":\"de\"' '$T/out' && ! grep -q '\"lang\":\"en\"' '$T/out'"
auto $L/en-sentence.txt
check "langid: an English sentence: language en" grep -q "en-sentence.txt: language en (" "$T/err"
check "langid: an English sentence: coded as English (lang en, EU sanctions Russia)" \
    grep -q '"lang":"en","source":"IGOEU[A-Z]*","target":"RUS' "$T/out"
auto $L/de-headline.txt
check "langid: a German headline: language de" grep -q "de-headline.txt: language de (" "$T/err"
auto $L/en-headline.txt
check "langid: an English headline: language en" grep -q "en-headline.txt: language en (" "$T/err"

# a headline of names only: unsure, skipped, and the fallback codes it
auto $L/names-headline.txt
check "langid: a headline of names: unsure, skipped with the reason and the way out" sh -c \
    "test $rc -eq 1 && grep -q 'names-headline.txt: language unsure, leaning [a-z]* (.*): .*; skipped (--lang-fallback' '$T/err'"
auto $L/names-headline.txt --lang-fallback en
check "langid: --lang-fallback en: an unsure article is coded as English" sh -c \
    "test $rc -eq 0 && grep -q 'coded as en (--lang-fallback)' '$T/err'"
auto $L/names-headline.txt --lang-fallback guess
check "langid: --lang-fallback guess: coded in the language it leans to" sh -c \
    "lean=\$(sed -n 's/.*leaning \([a-z]*\) .*/\1/p' '$T/err'); test -n \"\$lean\" && grep -q \"coded as \$lean (--lang-fallback)\" '$T/err'"
"$DYAD" code --lang auto --lang-fallback fr --date 2023-03-01 $L/names-headline.txt > /dev/null 2> "$T/err"
check "langid: --lang-fallback fr: usage error" test $? -eq 64

# --- other languages ------------------------------------------------------
for f in es; do
    auto $L/$f.txt
    want=${f%-sentence}
    check "langid: $f: identified as $want, not coded, skipped with file and reason" sh -c \
        "test $rc -eq 1 && ! test -s '$T/out' && grep -q '$f.txt: language $want (.*): neither German nor English; skipped' '$T/err'"
done
# French is coded (issue 15)
for f in fr fr-sentence; do
    auto $L/$f.txt
    check "langid: $f: identified as fr and coded as French" sh -c \
        "test $rc -eq 0 && grep -q '$f.txt: language fr (' '$T/err' && ! grep -q '\"lang\":\"[^f]' '$T/out'"
done

# --- a mixed file (JSON Lines: missing lang and "lang":"auto") --------------
"$DYAD" code --lang auto $L/mixed.jsonl > "$T/mix.out" 2> "$T/mix.err"
rc=$?
check "langid: mixed file: exit 1 (some articles skipped)" test $rc -eq 1
for want in 1:de 2:en 3:de 4:en 7:en; do
    n=${want%:*} lang=${want#*:}
    check "langid: mixed file: line $n is $lang" grep -q "mixed.jsonl:$n: language $lang (" "$T/mix.err"
done
check "langid: mixed file: the German articles are coded as German" sh -c \
    "grep '\"doc\":\"m-de' '$T/mix.out' | grep -q '\"lang\":\"de\"' && ! grep '\"doc\":\"m-de' '$T/mix.out' | grep -q '\"lang\":\"en\"'"
check "langid: mixed file: the English articles are coded as English" sh -c \
    "grep '\"doc\":\"m-en' '$T/mix.out' | grep -q '\"lang\":\"en\"' && ! grep '\"doc\":\"m-en' '$T/mix.out' | grep -q '\"lang\":\"de\"'"
check "langid: mixed file: half German, half English: unsure, skipped" grep -q "mixed.jsonl:5: language unsure.*skipped" "$T/mix.err"
check "langid: mixed file: French identified and coded as French, not as German" sh -c \
    "grep -q 'mixed.jsonl:6: language fr (' '$T/mix.err' && ! grep -q 'mixed.jsonl:6:.*skipped' '$T/mix.err' &&
     ! grep '\"doc\":\"m-fr\"' '$T/mix.out' | grep -q '\"lang\":\"[de][en]\"'"
check "langid: mixed file: a given lang is kept (no identification)" sh -c \
    "! grep -q 'mixed.jsonl:8:' '$T/mix.err' && grep -q '\"doc\":\"m-given\",.*\"lang\":\"de\"' '$T/mix.out'"
# without --lang every article without lang is identified too (the
# default, issue 11), but only the ones skipped are named
"$DYAD" code $L/mixed.jsonl > "$T/mix2.out" 2> "$T/mix2.err"
check "langid: no --lang: articles identified, only the skipped ones named" sh -c \
    "grep -q 'mixed.jsonl:5: language unsure' '$T/mix2.err' &&
     test \$(grep -c ': language ' '$T/mix2.err') -eq 1 && cmp -s '$T/mix.out' '$T/mix2.out'"

# the same with threads: byte-identical output and messages
"$DYAD" code --lang auto --threads 1 $L/mixed.jsonl $L/mixed.jsonl > "$T/th1" 2> "$T/th1.err"
"$DYAD" code --lang auto --threads 3 $L/mixed.jsonl $L/mixed.jsonl > "$T/th3" 2> "$T/th3.err"
check "langid: --threads 3: output and messages identical to one thread" sh -c \
    "cmp -s '$T/th1' '$T/th3' && cmp -s '$T/th1.err' '$T/th3.err' && test -s '$T/th3'"
"$DYAD" explain --lang auto --threads 2 --date 2023-03-01 $L/en-sentence.txt > "$T/ex" 2> "$T/ex.err"
check "langid: explain --lang auto: says the language and explains in it" sh -c \
    "grep -q 'en-sentence.txt: language en (' '$T/ex.err' && grep -q 'rule=dict/en/' '$T/ex'"

# --- empty and hostile input ------------------------------------------------
printf '{"id":"e","date":"2023-03-01","text":""}\n{"id":"d","date":"2023-03-01","text":"1234 5678 !!!"}\n' > "$T/empty.jsonl"
"$DYAD" code --lang auto "$T/empty.jsonl" > /dev/null 2> "$T/err"
check "langid: empty text: no language, skipped with file:line" grep -q "empty.jsonl:1: no language identified (no letters); skipped" "$T/err"
check "langid: digits only: no language, skipped" grep -q "empty.jsonl:2: no language identified" "$T/err"
for seed in 1 2 3; do
    LC_ALL=C awk -v s=$seed 'BEGIN { srand(s); for (i = 0; i < 50000; i++) printf "%c", int(rand() * 256) }' > "$T/junk.bin"
    timeout 60 "$DYAD" code --lang auto --date 2023-03-01 "$T/junk.bin" > /dev/null 2> "$T/err"
    rc=$?
    check "langid: binary junk (seed $seed): exit 1, no crash" test $rc -eq 1
    check "langid: binary junk (seed $seed): no language, named" grep -q "junk.bin: no language identified (mostly not letters" "$T/err"
done
# invalid UTF-8 inside a German sentence: still German
printf 'Die Regierung \377\376 hat am Dienstag \300\200 neue Gespr\344che mit der Ukraine angek\xfcndigt.\n' > "$T/bad.txt"
auto "$T/bad.txt"
check "langid: invalid UTF-8 inside German text: still de, the bytes reported" sh -c \
    "grep -q 'bad.txt: language de (' '$T/err' && grep -q 'invalid UTF-8' '$T/err'"
# the fingerprints missing: a clear error, once
DYAD_LANGID_DIR="$T/nowhere" "$DYAD" code --lang auto --date 2023-03-01 $L/de-sentence.txt > /dev/null 2> "$T/err"
rc=$?
check "langid: fingerprints missing: exit 2 naming fpdb.conf" sh -c \
    "test $rc -eq 2 && grep -q 'nowhere/fpdb.conf: cannot open the language fingerprints' '$T/err'"
mkdir -p "$T/fp"
printf 'de.lm  de--utf8\nxx.lm  xx--utf8\n' > "$T/fp/fpdb.conf"
cp /usr/share/libexttextcat/de.lm "$T/fp/" 2> /dev/null
DYAD_LANGID_DIR="$T/fp" "$DYAD" code --lang auto --date 2023-03-01 $L/de-sentence.txt > /dev/null 2> "$T/err"
check "langid: a fingerprint missing: named with fpdb.conf:line" grep -q "fp/fpdb.conf:2: cannot read the fingerprint" "$T/err"

# --- accuracy on the gold files in SHARED (skipped when absent) --------------
# Per article: each gold article with its lang field replaced by "auto".
# Per sentence: each article text split by `dyad split`, one sentence an
# article (needs jq to read the texts).
G=$SHARED/gold
if need_file "langid accuracy" "$G/dev-de.jsonl" && need_file "langid accuracy" "$G/dev-en.jsonl"; then
    for lang in de en fr; do
        test -f "$G/dev-$lang.jsonl" || continue
        sed 's/"lang": *"[a-z]*"/"lang": "auto"/' "$G/dev-$lang.jsonl" |
            "$DYAD" code --lang auto --input jsonl - > /dev/null 2> "$T/acc.err"
        n=$(grep -c . "$G/dev-$lang.jsonl")
        right=$(grep -c ": language $lang (" "$T/acc.err")
        wrong=$(grep ': language [a-z-]* (' "$T/acc.err" | grep -v ': language unsure' | grep -vc ": language $lang (")
        unsure=$(grep -c ': language unsure' "$T/acc.err")
        echo "     dev-$lang per article: $right of $n right, $wrong wrong, $unsure unsure"
        check "langid: dev-$lang: at least 95 % of the articles right" awk "BEGIN { exit !($right >= 0.95 * $n) }"
        if command -v jq > /dev/null 2>&1; then
            jq -r '.text' "$G/dev-$lang.jsonl" | while IFS= read -r t; do
                printf '%s\n' "$t" | "$DYAD" split
            done | jq -c -R '{date: "2023-03-01", lang: "auto", text: .}' > "$T/sent.jsonl"
            "$DYAD" code --lang auto --input jsonl "$T/sent.jsonl" > /dev/null 2> "$T/acc.err"
            n=$(grep -c . "$T/sent.jsonl")
            right=$(grep -c ": language $lang (" "$T/acc.err")
            wrong=$(grep ': language [a-z-]* (' "$T/acc.err" | grep -v ': language unsure' | grep -vc ": language $lang (")
            unsure=$(grep -c ': language unsure' "$T/acc.err")
            lean=$(grep -c ": language unsure, leaning $lang " "$T/acc.err")
            echo "     dev-$lang per sentence: $right of $n right, $wrong wrong, $unsure unsure ($lean of them leaning $lang)"
        else
            skip "langid: per sentence: jq not found"
        fi
    done
fi

test_done
