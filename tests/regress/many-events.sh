#!/bin/sh
# tests/regress/many-events.sh [NAMES] [DICT]: prints one German article in
# which each of NAMES country names (default 150, one-word names from
# DICT/gen/countries.de.txt) criticises and praises every other one:
# 2 * NAMES * (NAMES - 1) distinct events (44,700 for 150) in about 1.2 MB.
# Reproducer for the time of dy_code growing with the square of the number
# of distinct events in one article (tests/regress/README.md).
N=${1:-150}
DICT=${2:-dict}
awk -v n="$N" '$1 !~ /^#/ && $2 == "name" && (NF == 3 || $4 == "|") && $3 !~ /-/ {
    if (k < n) name[k++] = $3
} END {
    split("kritisiert lobt", verb, " ")
    for (v = 1; v <= 2; v++)
        for (i = 0; i < k; i++)
            for (j = 0; j < k; j++)
                if (i != j) printf "%s %s %s. ", name[i], verb[v], name[j]
    print ""
}' "$DICT/gen/countries.de.txt"
