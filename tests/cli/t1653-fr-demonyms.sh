#!/bin/sh
# t1653-fr-demonyms: on sentences written for this test.  French writes
# nationality adjectives in lower case and demonyms capitalised, and the
# two fold alike in the dictionaries: a capitalised adjective form after an
# article or « de » (« des Maliens », « des milliers de Tchadiens ») is the
# demonym, the country's people (mentions.c, only where adjectives follow
# their noun).
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev des "Des Maliens sont sortis dans la rue dimanche."
check "fr: des + demonym protests against its government (MLICVL 141 MLIGOV)" has "MLICVL 141 MLIGOV fact"
ev milliers "Des milliers de Tchadiens ont manifesté samedi à Ndjamena."
check "fr: des milliers de + demonym (TCDCVL 141 TCDGOV)" has "TCDCVL 141 TCDGOV fact"
ev adj "Les soldats maliens ont arrêté des Nigériens."
check "fr: a lower-case adjective stays the role's country (MLIMIL 173 NERCVL)" has "MLIMIL 173 NERCVL fact"
test_done
