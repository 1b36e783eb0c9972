#!/bin/sh
# t1793-en-compass-place: on sentences written for this test.  A place
# after "in" and a compass adjective ("in northern Peru") is a place of the
# clause as "in Peru" is (resolve.c in_place): armed men who act there
# take its country.
. tests/cli/test-lib.sh

ev() { code_events_scm en 2023-03-01 "$2"; }

ev north "Chile condemned the violence. Gunmen killed five police officers in northern Peru on Monday."
check "en: gunmen in northern Peru: PERREB 18… PER…" grep -q "^PERREB 18[0-9]* PER" "$T/ev"
test_done
