#!/bin/sh
# t0510-validate: `dyad validate`, the validation runner, on a suite written
# for the tests (tests/import/suite.jsonl, with the TABARI fixture
# dictionary of tests/import/), and on the TABARI and PETRARCH validation
# suites from $SHARED/peer/validation (a missing file is skipped, under
# CI=true a failure).
. tests/cli/test-lib.sh
IMP=tests/import

# the fixture dictionary the suite is coded with (t0500 checks the import)
run "$DYAD" dict import --format tabari -o "$T/imp-tab" $IMP/tabari/fixture.actors \
    $IMP/tabari/fixture.agents $IMP/tabari/fixture.verbs
[ $rc -le 1 ] || bad "the TABARI fixture does not import (exit $rc)"

# the validation runner on a suite written for the tests
"$DYAD" validate --suite tabari $IMP/suite.jsonl --dict "$T/imp-tab" > "$T/val.out" 2> "$T/val.err"
check "validate: exit 1 (a malformed record skipped)" test $? -eq 1
check "validate: pass rate over the scored records" grep -q "pass rate (actors at country level): 5 of 6 scored" "$T/val.out"
check "validate: TABARI's FORWARD option: a story's records coded as one text ('It' refers back), each scored on its own sentences" \
    grep -q "FORWARD  *3/3 " "$T/val.out"
check "validate: a failing record with expected and coded events" grep -q "T-03 \[MISSING, events\]: expected {VAL MRV 051}, coded {}" "$T/val.out"
check "validate: records the guide rejects counted apart" sh -c \
    "grep -q 'T-04 .*null' '$T/val.out' && grep -q 'T-06 .*complexity' '$T/val.out' && grep -q 'T-11 .*announced action' '$T/val.out' &&
           grep -q 'T-13 .*DEFAULT option' '$T/val.out'"
check "validate: records after FINAL-01 kept out of the figure" grep -q "after the standard set (FINAL-01): 1 scored, 1 passed" "$T/val.out"
check "validate: malformed records named with file:line" sh -c \
    "grep -q 'suite.jsonl:7: record T-07 has no date' '$T/val.err' && grep -q 'suite.jsonl:8: malformed JSON' '$T/val.err'"
"$DYAD" validate --suite tabari "$T/nonexistent.jsonl" --dict "$T/imp-tab" > /dev/null 2> "$T/err"
check "validate: missing suite file: exit 2 with a message" sh -c "test $? -eq 2 && grep -q 'nonexistent.jsonl: cannot open' '$T/err'"

# the field's validation suites from $SHARED (skipped when absent; CI=true: fails)
VS=$SHARED/peer/validation
if need_file "TABARI suite" "$VS/tabari_validate.jsonl" && need_file "TABARI suite" "$VS/tabari"; then
    "$DYAD" dict import --codes keep --discards --format tabari -o "$T/vtab" "$VS/tabari/TABARI.Demo.actors" \
        "$VS/tabari/Validate.agents" "$VS/tabari/TABARI.Demo.verbs" > /dev/null 2> "$T/err"
    [ $? -le 1 ] || { bad "TABARI suite: its dictionaries do not import"; sed 's/^/     /' "$T/err" | head -5; }
    "$DYAD" validate --suite tabari "$VS/tabari_validate.jsonl" --dict "$T/vtab" --quiet > "$T/vtab.out" 2>&1
    check "TABARI suite: runs (exit 0) and reports over the 466 standard records" sh -c \
        "test $? -eq 0 && grep -q '^standard records: 466;' '$T/vtab.out'"
    echo "     TABARI $(tail -1 "$T/vtab.out")"
fi
if need_file "PETRARCH suite" "$VS/petr_unittest.jsonl" && need_file "PETRARCH suite" "$VS/petrarch2"; then
    "$DYAD" dict import --codes keep --discards --format petrarch -o "$T/vpet" "$VS"/petrarch2/PETR.Validate.*.txt \
        > /dev/null 2> "$T/err"
    [ $? -le 1 ] || { bad "PETRARCH suite: its dictionaries do not import"; sed 's/^/     /' "$T/err" | head -5; }
    "$DYAD" validate --suite petrarch "$VS/petr_unittest.jsonl" --dict "$T/vpet" --quiet > "$T/vpet.out" 2>&1
    check "PETRARCH suite: runs (exit 0) and reports over its 284 records" sh -c \
        "test $? -eq 0 && grep -q '^all records: 284;' '$T/vpet.out'"
    echo "     PETRARCH $(tail -1 "$T/vpet.out")"
fi

test_done
