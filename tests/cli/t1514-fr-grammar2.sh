#!/bin/sh
# t1514-fr-grammar2: French grammar for recall, on sentences written for
# this test: a condemned act named by its author's adjective after the noun
# (« les frappes aériennes russes contre … ») is aimed at the author, not
# the victim.
. tests/cli/test-lib.sh

# ev ID TEXT: codes TEXT as French; the events, one "SOURCE CODE TARGET
# MOOD" a line, in $T/ev
ev() {
    printf '{"id":"%s","date":"2023-03-01","lang":"fr","text":"%s"}\n' "$1" "$2" > "$T/in.jsonl"
    "$DYAD" code "$T/in.jsonl" > "$T/out" 2> "$T/err"
    rc=$?
    sed -n 's/.*"source":"\([A-Z]*\)","target":"\([A-Z]*\)".*"code":"\([0-9]*\)".*"mood":"\([a-z]*\)".*/\1 \3 \2 \4/p' "$T/out" > "$T/ev"
}
has() { grep -qx "$1" "$T/ev"; }

ev author "Le Danemark a dénoncé les bombardements turcs contre la Syrie."
check "fr: a condemned act named by its author's adjective targets the author (DNK 111 TUR)" has "DNKGOV 111 TURGOV fact"
ev author2 "La Norvège a condamné les frappes aériennes iraniennes contre l'Irak."
check "fr: the same after a noun of two words (frappes aériennes)" has "NORGOV 111 IRNGOV fact"
test_done
