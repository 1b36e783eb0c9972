#!/bin/sh
# t0965: German families found on the written set dev2-de (h-d2).
# Sentences written for this test.
. tests/cli/test-lib.sh

# the Kremlin's head and voice: "Kremlchef", "Kremlsprecher" are titles
# that name the office and Russia
cat > "$T/kreml.txt" <<'TXT'
Der österreichische Kanzler hat am Montag mit Kremlchef Wladimir Putin telefoniert.
TXT
run "$DYAD" code --lang de --date 2023-05-02 --format tsv "$T/kreml.txt"
expect_status "Kremlchef: coded" 0
check "Kremlchef: the call reached Russia's government" grep -qP '\tAUTGOV\tRUSGOV\t04[0-9]*\t' "$T/out"

# "…, und verlangte …": a conjunction after a comma before a finite verb
# starts a clause with the subject of the main clause before (also after a
# relative clause)
cat > "$T/undcomma.txt" <<'TXT'
Der Präsident Ghanas sicherte Togo Unterstützung zu, die bald eintreffen solle, und kritisierte Burkina Faso scharf.
TXT
run "$DYAD" code --lang de --date 2023-05-02 --format tsv "$T/undcomma.txt"
expect_status "und after comma: coded" 0
check "und after comma: Ghana criticised Burkina Faso" grep -qP '\tGHAGOV\tBFA[A-Z]*\t11[0-9]*\t' "$T/out"

# a reaction whose phrases name no actor answers the last actor
# (RF_REACTION_PHRASES); when that actor's own last event was a reaction
# too, the one it answered (RF_REACTION_CHAIN); a rejection still answers
# the speaker; an actor's adjective in the phrase names whose act it is
cat > "$T/react.txt" <<'TXT'
Die Armee von Guinea hat den Präsidenten abgesetzt. Der Präsident Nigerias verurteilte den Putsch. Frankreich drohte mit Sanktionen.
TXT
run "$DYAD" code --lang de --date 2021-09-06 --format tsv "$T/react.txt"
expect_status "reaction chain: coded" 0
check "reaction chain: the threat is aimed at the putschists" grep -qP '\tFRAGOV\tGINMIL\t13[0-9]*\t' "$T/out"
check_not "reaction chain: not at the condemning Nigeria" grep -qP '\tFRAGOV\tNGA[A-Z]*\t13[0-9]*\t' "$T/out"

cat > "$T/reactbare.txt" <<'TXT'
Estland hat die Einfuhr von Getreide aus Russland verboten. Moskau drohte mit Vergeltung.
TXT
run "$DYAD" code --lang de --date 2023-03-01 --format tsv "$T/reactbare.txt"
expect_status "reaction phrases: coded" 0
check "reaction phrases: the threat answers Estonia" grep -qP '\tRUSGOV\tEST[A-Z]*\t13[0-9]*\t' "$T/out"

cat > "$T/reactadj.txt" <<'TXT'
Rebellen haben im Golf von Aden einen Tanker angegriffen. Saudi-Arabien sprach von einem iranischen Terrorakt.
TXT
run "$DYAD" code --lang de --date 2023-03-01 --format tsv "$T/reactadj.txt"
expect_status "reaction adjective: coded" 0
check "reaction adjective: the act is Iran's" grep -qP '\tSAUGOV\tIRN[A-Z]*\t11[0-9]*\t' "$T/out"

cat > "$T/reactrej.txt" <<'TXT'
Der Präsident Serbiens warf Kroatien vor, Minderheiten zu verfolgen. Der Präsident Ungarns widersprach.
TXT
run "$DYAD" code --lang de --date 2023-03-01 --format tsv "$T/reactrej.txt"
expect_status "reaction rejection: coded" 0
check_not "reaction rejection: does not answer the accused" grep -qP '\tHUNGOV\tHRV[A-Z]*\t12[0-9]*\t' "$T/out"

# at home, a reaction answers the last actor of the same country when one
# of the two is no part of the state (opposition, rebels, press)
cat > "$T/reacthome.txt" <<'TXT'
Die malische Opposition hat den Präsidenten scharf kritisiert. Der Präsident Malis drohte mit Konsequenzen.
TXT
run "$DYAD" code --lang de --date 2023-03-01 --format tsv "$T/reacthome.txt"
expect_status "reaction at home: coded" 0
check "reaction at home: the threat answers the opposition" grep -qP '\tMLIGOV\tMLIOPP\t13[0-9]*\t' "$T/out"

# "kritisierte das Telefonat": of a symmetric pair of events (both
# directions) the event noun takes up the first, who acted
cat > "$T/anasym.txt" <<'TXT'
Der Präsident Frankreichs hat am Montag mit dem Präsidenten Chinas telefoniert. Der Präsident Litauens kritisierte das Telefonat.
TXT
run "$DYAD" code --lang de --date 2023-03-01 --format tsv "$T/anasym.txt"
expect_status "symmetric anaphora: coded" 0
check "symmetric anaphora: the call is criticised as France's" grep -qP '\tLTUGOV\tFRAGOV\t11[0-9]*\t' "$T/out"
check_not "symmetric anaphora: not China's" grep -qP '\tLTUGOV\tCHNGOV\t11[0-9]*\t' "$T/out"

# "hat den Abzug der französischen Truppen verlangt": with the verb last,
# the actor right after the pattern's word is the target
cat > "$T/patlast.txt" <<'TXT'
Die Regierung von Burkina Faso hat den sofortigen Abzug der französischen Truppen verlangt.
TXT
run "$DYAD" code --lang de --date 2023-03-01 --format tsv "$T/patlast.txt"
expect_status "pattern before a final verb: coded" 0
check "pattern before a final verb: the withdrawal is asked of France" grep -qP '\tBFAGOV\tFRA[A-Z]*\t10[0-9]*\t' "$T/out"

# a verb-final clause has its objects before the verb: the genitive
# actor of the object noun is the target there too; "woraufhin", "weshalb"
# … open such a clause
cat > "$T/subgen.txt" <<'TXT'
Die Regierung Armeniens meldete, dass Aserbaidschan Stellungen der armenischen Armee angegriffen habe.
TXT
run "$DYAD" code --lang de --date 2023-06-24 --format tsv "$T/subgen.txt"
expect_status "genitive in a verb-final clause: coded" 0
check "genitive in a verb-final clause: the army's positions were attacked" grep -qP '\tAZE[A-Z]*\tARMMIL\t19[0-9]*\t' "$T/out"

cat > "$T/woraufhin.txt" <<'TXT'
Bei einem Angriff wurden zwei Soldaten Ghanas getötet, woraufhin Ghana Stellungen der togoischen Armee angegriffen hatte.
TXT
run "$DYAD" code --lang de --date 2023-06-24 --format tsv "$T/woraufhin.txt"
expect_status "woraufhin: coded" 0
check "woraufhin: a clause of its own, with its object's army as the target" grep -qP '\tGHA[A-Z]*\tTGOMIL\t19[0-9]*\t' "$T/out"

# "hat den Bürgermeister X, den schärfsten Rivalen des Präsidenten,
# festgenommen": an apposition to the object between commas, before the
# clause's verb, cuts no clause
cat > "$T/appo.txt" <<'TXT'
Die kenianische Polizei hat den Oppositionsführer Raila Odinga, den wichtigsten Gegner des Präsidenten, festgenommen.
TXT
run "$DYAD" code --lang de --date 2023-06-24 --format tsv "$T/appo.txt"
expect_status "apposition: coded" 0
check "apposition: the police arrested the opposition leader" grep -qP '\tKENCOP\tKEN[A-Z]*\t17[0-9]*\t' "$T/out"

# "kündigte eine angemessene Antwort an": a speech verb of intent whose
# pattern matches is that act (a threat), not a frame; the pattern's own
# phrase is no object, so the threat answers the last actor
cat > "$T/announce.txt" <<'TXT'
Lettland wies zwei Diplomaten Weißrusslands aus. Minsk kündigte eine angemessene Antwort an.
TXT
run "$DYAD" code --lang de --date 2023-06-24 --format tsv "$T/announce.txt"
expect_status "announced response: coded" 0
check "announced response: a threat to Latvia" grep -qP '\tBLRGOV\tLVA[A-Z]*\t13[0-9]*\t' "$T/out"

cat > "$T/announce2.txt" <<'TXT'
Lettland wies zwei Diplomaten Weißrusslands aus. Minsk kündigte einen Vergeltungsschlag an.
TXT
run "$DYAD" code --lang de --date 2023-06-24 --format tsv "$T/announce2.txt"
expect_status "announced retaliation: coded" 0
check "announced retaliation: a threat of force" grep -qP '\tBLRGOV\tLVA[A-Z]*\t138\t' "$T/out"

# the spokesman or chief of a group that is no part of a state speaks for
# the group: "Hamas-Sprecher" is PSEREB, not the Palestinian government
cat > "$T/grouprole.txt" <<'TXT'
Ein Hamas-Sprecher kritisierte die Regierung Ägyptens scharf.
TXT
run "$DYAD" code --lang de --date 2024-01-12 --format tsv "$T/grouprole.txt"
expect_status "group spokesman: coded" 0
check "group spokesman: speaks for Hamas" grep -qP '\tPSEREB\tEGYGOV\t11[0-9]*\t' "$T/out"
check_not "group spokesman: not the government" grep -qP '\tPSEGOV\t' "$T/out"

# leader nouns (Chef, Anführer, Vorsitzender) are roles; with a group they
# keep the group's code
cat > "$T/chef.txt" <<'TXT'
Der Chef der Hisbollah kritisierte die Regierung Israels scharf.
TXT
run "$DYAD" code --lang de --date 2024-01-12 --format tsv "$T/chef.txt"
expect_status "group chief: coded" 0
check "group chief: speaks for Hezbollah" grep -qP '\tLBNREB\tISRGOV\t11[0-9]*\t' "$T/out"

# "Die drei forderten …": the article and a number with no noun after it
# take up the actors named last
cat > "$T/groupnum.txt" <<'TXT'
Die Außenminister Frankreichs, Italiens und Spaniens reisten am Montag nach Tunis. Die drei verlangten von Libyen eine sofortige Waffenruhe.
TXT
run "$DYAD" code --lang de --date 2024-01-12 --format tsv "$T/groupnum.txt"
expect_status "die drei: coded" 0
check "die drei: Italy is among those demanding" grep -qP '\tITAGOV\tLBY[A-Z]*\t10[0-9]*\t' "$T/out"
check "die drei: Spain is among those demanding" grep -qP '\tESPGOV\tLBY[A-Z]*\t10[0-9]*\t' "$T/out"

# "…, der Ukraine den Status zu verleihen": "zu" before a lower-case word
# in -n that ends the clause is an infinitive clause (not a relative
# clause), also with a verb the lexicon lacks; support for a step names
# in it whom it is for, not the supporters among themselves
cat > "$T/zusupport.txt" <<'TXT'
Die Regierungschefs Spaniens und Portugals sprachen sich dafür aus, Moldau den Status eines Beitrittskandidaten zu verleihen.
TXT
run "$DYAD" code --lang de --date 2022-06-16 --format tsv "$T/zusupport.txt"
expect_status "support for a step: coded" 0
check "support for a step: Spain supports Moldova" grep -qP '\tESPGOV\tMDA[A-Z]*\t051\t' "$T/out"
check_not "support for a step: not among the supporters" grep -qP '\tESPGOV\tPRTGOV\t05[0-9]*\t' "$T/out"

# a mediator acting on the pair leaves "beide Seiten" as they were
# (RF_PAIR_CONFLICT); "warfen sich … vor": a reflexive pronoun with a verb
# that is not reflexive and a plural subject is reciprocal
cat > "$T/recip.txt" <<'TXT'
Armenien und Aserbaidschan haben einer Waffenruhe zugestimmt. Die Regierung Georgiens hatte zwischen beiden Ländern vermittelt. Wenige Stunden später warfen sich beide Seiten Verstöße vor.
TXT
run "$DYAD" code --lang de --date 2023-05-10 --format tsv "$T/recip.txt"
expect_status "reciprocal: coded" 0
check "reciprocal: Armenia accuses Azerbaijan" grep -qP '\tARMGOV\tAZEGOV\t112\t' "$T/out"
check "reciprocal: Azerbaijan accuses Armenia" grep -qP '\tAZEGOV\tARMGOV\t112\t' "$T/out"
check_not "reciprocal: the mediator is no side" grep -qP '\t(ARM|AZE|GEO)GOV\tGEOGOV\t112\t' "$T/out"

# a demand for talks or a truce with no party named goes to both sides
# (RF_DEMAND_TARGETS); a release is not demanded of the prisoner
cat > "$T/demandboth.txt" <<'TXT'
In Äthiopien kämpft die Armee gegen die Rebellen der TPLF. Die Afrikanische Union rief zu einer sofortigen Waffenruhe auf.
TXT
run "$DYAD" code --lang de --date 2021-09-06 --format tsv "$T/demandboth.txt"
expect_status "demand to both sides: coded" 0
check "demand to both sides: the army" grep -qP '\tIGOAFRAFU\tETHMIL\t02[0-9]*\t' "$T/out"
check "demand to both sides: the rebels" grep -qP '\tIGOAFRAFU\tETHREB\t02[0-9]*\t' "$T/out"

cat > "$T/release.txt" <<'TXT'
In Guinea hat die Armee Präsident Alpha Condé festgesetzt. Die Afrikanische Union verurteilte den Putsch und forderte die sofortige Freilassung Condés.
TXT
run "$DYAD" code --lang de --date 2021-09-06 --format tsv "$T/release.txt"
expect_status "release demand: coded" 0
check_not "release demand: not of the prisoner" grep -qP '\tIGOAFRAFU\tGINGOV\t10[0-9]*\t' "$T/out"

# courts and judicial offices beyond "Gericht" are JUD roles
cat > "$T/court.txt" <<'TXT'
Das Kammergericht in Berlin hat einen Russen wegen Spionage zu sechs Jahren Haft verurteilt.
TXT
run "$DYAD" code --lang de --date 2021-12-15 --format tsv "$T/court.txt"
expect_status "court roles: coded" 0
check "court roles: the court sentenced" grep -qP '\tDEUJUD\tRUS[A-Z]*\t11[0-9]*\t' "$T/out"

# "erklärte zwei Mitarbeiter der Botschaft zu unerwünschten Personen": a
# noun predicate in a phrase after the object takes the object's genitive
# actor as its target
cat > "$T/persona.txt" <<'TXT'
Die Regierung Estlands erklärte am Montag drei Mitarbeiter der russischen Botschaft zu unerwünschten Personen.
TXT
run "$DYAD" code --lang de --date 2021-12-15 --format tsv "$T/persona.txt"
expect_status "persona non grata: coded" 0
check "persona non grata: Russia's embassy staff expelled" grep -qP '\tESTGOV\tRUSGOV\t174\t' "$T/out"

# a bare role in subject position takes up the last acting subject with
# that role, not the last one named ("mit Pakistan")
cat > "$T/barerole.txt" <<'TXT'
Indien hat das Wasserabkommen mit Pakistan ausgesetzt. Zudem wies die Regierung mehrere Diplomaten Pakistans aus.
TXT
run "$DYAD" code --lang de --date 2025-04-24 --format tsv "$T/barerole.txt"
expect_status "bare role: coded" 0
check "bare role: India's government expelled" grep -qP '\tINDGOV\tPAKGOV\t174\t' "$T/out"

# "Dann wies die Regierung … aus": one capitalised word opening the
# sentence before a separable speech verb is an adverb, not a name
cat > "$T/adverb.txt" <<'TXT'
Später wies die Regierung Ungarns zwei Diplomaten Russlands aus.
TXT
run "$DYAD" code --lang de --date 2025-04-24 --format tsv "$T/adverb.txt"
expect_status "sentence-initial adverb: coded" 0
check "sentence-initial adverb: Hungary expelled" grep -qP '\tHUNGOV\tRUSGOV\t174\t' "$T/out"

# "mit Tränengas, Pfefferspray und Gummigeschossen": a comma in a list of
# nouns cuts no clause; "gegen Zehntausende Demonstranten": the counting
# word belongs to the phrase of the preposition
cat > "$T/nounlist.txt" <<'TXT'
Die Polizei in Kenia ist mit Tränengas, Wasserwerfern und Schlagstöcken gegen Demonstranten vorgegangen.
TXT
run "$DYAD" code --lang de --date 2023-07-12 --format tsv "$T/nounlist.txt"
expect_status "noun list: coded" 0
check "noun list: the police acted against the protesters" grep -qP '\tKENCOP\tKENCVL\t17[0-9]*\t' "$T/out"

cat > "$T/quantprep.txt" <<'TXT'
Die Polizei in Kenia ist gegen Tausende Demonstranten vorgegangen.
TXT
run "$DYAD" code --lang de --date 2023-07-12 --format tsv "$T/quantprep.txt"
expect_status "counted after a preposition: coded" 0
check "counted after a preposition: against the protesters" grep -qP '\tKENCOP\tKENCVL\t17[0-9]*\t' "$T/out"

# "verurteilte die Proteste": a protest that no event has reported yet,
# condemned by a government, is one of its country's people
cat > "$T/protestcrit.txt" <<'TXT'
Der Präsident Kenias traf am Montag den Präsidenten Ugandas. Der Präsident Kenias verurteilte die Proteste als organisierte Unruhen.
TXT
run "$DYAD" code --lang de --date 2023-07-12 --format tsv "$T/protestcrit.txt"
expect_status "condemned protests: coded" 0
check "condemned protests: the president condemned the protesters" grep -qP '\tKENGOV\tKENCVL\t11[0-9]*\t' "$T/out"

# at home, an event noun takes up the last event of its kind by another
# side of the same country (not both of the state)
cat > "$T/protesthome.txt" <<'TXT'
In Kenia blockierten Tausende Demonstranten die Zufahrten zum Parlament. Der Präsident Kenias verurteilte die Proteste scharf.
TXT
run "$DYAD" code --lang de --date 2023-07-12 --format tsv "$T/protesthome.txt"
expect_status "protest at home: coded" 0
check "protest at home: the president condemned the protesters" grep -qP '\tKENGOV\tKENCVL\t11[0-9]*\t' "$T/out"

# blame: "schob/wies/gab X die Schuld zu"; a noun predicate in a phrase
# of a preposition ("Nach der Zerstörung …") is a circumstance, and a verb
# pattern after it is the clause's act
cat > "$T/blame.txt" <<'TXT'
Nach der Sprengung der Brücke haben sich Armenien und Aserbaidschan gegenseitig die Schuld zugewiesen.
TXT
run "$DYAD" code --lang de --date 2023-06-06 --format tsv "$T/blame.txt"
expect_status "blame: coded" 0
check "blame: Armenia blames Azerbaijan" grep -qP '\tARMGOV\tAZEGOV\t112\t' "$T/out"
check_not "blame: no destruction between them" grep -qP '\t17[0-9]*\t' "$T/out"

cat > "$T/blame2.txt" <<'TXT'
Die Regierung Serbiens schob dem Kosovo die Schuld an den Unruhen zu.
TXT
run "$DYAD" code --lang de --date 2023-06-06 --format tsv "$T/blame2.txt"
expect_status "blame zuschieben: coded" 0
check "blame zuschieben: Serbia blames Kosovo" grep -qP '\tSRBGOV\tKSV[A-Z]*\t112\t' "$T/out"

# "Nach Verhandlungen in Doha haben sich A und B verständigt": a mutual
# consultation noun (04x) with no party of its own is held among all of
# the clause's subjects
cat > "$T/talksamong.txt" <<'TXT'
Nach langen Verhandlungen in Doha haben sich Äthiopien und Eritrea auf ein Abkommen verständigt.
TXT
run "$DYAD" code --lang de --date 2023-06-06 --format tsv "$T/talksamong.txt"
expect_status "talks among the subjects: coded" 0
check "talks among the subjects: Ethiopia with Eritrea" grep -qP '\tETHGOV\tERIGOV\t04[0-9]*\t' "$T/out"
check "talks among the subjects: Eritrea with Ethiopia" grep -qP '\tERIGOV\tETHGOV\t04[0-9]*\t' "$T/out"

# "in Rada", "in Duma": an institution's name right after a bare "in" is a
# place of that name ("in der Rada" is the parliament)
cat > "$T/titleplace.txt" <<'TXT'
Nach dem Anschlag in Rada haben die USA Ziele im Jemen bombardiert.
TXT
run "$DYAD" code --lang de --date 2023-06-06 --format tsv "$T/titleplace.txt"
expect_status "title as place: coded" 0
check_not "title as place: not Ukraine's parliament" grep -qP '\tUKRLEG\t' "$T/out"

# "das Votum für einen Austritt": a cut of relations in a phrase of aim
# has not happened
cat > "$T/aim.txt" <<'TXT'
Nach dem Votum des Parlaments Schottlands für einen Austritt aus der EU trat der Regierungschef zurück.
TXT
run "$DYAD" code --lang de --date 2023-06-06 --format tsv "$T/aim.txt"
expect_status "phrase of aim: coded" 0
check_not "phrase of aim: no exit from the EU" grep -qP '\tIGOEUREEC\t16[0-9]*\t' "$T/out"

# "einen Luftangriff auf führende Vertreter der Hamas": the genitive actor
# of the noun in a noun predicate's slot phrase is the target
cat > "$T/slotgen.txt" <<'TXT'
Die israelische Armee hat in der syrischen Hauptstadt Damaskus einen Luftangriff auf Büros der Hisbollah verübt.
TXT
run "$DYAD" code --lang de --date 2023-06-06 --format tsv "$T/slotgen.txt"
expect_status "genitive in a slot phrase: coded" 0
check "genitive in a slot phrase: the strike hit Hezbollah" grep -qP '\tISRMIL\tLBNREB\t19[0-9]*\t' "$T/out"

# violence that names no target, by the source of the last violent event,
# goes on against its target
cat > "$T/campaign.txt" <<'TXT'
Die äthiopische Armee hat eine Offensive gegen die Rebellen der TPLF begonnen. Zuvor hatten Kampfjets mehr als 100 Ziele bombardiert.
TXT
run "$DYAD" code --lang de --date 2021-06-06 --format tsv "$T/campaign.txt"
expect_status "same campaign: coded" 0
check "same campaign: the jets struck the rebels" grep -qP '\tETHMIL\tETHREB\t195\t' "$T/out"

# ", warnte Merz" after its content: the subject after the verb is no
# object, and the warning is about the first actor of another country in
# the content before it (not in a quotation)
cat > "$T/warnafter.txt" <<'TXT'
Sollte Serbien seine Truppen nicht abziehen, würden neue Sanktionen folgen, warnte der Präsident Kroatiens.
TXT
run "$DYAD" code --lang de --date 2025-05-10 --format tsv "$T/warnafter.txt"
expect_status "warning after its content: coded" 0
check "warning after its content: Croatia warns Serbia" grep -qP '\tHRVGOV\tSRB[A-Z]*\t13[0-9]*\t' "$T/out"

# a call to protest is a threat of dissent (133); by a country's people or
# opposition with no target named, against its own government
cat > "$T/callprotest.txt" <<'TXT'
Das Parlament Georgiens hat am Montag den Präsidenten kritisiert. Die georgische Opposition rief zu Protesten auf.
TXT
run "$DYAD" code --lang de --date 2024-03-19 --format tsv "$T/callprotest.txt"
expect_status "call to protest: coded" 0
check "call to protest: against the own government" grep -qP '\tGEOOPP\tGEOGOV\t133\t' "$T/out"

cat > "$T/callresist.txt" <<'TXT'
Die Hamas rief zu Widerstand gegen Israel auf.
TXT
run "$DYAD" code --lang de --date 2024-03-19 --format tsv "$T/callresist.txt"
expect_status "call to resistance: coded" 0
check "call to resistance: a threat of dissent against Israel" grep -qP '\tPSEREB\tISR[A-Z]*\t133\t' "$T/out"

# the reciprocal reading needs a verb whose target is its object:
# "sind sich nahe gekommen" is no visit (kommen takes "nach")
printf 'In den letzten Monaten sind sich Indien und Japan sehr nahe gekommen.\n' > "$T/nahe.txt"
run "$DYAD" code --lang de --date 2021-06-06 --format tsv "$T/nahe.txt"
expect_status "drew close: coded" 0
check_not "drew close: no visit between the two" grep -qP '\t042\t' "$T/out"

test_done
