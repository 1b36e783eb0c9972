#!/bin/sh
# t1501-fr-grammar: French grammar, on sentences written for this test:
# elision (l', d', qu', s'), generated verb forms (passé composé, présent,
# passé simple, participle agreement, irregular verbs with prefixes),
# pronominal verbs, negation ne…pas/jamais, the conditional of unconfirmed
# reports (« aurait tué »: a reported deed, coded as the dev-fr gold does, in the mood "reported";
# « pourrait » and « serait » stay speculation), the incise (« a déclaré le
# ministre »), the passive with « par », postposed country adjectives
# (« le gouvernement malien »), and metonyms (l'Élysée, le Kremlin).
. tests/cli/test-lib.sh

# ev ID TEXT: codes TEXT as French; the events, one "SOURCE CODE TARGET
# MOOD" a line, in $T/ev
ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev elision "L'Élysée a condamné l'Iran."
check "fr: elision: l'Élysée is FRAGOV, l'Iran the target" has "FRAGOV 111 IRNGOV fact"
ev adjective "Les autorités maliennes ont expulsé l'ambassadeur de France."
check "fr: postposed adjective: les autorités maliennes (MLIGOV 174 FRAGOV)" has "MLIGOV 174 FRAGOV fact"
ev present "Le Kremlin menace la Maison-Blanche."
check "fr: présent, metonyms: Kremlin 130 Maison-Blanche" has "RUSGOV 130 USAGOV fact"
ev passesimple "La Turquie condamna la Grèce."
check "fr: passé simple (condamna)" has "TURGOV 111 GRCGOV fact"
ev irregular "Le Japon a soutenu les Philippines."
check "fr: irregular verb by its prefix (soutenu: tenir)" has "JPNGOV 051 PHLGOV fact"
ev agreement "Les diplomates russes ont été expulsés par la Pologne."
check "fr: passive with par, participle agreement (expulsés)" has "POLGOV 174 RUSGOV fact"
ev pronominal "Le président russe s'est entretenu mardi avec son homologue turc."
check "fr: pronominal verb (s'est entretenu avec): RUS 040 TUR" has "RUSGOV 040 TURGOV fact"
ev pronominal2 "Le chef de la diplomatie chinoise s'est rendu à Moscou."
check "fr: se rendre à: a visit (042), not a passive" has "CHNGOV 042 RUSGOV fact"
ev negation "La France n'a pas condamné la Chine."
check_not "fr: negation ne…pas: no criticism as a fact" has "FRAGOV 111 CHNGOV fact"
ev negation2 "L'Inde n'a jamais menacé le Pakistan."
check_not "fr: negation ne…jamais: no threat as a fact" has "INDGOV 130 PAKGOV fact"
ev conditional "L'armée russe aurait tué des civils ukrainiens, selon une ONG."
check "fr: conditional of a report (aurait tué): the reported killing is coded, in the mood reported" grep -q '^RUSMIL 1823 UKR[A-Z]* reported$' "$T/ev"
ev conditional3 "L'armée russe pourrait attaquer des villes ukrainiennes."
check_not "fr: pourrait (speculation): no attack as a fact" grep -q ' 19[0-9]* .* fact$' "$T/ev"
ev conditional2 "L'armée russe a tué des civils ukrainiens."
check "fr: the same without the conditional is a fact" grep -q '^RUSMIL 1823 UKR[A-Z]* fact$' "$T/ev"
ev incise "« Nous condamnons la Russie », a déclaré le ministre polonais des Affaires étrangères."
check "fr: incise (a déclaré le ministre): the speaker is the subject" has "POLGOV 111 RUSGOV fact"
ev names "Sergueï Lavrov a rencontré Wang Yi à Pékin."
check "fr: French name forms (Sergueï Lavrov): RUSGOV 040 CHNGOV" has "RUSGOV 040 CHNGOV fact"
ev poutine "Emmanuel Macron a reçu Vladimir Poutine à Versailles."
check "fr: Vladimir Poutine: FRAGOV 043 RUSGOV" has "FRAGOV 043 RUSGOV fact"
ev noun "L'Union européenne a imposé de nouvelles sanctions à la Russie."
check "fr: support verb and event noun (imposer des sanctions à): 163" has "IGOEUREEC 163 RUSGOV fact"
ev un "La Russie a accusé un responsable ukrainien."
check_not "fr: the article « un » is not the UN" grep -q 'IGOUNO' "$T/ev"
check "fr: the sentence is still coded (RUSGOV 112 UKRGOV)" has "RUSGOV 112 UKRGOV fact"
ev des "Des soldats russes ont attaqué Kiev."
check "fr: « des » opening a clause is an article, not « de » + « les »: RUSMIL 190 UKRGOV" has "RUSMIL 190 UKRGOV fact"
# (the troops are named Russian: a bare role noun takes no country from a
# conjunct of another predicate, see resolve.c; this check is about the verb)
ev coord "Le Kazakhstan a condamné la Russie et exigé le retrait des troupes russes."
check "fr: a participle after « et » without its auxiliary: a second event (a demand, 10x)" grep -q '^KAZGOV 10[0-9]* RUS[A-Z]* fact$' "$T/ev"
check "fr: … and the first one stays (KAZGOV 111 RUSGOV)" has "KAZGOV 111 RUSGOV fact"
ev chain "La visite du président français en Algérie a commencé lundi."
check "fr: nominal chain (la visite du président français en Algérie): FRAGOV 042 DZAGOV" has "FRAGOV 042 DZAGOV fact"
ev nounadj "Des frappes israéliennes ont tué des civils palestiniens."
check "fr: an event noun with its country adjective after it acts for that military (ISRMIL 1823)" grep -q '^ISRMIL 1823 PSE[A-Z]* fact$' "$T/ev"
ev nounadj2 "La Chine a condamné les frappes américaines."
check "fr: the adjective of an event noun in the object names the target (CHNGOV 111 USAGOV)" has "CHNGOV 111 USAGOV fact"
# the partitive « de » after a speech verb of intent opens no infinitive
# and no phrase: the event noun is announced (h-frru2)
ev partitive "Washington a annoncé de nouvelles sanctions contre Moscou."
check "fr: a annoncé de nouvelles sanctions: 163" has "USAGOV 163 RUSGOV fact"
ev partitive2 "Le Japon a promis de sanctionner la Russie."
check "fr: promettre de + infinitive stays an intent" has "JPNGOV 1312 RUSGOV intent"
test_done
