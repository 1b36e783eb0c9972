#!/bin/sh
# t1788-en-protest-with: on sentences written for this test.  A diplomatic
# protest "lodged with" a country targets it (dict/en/nouns.txt: protest
# and protest note take a with-phrase; a government's protest is 114).
. tests/cli/test-lib.sh

ev() { code_events_scm en 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev dipl "Chile lodged a diplomatic protest with Peru on Wednesday."
check "en: diplomatic protest with Peru: CHLGOV 114 PERGOV" has "CHLGOV 114 PERGOV fact"
ev plain "The Chilean government lodged a protest with Peru over the arrests."
check "en: protest with Peru: CHLGOV 114 PERGOV" has "CHLGOV 114 PERGOV fact"
test_done
