#!/bin/sh
# t1513-fr-recall: French families added for recall (issue 15), on
# sentences written for this test: live fire on a crowd, taking to the
# streets, crowds that protest, sanctions that « frappent » a country, a war
# continued (not a lawsuit), standing by someone, renouncing talks, more
# words of blame, the withdrawal of diplomats, talks resumed, storming, a
# flat refusal.
. tests/cli/test-lib.sh

# fr_ev NAME TEXT EVENT: TEXT (French, one article) gives EVENT ("SRC TGT CODE MOOD")
fr_ev() {
    code_events fr 2023-03-01 "$2"
    check "fr recall: $1" grep -qx "$3" "$T/ev"
}

fr_ev "tirer à balles réelles: 175" "La police togolaise a tiré à balles réelles sur des étudiants togolais." "TGOCOP TGOEDU 175 fact"
fr_ev "sortir dans la rue: 141" "Des étudiants chiliens sont sortis dans la rue contre le gouvernement chilien." "CHLEDU CHLGOV 141 fact"
fr_ev "des manifestants protestent: 141, not 114" "Des manifestants kényans ont protesté contre le gouvernement kényan." "KENCVL KENGOV 141 fact"
fr_ev "frapper de sanctions: 163, not 195" "Les États-Unis ont frappé l'Iran de nouvelles sanctions." "USAGOV IRNGOV 163 fact"
fr_ev "poursuivre ses frappes: 195, not 115" "L'armée russe a poursuivi ses frappes contre l'Ukraine." "RUSMIL UKRGOV 195 fact"
fr_ev "se ranger aux côtés de: 051" "Le président moldave s'est rangé aux côtés de la Roumanie." "MDAGOV ROUGOV 051 fact"
fr_ev "renoncer aux négociations: 125" "La Serbie a renoncé aux négociations avec le Kosovo." "SRBGOV KSVGOV 125 fact"
fr_ev "stigmatiser: 111" "Le président turc a stigmatisé la Suède." "TURGOV SWEGOV 111 fact"
fr_ev "pointer du doigt: 112" "Le Maroc a pointé du doigt l'Algérie." "MARGOV DZAGOV 112 fact"
fr_ev "le retrait de son personnel diplomatique: 161" "Le Mali a annoncé le retrait de son personnel diplomatique en Algérie." "MLIGOV DZAGOV 161 fact"
fr_ev "la reprise des pourparlers: 046" "Le gouvernement colombien a annoncé la reprise des pourparlers avec les rebelles colombiens." "COLGOV COLREB 046 fact"
fr_ev "prendre d'assaut: 190" "Les rebelles syriens ont pris d'assaut la caserne de l'armée syrienne." "SYRREB SYRMIL 190 fact"
fr_ev "opposer une fin de non-recevoir: 120" "La Chine a opposé une fin de non-recevoir au Japon." "CHNGOV JPNGOV 120 fact"
# common news verbs by family
fr_ev "sceller une alliance: 057" "L'Inde a scellé une alliance avec le Bhoutan." "INDGOV BTNGOV 057 fact"
fr_ev "s'entendre avec: 057" "Le Japon s'est entendu avec la Corée du Sud sur un calendrier." "JPNGOV KORGOV 057 fact"
fr_ev "applaudir: 051" "Le président argentin a applaudi le Brésil." "ARGGOV BRAGOV 051 fact"
fr_ev "encourager: 020" "Le président français a encouragé l'Ukraine." "FRAGOV UKRGOV 020 fact"
fr_ev "alléger les sanctions: 085" "Les États-Unis ont allégé les sanctions contre le Venezuela." "USAGOV VENGOV 085 fact"
fr_ev "fermer son ambassade: 161" "Le Canada a fermé son ambassade en Iran." "CANGOV IRNGOV 161 fact"
fr_ev "menotter: 173" "La police chinoise a menotté un journaliste chinois." "CHNCOP CHNMED 173 fact"
fr_ev "décapiter: 1823" "Des jihadistes nigérians ont décapité un otage français." "NGAREB FRACVL 1823 fact"
fr_ev "conquérir (irregular: conquiert): 192" "L'armée russe conquiert la ville ukrainienne de Bakhmout." "RUSMIL UKRGOV 192 fact"
fr_ev "un missile qui survole un pays: 150, not a strike" "La Corée du Nord a tiré un missile qui a survolé le Japon." "PRKGOV JPNGOV 150 fact"
# morphology (src/lang/fr/fr.c): -oyer, -uyer take i before a mute e, -ayer both
fr_ev "déploie (déployer): 074" "La Russie déploie des troupes au Bélarus." "RUSGOV BLRGOV 074 fact"
fr_ev "appuie (appuyer): 051" "La Chine appuie le Japon." "CHNGOV JPNGOV 051 fact"
fr_ev "appuient (appuyer): 051" "La Chine et la Corée appuient le Japon." "CHNGOV JPNGOV 051 fact"
fr_ev "balaient (balayer): 016" "Les rebelles maliens balaient les accusations du Niger." "MLIREB NERGOV 016 fact"
fr_ev "se repent (repentir in strong.txt): 055" "Le Danemark se repent envers la Norvège." "DNKGOV NORGOV 055 fact"
# sanctions that « frappent » a country describe a state: no one's deed
code_events fr 2023-03-01 "Le Japon a critiqué la Chine. Les sanctions frappant la Russie ont été prolongées."
check "fr recall: the article is coded (JPNGOV 111)" grep -qx "JPNGOV CHNGOV 111 fact" "$T/ev"
check_not "fr recall: « les sanctions frappant la Russie »: no 163 or 195 from Russia" grep -q "^RUS[A-Z]* [A-Z]* 1[69]" "$T/ev"
# the most used codes, more words
fr_ev "débarquer à: 042" "Le Premier ministre japonais a débarqué à Kiev." "JPNGOV UKRGOV 042 fact"
fr_ev "repousser la proposition: 120" "Le Kenya a repoussé la proposition de la Somalie." "KENGOV SOMGOV 120 fact"
fr_ev "décliner l'invitation: 120" "L'Iran a décliné l'invitation de l'Égypte." "IRNGOV EGYGOV 120 fact"
fr_ev "dire non à: 120" "La Grèce a dit non à la Turquie." "GRCGOV TURGOV 120 fact"
fr_ev "dépêcher des renforts: 154" "La Russie a dépêché des renforts à la frontière finlandaise." "RUSGOV FINGOV 154 fact"
fr_ev "attribuer la responsabilité à: 112" "Le Mali a attribué la responsabilité de l'attaque à l'Algérie." "MLIGOV DZAGOV 112 fact"
fr_ev "remettre en liberté: 0841" "Le gouvernement turc a remis en liberté le journaliste allemand." "TURGOV DEUMED 0841 fact"
# evaluations: a verb of judgement with a word of blame (111) or praise (051)
fr_ev "juger inadmissible: 111" "Le Japon a jugé inadmissible la décision de la Chine." "JPNGOV CHNGOV 111 fact"
fr_ev "considérer comme une provocation: 111" "L'Égypte considère la visite du Premier ministre israélien comme une provocation." "EGYGOV ISRGOV 111 fact"
fr_ev "juger positive: 051" "Le Brésil a jugé positive la décision de l'Argentine." "BRAGOV ARGGOV 051 fact"
fr_ev "décrire comme un succès: 051" "Le président ivoirien a décrit la visite du président français comme un succès." "CIVGOV FRAGOV 051 fact"
# more of the most used codes
fr_ev "gazer: 175" "La police iranienne a gazé des étudiants iraniens." "IRNCOP IRNEDU 175 fact"
fr_ev "écraser la révolte: 175" "Le régime syrien a écrasé la révolte des opposants syriens." "SYRGOV SYROPP 175 fact"
fr_ev "lancer des pierres: 145" "Des manifestants grecs ont lancé des pierres sur la police grecque." "GRCCVL GRCCOP 145 fact"
fr_ev "caillasser: 145" "Des jeunes guinéens ont caillassé la police guinéenne." "GINCVL GINCOP 145 fact"
fr_ev "menacer de frapper: 138" "La Turquie a menacé de frapper la Syrie." "TURGOV SYRGOV 138 fact"
fr_ev "se dire prêt à négocier: 036" "Le président ukrainien s'est dit prêt à négocier avec la Russie." "UKRGOV RUSGOV 036 fact"
fr_ev "tendre la main: 036" "Le Venezuela a tendu la main à la Colombie." "VENGOV COLGOV 036 fact"
fr_ev "proposer un dialogue: 036" "La Chine a proposé un dialogue au Japon." "CHNGOV JPNGOV 036 fact"
fr_ev "la mise en examen de: 173" "La police turque a annoncé la mise en examen de trois opposants turcs." "TURCOP TUROPP 173 fact"
fr_ev "un coup de filet contre: 173" "La police turque a mené un vaste coup de filet contre les opposants turcs." "TURCOP TUROPP 173 fact"
# « en représailles à » names a reason, not a threat (no 138)
code_events fr 2023-03-01 "Le Liban a critiqué Israël. Le Hezbollah a revendiqué des tirs de roquettes en représailles aux frappes d'Israël."
check "fr recall: the article is coded (LBNGOV 111)" grep -qx "LBNGOV ISRGOV 111 fact" "$T/ev"
check_not "fr recall: « en représailles aux frappes »: no threat (138)" grep -q " 138 " "$T/ev"
# a deed judged possible or probable is speculation
code_events fr 2023-03-01 "Le Mali a critiqué le Niger. L'armée malienne a jugé probable une attaque des rebelles maliens contre la ville."
check "fr recall: the article is coded (MLIGOV 111)" grep -qx "MLIGOV NERGOV 111 fact" "$T/ev"
check_not "fr recall: « a jugé probable une attaque »: not a fact" grep -q " 190 fact" "$T/ev"
# more families: consultation, financial aid, refuge, strikes, trade
# measures, skirmishes, shelling, drone attacks
fr_ev "se concerter avec: 040" "Le Japon s'est concerté avec la Corée du Sud." "JPNGOV KORGOV 040 fact"
fr_ev "tenir des consultations: 040" "La Chine a tenu des consultations avec le Vietnam." "CHNGOV VNMGOV 040 fact"
fr_ev "une subvention à: 071" "La France a annoncé une subvention au Sénégal." "FRAGOV SENGOV 071 fact"
fr_ev "imposer des droits de douane: 163" "Les États-Unis ont imposé des droits de douane contre la Chine." "USAGOV CHNGOV 163 fact"
fr_ev "des accrochages entre: 190" "Des accrochages ont éclaté entre l'armée malienne et les rebelles maliens." "MLIMIL MLIREB 190 fact"
fr_ev "des tirs d'obus: 194, not small arms" "L'armée ukrainienne a mené des tirs d'obus contre les séparatistes ukrainiens." "UKRMIL UKRREB 194 fact"
fr_ev "une attaque de drones: 195" "L'Ukraine a lancé une attaque de drones contre la Russie." "UKRGOV RUSGOV 195 fact"
fr_ev "accueillir des réfugiés: 075, not a visit hosted" "L'Allemagne a accueilli des réfugiés syriens." "DEUGOV SYRCVL 075 fact"
fr_ev "un débrayage: 143" "Les enseignants grecs ont lancé un débrayage contre le gouvernement grec." "GRCEDU GRCGOV 143 fact"
# pleading, insults, poisoning, dissent stifled, a harder tone
fr_ev "supplier de libérer: 0253" "Le président philippin a supplié la Chine de libérer les pêcheurs." "PHLGOV CHNGOV 0253 fact"
fr_ev "insulter: 111" "Le président brésilien a insulté le président argentin." "BRAGOV ARGGOV 111 fact"
fr_ev "empoisonner: 185" "Des agents russes ont empoisonné l'opposant russe." "RUSGOV RUSOPP 185 fact"
fr_ev "étouffer la contestation: 175" "Le régime biélorusse a étouffé la contestation des opposants biélorusses." "BLRGOV BLROPP 175 fact"
fr_ev "durcir le ton envers: 111" "Le Japon a durci le ton envers la Chine." "JPNGOV CHNGOV 111 fact"
# praise of a hostile act is not praise of its target; approving sanctions imposes them
fr_ev "approuver de nouvelles sanctions contre: 163" "L'Union européenne a approuvé de nouvelles sanctions contre la Russie." "IGOEUREEC RUSGOV 163 fact"
fr_ev "saluer un pays: still 051" "Le Canada a salué l'Ukraine." "CANGOV UKRGOV 051 fact"
code_events fr 2023-03-01 "Le Canada a salué l'Ukraine. Les États-Unis ont approuvé les frappes israéliennes contre l'Iran. Le Mexique a salué l'offensive ukrainienne contre la Russie."
check "fr recall: the article is coded (CANGOV 051 UKRGOV)" grep -qx "CANGOV UKRGOV 051 fact" "$T/ev"
check_not "fr recall: approving strikes against Iran is no praise of Iran" grep -q "IRNGOV 051" "$T/ev"
check_not "fr recall: praising an offensive against Russia is no praise of Russia" grep -q "RUSGOV 051" "$T/ev"
# an aircraft shot down (190, not a killing), a border closed (191)
fr_ev "abattre un drone: 190, not 1823" "L'armée turque a abattu un drone syrien." "TURMIL SYRGOV 190 fact"
fr_ev "fermer sa frontière avec: 191" "Le Maroc a fermé sa frontière avec l'Algérie." "MARGOV DZAGOV 191 fact"
test_done
