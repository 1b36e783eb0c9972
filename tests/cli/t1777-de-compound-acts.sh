#!/bin/sh
# t1777-de-compound-acts: on sentences written for this test.  An event
# noun's compound modifier that is an organisation or an abbreviated name
# ("EU-Sanktionen gegen …", "US-Sanktionen") is its source (nouns.c
# noun_actors); a country's full name ("Iran-Sanktionen") stays the topic.
. tests/cli/test-lib.sh

ev() { code_events_scm de 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev eu "Neue EU-Sanktionen gegen Belarus sind am Montag in Kraft getreten."
check "de: the organisation sanctions (IGOEUREEC 163 BLRGOV)" has "IGOEUREEC 163 BLRGOV fact"
ev us "Die neuen US-Sanktionen gegen Venezuela treffen die Ölindustrie."
check "de: the abbreviation sanctions (USAGOV 163 VENGOV)" has "USAGOV 163 VENGOV fact"
ev topic "Die Russland-Sanktionen gegen Banken wurden verlängert."
check_not "de: a full name is the topic, no source (RUSGOV 163)" grep -q "^RUSGOV 163" "$T/ev"
test_done
