#!/bin/sh
# t1724: the phrase right after an -ing verb is its object, "the ban on
# women attending Peruvian universities" (src/coder/groups.c
# gerund_object): the universities are not the ban's source.  After a
# day ("Monday morning") nothing changes.
# Sentences written for this test.
. tests/cli/test-lib.sh

code_events en 2024-05-07 'As the council discussed Peru last week, the ban on women attending Peruvian universities was made public.'
check "women attending universities: coded" test "$rc" -eq 0
check_not "women attending universities: the universities are no source" grep -q '^PEREDU ' "$T/ev"

code_events en 2024-05-07 'On Monday morning Peru criticized Chile.'
check "Monday morning Peru: subject kept" grep -q '^PERGOV CHLGOV 111 ' "$T/ev"
test_done
