#!/bin/sh
# t1651-fr-coordinated-adjectives: on sentences written for this test.
# The second of two country adjectives after one noun shares that noun
# also when the adjectives are plural or the noun is a role of several
# words (« des soldats maliens et nigériens », « des avions de combat
# sud-coréens et américains »: mentions.c shared_adj_head).
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev plural "Des soldats tchadiens et soudanais ont mené un exercice conjoint."
check "fr: plural adjectives after a role: both sides (TCDMIL 062 SDNMIL)" has "TCDMIL 062 SDNMIL fact"
check "fr: … both ways (SDNMIL 062 TCDMIL)" has "SDNMIL 062 TCDMIL fact"
ev multi "Des avions de combat grecs et italiens ont mené un exercice conjoint."
check "fr: a role of three words (GRCMIL 062 ITAMIL)" has "GRCMIL 062 ITAMIL fact"
ev hyphen "Des avions de combat sud-africains et nigérians ont mené un exercice conjoint."
check "fr: a hyphenated first adjective (ZAFMIL 062 NGAMIL)" has "ZAFMIL 062 NGAMIL fact"
test_done
