#!/bin/sh
# bench/profile.sh [KIB]: where `dyad code` spends its instructions.
#
# Builds dyad with -O2 -g -DNDEBUG into bench/out/build-prof, takes the
# first articles of bench/out/corpus-de.jsonl up to KIB KiB (default 2048),
# runs `dyad code` on them under valgrind --tool=callgrind (instruction
# counts: repeatable, unlike timings) and prints the functions by exclusive
# (self) and inclusive instructions and the hottest source lines (file:line).
# Needs valgrind and the corpus (`make bench` generates it).  The callgrind
# file stays in bench/out/callgrind.out for callgrind_annotate or kcachegrind.
set -eu
KIB=${1:-2048}
P=bench/out/build-prof
C=bench/out/corpus-de.jsonl
command -v valgrind > /dev/null || { echo "profile: valgrind is not installed" >&2; exit 2; }
test -f "$C" || { echo "profile: $C is missing (run make bench)" >&2; exit 2; }
${MAKE:-make} -s BUILD=$P OPT="-O2 -g -DNDEBUG" $P/dyad
awk -v max=$((KIB * 1024)) '{ n += length($0) + 1; if (n > max) exit; print }' "$C" > bench/out/profile.jsonl
echo "profile: $(wc -l < bench/out/profile.jsonl) articles, $(wc -c < bench/out/profile.jsonl) bytes"
valgrind --tool=callgrind --callgrind-out-file=bench/out/callgrind.out \
    $P/dyad code bench/out/profile.jsonl > /dev/null 2> bench/out/callgrind.log
grep -E 'Collected' bench/out/callgrind.log || true
echo "=== exclusive (self) instructions"
callgrind_annotate bench/out/callgrind.out 2> /dev/null | sed -n '/^Ir/,$p' | head -40
echo "=== inclusive instructions"
callgrind_annotate --inclusive=yes bench/out/callgrind.out 2> /dev/null | sed -n '/^Ir/,$p' | head -40
echo "=== hottest source lines in src/ (self, or '=>' a call with what it costs)"
callgrind_annotate --auto=yes --context=0 --threshold=100 bench/out/callgrind.out 2> /dev/null |
    awk '/Auto-annotated source: / { f = $NF }
         /^-- line [0-9]+ -/ { ln = $3 }
         /^ *[0-9,]+ \( *[0-9.]+%\)/ && f ~ /^src/ && $0 !~ /events annotated/ {
             n = $1; gsub(",", "", n); print n "\t" f ":" ln "\t" $0 }' |
    sort -rn | head -40 | cut -f2- | cut -c1-200
