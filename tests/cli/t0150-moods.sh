#!/bin/sh
# t0150-moods: the mood "reported" (a deed the writer reports unconfirmed)
# in every language, and the French synthetic future and conditional
# (src/lang/fr/fr.c VT_FUT, VT_COND; src/coder/mood.c), on sentences
# written for this test.  Each line of $T/ev is "SOURCE CODE TARGET MOOD".
. tests/cli/test-lib.sh

# ev LANG TEXT
ev() { code_events_scm "$1" 2024-05-02 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

# hedge adverbs: coded, in the mood reported
ev en "Russian troops allegedly shelled a Ukrainian village."
check "en: allegedly shelled: coded as reported" grep -q "^RUSMIL 194 UKR[A-Z]* reported$" "$T/ev"
ev en "Sudanese paramilitaries reportedly attacked the Chadian army."
check "en: reportedly attacked: reported" grep -q '^SDN[A-Z]* 19[0-9]* TCDMIL reported$' "$T/ev"
check_not "en: reportedly attacked: never a fact" grep -q ' fact$' "$T/ev"
ev de "Die Rebellen in Mali haben angeblich die malische Armee angegriffen."
check "de: angeblich angegriffen: reported" has "MLIREB 190 MLIMIL reported"
ev de "Die russische Armee soll ukrainische Dörfer beschossen haben."
check "de: soll … beschossen haben: reported" grep -q '^RUSMIL 194 UKR[A-Z]* reported$' "$T/ev"
ev ru "Российские войска якобы обстреляли украинский город."
check "ru: якобы обстреляли: reported" grep -q '^RUSMIL 19[0-9]* UKR[A-Z]* reported$' "$T/ev"
# a hedge on an attribute leaves the clause a fact
ev en "Germany condemned the allegedly rigged election in Belarus and criticized Belarus."
check_not "en: the allegedly rigged election: the criticism is no report" grep -q ' reported$' "$T/ev"

# French: the past conditional is an unconfirmed report; after « si » a
# hypothetical, not coded
ev fr "Les rebelles maliens auraient attaqué un convoi de l'armée malienne."
check "fr: auraient attaqué: reported" has "MLIREB 190 MLIMIL reported"
ev fr "Des civils ukrainiens auraient été tués par l'armée russe."
check "fr: auraient été tués (passive): reported" grep -q '^RUSMIL 18[0-9]* UKR[A-Z]* reported$' "$T/ev"
ev fr "Si la Russie avait attaqué la Pologne, la France aurait riposté contre la Russie."
check_not "fr: si …, aurait riposté: no event (a hypothetical)" grep -q 'FRAGOV' "$T/ev"
ev fr "Si la Russie attaquait la Pologne, la France riposterait contre la Russie."
check_not "fr: si …, riposterait: no event" grep -q 'FRAGOV' "$T/ev"

# the synthetic future announces: an intent
ev fr "Le président français rencontrera le président sénégalais à Dakar."
check "fr: rencontrera: an intent to meet (036)" has "FRAGOV 036 SENGOV intent"
ev fr "La Chine enverra des experts au Pakistan et soutiendra le Pakistan."
check "fr: soutiendra (irregular future stem of tenir): an intent" grep -q '^CHNGOV 03[0-9]* PAKGOV intent$' "$T/ev"
# the present conditional in reported speech is a future in the past
ev fr "Le Kremlin a assuré que la Russie soutiendrait la Serbie."
check "fr: a assuré que … soutiendrait: an intent" grep -q '^RUSGOV 03[0-9]* SRBGOV intent$' "$T/ev"
check_not "fr: soutiendrait in reported speech: no fact" grep -q ' fact$' "$T/ev"
# the first person plural of a quote
ev fr "« Nous condamnons l'Iran », a déclaré le ministre allemand des Affaires étrangères."
check "fr: nous condamnons: the speaker condemns" grep -q '^DEUGOV 11[0-9]* IRNGOV fact$' "$T/ev"

# after « a déclaré lundi que » (no comma cuts the clause) the conditional is
# still the content of the speech: a future in the past
ev fr "Le Kremlin a déclaré lundi que la Russie soutiendrait la Serbie."
check "fr: a déclaré lundi que … soutiendrait: an intent" grep -q '^RUSGOV 03[0-9]* SRBGOV intent$' "$T/ev"
# "his country", « son pays »: the speaker's country
ev fr "Le ministre tunisien des Affaires étrangères a annoncé que son pays a rompu ses relations avec la Libye."
check "fr: son pays: the speaker's country" has "TUNGOV 161 LBYGOV fact"
ev en "The Tunisian foreign minister said that his country had broken off relations with Libya."
check "en: his country: the speaker's country" has "TUNGOV 161 LBYGOV fact"

test_done
