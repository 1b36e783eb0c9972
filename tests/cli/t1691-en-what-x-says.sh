#!/bin/sh
# t1691: "closed two Chilean compounds in retaliation for what Lima says
# was interference": a speech verb in a free relative ("what X says",
# free_relatives) frames nothing (predicate.c verb_readings), so the
# clause's deed is coded; closing diplomatic compounds is a confiscation
# (1711, dict/en/patterns.txt close/shut).  An ambassador "brought back" is
# recalled (bring 161), not backed (051).
# Sentences written for this test.
. tests/cli/test-lib.sh

code_events en 2024-05-07 'Peruvian President Lopez expelled ten Chilean diplomats and closed two Chilean compounds on Monday in retaliation for what Lima says was espionage.'
check "what Lima says: coded" test "$rc" -eq 0
check "what Lima says: the expulsion" grep -q '^PERGOV CHLGOV 174 ' "$T/ev"
check "what Lima says: the compounds closed" grep -q '^PERGOV CHLGOV 1711 ' "$T/ev"

code_events en 2024-05-07 'Peru closed the Chilean compound in Lima on Monday.'
check "closed the compound: confiscation" grep -q '^PERGOV CHLGOV 1711 ' "$T/ev"
code_events en 2024-05-07 'Peru accused Chile of meddling. A Peruvian spokeswoman said that the ambassador is being brought back for “talks,” and asked Chile to show restraint.'
check "brought back: coded" test "$rc" -eq 0
check_not "brought back: no support" grep -q ' 051 ' "$T/ev"
test_done
