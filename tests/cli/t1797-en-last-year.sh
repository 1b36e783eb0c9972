#!/bin/sh
# t1797-en-last-year: on sentences written for this test.  English "last
# year" dates a clause of fact before the story's year: history, not coded
# (emit.c past_year); "since last year" and "in the past year" are spans.
. tests/cli/test-lib.sh

ev() { code_events_scm en 2023-03-01 "$2"; }

ev last "Chile's attack on Peru last year killed forty people."
check_not "en: last year: history" grep -q " 19[0-9]* " "$T/ev"
ev since "Chile has attacked Peru repeatedly since last year."
check "en: since last year: a span, coded" grep -q "^CHLGOV 19[0-9]* PERGOV" "$T/ev"
ev past "Chile attacked Peru twice in the past year."
check "en: in the past year: a span, coded" grep -q "^CHLGOV 19[0-9]* PERGOV" "$T/ev"
test_done
