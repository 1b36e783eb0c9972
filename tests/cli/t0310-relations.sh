#!/bin/sh
# t0310-relations: dyad trend, network and blocs (issue 5, docs/relations.md)
# on a small store ingested from articles written here.  (The library's unit
# test, BUILD/tests/unit_relations, is run by tests/run.sh with the other
# unit tests.)  XML is checked with xmllint (libxml2-utils, in the
# Makefile's DEPS) and JSON with python3 when present, else by a structural
# grep.
. tests/cli/test-lib.sh
xml_ok() {
    if command -v xmllint > /dev/null 2>&1; then xmllint --noout "$1"
    else grep -q '^<?xml' "$1" && test "$(tr -cd '<' < "$1" | wc -c)" -eq "$(tr -cd '>' < "$1" | wc -c)"; fi
}
json_ok() {
    if command -v python3 > /dev/null 2>&1; then python3 -m json.tool "$1" > /dev/null
    else head -c1 "$1" | grep -q '{' && tail -1 "$1" | grep -q '}'; fi
}

# Two camps: CHN, RUS, IRN (and IND at a gathering) cooperate, as do USA,
# GBR and FRA; across the camps there is criticism, and one cooperation
# (GBR praises CHN) that the partition cannot satisfy.
cat > "$T/rel.jsonl" <<'EOF'
{"id":"t01","date":"2021-01-05","lang":"en","text":"China praised Russia on Tuesday."}
{"id":"t02","date":"2021-01-12","lang":"en","text":"Russia met with Iran in Tehran."}
{"id":"t03","date":"2021-01-20","lang":"en","text":"Iran praised China."}
{"id":"t04","date":"2021-03-02","lang":"en","text":"The United States praised Britain."}
{"id":"t05","date":"2021-03-03","lang":"en","text":"France met with Britain in London."}
{"id":"t06","date":"2021-03-04","lang":"en","text":"France praised the United States."}
{"id":"t07","date":"2021-03-10","lang":"en","text":"The United States criticised China."}
{"id":"t08","date":"2021-03-11","lang":"en","text":"Britain criticised Russia."}
{"id":"t09","date":"2021-03-12","lang":"de","text":"Frankreich kritisiert den Iran."}
{"id":"t10","date":"2021-04-01","lang":"en","text":"China, India and Russia met in Moscow on Thursday."}
{"id":"t11","date":"2021-04-20","lang":"en","text":"Russia criticised the United States."}
{"id":"t12","date":"2021-04-21","lang":"de","text":"China kritisiert Frankreich."}
{"id":"t13","date":"2021-04-22","lang":"en","text":"Britain praised China."}
{"id":"t14","date":"2021-06-30","lang":"en","text":"Russia praised China."}
EOF
DB=$T/rel.db
"$DYAD" ingest --db "$DB" "$T/rel.jsonl" > /dev/null 2> "$T/ingest.err"
check "relations: the test store is ingested" test $? -eq 0
"$DYAD" query --db "$DB" --format tsv > "$T/all.tsv"
check "relations: the articles code the events the tests expect" sh -c \
    "grep -q '	CHNGOV	RUSGOV	051	' '$T/all.tsv' && grep -q '	USAGOV	CHNGOV	111	' '$T/all.tsv' && grep -q 'CHN IND RUS' '$T/all.tsv'"

# --- trend -------------------------------------------------------------------
"$DYAD" trend CHN RUS --db "$DB" --undirected > "$T/trend.txt"
check "relations: trend: exit 0" test $? -eq 0
check "relations: trend: table header" grep -q '^period  *start  *events  *vcoop  *mcoop  *vconf  *mconf  *gold_sum  *gold_avg  *net$' "$T/trend.txt"
check "relations: trend: by month from the first event to the last (6 periods)" grep -q '^CHN - RUS, by month: 6 periods$' "$T/trend.txt"
check "relations: trend: an empty month between shows zeros" grep -q '^2021-02  *2021-02-01  *0  *0  *0  *0  *0  *0.0  *0.00  *0$' "$T/trend.txt"
check "relations: trend: March has no CHN-RUS event (other pairs are not counted)" \
    grep -q '^2021-03  *2021-03-01  *0 ' "$T/trend.txt"

"$DYAD" trend CHN RUS --db "$DB" --undirected --csv > "$T/trend.csv"
check "relations: trend --csv: header" sh -c "head -1 '$T/trend.csv' | grep -qx 'pair,period,start,events,verbal_coop,material_coop,verbal_conflict,material_conflict,goldstein_sum,goldstein_mean,net_coop'"
check "relations: trend --csv: 11 fields on every line, 6 periods" sh -c \
    "awk -F, 'NF != 11 { exit 1 } END { exit NR != 7 }' '$T/trend.csv'"
# the events counted equal those the store's own query returns for the pair
n_query=$("$DYAD" query --db "$DB" --source CHN --target RUS --undirected --format tsv | tail -n +2 | wc -l)
n_trend=$(awk -F, 'NR > 1 { s += $4 } END { print s }' "$T/trend.csv")
check "relations: trend --csv: events sum to the query's count ($n_query)" test "$n_trend" -eq "$n_query" -a "$n_query" -gt 0
check "relations: trend --csv: the net cooperation is quads 1+2 minus 3+4" \
    awk -F, 'NR > 1 && $11 != $5 + $6 - $7 - $8 { exit 1 } END { exit NR < 2 }' "$T/trend.csv"

"$DYAD" trend RUS CHN --db "$DB" --by week --csv > "$T/week.csv"
check "relations: trend --by week: ISO week labels, Monday starts" awk -F, \
    'NR > 1 && ($2 !~ /^[0-9][0-9][0-9][0-9]-W[0-9][0-9]$/) { exit 1 } END { exit NR < 2 }' "$T/week.csv"
check "relations: trend --by week: directed RUS -> CHN starts with the gathering, 2021-W13" sh -c \
    "sed -n 2p '$T/week.csv' | grep -q '^RUS -> CHN,2021-W13,2021-03-29,1,'"
"$DYAD" trend CHN RUS --db "$DB" --by year --from 2020-01-01 --to 2022-12-31 --csv > "$T/year.csv"
years=$(tail -n +2 "$T/year.csv" | cut -d, -f2,4 | tr '\n' ' ')
check "relations: trend --from/--to: the whole range, empty years included, directed ($years)" test "$years" = "2020,0 2021,2 2022,0 "

"$DYAD" trend CHN RUS --vs USA CHN --db "$DB" --undirected --svg "$T/t.svg" --show all > "$T/vs.txt"
check "relations: trend --svg: exit 0" test $? -eq 0
check "relations: trend --svg: well-formed XML" xml_ok "$T/t.svg"
check "relations: trend --svg: an SVG with two panels (--vs)" sh -c \
    "grep -q '<svg xmlns=\"http://www.w3.org/2000/svg\"' '$T/t.svg' && test \$(grep -c '^<g>' '$T/t.svg') -eq 2"
check "relations: trend --svg: legend, axes labels, Goldstein axis" sh -c \
    "grep -q '>verbal cooperation</text>' '$T/t.svg' && grep -q '>2021-01</text>' '$T/t.svg' && grep -q '>Goldstein mean</text>' '$T/t.svg'"
check "relations: trend --svg: no external resources" sh -c "test -s '$T/t.svg' && ! grep -q 'href\|<script\|@import' '$T/t.svg'"
check "relations: trend --vs: both pairs over the same periods" sh -c \
    "test \$(grep -c '^2021-0[1-6] ' '$T/vs.txt') -eq 12"

"$DYAD" trend CHN RUS --vs USA CHN --db "$DB" --undirected --svg "$T/o.svg" --overlay --show net,goldstein > /dev/null
check "relations: trend --overlay: well-formed XML" xml_ok "$T/o.svg"
check "relations: trend --overlay: one panel, both pairs in the legend" sh -c \
    "test \$(grep -c '^<g>' '$T/o.svg') -eq 1 && grep -q '>CHN - RUS</text>' '$T/o.svg' && grep -q '>USA - CHN</text>' '$T/o.svg'"
"$DYAD" trend CHN RUS --db "$T/none.db" > /dev/null 2> "$T/err"
check "relations: trend: a missing store is an error (exit 2), named" sh -c \
    "test $? -eq 2 && grep -q 'none.db: no such store' '$T/err' && test ! -e '$T/none.db'"
"$DYAD" trend CHN > /dev/null 2>&1
check "relations: trend: one actor is a usage error" test $? -eq 64
"$DYAD" trend CHN RUS --by fortnight --db "$DB" > /dev/null 2>&1
check "relations: trend: --by fortnight is a usage error" test $? -eq 64
"$DYAD" trend CHN RUS --from 2021-02-30 --db "$DB" > /dev/null 2> "$T/err"
check "relations: trend: a malformed date is a usage error" sh -c "test $? -eq 64 && grep -q 'malformed date' '$T/err'"
"$DYAD" blocs --from 2022-01-01 --to 2021-01-01 --db "$DB" > /dev/null 2> "$T/err"
check "relations: --from after --to is a usage error" sh -c "test $? -eq 64 && grep -q 'is after --to' '$T/err'"
"$DYAD" trend CHN RUS --by day --from 0001-01-01 --to 9999-12-31 --db "$DB" > /dev/null 2> "$T/err"
check "relations: trend: a series over the cap is refused" sh -c "test $? -eq 64 && grep -q 'periods' '$T/err'"
if [ -w /dev/full ]; then
    "$DYAD" trend CHN RUS --db "$DB" --svg /dev/full > /dev/null 2> "$T/err"
    check "relations: trend: a full disk under the SVG: exit 2, named" sh -c "test $? -eq 2 && grep -q '/dev/full: error writing' '$T/err'"
    "$DYAD" network --db "$DB" --json > /dev/full 2> "$T/err"
    check "relations: network --json: a full disk: exit 2" test $? -eq 2
fi
"$DYAD" trend CHN RUS --db "$DB" --svg "$T/no/such/dir.svg" > /dev/null 2> "$T/err"
check "relations: trend: an unwritable SVG path: exit 2, named" sh -c "test $? -eq 2 && grep -q 'dir.svg: cannot write' '$T/err'"

# --- network -----------------------------------------------------------------
"$DYAD" network --db "$DB" --from 2021-01-01 --to 2021-12-31 > "$T/net.txt"
check "relations: network: table of 7 actors" grep -q '^7 actors, [0-9]* edges (undirected)$' "$T/net.txt"
check "relations: network: the gathering weighs 1/(k-1) = 0.50 per pair (CHN-IND)" \
    grep -q '^CHN  *IND  *1  *0.50 ' "$T/net.txt"
check "relations: network: CHN-RUS has 3 events (two praises, the gathering)" grep -q '^CHN  *RUS  *3  *2.50 ' "$T/net.txt"
"$DYAD" network --db "$DB" --graphml "$T/n.graphml" 2> "$T/err"
check "relations: network --graphml: well-formed XML" xml_ok "$T/n.graphml"
check "relations: network --graphml: keys declared, 7 nodes" sh -c \
    "grep -q '<key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>' '$T/n.graphml' && test \$(grep -c '<node id=' '$T/n.graphml') -eq 7"
check "relations: network --graphml: every data key is declared" sh -c \
    "grep -q 'data key=' '$T/n.graphml' && for k in \$(grep -o 'data key=\"[a-z_]*\"' '$T/n.graphml' | sort -u | cut -d'\"' -f2); do grep -q \"<key id=\\\"\$k\\\"\" '$T/n.graphml' || exit 1; done"
"$DYAD" network --db "$DB" --json --actors code > "$T/n.json"
check "relations: network --json: valid JSON with nodes and edges" sh -c \
    "$(command -v python3 > /dev/null && echo "python3 -m json.tool '$T/n.json' > /dev/null &&") grep -q '\"id\": \"CHNGOV\"' '$T/n.json' && grep -q '\"edges\"' '$T/n.json'"
"$DYAD" network --db "$DB" --from 2021-04-01 --to 2021-04-01 --json > "$T/n1.json"
check "relations: network --from/--to: only the gathering (3 nodes)" sh -c \
    "test \$(grep -c '\"id\":' '$T/n1.json') -eq 3"
"$DYAD" network --db "$DB" --directed > "$T/netd.txt"
check "relations: network --directed: RUS -> CHN and CHN -> RUS are two edges; the gathering half each way" sh -c \
    "grep -q '^CHN  *RUS  *2  *1.25 ' '$T/netd.txt' && grep -q '^RUS  *CHN  *2  *1.25 ' '$T/netd.txt' && grep -q '^CHN  *IND  *1  *0.25 ' '$T/netd.txt'"
"$DYAD" network --db "$DB" --graphml "$T/nd.graphml" --directed 2> /dev/null
check "relations: network --graphml --directed: edgedefault directed" grep -q 'edgedefault="directed"' "$T/nd.graphml"
"$DYAD" network --db "$DB" --actors state > /dev/null 2>&1
check "relations: network: --actors state is a usage error" test $? -eq 64

# --- blocs -------------------------------------------------------------------
"$DYAD" blocs --db "$DB" > "$T/blocs.txt"
check "relations: blocs: exit 0" test $? -eq 0
check "relations: blocs: two blocs found" grep -q ', 2 groups$' "$T/blocs.txt"
check "relations: blocs: the eastern bloc" grep -q '^bloc 1 (4): CHN IND IRN RUS$' "$T/blocs.txt"
check "relations: blocs: the western bloc" grep -q '^bloc 2 (3): FRA GBR USA$' "$T/blocs.txt"
check "relations: blocs: quality printed; GBR praising CHN frustrates it (agreement < 1)" sh -c \
    "grep -q '^agreement 0\.[0-9]*: ' '$T/blocs.txt' && grep -q '^frustration 3.4: ' '$T/blocs.txt'"
"$DYAD" blocs --db "$DB" > "$T/blocs2.txt"
check "relations: blocs: deterministic (the same output twice)" sh -c "test -s '$T/blocs.txt' && cmp -s '$T/blocs.txt' '$T/blocs2.txt'"
"$DYAD" blocs --db "$DB" --min-events 3 --json > "$T/blocs.json"
check "relations: blocs --json: valid JSON" json_ok "$T/blocs.json"
check "relations: blocs --min-events 3: IND (one event) is left out" sh -c \
    "grep -q '\"actors\": 6' '$T/blocs.json' && ! grep -q '\"IND\"' '$T/blocs.json'"
"$DYAD" blocs --db "$DB" --actors code --seed 7 --restarts 5 > "$T/blocs-code.txt"
check "relations: blocs --actors code: full codes, the same two camps" sh -c \
    "grep -q '^bloc 1 (4): CHNGOV INDGOV IRNGOV RUSGOV$' '$T/blocs-code.txt' && grep -q '5 restarts, seed 7 ' '$T/blocs-code.txt'"
"$DYAD" blocs --db "$DB" --min-events 0 > /dev/null 2>&1
check "relations: blocs: --min-events 0 is a usage error" test $? -eq 64
"$DYAD" blocs --db "$T/none.db" > /dev/null 2> "$T/err"
check "relations: blocs: a missing store is an error" sh -c "test $? -eq 2 && grep -q 'no such store' '$T/err'"

test_done
