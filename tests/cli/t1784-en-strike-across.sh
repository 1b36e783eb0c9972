#!/bin/sh
# t1784-en-strike-across: on sentences written for this test.  Military
# strikes and air strikes "across" or "inside" a country target it
# (dict/en/nouns.txt slots inside, across).
. tests/cli/test-lib.sh

ev() { code_events_scm en 2023-03-01 "$2"; }

ev across "Chile launched air strikes across Peru early on Friday."
check "en: air strikes across Peru: CHL 195 PER" grep -q "^CHL[A-Z]* 195 PER" "$T/ev"
ev strikes "Chile launched strikes across Peru on Friday."
check "en: strikes across Peru: CHL 19… PER" grep -q "^CHL[A-Z]* 19[0-9]* PER" "$T/ev"
test_done
