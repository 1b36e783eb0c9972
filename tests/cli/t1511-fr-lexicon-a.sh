#!/bin/sh
# t1511-fr-lexicon-a: the French lexicon of issue 15, roots 01-10, on
# sentences written for this test: one check (or more) per family, verbs,
# event nouns, support-verb phrases and the pattern grids of appeals,
# demands and promises by what they ask for.
. tests/cli/test-lib.sh

# fr_ev NAME TEXT EVENT: TEXT (French, one article) gives EVENT ("SRC TGT CODE MOOD")
fr_ev() {
    code_events fr 2023-03-01 "$2"
    check "fr lexicon: $1" grep -qx "$3" "$T/ev"
}

# 01 statements
fr_ev "refuser de commenter: 011" "Le ministère algérien a refusé de commenter les propos du ministre marocain." "DZAGOV MARGOV 011 fact"
fr_ev "se dire optimiste: 013" "Le président sénégalais s'est dit optimiste sur l'issue des discussions avec la Mauritanie." "SENGOV MRTGOV 013 fact"
fr_ev "exprimer sa solidarité: 018" "Le chef de l'État finlandais a exprimé sa solidarité avec la Turquie." "FINGOV TURGOV 018 fact"
fr_ev "exprimer sa compassion (noun): 018" "Le président ghanéen a exprimé sa compassion au peuple marocain." "GHAGOV MARGOV 018 fact"
fr_ev "envisager des sanctions: 014, not imposed" "La Pologne a envisagé des sanctions contre la Biélorussie." "POLGOV BLRGOV 014 fact"
fr_ev "envisager de sanctionner: an intent (1312)" "La Pologne envisage de sanctionner la Biélorussie." "POLGOV BLRGOV 1312 intent"
# 02 appeals, 10 demands, 03 promises by what they ask for
fr_ev "appeler à une coopération militaire: 0212" "L'Égypte a appelé le Soudan à une coopération militaire." "EGYGOV SDNGOV 0212 fact"
fr_ev "appeler à un règlement pacifique: 027" "Le Kenya a appelé la Somalie à un règlement pacifique." "KENGOV SOMGOV 027 fact"
fr_ev "promettre des munitions: 0332" "La Pologne a promis des munitions à l'Ukraine." "POLGOV UKRGOV 0332 fact"
fr_ev "mettre en demeure: 100" "Le Burkina Faso a mis en demeure la France." "BFAGOV FRAGOV 100 fact"
# 04 consult
fr_ev "s'entretenir par téléphone: 041" "Le président chilien s'est entretenu par téléphone avec son homologue argentin." "CHLGOV ARGGOV 041 fact"
fr_ev "parler avec: 040 (as sprechen mit, talk with)" "Le président turc a parlé avec son homologue russe." "TURGOV RUSGOV 040 fact"
fr_ev "se déplacer à: 042" "Le Premier ministre indien s'est déplacé au Népal." "INDGOV NPLGOV 042 fact"
fr_ev "recevoir en visite: 043" "Le roi du Maroc a reçu en visite le président gabonais." "MARGOV GABGOV 043 fact"
fr_ev "se rencontrer en terrain neutre: 044" "Les délégations russe et ukrainienne se sont rencontrées en terrain neutre." "RUSGOV UKRGOV 044 fact"
fr_ev "servir de médiateur: 045" "Le Qatar a servi de médiateur entre l'Éthiopie et l'Érythrée." "QATGOV ERIGOV 045 fact"
fr_ev "parrainer: 045" "La France a parrainé l'accord entre le Tchad et le Soudan." "FRAGOV SDNGOV 045 fact"
fr_ev "renégocier: 046" "Le Canada a renégocié avec le Mexique." "CANGOV MEXGOV 046 fact"
fr_ev "reprendre les négociations: 046" "La Suisse a repris les négociations avec l'Union européenne." "CHEGOV IGOEUREEC 046 fact"
# 05 diplomatic cooperation
fr_ev "établir des relations diplomatiques: 054" "La Norvège a établi des relations diplomatiques avec le Soudan du Sud." "NORGOV SSDGOV 054 fact"
fr_ev "exprimer ses regrets: 055" "Le Danemark a exprimé ses regrets à la Norvège." "DNKGOV NORGOV 055 fact"
# 06 material cooperation
fr_ev "former des soldats: 062" "La France a formé des soldats maliens." "FRAGOV MLIMIL 062 fact"
fr_ev "partager des renseignements: 064" "L'Espagne a partagé des renseignements avec le Maroc." "ESPGOV MARGOV 064 fact"
# 07 aid
fr_ev "livrer des vivres: 073" "Le Japon a livré des vivres au Népal." "JPNGOV NPLGOV 073 fact"
# 08 yield
fr_ev "lever le couvre-feu: 0813" "La junte guinéenne a levé le couvre-feu imposé aux habitants de Conakry." "GINGOV GINCVL 0813 fact"
fr_ev "remettre les otages: 0841" "Le Hamas a remis les otages à Israël." "PSEREB ISRGOV 0841 fact"
fr_ev "autoriser les inspecteurs: 0862" "L'Iran a autorisé les inspecteurs de l'AIEA." "IRNGOV IGOUNOIAE 0862 fact"
fr_ev "un arrêt des hostilités (noun): 0871" "Les rebelles yéménites ont annoncé un arrêt des hostilités avec l'Arabie saoudite." "YEMREB SAUGOV 0871 fact"
fr_ev "accepter une médiation: 038" "Le Soudan a accepté la médiation de l'Éthiopie." "SDNGOV ETHGOV 038 fact"
fr_ev "capituler face à: 080" "Le Rwanda a capitulé face au Burundi." "RWAGOV BDIGOV 080 fact"
# 09 investigate
fr_ev "enquêter sur la corruption: 091" "La justice brésilienne enquête sur des faits de corruption visant le gouvernement argentin." "BRAJUD ARGGOV 091 fact"

# precision: « l'armée » is not the participle of a verb « armer »
code_events fr 2023-03-01 "Le président du Parlement tchadien a protesté. Le lendemain, l'armée l'a empêché d'entrer dans le Parlement, devant lequel il a entamé un sit-in."
check "fr lexicon: « l'armée » stays the army (170)" grep -q "^TCDMIL [A-Z]* 170 fact$" "$T/ev"
test_done
