#!/bin/sh
# t1646-fr-two-sides: on sentences written for this test.  « Les deux
# camps » before a verb (or its reflexive or negation) names the story's
# pair, as « les deux belligérants » (lang.h side_nouns, French camps;
# mentions.c); « deux camps de réfugiés » stays a place.
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev camps "De violents combats ont opposé l'armée tchadienne aux rebelles du Tchad. Les deux camps se sont mutuellement accusés de violer la trêve."
check "fr: les deux camps se sont accusés: both ways (TCDMIL 112 TCDREB)" has "TCDMIL 112 TCDREB fact"
check "fr: … (TCDREB 112 TCDMIL)" has "TCDREB 112 TCDMIL fact"
ev places "L'armée tchadienne a attaqué les rebelles. Elle a bombardé deux camps de réfugiés."
check_not "fr: deux camps de réfugiés are no pair" grep -q "TCDREB 195 TCDMIL" "$T/ev"
test_done
