#!/bin/sh
# t1796-en-modal-noun-object: on sentences written for this test.  A form
# that is also an event noun right after a gerund is its object, not a verb
# ("was considering sanctions against"); a modal verb with no code of its
# own and no speech ("consider", "prepare", "seek") with an event noun as
# its object makes it an intent (predicate.c verb_readings).
. tests/cli/test-lib.sh

ev() { code_events_scm en 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev consider "Chile said it was considering sanctions against Peru."
check "en: considering sanctions: an intent (CHLGOV 1312 PERGOV)" has "CHLGOV 1312 PERGOV intent"
check_not "en: … and no sanction in fact" grep -q " 163 " "$T/ev"
ev prepare "Chile is preparing an offensive against Peru."
check "en: preparing an offensive: a threat (CHLGOV 1384 PERGOV)" has "CHLGOV 1384 PERGOV intent"
ev imposed "Chile imposed sanctions on Peru."
check "en: imposed sanctions: a fact (CHLGOV 163 PERGOV)" has "CHLGOV 163 PERGOV fact"
test_done
