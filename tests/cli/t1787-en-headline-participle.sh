#!/bin/sh
# t1787-en-headline-participle: on sentences written for this test.  A
# headline in title case has its verbs in the present: a capitalised -ed
# participle after the subject, with no auxiliary and no final full stop,
# is a passive ("Envoy Killed in …"): the subject suffered it and is no
# source (roles.c relative_antecedent, bare_passive).
. tests/cli/test-lib.sh

ev() { code_events_scm en 2023-03-01 "$2"; }

ev head "Chilean Ambassador, Two Aides Killed in Attack Near Lima

The Chilean ambassador to Peru and two aides died on Tuesday."
check_not "en: headline participle: the victim is no source" grep -q "^CHL" "$T/ev"
ev by "Chilean Envoy Attacked by Peruvian Police

The envoy was hurt."
check "en: with an agent (by): PERCOP 1… CHL" grep -q "^PERCOP 1[0-9]* CHL" "$T/ev"
ev active "Chilean troops attacked Peruvian border posts on Monday."
check "en: prose past tense stays active (CHLMIL 190 PER…)" grep -q "^CHLMIL 19[0-9]* PER" "$T/ev"
test_done
