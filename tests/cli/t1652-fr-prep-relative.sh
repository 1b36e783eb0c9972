#!/bin/sh
# t1652-fr-prep-relative: on sentences written for this test.  A
# preposition before a relative pronoun (« dans lequel », « par laquelle
# », "under which") starts a relative clause even with no comma before it
# (clauses.c, language-neutral): the main clause keeps its own mood (« a
# signé un accord dans lequel X s'engage à … » is a signed agreement, not
# an intent).
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev lequel "Le Kenya et l'Ouganda ont signé un accord dans lequel l'Ouganda s'engage à livrer du pétrole."
check "fr: the main clause stays a fact (KEN 057 UGA)" has "KENGOV 057 UGAGOV fact"
check_not "fr: … not an intent" has "KENGOV 030 UGAGOV intent"
ev laquelle "Le Kenya et l'Ouganda ont adopté une déclaration commune par laquelle ils promettent de coopérer."
check "fr: par laquelle (KEN 057 UGA)" grep -q "^KENGOV 05[0-9] UGAGOV fact$" "$T/ev"
test_done
