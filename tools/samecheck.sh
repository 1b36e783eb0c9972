#!/bin/sh
# tools/samecheck.sh: check that a refactoring kept dyad's output byte-identical.
#
#   sh tools/samecheck.sh record DIR [DYAD]   # write the outputs' checksums to DIR/sums
#   sh tools/samecheck.sh check  DIR [DYAD]   # compare against DIR/sums; exit 1 on a difference
#
# Inputs: every ../shared/gold/*.jsonl (JSON Lines, jsonl and tsv and gdelt
# formats, and explain), the example article, the relations demo articles,
# and the bench corpora bench/out/corpus-{de,en}.jsonl when they exist
# (make bench generates them).  Missing inputs are listed and skipped.
set -u
mode=${1:?record|check}; dir=${2:?DIR}; dyad=${3:-./dyad}
mkdir -p "$dir"; out="$dir/sums.new"; : > "$out"
sum() { printf '%s  %s\n' "$(sha256sum | cut -c1-64)" "$1" >> "$out"; }
run() { name=$1; shift; { "$dyad" "$@" 2>&1; echo "rc=$?"; } | sum "$name"; }
for f in ../shared/gold/*.jsonl examples/relations/articles.jsonl; do
  [ -f "$f" ] || { echo "samecheck: missing $f, skipped" >&2; continue; }
  b=$(basename "$f")
  run "$b.jsonl" code --input jsonl --lang auto --lang-fallback guess "$f"
  run "$b.de" code --input jsonl --lang de "$f"
  run "$b.en" code --input jsonl --lang en "$f"
  run "$b.tsv" code --input jsonl --format tsv "$f"
  run "$b.gdelt" code --input jsonl --format gdelt "$f"
  run "$b.explain" explain --input jsonl "$f"
done
run beispiel.tsv code --lang de --date 2022-05-10 --id beispiel --format tsv examples/beispiel-de.txt
run beispiel.explain explain --lang de --date 2022-05-10 examples/beispiel-de.txt
for l in de en; do
  f=bench/out/corpus-$l.jsonl
  [ -f "$f" ] || { echo "samecheck: missing $f, skipped (make bench makes it)" >&2; continue; }
  run "corpus-$l" code --input jsonl "$f"
done
if [ "$mode" = record ]; then mv "$out" "$dir/sums"; echo "samecheck: recorded $(wc -l < "$dir/sums") outputs in $dir/sums"; exit 0; fi
if diff "$dir/sums" "$out" >/dev/null; then echo "samecheck: all $(wc -l < "$out") outputs byte-identical"; exit 0; fi
echo "samecheck: outputs differ:"; diff "$dir/sums" "$out" | grep '^>' | awk '{print "  " $3}'; exit 1
