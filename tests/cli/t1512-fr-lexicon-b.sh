#!/bin/sh
# t1512-fr-lexicon-b: the French lexicon of issue 15, roots 11-20, on
# sentences written for this test (one check or more per family: verbs,
# event nouns, support-verb phrases, the grids of accusations, rejections,
# threats and protests by their object), and `dyad dict coverage`: no code
# is below its French floor (no LOW-fr row).
. tests/cli/test-lib.sh

# fr_ev NAME TEXT EVENT: TEXT (French, one article) gives EVENT ("SRC TGT CODE MOOD")
fr_ev() {
    code_events fr 2023-03-01 "$2"
    check "fr lexicon: $1" grep -qx "$3" "$T/ev"
}

# 11 disapprove
fr_ev "accuser d'espionnage: 1125" "Le Mali a accusé la France d'espionnage." "MLIGOV FRAGOV 1125 fact"
fr_ev "accuser de crimes de guerre: 1124" "Le ministre turc a accusé la Grèce de crimes de guerre." "TURGOV GRCGOV 1124 fact"
fr_ev "reconnaître coupable: 116, not an admission" "Un tribunal russe a reconnu coupable l'opposant russe." "RUSJUD RUSOPP 116 fact"
# 12 reject
fr_ev "rejeter l'extradition: 1213" "La Serbie a rejeté l'extradition de l'opposant croate." "SRBGOV HRVOPP 1213 fact"
fr_ev "refuser de libérer: 1243" "Le gouvernement soudanais a refusé de libérer les prisonniers tchadiens." "SDNGOV TCDCVL 1243 fact"
# 13 threaten
fr_ev "menacer de sanctions: 1312" "La Chine a menacé le Japon de sanctions." "CHNGOV JPNGOV 1312 fact"
fr_ev "menacer d'armes nucléaires: 1385" "La Corée du Nord a menacé les États-Unis de recourir aux armes nucléaires." "PRKGOV USAGOV 1385 fact"
# 14 protest
fr_ev "manifester pour la démission: 1411" "Des milliers d'étudiants serbes ont manifesté pour réclamer la démission du gouvernement serbe." "SRBEDU SRBGOV 1411 fact"
fr_ev "une grève de la faim: 142" "Des opposants géorgiens ont entamé une grève de la faim." "GEOOPP GEOGOV 142 fact"
# 15 force posture
fr_ev "mobiliser des réservistes: 154" "La Pologne a mobilisé des réservistes à la frontière biélorusse." "POLGOV BLRGOV 154 fact"
# 16 reduce relations
fr_ev "suspendre son aide militaire: 1622" "Le Canada a suspendu son aide militaire au Niger." "CANGOV NERGOV 1622 fact"
fr_ev "expulser les casques bleus: 1661" "Le Mali a expulsé les casques bleus de l'ONU." "MLIGOV IGOUNO 1661 fact"
# 17 coerce
fr_ev "bloquer les réseaux sociaux: 1721" "L'Iran a bloqué les réseaux sociaux pour les manifestants iraniens." "IRNGOV IRNCVL 1721 fact"
fr_ev "déclarer persona non grata: 174" "La Russie a déclaré persona non grata un diplomate estonien." "RUSGOV ESTGOV 174 fact"
fr_ev "tirer sur les manifestants: 175" "La police kényane a tiré sur les manifestants kényans." "KENCOP KENCVL 175 fact"
fr_ev "intimider: 170" "Le régime syrien a intimidé les opposants syriens." "SYRGOV SYROPP 170 fact"
fr_ev "nationaliser: 1711" "Le Venezuela a nationalisé les compagnies américaines." "VENGOV USAGOV 1711 fact"
# 18 assault
fr_ev "passer à tabac: 182" "Des policiers égyptiens ont passé à tabac un journaliste égyptien." "EGYCOP EGYMED 182 fact"
fr_ev "éliminer le chef de: 186" "Israël a éliminé le chef du Hezbollah." "ISRGOV LBNREB 186 fact"
fr_ev "un attentat kamikaze: 1831" "Des jihadistes maliens ont commis un attentat kamikaze contre l'armée malienne." "MLIREB MLIMIL 1831 fact"
# 19 fight
fr_ev "imposer un blocus: 191, not sanctions" "L'armée azerbaïdjanaise a imposé un blocus à l'Arménie." "AZEMIL ARMGOV 191 fact"
fr_ev "ouvrir le feu sur: 193" "Des soldats ivoiriens ont ouvert le feu sur des rebelles ivoiriens." "CIVMIL CIVREB 193 fact"
fr_ev "violer le cessez-le-feu: 196, not a truce" "L'armée birmane a violé le cessez-le-feu avec les rebelles birmans." "MMRMIL MMRREB 196 fact"
# 20 mass violence
fr_ev "perpétrer un massacre: 202" "Les miliciens soudanais ont perpétré un massacre contre les civils soudanais." "SDNREB SDNCVL 202 fact"
fr_ev "une attaque chimique: 2041" "L'armée syrienne a mené une attaque chimique contre les rebelles syriens." "SYRMIL SYRREB 2041 fact"

# coverage: every code has its French triggers (or a stated reason)
run "$DYAD" dict coverage
expect_status "fr lexicon: dict coverage exits 0" 0
check "fr lexicon: dict coverage lists the codes" grep -q '^1721	' "$T/out"
check "fr lexicon: no LOW-fr row" awk -F'\t' 'NR > 1 && $12 ~ /LOW/ && $12 ~ /fr/ { f = 1 } END { exit f }' "$T/out"
test_done
