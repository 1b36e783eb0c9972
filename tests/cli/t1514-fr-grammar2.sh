#!/bin/sh
# t1514-fr-grammar2: French grammar for recall, on sentences written for
# this test: a condemned act named by its author's adjective after the noun
# (« les frappes aériennes russes contre … ») is aimed at the author, not
# the victim; a name's N' before a capital (N'Djamena) is no negation;
# « sans » + infinitive after the predicate negates that infinitive only;
# a participle without auxiliary before its « par » agent (« le ministre,
# enlevé mardi par des rebelles ») is a passive; an event noun in the
# « de » phrase of a time head (« lors de », « au dernier jour de ») is an
# event of its own; a phrase that opens the clause ends at its comma
# (« En visite en Chine, le président … »: RF_FRONTED_PHRASE); a clause
# after « où » reports its own deed, and an object clitic does not take up
# the place a verb went to (« a fui à Dakar, où le Sénégal lui a … »);
# coercion in a relative clause with no target of its own is aimed at the
# protesters of its country (« la police, qui a tiré à balles réelles »);
# soldiers arrested with no agent named were arrested by their government;
# the Palestinian Authority has its French name (a word found missing);
# « …, et ont tué » after a phrase cut off by commas shares the subject;
# « X l'a également condamné » after a condemnation: the same act's doer;
# « …, dont la Bolivie et le Chili » lists the clause's own targets; a
# speaker who reports another side's violence accuses it
# (RF_REPORTED_ACCUSATION); violence against things « au Liban » is
# against that country, as « en Syrie » (place_in_preps); a protest with
# no protester named is by the people of the country it happened in; a
# role with no country takes the one of the place its clause names after it
# (RF_PLACE_AFTER_ROLE: « des manifestants ont été interpellés au Maroc »).
. tests/cli/test-lib.sh

# ev ID TEXT: codes TEXT as French; the events, one "SOURCE CODE TARGET
# MOOD" a line, in $T/ev
ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev author "Le Danemark a dénoncé les bombardements turcs contre la Syrie."
check "fr: a condemned act named by its author's adjective targets the author (DNK 111 TUR)" has "DNKGOV 111 TURGOV fact"
ev author2 "La Norvège a condamné les frappes aériennes iraniennes contre l'Irak."
check "fr: the same after a noun of two words (frappes aériennes)" has "NORGOV 111 IRNGOV fact"
ev nname "Le ministre nigérien Ali N'Gosso a condamné le Tchad."
check "fr: N' before a capital is part of a name, not a negation" has "NERGOV 111 TCDGOV fact"
ev sans "La Bolivie a menacé le Pérou sans consulter le Chili."
check "fr: sans + infinitive after the predicate does not negate it" has "BOLGOV 130 PERGOV fact"
ev sans2 "Sans aller jusqu'à menacer le Pérou, la Bolivie a protesté."
check_not "fr: sans before the predicate still negates it" grep -q "BOLGOV 130 PERGOV fact" "$T/ev"
ev reduced "Le ministre grec, enlevé mardi par des rebelles turcs, a été libéré."
check "fr: a participle before its par agent is a passive (TURREB 181 GRCGOV)" has "TURREB 181 GRCGOV fact"
ev sansadv "La Bolivie a menacé le Pérou sans vraiment consulter le Chili."
check "fr: an adverb between sans and its infinitive" has "BOLGOV 130 PERGOV fact"
ev during "Le Chili et le Pérou ont signé un traité au dernier jour de la visite du président bolivien à Lima."
check "fr: an event noun after « au dernier jour de » is an event (BOL 042 PER)" has "BOLGOV 042 PERGOV fact"
ev during2 "La Bolivie a protesté au cours de la visite du ministre chilien en Argentine."
check "fr: an event noun after « au cours de » is an event (CHL 042 ARG)" has "CHLGOV 042 ARGGOV fact"
ev fronted "En visite officielle au Japon, le Premier ministre indien a critiqué la Chine."
check "fr: the actor of a fronted phrase is in no list with the subject (IND 111 CHN)" has "INDGOV 111 CHNGOV fact"
ev ou "L'ancien président guinéen a fui à Bamako, où le Mali lui a accordé l'asile."
check "fr: « où » + a subject reports a deed; lui is not the place (MLI 075 GIN)" grep -q "^MLIGOV 075 GIN[A-Z]* fact$" "$T/ev"
ev relprot "Des manifestants togolais ont protesté contre le gouvernement. La police, qui a tiré à balles réelles, a fait deux morts."
check "fr: coercion in a relative clause targets the protesters (TGOCOP 175 TGOCVL)" has "TGOCOP 175 TGOCVL fact"
ev soldiers "Quelque 400 militaires égyptiens ont été arrêtés samedi."
check "fr: soldiers arrested by no one named: their government (EGYGOV 173 EGYMIL)" has "EGYGOV 173 EGYMIL fact"
ev pa "L'Autorité palestinienne a salué la Jordanie."
check "fr: l'Autorité palestinienne is PSEGOV" has "PSEGOV 051 JORGOV fact"
ev commaconj "Des rebelles tchadiens sont entrés dans la ville, sous le couvert de la nuit, et ont tué des civils soudanais."
check "fr: « , et ont tué » after a comma phrase shares the subject (TCDREB 1823 SDNCVL)" has "TCDREB 1823 SDNCVL fact"
ev samejudge "L'armée birmane a renversé le gouvernement. L'Union européenne a condamné le coup d'État. Le Japon l'a également condamné."
check "fr: a clitic object of a second condemnation takes up the act's doer (JPN 111 MMRMIL)" has "JPNGOV 111 MMRMIL fact"
ev dont "Le Pérou a menacé plusieurs voisins, dont la Bolivie et l'Équateur."
check "fr: « dont » + a list names the clause's targets (PER 130 ECU)" has "PERGOV 130 ECUGOV fact"
ev accuse "« Des soldats azerbaïdjanais ont attaqué nos positions », a affirmé le ministre arménien de la Défense."
check "fr: a speaker reporting another side's violence accuses it (ARM 112 AZEMIL)" has "ARMGOV 112 AZEMIL fact"
ev auliban "L'aviation égyptienne a bombardé des dépôts au Soudan."
check "fr: violence against things « au » + a country targets it (EGYMIL 195 SDN)" grep -q "^EGYMIL 195 SDN[A-Z]* fact$" "$T/ev"
ev protestin "Des manifestations contre le gouvernement ont eu lieu au Niger."
check "fr: a protest with no protester named: the people where it was (NERCVL 141 NERGOV)" has "NERCVL 141 NERGOV fact"
ev placeafter "Des manifestants ont été interpellés dimanche au Cameroun."
check "fr: a role takes the country of the place after it (CMRCOP 173 CMRCVL)" has "CMRCOP 173 CMRCVL fact"
ev akharkiv "L'armée russe a bombardé des dépôts à Odessa."
check "fr: violence against things « à » + a city targets its country (RUSMIL 195 UKR)" grep -q "^RUSMIL 195 UKR[A-Z]* fact$" "$T/ev"
test_done
