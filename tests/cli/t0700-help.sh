#!/bin/sh
# t0700-help.sh: every command and subcommand has --help (usage, options,
# example; exit 0), and a usage mistake is reported the same way by all of
# them (exit 64).  The commands are read from `dyad --help`, so a new
# command is covered without changing this test.
. tests/cli/test-lib.sh

run "$DYAD" --help
expect_status "dyad --help exits 0" 0
cp "$T/out" "$T/list"
check "dyad --help lists commands" grep -q '^commands:' "$T/list"
run "$DYAD" help
check "dyad help says what dyad --help says" cmp -s "$T/out" "$T/list"

# "  store info        summary": the name is what comes before two spaces
sed -n '/^commands:/,$p' "$T/list" | sed -n 's/^  \([a-z][a-z ]*[a-z]\)  .*/\1/p' > "$T/cmds"
check "the list names code, query and store info" \
    sh -c "grep -qx code '$T/cmds' && grep -qx query '$T/cmds' && grep -qx 'store info' '$T/cmds'"
check "the list has at least 20 commands" test "$(wc -l < "$T/cmds")" -ge 20

while read -r cmd; do
    # shellcheck disable=SC2086 # a subcommand is two words
    run "$DYAD" $cmd --help
    expect_status "$cmd --help exits 0" 0
    check "$cmd --help prints usage: dyad $cmd" grep -q "^usage: dyad $cmd" "$T/out"
    check "$cmd --help prints an example" grep -q '^example:' "$T/out"
    check "$cmd --help writes no error" test ! -s "$T/err"
    cp "$T/out" "$T/help"
    run "$DYAD" help $cmd
    check "help $cmd says what $cmd --help says" cmp -s "$T/out" "$T/help"

    run "$DYAD" $cmd --no-such-option
    expect_status "$cmd --no-such-option exits 64" 64
    printf "dyad %s: unknown option '--no-such-option'\nsee 'dyad %s --help'\n" "$cmd" "$cmd" > "$T/want"
    check "$cmd: unknown option, the same message" cmp -s "$T/err" "$T/want"
    check "$cmd: nothing on standard output" test ! -s "$T/out"

    # every option that takes a value, given none: the same message
    sed -n '/^options:/,/^$/p' "$T/help" |
        sed -n 's/^  \(-[-a-z]*\) [^ ].*/\1/p' | grep -v -- '--help' > "$T/valopts"
    while read -r opt; do
        run "$DYAD" $cmd "$opt"
        printf "dyad %s: option '%s' needs a value\nsee 'dyad %s --help'\n" "$cmd" "$opt" "$cmd" > "$T/want"
        if [ "$rc" -eq 64 ] && { cmp -s "$T/err" "$T/want" ||
               grep -qx "dyad $cmd: option '$opt' needs two values" "$T/err"; }; then
            ok "$cmd $opt without a value: exit 64, the same message"
        else
            bad "$cmd $opt without a value: exit 64, the same message (exit $rc)"
            sed 's/^/     /' "$T/err" | head -3
        fi
    done < "$T/valopts"
done < "$T/cmds"

# a bad value names the option and the values it takes
run "$DYAD" code --format xml
expect_status "code --format xml exits 64" 64
check "code --format xml: the choices" grep -qx "dyad code: --format takes jsonl, tsv, gdelt, csv, icews, plover or gdelt-mentions, not 'xml'" "$T/err"
run "$DYAD" query --format xml
check "query --format xml: the same message" grep -qx "dyad query: --format takes jsonl, tsv, gdelt, csv, icews, plover or gdelt-mentions, not 'xml'" "$T/err"
run "$DYAD" ingest --batch 0
expect_status "ingest --batch 0 exits 64" 64
check "ingest --batch 0: the range" grep -qx "dyad ingest: --batch takes a number from 1 to 1000000" "$T/err"
run "$DYAD" query --from 2021-13-01
expect_status "query --from 2021-13-01 exits 64" 64
check "query: a bad date is named" grep -q "^dyad query: --from takes a date YYYY-MM-DD, not '2021-13-01'" "$T/err"
run "$DYAD" nosuchcommand
expect_status "an unknown command exits 64" 64
run "$DYAD" store nosuchsub
expect_status "store: an unknown subcommand exits 64" 64
check "store: the unknown subcommand is named" grep -q "^dyad store: unknown subcommand 'nosuchsub'" "$T/err"
run "$DYAD" eval
expect_status "eval without a gold file exits 64" 64
check "eval without a gold file: its usage line" grep -q '^usage: dyad eval \[OPTIONS\] GOLD.jsonl' "$T/err"

test_done
