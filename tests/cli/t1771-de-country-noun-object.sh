#!/bin/sh
# t1771-de-country-noun-object: on sentences written for this test.  Where
# nouns are capitalised, an object's article in no phrase before a country
# noun ("sicherte dem Land … zu", "warf dem Emirat vor"; lang.h
# country_nouns) takes up the country named last (mentions.c
# anaphoric_mention); a phrase ("in dem Land") does not.  A denial of the
# allegations that several accusers made together answers the first of them
# (roles.c target_anaphoric; English "rejected the allegations").
. tests/cli/test-lib.sh

ev() { code_events_scm de 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev land "Der französische Präsident ist nach Armenien gereist. Bei einem Treffen mit Paschinjan sicherte er dem Land die Unterstützung Frankreichs zu."
check "de: the country named last (FRAGOV 05x ARMGOV)" grep -q "^FRAGOV 0[35][0-9]* ARMGOV" "$T/ev"
ev emirat "Bahrain hat die Beziehungen zu Katar abgebrochen. Die Regierung in Manama wirft dem Emirat vor, Extremisten zu unterstützen."
check "de: the emirate named last (BHRGOV 112 QATGOV)" has "BHRGOV 112 QATGOV fact"
code_events_scm en 2017-06-05 "Bahrain, Egypt and Jordan accused Qatar of supporting terrorism. Qatar rejected the allegations."
check "en: the denial answers the first accuser (QATGOV 120 BHRGOV)" has "QATGOV 120 BHRGOV fact"
test_done
