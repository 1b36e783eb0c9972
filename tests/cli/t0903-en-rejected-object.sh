#!/bin/sh
# t0903: "Beijing rejected a U.S. request to restore military channels":
# the object noun of a rejection (12x) is what it turns down, no event of
# the subject's own (nouns.c noun_is_event); the rejection answers its
# author.
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Quito rejected a Peru request to restore military-to-military channels.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/a.txt"
expect_status "rejected request: coded" 0
check "the rejection answers the requester" grep -qP '\tECUGOV\tPERGOV\t12' "$T/out"
check_not "the request is no appeal of the rejecter" grep -qP '\t02' "$T/out"
test_done
