#!/bin/sh
# t0901-orgs-dict: the organisation files beyond dict/orgs.txt load and code.
# dict/orgs/igo.txt, armed.txt, state.txt (read after orgs.txt, in name
# order) and the dated blocks of dict/people/orgs-dated.txt: an IGO that
# only igo.txt has, an armed group that only armed.txt has, and two dated
# organisations on both sides of their change (the SPLM before and after
# South Sudan's independence, the CDU and SPD in and out of government).
. tests/cli/test-lib.sh

run "$DYAD" dict check
expect_status "dict check: the org files load" 0

cat > "$T/in.jsonl" <<'JSONL'
{"id":"a","date":"2004-03-01","lang":"en","text":"JUBA (Reuters) - The SPLM accused Khartoum of arming militias in the south."}
{"id":"b","date":"2013-03-01","lang":"en","text":"JUBA (Reuters) - The SPLM accused Khartoum of arming militias along the border."}
{"id":"c","date":"2019-05-02","lang":"de","text":"RABAT (dpa) – Die Polisario-Front hat Marokko scharf kritisiert."}
{"id":"d","date":"2023-08-01","lang":"en","text":"ABUJA (Reuters) - COMESA and ECCAS criticised the military junta in Niger."}
{"id":"e","date":"2015-06-01","lang":"de","text":"BERLIN (dpa) – Die SPD hat die AfD scharf kritisiert."}
{"id":"f","date":"2022-06-01","lang":"de","text":"BERLIN (dpa) – Die CDU hat die Bundesregierung scharf kritisiert."}
JSONL
run "$DYAD" code "$T/in.jsonl"
expect_status "code: exit 0" 0
has() { grep -q "\"doc\":\"$1\".*\"source\":\"$2\",\"target\":\"$3\".*\"code\":\"$4\"" "$T/out"; }
check "armed/dated: SPLM is SDNREB before 2005"      has a SDNREB SDNGOV 112
check "armed/dated: SPLM is SSDGOV after 2011-07-09" has b SSDGOV SDNGOV 112
check "armed.txt: Polisario-Front is MARREB"          has c MARREB MARGOV 111
check "igo.txt: COMESA (CAMEO IGOAFRBUSCES)"          has d IGOAFRBUSCES NERMIL 111
check "igo.txt: ECCAS (CAMEO IGOCAFECA)"              has d IGOCAFECA NERMIL 111
check "dated party: SPD governing in 2015"            has e DEUGOV DEUOPP 111
check "dated party: CDU in opposition in 2022"        has f DEUOPP DEUGOV 111
test_done
