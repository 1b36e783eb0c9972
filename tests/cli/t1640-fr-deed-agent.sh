#!/bin/sh
# t1640-fr-deed-agent: on sentences written for this test.  Criticism of
# a deed whose agent phrase follows its noun is aimed at that agent
# (« a condamné le massacre commis à Tobrouk par les forces libyennes »,
# « l'attaque de l'ambassade par des manifestants »: roles.c,
# target_by_object_noun, language-neutral); a reflexive pronoun after a
# country adjective is no noun for it (« des obus turcs se sont abattus
# sur … »: the adjective names the weapons' forces, mentions.c); the
# adjectives in -yen agree as those in -ien (libyenne, uruguayennes: fr.c);
# the second of two adjectives after one noun shares it (« les armées
# tchadienne et soudanaise »: mentions.c), and is no new clause's subject
# (clauses.c).
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev massacre "La Norvège a condamné le massacre commis à Tobrouk par les forces libyennes."
check "fr: the agent phrase after a participle is the criticised doer (NOR 111 LBYMIL)" has "NORGOV 111 LBYMIL fact"
ev embassy "Le Chili a dénoncé l'attaque de l'ambassade chilienne par des manifestants boliviens."
check "fr: the par phrase after a genitive thing is the doer (CHL 111 BOLCVL)" has "CHLGOV 111 BOLCVL fact"
ev country "Le Japon a condamné l'invasion du Koweït par l'Irak."
check "fr: the par phrase after a genitive country is the doer (JPN 111 IRQ)" has "JPNGOV 111 IRQGOV fact"
check_not "fr: … and the victim is not the target" has "JPNGOV 111 KWTGOV fact"
ev comma "Le Japon a condamné l'invasion du Koweït, saluée par l'Irak."
check_not "fr: a par phrase after a comma is no agent of the deed" has "JPNGOV 111 IRQGOV fact"
ev refl "Des missiles turcs se sont abattus mardi sur la ville syrienne d'Afrin."
check "fr: se after a country adjective: the adjective's forces fire (TURMIL 195 SYR)" grep -q "^TURMIL 195 SYR[A-Z]* fact$" "$T/ev"
ev refl2 "Une pluie de roquettes iraniennes s'est abattue sur la ville israélienne de Haïfa."
check "fr: s' after a country adjective (IRNMIL 195 ISR)" grep -q "^IRNMIL 195 ISR[A-Z]* fact$" "$T/ev"
ev yen "La Norvège a critiqué la police uruguayenne et les autorités paraguayennes."
check "fr: an adjective in -yen has its feminine in -yenne (NOR 111 URYCOP)" has "NORGOV 111 URYCOP fact"
ev coadj "Les armées tchadienne et soudanaise ont signé un accord."
check "fr: two adjectives after one noun: both sides (TCDMIL 057 SDNMIL)" has "TCDMIL 057 SDNMIL fact"
check "fr: … both ways (SDNMIL 057 TCDMIL)" has "SDNMIL 057 TCDMIL fact"
ev coadj2 "Les délégations chilienne et péruvienne ont négocié à Genève."
check "fr: a role noun before two adjectives (CHLGOV 046 PERGOV)" has "CHLGOV 046 PERGOV fact"
test_done
