#!/bin/sh
# t1806-fr-negation-in-que: on sentences written for this test.  A negation
# in a « que » clause after the predicate is that clause's, not the
# predicate's (mood.c negates, lang.h that_content): « tenter de convaincre
# la Russie qu'elle n'a aucun intérêt à … » still tries to convince.
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev content "Le président américain va tenter de convaincre la Turquie qu'elle n'a aucun intérêt à laisser durer la guerre."
check "fr: the negation of the « que » clause leaves the appeal (USAGOV 02… TURGOV)" grep -q "^USAGOV 02[0-9]* TURGOV" "$T/ev"
ev own "Le président américain ne va pas tenter de convaincre la Turquie."
check_not "fr: a negation before the predicate still negates it" grep -q "TURGOV" "$T/ev"
test_done
