#!/bin/sh
# t1804-fr-conflict-noun-owner: on sentences written for this test.  A
# criticism of a conflict noun (roots 13-20) right after the verb aims at
# the noun's « de » phrase, its doer (« a dénoncé l'offensive de l'armée
# birmane »), unless that phrase is the noun's patient (roles.c
# conflict_noun_owner).
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev doer "L'ONU a dénoncé l'offensive de l'armée birmane contre les Rohingyas."
check "fr: « l'offensive de l'armée birmane »: its doer (IGOUNO 111 MMRMIL)" has "IGOUNO 111 MMRMIL fact"
test_done
