#!/bin/sh
# t0702-gdelt.sh: `dyad code --format gdelt` and `dyad query --format gdelt`
# write the same GDELT 2.0 columns for the same events (one writer,
# src/output/): the actors' names in Actor1Name/Actor2Name, the article's
# URL in SOURCEURL (its id when it has none), IsRootEvent from the first
# sentence.  GLOBALEVENTID (column 1) is a stable number made from the
# event's actors, code and date (issue 12), so code and query give the same
# one to an event of one mention.
. tests/cli/test-lib.sh

cat > "$T/a.jsonl" <<'EOT'
{"id": "t0702-a", "date": "2022-05-10", "lang": "de", "source": "Testblatt", "url": "https://example.org/testblatt/t0702-a", "text": "Die Bundesregierung hat Russland am Montag scharf kritisiert. Später traf Außenministerin Annalena Baerbock in Paris den französischen Präsidenten Emmanuel Macron."}
{"id": "t0702-b", "date": "2022-05-11", "lang": "en", "source": "Test Wire", "text": "China imposed sanctions on Japan on Tuesday. The Indian government praised Brazil."}
EOT

run "$DYAD" code --input jsonl --format gdelt "$T/a.jsonl"
expect_status "code --format gdelt exits 0" 0
cp "$T/out" "$T/code.g"
check "code: four events" test "$(wc -l < "$T/code.g")" -eq 4
run "$DYAD" ingest --quiet --db "$T/s.db" --input jsonl "$T/a.jsonl"
expect_status "ingest exits 0" 0
run "$DYAD" query --db "$T/s.db" --format gdelt
expect_status "query --format gdelt exits 0" 0
cp "$T/out" "$T/query.g"

check "both write 61 columns" \
    sh -c "awk -F'\t' 'NF != 61 { exit 1 }' '$T/code.g' '$T/query.g'"
check "code fills GLOBALEVENTID" sh -c "awk -F'\t' '\$1 !~ /^[0-9]+\$/ { exit 1 }' '$T/code.g'"
check "query fills GLOBALEVENTID" sh -c "awk -F'\t' '\$1 !~ /^[0-9]+\$/ { exit 1 }' '$T/query.g'"
check "DATEADDED has 14 digits" sh -c "awk -F'\t' 'length(\$60) != 14 || \$60 !~ /^[0-9]+\$/ { exit 1 }' '$T/code.g' '$T/query.g'"
sort "$T/code.g" > "$T/code.rest"
sort "$T/query.g" > "$T/query.rest"
if cmp -s "$T/code.rest" "$T/query.rest"; then ok "code and query: the same 61 columns, GLOBALEVENTID too"
else bad "code and query: the same 61 columns, GLOBALEVENTID too"; diff "$T/code.rest" "$T/query.rest" | head -6 | sed 's/^/     /'; fi

for f in code query; do
    check "$f: Actor1Name is a name" \
        grep -q "	DEUGOV	Außenministerin Annalena Baerbock	DEU	" "$T/$f.g"
    check "$f: Actor2Name is a name" grep -q "	JPNGOV	Japan	JPN	" "$T/$f.g"
    check "$f: SOURCEURL is the article's URL" \
        sh -c "awk -F'\t' '\$6 == \"DEUGOV\" && \$61 != \"https://example.org/testblatt/t0702-a\" { exit 1 }' '$T/$f.g'"
    check "$f: SOURCEURL is the article's id when it has no URL" \
        sh -c "awk -F'\t' '\$6 == \"CHNGOV\" { n++; if (\$61 != \"t0702-b\") bad = 1 } END { exit bad || n != 1 }' '$T/$f.g'"
    check "$f: IsRootEvent 1 for the first sentence, 0 after" \
        sh -c "awk -F'\t' '(\$27 == \"111\" && \$26 != 1) || (\$27 == \"040\" && \$26 != 0) { exit 1 }' '$T/$f.g'"
    check "$f: AvgTone empty (dyad scores no tone)" sh -c "awk -F'\t' '\$35 != \"\" { exit 1 }' '$T/$f.g'"
done
test_done
