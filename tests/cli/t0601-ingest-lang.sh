#!/bin/sh
# t0601-ingest-lang.sh: dyad ingest chooses languages as dyad code does
# (the library's dy_run_choose_lang): --lang auto skips an article it is
# unsure of, --lang-fallback de|en|guess codes it, and a bad value is a
# usage error.
. tests/cli/test-lib.sh
F=tests/langid/mixed.jsonl
info() { "$DYAD" store info --db "$1" | awk -F'\t' -v k="$2" '$1 == k { print $2 }'; }

run "$DYAD" ingest --quiet --lang auto --db "$T/a.db" $F
check "ingest --lang auto: the unsure article is skipped, with the hint" \
    grep -q 'mixed.jsonl:5: language unsure.*skipped (--lang-fallback de|en|guess codes it)' "$T/err"
check "ingest --lang auto: a French article is coded as French (issue 15), not skipped" \
    sh -c "! grep -q 'mixed.jsonl:6:.*skipped' '$T/err'"
check "ingest --lang auto: a sure choice is not reported" sh -c "! grep -q 'mixed.jsonl:1: language' '$T/err'"
a=$(info "$T/a.db" articles)

run "$DYAD" ingest --quiet --lang auto --lang-fallback guess --db "$T/b.db" $F
check "ingest --lang-fallback guess: the unsure article is coded as it leans" \
    grep -q 'mixed.jsonl:5: language unsure, leaning de.*coded as de (--lang-fallback)' "$T/err"
check "ingest --lang-fallback guess: one article more is stored" test "$(info "$T/b.db" articles)" -eq $((a + 1))

run "$DYAD" ingest --quiet --lang auto --lang-fallback en --db "$T/c.db" $F
check "ingest --lang-fallback en: coded as en" grep -q 'mixed.jsonl:5: .*coded as en (--lang-fallback)' "$T/err"

run "$DYAD" ingest --quiet --lang auto --lang-fallback fr --db "$T/d.db" $F
expect_status "ingest --lang-fallback fr: a usage error" 64
test_done
