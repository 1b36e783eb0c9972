#!/bin/sh
# t1728: "would lift Peruvian sanctions on Chile": the object of a verb of
# yielding (08: lift, ease) is what it ends, no act of its own — no threat
# of sanctions (1312) beside the easing (src/coder/nouns.c noun_is_event).
# Sentences written for this test.
. tests/cli/test-lib.sh

code_events en 2024-05-07 'LIMA (AP) - Peruvian President Lopez said on Tuesday he would lift Peruvian sanctions on Chile to give the country a chance.'
check "would lift Peruvian sanctions: coded" test "$rc" -eq 0
check "would lift Peruvian sanctions: the easing" grep -q '^PERGOV CHLGOV 0354 ' "$T/ev"
check_not "would lift Peruvian sanctions: no threat of sanctions" grep -q ' 1312 ' "$T/ev"

code_events en 2024-05-07 'Peru imposed new sanctions on Chile.'
check "imposed sanctions: still sanctions" grep -q '^PERGOV CHLGOV 163 ' "$T/ev"
test_done
