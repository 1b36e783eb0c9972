#!/bin/sh
# t0620-lang-default: the language is chosen by default (issue 11, item 6).
# Without --lang, dyad code, explain and ingest identify each article's
# language (the library's dy_run): an English plain-text file and an
# English JSON Lines article without "lang" are coded as English, a German
# one as German, and an article whose language is unsure (a German one too
# short to tell, which --lang de would code) is reported with
# file and line and not coded.  --lang de|en still forces one.  The
# sentences are written for this test.
. tests/cli/test-lib.sh

cat > "$T/en.txt" <<'EOT'
The foreign minister of France criticised the government of Russia on Tuesday for the attack on the city.
EOT
cat > "$T/arts.jsonl" <<'EOT'
{"id":"en1","date":"2022-03-01","text":"The United States praised Britain on Tuesday for its help with the talks."}
{"id":"de1","date":"2022-03-01","text":"Der französische Außenminister kritisierte am Dienstag die russische Regierung für den Angriff auf die Stadt."}
{"id":"un1","date":"2022-03-01","text":"Macron kritisiert Moskau."}
EOT

# a plain-text English file, no --lang
run "$DYAD" code --date 2022-03-01 "$T/en.txt"
expect_status "lang default: an English text file is coded (exit 0)" 0
check "lang default: the text file is coded as English" grep -q '"lang":"en".*"code":"111"' "$T/out"
check_not "lang default: a sure choice is not reported without --lang" grep -q 'language' "$T/err"

# JSON Lines without "lang", no --lang
run "$DYAD" code --input jsonl "$T/arts.jsonl"
expect_status "lang default: an unsure article is skipped (exit 1)" 1
check "lang default: the English article without lang is coded as English" \
    grep -q '"doc":"en1".*"lang":"en".*"code":"051"' "$T/out"
check "lang default: the German article without lang is coded as German" \
    grep -q '"doc":"de1".*"lang":"de".*"code":"111"' "$T/out"
check "lang default: the unsure article is reported with file and line" \
    grep -q 'arts.jsonl:3: language unsure.*skipped' "$T/err"
check_not "lang default: the unsure article is not coded (as German or at all)" grep -q '"doc":"un1"' "$T/out"

# explain chooses too
run "$DYAD" explain --date 2022-03-01 "$T/en.txt"
check "lang default: explain codes the English file as English" sh -c \
    "test $rc -eq 0 && grep -q 'EVENT FRAGOV 111 RUSGOV' '$T/out'"

# ingest chooses too: two of the three articles stored
run "$DYAD" ingest --quiet --db "$T/a.db" --input jsonl "$T/arts.jsonl"
check "lang default: ingest reports the unsure article with file and line" sh -c \
    "test $rc -eq 1 && grep -q 'arts.jsonl:3: language unsure.*skipped' '$T/err'"
run "$DYAD" query --db "$T/a.db"
check "lang default: ingest stores the English article as English" grep -Eq '"source":"USAGOV".*"target":"GBRGOV".*"code":"051"' "$T/out"

# --lang forces one, and --lang auto says what it chose
run "$DYAD" code --lang de --date 2022-03-01 "$T/en.txt"
check "lang: --lang de still forces German (the English verb unknown: no event)" sh -c \
    "test $rc -eq 0 && ! grep -q '\"code\"' '$T/out'"
run "$DYAD" code --lang auto --date 2022-03-01 "$T/en.txt"
check "lang: --lang auto reports its choice" grep -q 'en.txt: language en' "$T/err"
test_done
