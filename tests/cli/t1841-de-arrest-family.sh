#!/bin/sh
# t1841-de-arrest-family: on sentences written for this test.  The 173/174
# family of dict/de beyond festnehmen and ausweisen: dingfest machen,
# "hinter Gitter bringen", "ins Gefängnis stecken" (patterns.txt),
# Untersuchungshaft as the object of verhängen, Swiss ausschaffen.  Sitting in
# custody is background, not an arrest.
. tests/cli/test-lib.sh

ev() { code_events_scm de 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev dingfest "Die russische Polizei hat den Oppositionellen dingfest gemacht."
check "de: dingfest machen (RUSCOP 173 RUSOPP)" has "RUSCOP 173 RUSOPP fact"
ev gitter "Die Polizei in Minsk brachte den Oppositionsführer hinter Gitter."
check "de: hinter Gitter bringen (BLRCOP 173 BLROPP)" has "BLRCOP 173 BLROPP fact"
ev gefaengnis "Die ägyptische Polizei steckte den Oppositionsführer ins Gefängnis."
check "de: ins Gefängnis stecken (EGYCOP 173 EGYOPP)" has "EGYCOP 173 EGYOPP fact"
ev uhaft "Die Türkei verhängte Untersuchungshaft gegen den deutschen Journalisten."
check "de: Untersuchungshaft verhängen (TURGOV 173 DEUMED)" has "TURGOV 173 DEUMED fact"
ev ausschaffen "Die Schweiz schaffte den Algerier aus."
check "de: ausschaffen (CHEGOV 174 DZACVL)" has "CHEGOV 174 DZACVL fact"
ev sitzt "Der deutsche Journalist sitzt seit März in Untersuchungshaft."
check_not "de: sitting in custody is no arrest" grep -q " 173 " "$T/ev"
ev bringen "Die Polizei in Minsk brachte den Oppositionsführer nach Hause."
check_not "de: bringen alone codes nothing" grep -q " 173 " "$T/ev"
# "des Landes verweisen" is an expulsion (patterns.txt); "verwies auf" is not
ev verwies "Die Regierung in Vilnius verwies zwei russische Diplomaten des Landes."
check "de: des Landes verweisen (LTUGOV 174 RUSGOV)" has "LTUGOV 174 RUSGOV fact"
ev verwiesen "Litauen hat zwei russische Diplomaten des Landes verwiesen."
check "de: des Landes verwiesen, perfect (LTUGOV 174 RUSGOV)" has "LTUGOV 174 RUSGOV fact"
ev verwiesauf "Der litauische Minister verwies auf die Lage in Polen."
check_not "de: verweisen auf codes no expulsion" grep -q " 174 " "$T/ev"
# einbuchten, "ins Lager stecken" (openthesaurus checklist)
ev buchten "Die Polizei in Minsk buchtete den Oppositionsführer ein."
check "de: einbuchten (BLRCOP 173 BLROPP)" has "BLRCOP 173 BLROPP fact"
ev lager "Die chinesische Polizei steckte tausende Oppositionelle ins Lager."
check "de: ins Lager stecken (CHNCOP 173 CHNOPP)" has "CHNCOP 173 CHNOPP fact"
test_done
