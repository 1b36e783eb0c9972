#!/bin/sh
# t1750-fr-truce-sides: on sentences written for this test.  Two subjects
# that accept a mutual noun whose own « entre » phrase names its two sides
# act on each other, and so do the sides; no subject acts on a side
# (roles.c sides_of_mutual_noun).
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev sides "La Serbie et le Kosovo ont accepté une trêve entre l'armée serbe et les rebelles kosovars."
check "fr: the subjects agree on the truce (SRBGOV 0871 KSVGOV)" has "SRBGOV 0871 KSVGOV fact"
check "fr: … both ways (KSVGOV 0871 SRBGOV)" has "KSVGOV 0871 SRBGOV fact"
check "fr: the sides of the truce (SRBMIL 0871 KSVREB)" has "SRBMIL 0871 KSVREB fact"
check_not "fr: no subject on its own side (SRBGOV 0871 SRBMIL)" has "SRBGOV 0871 SRBMIL fact"
check_not "fr: no subject on a side (KSVGOV 0871 KSVREB)" has "KSVGOV 0871 KSVREB fact"
ev one "Le Tchad a accepté un cessez-le-feu avec les rebelles soudanais."
check "fr: one subject, a with-phrase: unchanged (TCDGOV 0871 SDNREB)" has "TCDGOV 0871 SDNREB fact"
test_done
