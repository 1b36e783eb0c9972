#!/bin/sh
# tools/people-dups.sh [DICT]: name forms listed twice (case-insensitively)
# across DICT/people.txt and DICT/people/*.txt, with file:line of each.
# dyad dict check does not report them: the entry loaded later silently wins
# (src/dict/dict.c, phrase_cmp), so a repeat shadows the earlier person.
# Prints nothing and exits 0 when every form is unique; exits 1 otherwise.
DICT=${1:-dict}
out=$(for f in "$DICT/people.txt" "$DICT"/people/*.txt; do
    [ -f "$f" ] || continue
    awk -v F="$f" '/^person /{
        sub(/#.*/, ""); $1 = ""; $2 = ""
        n = split($0, a, "|")
        for (i = 1; i <= n; i++) {
            s = a[i]; gsub(/^ +| +$/, "", s)
            if (s != "") print tolower(s) "\t" F ":" FNR
        }
    }' "$f"
done | LC_ALL=C sort | awk -F'\t' '$1 == p { print pl; print } { p = $1; pl = $0 }' | uniq)
[ -z "$out" ] && exit 0
printf '%s\n' "$out"
exit 1
