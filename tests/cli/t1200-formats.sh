#!/bin/sh
# t1200-formats.sh: the output formats of issue 12 (docs/formats.md) on a
# store of the relations demo articles: gdelt (61 columns, GLOBALEVENTIDs,
# DATEADDED, SOURCEURL), gdelt-mentions, csv and tsv (the event table, the
# mentions table joined by id), icews and plover; the pandas snippet of
# docs/formats.md loads them with Debian's python3-pandas; the new query
# filters --lang, --outlet, --mood, --min-sources.
. tests/cli/test-lib.sh
PY=${PYTHON:-/usr/bin/python3}
ARTS=examples/relations/articles.jsonl

run "$DYAD" ingest --quiet --db "$T/s.db" "$ARTS"
expect_status "ingest the demo articles" 0
events=$("$DYAD" store info --db "$T/s.db" | awk -F'\t' '$1 == "events" { print $2 }')
mentions=$("$DYAD" store info --db "$T/s.db" | awk -F'\t' '$1 == "mentions" { print $2 }')
check "the store holds events ($events)" test "${events:-0}" -gt 100

# --- gdelt ---------------------------------------------------------------------
run "$DYAD" query --db "$T/s.db" --format gdelt
expect_status "query --format gdelt exits 0" 0
cp "$T/out" "$T/events.gdelt"
check "gdelt: one row per event" test "$(wc -l < "$T/events.gdelt")" -eq "$events"
check "gdelt: 61 columns in every row" sh -c "awk -F'\t' 'NF != 61 { exit 1 }' '$T/events.gdelt'"
check "gdelt: every GLOBALEVENTID a number" \
    sh -c "awk -F'\t' '\$1 !~ /^[0-9]+\$/ { exit 1 }' '$T/events.gdelt'"
check "gdelt: GLOBALEVENTIDs unique" \
    test "$(cut -f1 "$T/events.gdelt" | sort -u | wc -l)" -eq "$events"
check "gdelt: DATEADDED has 14 digits, the event's day first" \
    sh -c "awk -F'\t' 'length(\$60) != 14 || \$60 !~ /^[0-9]+\$/ || substr(\$60, 1, 8) != \$2 { exit 1 }' '$T/events.gdelt'"
check "gdelt: SOURCEURL is a URL" sh -c "awk -F'\t' '\$61 !~ /^https?:\/\// { exit 1 }' '$T/events.gdelt'"
check "gdelt: the UN is type IGO, known group UNO, no country" \
    sh -c "awk -F'\t' '\$16 == \"IGOUNO\" { n++; if (\$18 != \"\" || \$19 != \"UNO\" || \$23 != \"IGO\") bad = 1 } END { exit bad || !n }' '$T/events.gdelt'"
# the GLOBALEVENTID is stable: another store of the same articles, ingested
# in reverse order, gives the same numbers
tac "$ARTS" > "$T/rev.jsonl"
"$DYAD" ingest --quiet --db "$T/rev.db" "$T/rev.jsonl" 2> /dev/null
"$DYAD" query --db "$T/rev.db" --format gdelt | cut -f1 | sort > "$T/rev.ids"
cut -f1 "$T/events.gdelt" | sort > "$T/ids"
check "gdelt: the same GLOBALEVENTIDs from a store ingested in another order" cmp -s "$T/ids" "$T/rev.ids"

run "$DYAD" query --db "$T/s.db" --format gdelt --mentions
expect_status "query --format gdelt --mentions exits 0" 0
cp "$T/out" "$T/mentions.gdelt"
check "gdelt-mentions: one row per mention" test "$(wc -l < "$T/mentions.gdelt")" -eq "$mentions"
check "gdelt-mentions: 16 columns, 14-digit times" \
    sh -c "awk -F'\t' 'NF != 16 || length(\$2) != 14 || length(\$3) != 14 { exit 1 }' '$T/mentions.gdelt'"
cut -f1 "$T/mentions.gdelt" | sort -u > "$T/mids"
check "gdelt-mentions: every GLOBALEVENTID is an event's" cmp -s "$T/mids" "$T/ids"
run "$DYAD" query --db "$T/s.db" --format gdelt-mentions
check "--format gdelt-mentions is --format gdelt --mentions" cmp -s "$T/out" "$T/mentions.gdelt"

# --- csv and tsv -----------------------------------------------------------------
run "$DYAD" query --db "$T/s.db" --format csv --mentions-file "$T/mentions.csv"
expect_status "query --format csv --mentions-file exits 0" 0
cp "$T/out" "$T/events.csv"
check "csv: the header names the columns" \
    grep -qx 'doc,sent,date,source,target,code,root,quad,goldstein,mood,source_name,target_name,rule,evidence,id,global_event_id,last_date,source_country,target_country,label,location,url,outlet,lang,num_mentions,num_sources,num_articles,participants,location_country,location_admin1,location_type,location_lat,location_lon,geonames_id' "$T/events.csv"
run "$DYAD" query --db "$T/s.db" --format csv --mentions
check "csv --mentions: the mentions table alone, as --mentions-file wrote it" cmp -s "$T/out" "$T/mentions.csv"
run "$DYAD" query --db "$T/s.db" --format tsv
cp "$T/out" "$T/events.tsv"
check "tsv: one row per event after the header" test "$(($(wc -l < "$T/events.tsv") - 1))" -eq "$events"
check "tsv: as many fields in every row as in the header" \
    sh -c "awk -F'\t' 'NR == 1 { n = NF } NF != n { exit 1 }' '$T/events.tsv'"
check "tsv: labels, names, URLs and outlets" \
    grep -q '^[a-z0-9-]*	0	2021-01-26	RUSGOV	USAGOV	041	04	1	1.0	fact	.*	talk by telephone		https://example.org/[^	]*	Northern Wire	en	' "$T/events.tsv"
# code writes the same table
printf 'Die Bundesregierung hat Russland am Montag scharf kritisiert, sagte ein Sprecher.\n' > "$T/a.txt"
run "$DYAD" code --lang de --date 2022-05-10 --id a1 --format csv "$T/a.txt"
head -1 "$T/events.csv" > "$T/events.csv.h"
check "code --format csv: the same header as query" sh -c "head -1 '$T/out' | cmp -s - '$T/events.csv.h'"
check "code --format csv: the label and the quoted evidence" \
    grep -q '^a1,0,2022-05-09,DEUGOV,RUSGOV,111,11,.*"Die Bundesregierung hat Russland am Montag scharf kritisiert, sagte ein Sprecher.",.*,criticize or condemn,' "$T/out"

# --- pandas: the snippet of docs/formats.md --------------------------------------
if "$PY" -c 'import pandas' 2> /dev/null; then
    sed -n '/<!-- test: pandas -->/,/^```$/p' docs/formats.md | sed '1,2d;$d' > "$T/snippet.py"
    check "docs/formats.md has the pandas snippet" grep -q 'read_csv("events.gdelt"' "$T/snippet.py"
    (cd "$T" && "$PY" snippet.py > pandas.out 2> pandas.err)
    check "the pandas snippet runs" test $? -eq 0
    check "pandas: csv and GDELT give the store's event count, the join its mention count" \
        grep -qx "$events $events $mentions" "$T/pandas.out"
    cat > "$T/more.py" <<'EOT'
import json, pandas as pd
ev = pd.read_csv("events.csv", dtype={"code": str})
gd = pd.read_csv("events.gdelt", sep="\t", header=None, quoting=3, dtype={26: str})
ic = pd.read_csv("events.icews", sep="\t", quoting=3, dtype={"CAMEO Code": str})
assert list(ev["code"].str.len().unique()) != [], "codes"
assert ev["code"].str.match(r"^\d{3,4}$").all(), "codes keep their zeros"
assert (ev["global_event_id"].sort_values().values == gd[0].sort_values().values).all(), "ids"
assert set(ic["Event ID"]) <= set(gd[0]), "icews ids"
assert ic.shape[1] == 20, "icews columns"
print(len(ic))
EOT
    "$DYAD" query --db "$T/s.db" --format icews > "$T/events.icews"
    (cd "$T" && "$PY" more.py > more.out 2> more.err)
    check "pandas: codes keep their zeros, csv and gdelt ids agree, icews reads with 20 columns" \
        grep -qx "$events" "$T/more.out"
    [ -s "$T/more.err" ] && sed 's/^/     /' "$T/more.err" | tail -3
else
    need_file "pandas" /usr/lib/python3/dist-packages/pandas
fi

# --- icews ---------------------------------------------------------------------------
run "$DYAD" query --db "$T/s.db" --format icews
expect_status "query --format icews exits 0" 0
check "icews: the header of the ICEWS files" \
    sh -c "head -1 '$T/out' | grep -qx 'Event ID	Event Date	Source Name	Source Sectors	Source Country	Event Text	CAMEO Code	Intensity	Target Name	Target Sectors	Target Country	Story ID	Sentence Number	Publisher	City	District	Province	Country	Latitude	Longitude'"
check "icews: 20 columns, one row per event" \
    sh -c "awk -F'\t' 'NF != 20 { exit 1 }' '$T/out' && test \$((\$(wc -l < '$T/out') - 1)) -eq $events"
check "icews: country names and sectors" \
    grep -q '	Government	Russian Federation	' "$T/out"

# --- plover --------------------------------------------------------------------------
run "$DYAD" query --db "$T/s.db" --format plover
expect_status "query --format plover exits 0" 0
cp "$T/out" "$T/plover.jsonl"
statements=$("$DYAD" query --db "$T/s.db" --root 01 --format tsv | tail -n +2 | wc -l)
check "plover: every event but the statements (01x: $statements)" \
    test "$(wc -l < "$T/plover.jsonl")" -eq $((events - statements))
if "$PY" -c 'import json' 2> /dev/null; then
    cat > "$T/plover.py" <<'EOT'
import json, sys
types = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
seen = set()
for line in open(sys.argv[1]):
    r = json.loads(line)
    assert r["event_type"] in types, r["event_type"]
    assert r["actor"]["code"] and r["recipient"]["code"] and r["sentence"] and r["event_date"]
    seen.add((r["cameo_code"], r["event_type"], r["mode"]))
print(sorted(x for x in seen if x[0] in ("042", "163", "112")))
EOT
    "$PY" "$T/plover.py" "$T/plover.jsonl" > "$T/pl.out" 2> "$T/pl.err"
    check "plover: valid JSON, PLOVER event types, actors, sentence and date" test $? -eq 0
    check "plover: a visit is CONSULT/visit, sanctions SANCTION/discontinue, an accusation ACCUSE/allege" \
        grep -qx "\[('042', 'CONSULT', 'visit'), ('112', 'ACCUSE', 'allege'), ('163', 'SANCTION', 'discontinue')\]" "$T/pl.out"
fi
run "$DYAD" code --lang de --date 2022-05-10 --id a1 --format plover "$T/a.txt"
check "code --format plover: criticism is ACCUSE/disapprove" \
    grep -q '"event_type":"ACCUSE","mode":"disapprove"' "$T/out"
printf 'The German government voiced optimism about Russia. Germany criticized Russia.\n' > "$T/st.txt"
run "$DYAD" code --lang en --date 2022-05-10 --id st --format tsv "$T/st.txt"
check "code: a statement (013) and a criticism (111)" \
    sh -c "cut -f6 '$T/out' | grep -qx 013 && cut -f6 '$T/out' | grep -qx 111"
run "$DYAD" code --lang en --date 2022-05-10 --id st --format plover "$T/st.txt"
check "plover: the statement left out (PLOVER has no event for 01x), the criticism written" \
    sh -c "test \$(wc -l < '$T/out') -eq 1 && grep -q '\"cameo_code\":\"111\"' '$T/out'"

# --- the new filters ---------------------------------------------------------------
n() { "$DYAD" query --db "$T/s.db" --format tsv "$@" | tail -n +2 | wc -l; }
n_de=$(n --lang de); n_en=$(n --lang en)
check "--lang de and --lang en: each some, together at least all ($n_de + $n_en >= $events)" \
    sh -c "test $n_de -gt 0 && test $n_en -gt 0 && test $((n_de + n_en)) -ge $events"
check "--lang de: every event has a German mention" \
    sh -c "'$DYAD' query --db '$T/s.db' --lang de --format tsv --mentions | tail -n +2 | cut -f1 | sort -u | wc -l | grep -qx $n_de"
check "--outlet 'Elbe Kurier': only events it reported" \
    sh -c "test $(n --outlet 'Elbe Kurier') -gt 0 && test $(n --outlet 'Elbe Kurier') -lt $events"
check "--outlet of no outlet: nothing" test "$(n --outlet 'No Such Paper')" -eq 0
check "--min-sources 2: the events with two outlets or more" \
    test "$(n --min-sources 2)" -eq "$(awk -F'\t' 'NR > 1 && $26 >= 2' "$T/events.tsv" | wc -l)"
check "--min-sources 2: some, fewer than all" sh -c "test $(n --min-sources 2) -gt 0 && test $(n --min-sources 2) -lt $events"
check "--mood fact: events of factual mentions" test "$(n --mood fact)" -gt 0
run "$DYAD" query --db "$T/s.db" --mood maybe
expect_status "--mood maybe: a usage error" 64
run "$DYAD" query --db "$T/s.db" --format icews --mentions
expect_status "--mentions with icews: a usage error" 64
test_done
