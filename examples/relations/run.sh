#!/bin/sh
# The relations demo (README, "Relations between states: a demo").
#
# Codes the articles in this directory into a temporary store, shows that
# several reports of one happening are one event (and two meetings in one
# week stay two), prints the monthly and yearly trends of China-Russia and
# USA-China, draws them in two SVG charts and prints the blocs of 2021-2022.
#
#   sh examples/relations/run.sh [OUTDIR]      (the charts go to OUTDIR,
#                                              by default docs/img)
#
# OUTDIR/relations-net.svg: the net cooperation of both pairs in one panel;
# OUTDIR/relations-quads.svg: one panel per pair, a line per quad class and
# the Goldstein mean.
#
# DYAD names the binary (default: dyad at the top of the repository).
set -eu

here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
top=$(CDPATH= cd -- "$here/../.." && pwd)
dyad=${DYAD:-$top/dyad}
out=${1:-$top/docs/img}
net_svg=$out/relations-net.svg
quads_svg=$out/relations-quads.svg

tmp=$(mktemp -d "${TMPDIR:-/tmp}/dyad-relations.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM
db=$tmp/relations.db
mkdir -p "$out"

echo "== dyad ingest examples/relations/articles.jsonl (a temporary store)"
"$dyad" ingest --db "$db" "$here/articles.jsonl" 2>&1

echo
echo "== one event per happening: the Xi-Putin joint statement of 4 February 2022"
"$dyad" query --db "$db" --source CHN --target RUS --code 057 \
    --from 2022-02-01 --to 2022-02-28 --format tsv | cut -f3-9,20,25-27

echo
echo "== two meetings of the same pair in one week stay two (Bali, Bangkok)"
"$dyad" query --db "$db" --source USA --target China --code 040 \
    --from 2022-11-10 --to 2022-11-20 --format tsv | cut -f3-9,20,25-27

echo
echo "== China-Russia and USA-China by month, both directions"
"$dyad" trend CHN RUS --vs USA CHN --by month --undirected \
    --from 2021-01-01 --to 2022-12-31 --db "$db" --svg "$quads_svg"
"$dyad" trend CHN RUS --vs USA CHN --by month --undirected --overlay \
    --from 2021-01-01 --to 2022-12-31 --db "$db" --svg "$net_svg" >/dev/null
echo "(charts: $net_svg, $quads_svg)"

echo
echo "== the same by year"
"$dyad" trend CHN RUS --vs USA CHN --by year --undirected \
    --from 2021-01-01 --to 2022-12-31 --db "$db"

echo
echo "== blocs, 2021-2022"
"$dyad" blocs --db "$db" --from 2021-01-01 --to 2022-12-31 --seed 1
