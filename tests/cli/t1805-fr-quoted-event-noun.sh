#!/bin/sh
# t1805-fr-quoted-event-noun: on sentences written for this test.  The
# country adjective after a quoted event noun names whose act it is
# (« a dénoncé une « agression » américaine »: stages.h adj_noun and the
# object's adjective in roles.c step over the quotation marks), and
# « agression » is an attack noun (dict/fr/nouns.txt, 190).
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev quoted "Le Venezuela a dénoncé une « agression » américaine."
check "fr: « une « agression » américaine »: at its doer (VENGOV 111 USAGOV)" has "VENGOV 111 USAGOV fact"
ev quoted2 "Le Venezuela a dénoncé une « attaque » colombienne."
check "fr: « une « attaque » colombienne » (VENGOV 111 COLGOV)" has "VENGOV 111 COLGOV fact"
ev sexual "Le gouvernement nigérian a condamné une agression sexuelle."
check_not "fr: « agression sexuelle » is no attack by a state" grep -q " 190 " "$T/ev"
test_done
