#!/bin/sh
# t0946: a demand for talks or a truce with no party named goes to the two
# sides of the last pair; a side among several demanders is no addressee,
# the other side is ("Die Ukraine, die EU und die USA fordern eine
# Waffenruhe" after a US-Russian meeting); a lone demander that is a side
# addresses neither (roles.c, target_by_demand_or_pattern: a demand to both sides).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Der Präsident der USA traf sich in Genf mit dem Präsidenten Russlands. Die Ukraine, die EU und die USA fordern eine umfassende Waffenruhe.

Der Präsident Chinas traf sich in Peking mit dem Präsidenten Russlands. Die Regierung in Peking fordert eine Waffenruhe.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "demands to sides: coded" 0
check "the demanders address the other side" grep -qP '\tUKRGOV\tRUSGOV\t1056\t' "$T/out"
check "each of them" grep -qP '\tIGOEUREEC\tRUSGOV\t1056\t' "$T/out"
check_not "not the side among them" grep -qP '\t(UKRGOV|IGOEUREEC)\tUSAGOV\t1056\t' "$T/out"
check_not "a lone demander that is a side addresses no one" grep -qP '\tCHNGOV\t[A-Z]*\t1056\t' "$T/out"
test_done
