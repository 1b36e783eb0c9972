#!/bin/sh
# t1693: as t1601, with a content clause without "that": "the embassy said
# Peru was weak and warned it to stop interfering": the coordinated verb
# whose pronoun object names the content clause's subject is the
# speaker's (roles.c subject_of_main: a reported main clause counts as the
# content clause).
# Sentences written for this test.
. tests/cli/test-lib.sh

code_events en 2024-05-07 'Chile’s embassy in Lima said Peru was weak and warned it to stop interfering.'
check "bare content clause: coded" test "$rc" -eq 0
check "bare content clause: the speaker warns" grep -q '^CHLGOV PERGOV 130 ' "$T/ev"

code_events en 2024-05-07 'Chile’s embassy in Lima said Peru was weak and warned Bolivia against interfering.'
check_not "bare content clause, another object: not the speaker's" grep -q '^CHLGOV BOLGOV 130 ' "$T/ev"
test_done
