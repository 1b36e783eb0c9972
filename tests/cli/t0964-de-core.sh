#!/bin/sh
# t0964: German core grammar and lexicon families found on real news
# (h-cde). Sentences written for this test.
. tests/cli/test-lib.sh

# "mehr als 50": the "als" of a comparison after "mehr"/"weniger" heads no
# apposition and starts no clause, so the counted noun stays the object
cat > "$T/mehrals.txt" <<'TXT'
Die kenianische Polizei nahm am Dienstag mehr als 80 Demonstranten fest.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/mehrals.txt"
expect_status "mehr als: coded" 0
check "mehr als: the counted protesters are the arrested" grep -qP '\tKENCOP\tKENCVL\t173\t' "$T/out"

# "fordert, dass …": a that-clause is the content of a demand; its
# subject is the demand's target, and what it asks for is no fact
cat > "$T/dass.txt" <<'TXT'
Die polnische Regierung fordert, dass Russland seine Angriffe auf die Ukraine sofort einstellt.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/dass.txt"
expect_status "fordern dass: coded" 0
check "fordern dass: a demand to the that-clause's subject" grep -qP '\tPOLGOV\tRUSGOV\t10[0-9]*\t' "$T/out"
check_not "fordern dass: the demanded content is no attack" grep -qP '\tRUS[A-Z]*\tUKR[A-Z]*\t19[0-9]*\t' "$T/out"

# rule families of the coder that carry over to German (de_rules.c):
# a denial answers the accuser (RF_DENIAL), an event noun's adjective in
# the object names whose act is judged (RF_PHRASE_TARGETS), armed sides
# that clash fight (RF_CLASH_BY_SIDES)
cat > "$T/deny.txt" <<'TXT'
Die Ukraine warf Russland den Beschuss eines Krankenhauses vor. Moskau bestritt das.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/deny.txt"
expect_status "denial: coded" 0
check "denial: Moscow's denial answers Kyiv" grep -qP '\tRUSGOV\tUKRGOV\t016\t' "$T/out"

cat > "$T/adjobj.txt" <<'TXT'
Frankreich verurteilte die russischen Angriffe scharf.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/adjobj.txt"
expect_status "adjective object: coded" 0
check "adjective object: the condemned attacks are Russia's" grep -qP '\tFRAGOV\tRUS[A-Z]*\t111\t' "$T/out"

cat > "$T/clash.txt" <<'TXT'
Die malische Armee stieß im Norden mit Tuareg-Rebellen zusammen.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/clash.txt"
expect_status "clash: coded" 0
check "clash: an army clashing with rebels fights (190)" grep -qP '\tMLIMIL\tMLIREB\t190\t' "$T/out"
check_not "clash: not a riot (145)" grep -qP '\t145\t' "$T/out"

# the demand verbs' patterns: fordern and dringen ask for a ceasefire
# (1056) as verlangen does; auf|fordern appeals (02x), and a clause that
# found the particle takes no pattern of the particle-less fordern
cat > "$T/demand.txt" <<'TXT'
Die Regierung Polens fordert von Russland eine sofortige Waffenruhe.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/demand.txt"
expect_status "fordern Waffenruhe: coded" 0
check "fordern Waffenruhe: a demand for a ceasefire (1056)" grep -qP '\tPOLGOV\tRUSGOV\t1056\t' "$T/out"

cat > "$T/dringen.txt" <<'TXT'
Die USA dringen bei Israel auf einen Abzug der Truppen.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/dringen.txt"
expect_status "dringen auf Abzug: coded" 0
check "dringen auf Abzug: a demand for a withdrawal (1056)" grep -qP '\tUSAGOV\tISRGOV\t1056\t' "$T/out"

cat > "$T/appeal.txt" <<'TXT'
Der Bundeskanzler forderte Russland zu einer sofortigen Waffenruhe auf.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/appeal.txt"
expect_status "auffordern: coded" 0
check "auffordern: an appeal for a ceasefire (0256)" grep -qP '\tDEUGOV\tRUSGOV\t0256\t' "$T/out"
check_not "auffordern: not fordern's demand (10x)" grep -qP '\tDEUGOV\tRUSGOV\t10[0-9]*\t' "$T/out"

# a protest named as the object and reported by no event before is the
# country's people, not the last actor named
cat > "$T/protest.txt" <<'TXT'
Russland hat die Ukraine erneut angegriffen. Die Polizei in Moskau löste am Abend die Kundgebungen auf.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/protest.txt"
expect_status "protest object: coded" 0
check "protest object: the police dispersed Russia's people" grep -qP '\tRUSCOP\tRUSCVL\t17[0-9]*\t' "$T/out"
check_not "protest object: not against Ukraine" grep -qP '\tRUSCOP\tUKR[A-Z]*\t' "$T/out"

# an event being ended at the clause's end (the German verb-final
# position) is not reported as happening: "hat … eingestellt", "… beendet"
cat > "$T/ended.txt" <<'TXT'
Die kolumbianischen Rebellen haben ihre Angriffe auf die Armee eingestellt.
Die Regierung Perus will die Angriffe auf die Rebellen einstellen.
Die israelische Armee hat ihre Offensive gegen die Hisbollah beendet.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/ended.txt"
expect_status "ended events: coded" 0
check_not "ended events: stopped attacks are no attack" grep -qP '\tCOLREB\tCOLMIL\t19[0-9]*\t' "$T/out"
check_not "ended events: attacks to be stopped are no attack" grep -qP '\tPERGOV\tPERREB\t19[0-9]*\t' "$T/out"
check_not "ended events: an ended offensive is no attack" grep -qP '\tISRMIL\tLBNREB\t19[0-9]*\t' "$T/out"
cat > "$T/notended.txt" <<'TXT'
Die kolumbianischen Rebellen haben die Armee angegriffen.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/notended.txt"
check "ended events: an attack not ended stays coded" grep -qP '\tCOLREB\tCOLMIL\t19[0-9]*\t' "$T/out"

# a clause opened by "sollte"/"sollten" (verb first) is a condition, not
# a fact, before or after the main clause
cat > "$T/v1if.txt" <<'TXT'
Sollte Russland Polen angreifen, werde die Nato geschlossen antworten.
Teheran kündigte Vergeltung an, sollten israelische Truppen den Libanon angreifen.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/v1if.txt"
expect_status "sollte-condition: coded" 0
check_not "sollte-condition: no Russian attack as a fact" grep -qP '\tRUS[A-Z]*\tPOL[A-Z]*\t19[0-9]*\t' "$T/out"
check_not "sollte-condition: no Israeli attack as a fact" grep -qP '\tISR[A-Z]*\tLBN[A-Z]*\t19[0-9]*\t' "$T/out"
check_not "sollte-condition: no appeal read into the condition" grep -qP '\t02[0-9]*\t' "$T/out"

# "soll … beschossen haben" in the writer's own voice is hearsay: coded in
# the mood "reported", never as a fact
cat > "$T/hearsay.txt" <<'TXT'
Die russische Armee soll ukrainische Dörfer mit Raketen beschossen haben.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/hearsay.txt"
expect_status "hearsay: coded" 0
check_not "hearsay: no shelling as a fact" grep -qP '\tRUS[A-Z]*\tUKR[A-Z]*\t19[0-9]*\t.*\tfact\t' "$T/out"
check "hearsay: the shelling in the mood reported" grep -qP '\tRUS[A-Z]*\tUKR[A-Z]*\t19[0-9]*\t[0-9]+\t[0-9]\t[-0-9.]+\treported\t' "$T/out"

# "die Regierung von Kenia": "von" and a plain country name stand for the
# genitive after a role noun
cat > "$T/vongen.txt" <<'TXT'
Die Regierung von Kenia kritisierte die Regierung von Uganda.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/vongen.txt"
expect_status "von-genitive: coded" 0
check "von-genitive: both roles take their country" grep -qP '\tKENGOV\tUGAGOV\t111\t' "$T/out"

# "für schuldig befinden": a court finds guilty (116)
cat > "$T/guilty.txt" <<'TXT'
Ein Gericht in Moskau hat den Oppositionellen für schuldig befunden.
Der Präsident befindet sich derzeit in Paris.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/guilty.txt"
expect_status "schuldig befinden: coded" 0
check "schuldig befinden: the court found the opponent guilty" grep -qP '\tRUSJUD\tRUSOPP\t116\t' "$T/out"
check_not "schuldig befinden: sich befinden is no event" grep -qP '\tFRA' "$T/out"

# "ihre Bereitschaft zu Friedensgesprächen": a stated readiness is an
# intent (036), not talks held
cat > "$T/ready.txt" <<'TXT'
Die Farc-Rebellen bekundeten ihre Bereitschaft zu Friedensgesprächen mit der Regierung Kolumbiens.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/ready.txt"
expect_status "Bereitschaft: coded" 0
check "Bereitschaft: an intent to meet (036)" grep -qP '\tCOLREB\tCOLGOV\t036\t' "$T/out"
check_not "Bereitschaft: no talks as a fact (04x)" grep -qP '\tCOLREB\tCOLGOV\t04[0-9]*\t' "$T/out"

# "die von Russland annektierte Halbinsel": a participle after an agent
# phrase inside a noun phrase is an attribute, not the clause's verb (it
# hid the clause's own verb)
cat > "$T/attrib.txt" <<'TXT'
Die Ukraine fordert die von Russland annektierte Krim zurück.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/attrib.txt"
expect_status "attributive participle: coded" 0
check "attributive participle: the clause's verb is the demand" grep -qP '\tUKRGOV\tRUSGOV\t10[0-9]*\t' "$T/out"
check_not "attributive participle: no annexation read from the attribute" grep -qP '\t192\t' "$T/out"
cat > "$T/attrib2.txt" <<'TXT'
Russland annektierte im Jahr 2014 die ukrainische Halbinsel Krim.
TXT
# (a story of that year: in a later one the clause is history, t1702)
run "$DYAD" code --lang de --date 2014-03-21 --format tsv "$T/attrib2.txt"
check "attributive participle: the finite verb still codes" grep -qP '\tRUSGOV\tUKR[A-Z]*\t192\t' "$T/out"

# "Tausende protestierten": a number word standing alone is a crowd of
# people; before a noun it only counts
cat > "$T/crowd.txt" <<'TXT'
In Georgien protestierten am Sonntag Tausende gegen die Regierung.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/crowd.txt"
expect_status "crowd: coded" 0
check "crowd: the thousands protest against the government" grep -qP '\tGEOCVL\tGEOGOV\t14[0-9]*\t' "$T/out"
cat > "$T/counted.txt" <<'TXT'
Russland schickte Tausende Soldaten nach Belarus.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/counted.txt"
check_not "crowd: counted soldiers are no civilians" grep -qP 'CVL' "$T/out"

# attackers not yet named are armed non-state actors (REB), as English
# "attackers", "gunmen"
cat > "$T/attackers.txt" <<'TXT'
In Mali eröffneten Angreifer das Feuer auf Soldaten.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/attackers.txt"
expect_status "attackers: coded" 0
check "attackers: unnamed attackers fire on soldiers" grep -qP '\tMLIREB\tMLIMIL\t19[0-9]*\t' "$T/out"

# "nach Angaben des Polizeichefs": the source of a report is no target
cat > "$T/source.txt" <<'TXT'
In Afghanistan gab es erneut Gewalt. Nach Angaben des Kabuler Polizeichefs sprengte sich ein Attentäter vor einem Ministerium in die Luft.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/source.txt"
expect_status "report source: coded" 0
check_not "report source: the police chief is not the target" grep -qP '\tAFGCOP\t' "$T/out"

# "sprengte sich … in die Luft": a suicide bombing (1831)
cat > "$T/suicide.txt" <<'TXT'
In Afghanistan gab es erneut Gewalt. Ein Attentäter sprengte sich am Morgen vor dem Innenministerium in die Luft.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/suicide.txt"
expect_status "suicide bombing: coded" 0
check "suicide bombing: 1831 against the ministry" grep -qP '\tAFGREB\tAFGGOV\t1831\t' "$T/out"

# disapproval of an act named by its actor's adjective is aimed at that
# actor, not at the act's target
cat > "$T/judged.txt" <<'TXT'
Frankreich verurteilte den russischen Angriff auf die Ukraine.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/judged.txt"
expect_status "judged act: coded" 0
check "judged act: France condemns Russia" grep -qP '\tFRAGOV\tRUSGOV\t111\t' "$T/out"
check_not "judged act: not Ukraine" grep -qP '\tFRAGOV\tUKRGOV\t111\t' "$T/out"

# an object noun with its actor in the genitive after it is an event of its
# own, as with the actor's adjective before it
cat > "$T/genafter.txt" <<'TXT'
Frankreich verurteilte den Angriff Russlands auf die Ukraine.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/genafter.txt"
expect_status "genitive actor: coded" 0
check "genitive actor: the attack is coded" grep -qP '\tRUSGOV\tUKRGOV\t190\t' "$T/out"

# "der Nato-Partner" is a member state, not NATO
cat > "$T/member.txt" <<'TXT'
Die Türkei greift die YPG an. Der Nato-Partner hatte eine Militäroffensive gegen die Kurdenmiliz YPG gestartet.
TXT
run "$DYAD" code --lang de --date 2019-10-10 --format tsv "$T/member.txt"
expect_status "member state: coded" 0
check_not "member state: NATO did not attack" grep -qP '\tIGOWSTNAT\t' "$T/out"

# threats by what is threatened
cat > "$T/threat.txt" <<'TXT'
Die USA drohten der Türkei mit Sanktionen.
Die Hamas drohte Israel mit weiteren Anschlägen.
TXT
run "$DYAD" code --lang de --date 2019-10-10 --format tsv "$T/threat.txt"
expect_status "threats: coded" 0
check "threats: sanctions threatened (1312)" grep -qP '\tUSAGOV\tTURGOV\t1312\t' "$T/out"
check "threats: attacks threatened (1383)" grep -qP '\tPSEREB\tISRGOV\t1383\t' "$T/out"

# "Merkel: Russland hat …": an actor alone before a colon speaks; the
# content has its own subject
cat > "$T/colon.txt" <<'TXT'
Merkel: Russland hat die Ukraine angegriffen.
TXT
run "$DYAD" code --lang de --date 2019-10-10 --format tsv "$T/colon.txt"
expect_status "colon speaker: coded" 0
check "colon speaker: Russia attacked Ukraine" grep -qP '\tRUSGOV\tUKRGOV\t19[0-9]*\t' "$T/out"
check_not "colon speaker: the speaker attacked no one" grep -qP '\tDEU[A-Z]*\tRUSGOV\t19[0-9]*\t' "$T/out"

# a noun in the genitive after another noun ("die Einhaltung des
# Abkommens") names a thing; with no verb known it is no predicate
cat > "$T/genattr.txt" <<'TXT'
Über die Einhaltung des Abkommens sollen libanesische Soldaten und die USA wachen.
TXT
run "$DYAD" code --lang de --date 2024-12-01 --format tsv "$T/genattr.txt"
expect_status "genitive attribute: coded" 0
check_not "genitive attribute: the watchers signed no agreement" grep -qP '\t05[0-9]*\t' "$T/out"

# "forderte eine europäische Grenzpolizei": an institution to be created
# is no addressee of the demand
cat > "$T/indef.txt" <<'TXT'
Frankreichs Präsident sprach in Paris. Der Präsident forderte eine europäische Asyl-Behörde sowie eine Grenzpolizei.
TXT
run "$DYAD" code --lang de --date 2018-01-10 --format tsv "$T/indef.txt"
expect_status "indefinite institution: coded" 0
check_not "indefinite institution: no demand to France's own police" grep -qP '\tFRAGOV\tFRA[A-Z]*\t10[0-9]*\t' "$T/out"

# a line in capitals without final punctuation is a heading: a sentence of
# its own, not the start of the next line's sentence
printf 'Die USA verlassen den Vertrag.\nNATO STELLT SICH HINTER DIE USA\nPompeo kündigte an, die USA setzten den Vertrag mit Russland aus.\n' > "$T/caps.txt"
run "$DYAD" code --lang de --date 2019-02-01 --format tsv "$T/caps.txt"
expect_status "caps heading: coded" 0
check "caps heading: the suspension is coded" grep -qP '\tUSAGOV\tRUSGOV\t16[0-9]*\t' "$T/out"
check_not "caps heading: NATO accuses no one" grep -qP '\tIGOWSTNAT\tUSAGOV\t' "$T/out"

# "sagte, die Nato werde widersprechen": an auxiliary right after the
# subject makes a verb-second content clause, not a relative clause
cat > "$T/v2content.txt" <<'TXT'
Russland hat Polen angegriffen. Der Sprecher sagte, die Nato werde widersprechen.
TXT
run "$DYAD" code --lang de --date 2016-01-10 --format tsv "$T/v2content.txt"
expect_status "verb-second content: coded" 0
check "verb-second content: NATO's objection is coded" grep -qP '\tIGOWSTNAT\tRUSGOV\t12[0-9]*\t' "$T/out"

# "untersuchen, ob Syrien …": the subject of the whether-clause is what
# the investigation is about
cat > "$T/whether.txt" <<'TXT'
Die UN untersuchen, ob Syrien Giftgas eingesetzt hat.
TXT
run "$DYAD" code --lang de --date 2016-01-10 --format tsv "$T/whether.txt"
expect_status "whether-clause: coded" 0
check "whether-clause: the UN investigate Syria" grep -qP '\tIGOUNO\tSYRGOV\t09[0-9]*\t' "$T/out"

# a person's name in the genitive before a noun ("Putins Sprecher",
# "Selenskyjs Regierung", "Putins Angriffe") is that person as a possessor
cat > "$T/persgen.txt" <<'TXT'
Putins Sprecher kritisierte die Nato.
TXT
run "$DYAD" code --lang de --date 2021-01-10 --format tsv "$T/persgen.txt"
expect_status "person genitive: coded" 0
check "person genitive: Putin's spokesman speaks for Russia" grep -qP '\tRUSGOV\tIGOWSTNAT\t111\t' "$T/out"

# "ordnete Nawalnys Verhaftung an": the possessor of the clause's noun
# predicate, when the clause has its own subject, is the target
cat > "$T/posspred.txt" <<'TXT'
Ein Gericht in Moskau ordnete Nawalnys Verhaftung an.
TXT
run "$DYAD" code --lang de --date 2021-01-10 --format tsv "$T/posspred.txt"
expect_status "possessor target: coded" 0
check "possessor target: the court had Navalny arrested" grep -qP '\tRUSJUD\tRUSOPP\t173\t' "$T/out"

# repression that names no target, after a protest in the same country,
# is aimed at the protesters
cat > "$T/teargas.txt" <<'TXT'
In Kampala demonstrierten Tausende gegen die Regierung. Die Polizei setzte Tränengas ein.
TXT
run "$DYAD" code --lang de --date 2021-01-10 --format tsv "$T/teargas.txt"
expect_status "repression of protesters: coded" 0
check "repression of protesters: the police used tear gas on them" grep -qP '\tUGACOP\tUGACVL\t17[0-9]*\t' "$T/out"

# "Teile des Militärs": the genitive after a word that parts its noun is
# the head of the phrase (the subject)
cat > "$T/parts.txt" <<'TXT'
Teile des Militärs von Burkina Faso haben den Präsidenten abgesetzt.
TXT
run "$DYAD" code --lang de --date 2022-10-01 --format tsv "$T/parts.txt"
expect_status "parts of: coded" 0
check "parts of: the military deposed the president" grep -qP '\tBFAMIL\tBFAGOV\t17[0-9]*\t' "$T/out"

test_done
