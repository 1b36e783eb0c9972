#!/bin/sh
# t1847-de-praise-family: on sentences written for this test.  The 051 family
# of dict/de beyond loben and würdigen: honorieren, applaudieren, "Beifall
# zollen" (zollen is a support verb), "Lobeshymnen singen auf".  Applause
# with no actor codes nothing.
. tests/cli/test-lib.sh

ev() { code_events_scm de 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev zollen "Der Bundeskanzler zollte Kiew Beifall für die Reformen."
check "de: Beifall zollen (DEUGOV 051 UKRGOV)" has "DEUGOV 051 UKRGOV fact"
ev honor "Die EU honorierte die Reformen Moldaus."
check "de: honorieren (IGOEUREEC 051 MDAGOV)" has "IGOEUREEC 051 MDAGOV fact"
ev hymne "Paris sang Lobeshymnen auf Athen."
check "de: Lobeshymnen auf (FRAGOV 051 GRCGOV)" has "FRAGOV 051 GRCGOV fact"
ev applaus "Die Regierung in Washington applaudierte Kiew."
check "de: applaudieren (USAGOV 051 UKRGOV)" has "USAGOV 051 UKRGOV fact"
ev publikum "Das Publikum spendete Beifall."
check "de: applause of an audience codes nothing" test ! -s "$T/ev"
# idioms: "den Rücken stärken", "eine Lanze brechen für"
ev ruecken "Der Bundeskanzler stärkte Kiew den Rücken."
check "de: den Rücken stärken (DEUGOV 051 UKRGOV)" has "DEUGOV 051 UKRGOV fact"
ev lanze "Frankreich brach eine Lanze für Moldau."
check "de: eine Lanze brechen für (FRAGOV 051 MDAGOV)" has "FRAGOV 051 MDAGOV fact"
ev armee "Der Minister stärkte die Armee."
check_not "de: strengthening an army is no praise" grep -q " 051 " "$T/ev"
test_done
