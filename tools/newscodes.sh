#!/bin/sh
# tools/newscodes.sh [GOLD_DIR]: writes dict/news-codes.txt to stdout — the
# CAMEO codes of the gold events, most used first, with their counts: the
# floors of `dyad dict coverage` (its first 80 codes need 8 triggers a
# language).  Counted over GOLD_DIR/dev*.jsonl (dev and dev2, all
# languages) and the ODD lines of GOLD_DIR/real-dev-*.jsonl (the even lines
# are the held-out check and are not looked at).  Only the counts are kept.
G=${1:-../shared/gold}
{
    cat "$G"/dev*.jsonl
    for f in "$G"/real-dev-*.jsonl; do awk 'NR % 2 == 1' "$f"; done
} | python3 -c '
import sys, json, collections
c = collections.Counter()
for line in sys.stdin:
    line = line.strip()
    if line:
        for e in json.loads(line).get("events", []):
            c[e["code"]] += 1
print("# dict/news-codes.txt: CAMEO codes by how often the gold news events use them")
print("# (written by tools/newscodes.sh; dyad dict coverage gives the first 80 a")
print("# floor of 8 triggers per language).  code  count")
for code, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])):
    print("%-6s %d" % (code, n))
'
