#!/bin/sh
# t1690: "seized a Chilean-flagged tanker": a participle of owning after
# the hyphen (lang.h owner_participles, English flagged, registered,
# owned) keeps the adjective the noun's country, as "a Chilean tanker",
# where "Chilean-backed" names an agent (mentions.c compose_adj).
# Sentences written for this test.
. tests/cli/test-lib.sh

code_events en 2024-05-07 'Peruvian forces seized a Chilean-flagged tanker on Friday.'
check "flagged: coded" test "$rc" -eq 0
check "flagged: the flag's country is the target" grep -q '^PERMIL CHLGOV 1711 ' "$T/ev"

code_events en 2024-05-07 'Peruvian forces seized a Chilean-registered tanker on Friday.'
check "registered: the registry's country is the target" grep -q '^PERMIL CHLGOV 1711 ' "$T/ev"

test_done
