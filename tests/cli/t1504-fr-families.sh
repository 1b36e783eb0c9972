#!/bin/sh
# t1504-fr-families: French event families by CAMEO code, on sentences
# written for this test: speech verbs that name an act by their object
# (« a rappelé son ambassadeur »), noun-verb homographs after an article
# (« le massacre », « la frappe »), and lexicon families (mass killing,
# strikes that fall on a place, house arrest, recognition, broadcast bans,
# the rupture of relations, putschists and mutineers).
. tests/cli/test-lib.sh

# ev ID TEXT: codes TEXT as French; the events, one "SOURCE CODE TARGET
# MOOD" a line, in $T/ev
ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

# a speech verb whose pattern names words of its own clause is that act
ev recall "Le Niger a rappelé son ambassadeur en Algérie."
check "fr: rappeler son ambassadeur: 161, not a speech frame" has "NERGOV 161 DZAGOV fact"
ev recall2 "Les trois pays ont rappelé leurs ambassadeurs en Algérie."
check_not "fr: … but never with no source" grep -q '^ 161' "$T/ev"
ev say "La Suède a rappelé que l'ambassadeur de Norvège avait quitté Moscou."
check_not "fr: rappeler que …: a speech frame, no recall" grep -q ' 161 ' "$T/ev"

# a noun-verb homograph after an article is the noun
ev homograph "La France expulse l ambassadeur syrien. DIPLOMATIE « La décision est motivée par le massacre odieux commis à Alep par les forces syriennes », a expliqué le ministère."
check_not "fr: « par le massacre »: the noun, not the verb massacrer (no 202 against the decision)" grep -q ' 202 FRA' "$T/ev"
check "fr: … and the first sentence is coded" has "FRAGOV 174 SYRGOV fact"
ev homograph2 "Les miliciens soudanais ont massacré des civils soudanais."
check "fr: the verb massacrer (202)" has "SDNREB 202 SDNCVL fact"

# lexicon families
ev abattre "Des missiles russes se sont abattus sur la capitale ukrainienne."
check "fr: s'abattre sur: a strike (195), not a killing (by the adjective's forces: MIL)" grep -q "^RUSMIL 195 UKR[A-Z]* fact$" "$T/ev"
ev infiltrer "Des combattants libanais se sont infiltrés en Israël."
check "fr: s'infiltrer en: 190" grep -q '^LBN[A-Z]* 190 ISR[A-Z]* fact$' "$T/ev"
ev residence "Les putschistes nigériens ont placé le président Bazoum en résidence surveillée."
check "fr: placer en résidence surveillée: 173" grep -q '^NERMIL 173 NER[A-Z]* fact$' "$T/ev"
ev mutins "Le président biélorusse a promis un châtiment aux mutins."
check "fr: les mutins are rebels (a threat to them, 138)" has "BLRGOV 138 BLRREB fact"
ev souverainete "L'Espagne a reconnu la souveraineté du Portugal."
check "fr: reconnaître la souveraineté de: 054" has "ESPGOV 054 PRTGOV fact"
ev signal "Le gouvernement tchadien a coupé le signal de la chaîne privée."
check "fr: couper le signal: 1721" has "TCDGOV 1721 TCDMED fact"
ev rupture "Le Venezuela a annoncé la rupture de ses relations diplomatiques avec le Paraguay."
check "fr: la rupture de ses relations: 161" has "VENGOV 161 PRYGOV fact"
# a state of emergency or curfew with no one named is imposed at home
ev urgence "L'armée thaïlandaise a décrété l'état d'urgence."
check "fr: décréter l'état d'urgence: 1724 on the own country's people" has "THAMIL 1724 THACVL fact"
ev couvrefeu "Le gouvernement tchadien a décrété un couvre-feu."
check "fr: un couvre-feu: 1723 at home" has "TCDGOV 1723 TCDCVL fact"
ev urgence2 "La France a décrété l'état d'urgence en Martinique."
check_not "fr: … but a place named is the target, not the people" has "FRAGOV 1724 FRACVL fact"
# « De violents combats »: a genitive article opening the clause is an article
ev deart "De violents combats ont éclaté entre l'armée malienne et les rebelles maliens."
check "fr: « De violents combats … entre A et B »: fighting between them (190)" has "MLIMIL 190 MLIREB fact"
# the sides after the noun's verb, a relative pronoun or a day
ev sides "Des combats ont éclaté samedi entre l'armée tchadienne et les rebelles tchadiens."
check "fr: « ont éclaté samedi entre A et B »: 190" has "TCDMIL 190 TCDREB fact"
ev sides2 "Les heurts qui ont éclaté entre la police kényane et des manifestants ont fait trois morts."
check "fr: « les heurts qui ont éclaté entre A et B »: 145" has "KENCOP 145 KENCVL fact"
# « les deux belligérants »: the pair of the last event
printf '{"id":"pair","date":"2023-03-01","lang":"fr","text":"L Arménie a attaqué l Azerbaïdjan lundi. Les deux belligérants se sont mutuellement accusés de violer la trêve."}\n' > "$T/in.jsonl"
"$DYAD" code "$T/in.jsonl" | sed -n 's/.*"source":"\([A-Z]*\)","target":"\([A-Z]*\)".*"code":"\([0-9]*\)".*"mood":"\([a-z]*\)".*/\1 \3 \2 \4/p' > "$T/ev"
check "fr: « les deux belligérants » are the pair (AZEGOV 112 ARMGOV)" has "AZEGOV 112 ARMGOV fact"
# removal from office (172); « le Congrès péruvien » is Peru's
ev limoger "Le président tunisien a limogé des juges tunisiens."
check "fr: limoger: 172" has "TUNGOV 172 TUNJUD fact"
ev destituer "Le Congrès péruvien a destitué le président péruvien."
check "fr: le Congrès péruvien destitue: PERLEG 172 PERGOV" has "PERLEG 172 PERGOV fact"
ev putsch "L'Union africaine a condamné le putsch contre le président gabonais."
check "fr: condemning a coup is 111; the coup in its object is not coded with the AU as its author" sh -c "grep -q '^IGOAFRAFU 111 GABGOV fact$' '$T/ev' && ! grep -q '^IGOAFRAFU 172' '$T/ev'"
# an infinitive takes its subject over an inserted phrase: « a décidé,
# dimanche soir, de geler … »; freezing an assembly's work is 172
ev zu "Le président tunisien a décidé, dimanche dans la soirée, de geler les travaux du Parlement."
check "fr: « a décidé, dimanche dans la soirée, de geler les travaux du Parlement »: TUNGOV 172 TUNLEG" has "TUNGOV 172 TUNLEG fact"
# « …, et ont tué … »: the clause after the comma shares the subject
ev conj "Des combattants libanais ont attaqué Israël, et ont tué des civils israéliens."
check "fr: « , et ont tué »: the subject is shared (LBNREB 1823 ISRCVL)" grep -q "^LBN[A-Z]* 1823 ISRCVL fact$" "$T/ev"
# an attack on a thing of an actor's: the actor in its « de » phrase
ev deobj "L'armée israélienne a bombardé des positions du Hezbollah."
check "fr: « a bombardé des positions du Hezbollah »: target in the de phrase" has "ISRMIL 195 LBNREB fact"
ev deobj2 "L'armée turque a attaqué la ville syrienne de Kobané."
check_not "fr: … a place in it stays the place's country" grep -q "^TURMIL 190 TUR" "$T/ev"
ev demarche "La police guinéenne a dispersé la marche de l'opposition guinéenne."
check "fr: « a dispersé la marche de l'opposition »: the marchers' side is the target" has "GINCOP 175 GINOPP fact"
# travel, offers, praise, joining
ev arriver "Le président brésilien est arrivé à Pékin."
check "fr: arriver à: a visit (042)" has "BRAGOV 042 CHNGOV fact"
ev offrir "Le Qatar a offert son aide au Soudan."
check "fr: offrir à: an offer (03x)" grep -q "^QATGOV 03[0-9]* SDNGOV" "$T/ev"
ev louer "Le ministre indien a loué le Japon."
check "fr: louer: praise (051)" has "INDGOV 051 JPNGOV fact"
ev adherer "La Finlande a adhéré à l'Otan."
check "fr: adhérer à: 057" has "FINGOV 057 IGOWSTNAT fact"
# « les deux pays s'y engagent »: the pair acts among its members, both ways
printf '{"id":"pair2","date":"2023-03-01","lang":"fr","text":"Le Maroc et le Sénégal ont signé un accord à Rabat. Les deux pays s\\u0027y engagent à relancer leur coopération."}\n' > "$T/in.jsonl"
"$DYAD" code "$T/in.jsonl" | sed -n 's/.*"sent":1,.*"source":"\([A-Z]*\)","target":"\([A-Z]*\)".*"code":"\([0-9]*\)".*"mood":"\([a-z]*\)".*/\1 \3 \2 \4/p' > "$T/ev"
check "fr: « les deux pays s'y engagent »: MARGOV 030 SENGOV" has "MARGOV 030 SENGOV intent"
check "fr: … and SENGOV 030 MARGOV" has "SENGOV 030 MARGOV intent"
# armed groups by their French names
ev ei "L'aviation irakienne a bombardé les jihadistes de l'État islamique."
check "fr: l'État islamique: IRQREB" has "IRQMIL 195 IRQREB fact"
ev shebab "Les shebab ont attaqué une base de l'armée kényane."
check "fr: les shebab: SOMREB" grep -q "^SOMREB 190 KENMIL fact$" "$T/ev"
# joint drills with adjectives inside (062, both ways)
ev drills "L'Inde et le Japon ont mené des exercices navals conjoints."
check "fr: des exercices navals conjoints: 062" has "INDGOV 062 JPNGOV fact"
# people by their French spellings
ev noms "Benyamin Nétanyahou a rencontré Ilham Aliev à Bakou."
check "fr: Nétanyahou and Aliev (French spellings)" has "ISRGOV 040 AZEGOV fact"
ev lafontant "Jack Guy Lafontant a condamné la République dominicaine."
check "fr: Jack Guy Lafontant is Haiti's" grep -q "^HTI[A-Z]* 111 DOMGOV fact$" "$T/ev"
# the head of an assembly is the legislature's
ev chambre "Le président de la chambre des députés haïtienne a lancé un ultimatum au gouvernement haïtien."
check "fr: le président de la chambre des députés: HTILEG (an ultimatum, 13x)" grep -q "^HTILEG 13[0-9]* HTIGOV fact$" "$T/ev"
# writing off debts (071)
ev dette "La France a annulé la dette du Mali."
check "fr: annuler la dette de: 071" has "FRAGOV 071 MLIGOV fact"
ev visite "La France a annulé la visite du ministre malien."
check_not "fr: … but annuler une visite is no aid" grep -q " 071 " "$T/ev"
# « a condamné l'incident »: the incident is the last event; its other side is the target
printf '{"id":"inc","date":"2023-03-01","lang":"fr","text":"Un drone algérien a abattu un drone malien. Le Mali a condamné l\\u0027incident."}\n' > "$T/in.jsonl"
"$DYAD" code "$T/in.jsonl" | sed -n 's/.*"sent":1,.*"source":"\([A-Z]*\)","target":"\([A-Z]*\)".*"code":"\([0-9]*\)".*"mood":"\([a-z]*\)".*/\1 \3 \2 \4/p' > "$T/ev"
check "fr: « a condamné l'incident »: MLIGOV 111 DZAGOV" has "MLIGOV 111 DZAGOV fact"
# Gaza and the West Bank are the Palestinian territories; raids are attacks
ev gaza "Israël a bombardé la bande de Gaza."
check "fr: la bande de Gaza: PSE" has "ISRGOV 195 PSEGOV fact"
ev raids "L'armée israélienne a mené des raids en Cisjordanie."
check "fr: des raids en Cisjordanie: 190" has "ISRMIL 190 PSEGOV fact"
# concern voiced (012), by a speech verb read by its pattern
ev preoccupe "L'Algérie s'est dite préoccupée par la situation au Mali."
check "fr: se dire préoccupé par: 012" has "DZAGOV 012 MLIGOV fact"
ev preoccupe2 "Le Japon a dit que la Chine était préoccupée."
check_not "fr: … not the content of « dire que »" grep -q "^JPNGOV 012" "$T/ev"
# destroying property (1712): détruire, saccager, mettre le feu à (h-frru2)
ev detruire "Des hommes armés nigérians ont détruit une école camerounaise."
check "fr: détruire: 1712" has "NGAREB 1712 CMREDU fact"
ev saccager "Des manifestants kényans ont saccagé l'ambassade ougandaise."
check "fr: saccager: 1712" has "KENCVL 1712 UGAGOV fact"
ev feu "Des manifestants kényans ont mis le feu à l'ambassade ougandaise."
check "fr: mettre le feu à: 1712" has "KENCVL 1712 UGAGOV fact"
# amnesty (0841), deportation (174), capture of a place (192) (h-frru2)
ev amnistie "Le président tunisien a amnistié des opposants tunisiens."
check "fr: amnistier: 0841" has "TUNGOV 0841 TUNOPP fact"
ev deporter "La Russie a déporté des enfants ukrainiens."
check "fr: déporter: 174" has "RUSGOV 174 UKRCVL fact"
ev capturer "Les rebelles maliens ont capturé la capitale nigérienne."
check "fr: capturer: 192" grep -q "^MLIREB 192 NER" "$T/ev"
test_done
