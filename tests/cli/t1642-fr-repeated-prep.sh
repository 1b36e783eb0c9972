#!/bin/sh
# t1642-fr-repeated-prep: on sentences written for this test.  A list of
# actors whose preposition is repeated after the comma or conjunction
# (« au Gabon et au Tchad », « contre la Syrie et contre l'Irak ») is one
# group: every member is a target (groups.c find_groups, language-neutral).
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev two "Le Cameroun a rappelé ses ambassadeurs au Gabon et au Tchad."
check "fr: au X et au Y: the first (CMR 161 GAB)" has "CMRGOV 161 GABGOV fact"
check "fr: au X et au Y: the second (CMR 161 TCD)" has "CMRGOV 161 TCDGOV fact"
ev three "Le Cameroun a rappelé ses ambassadeurs au Gabon, au Tchad et au Niger."
check "fr: three members, the last (CMR 161 NER)" has "CMRGOV 161 NERGOV fact"
ev contre "Le Canada a imposé des sanctions contre la Syrie et contre l'Irak."
check "fr: contre X et contre Y (CAN 163 IRQ)" has "CANGOV 163 IRQGOV fact"
ev other "Le Cameroun a rappelé son ambassadeur au Gabon et a critiqué le Tchad."
check_not "fr: a second clause is no list member" has "CMRGOV 161 TCDGOV fact"
test_done
