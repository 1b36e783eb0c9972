#!/bin/sh
# t1844-de-reject-family: on sentences written for this test.  The 120
# family of dict/de beyond ablehnen and zurückweisen: "eine Abfuhr erteilen",
# abschlagen, sich sträuben gegen, "sich gegen … sperren" (patterns.txt; plain
# sperren stays 1721).
. tests/cli/test-lib.sh

ev() { code_events_scm de 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev abfuhr "Der Bundeskanzler erteilte Moskau eine klare Abfuhr."
check "de: eine Abfuhr erteilen (DEUGOV 120 RUSGOV)" has "DEUGOV 120 RUSGOV fact"
ev abschlagen "Die polnische Regierung schlug die Bitte Berlins ab."
check "de: abschlagen (POLGOV 120 DEUGOV)" has "POLGOV 120 DEUGOV fact"
ev straeuben "Ungarn sträubt sich gegen Kiew."
check "de: sich sträuben gegen (HUNGOV 120 UKRGOV)" has "HUNGOV 120 UKRGOV fact"
ev sperren "Die ungarische Regierung sperrt sich gegen den Beitritt der Ukraine."
check "de: sich sperren gegen (HUNGOV 120 UKRGOV)" has "HUNGOV 120 UKRGOV fact"
ev perfect "Ungarn hat sich gegen Kiew gesperrt."
check "de: sich gesperrt, perfect (HUNGOV 120 UKRGOV)" has "HUNGOV 120 UKRGOV fact"
ev noabfuhr "Der Bundeskanzler erteilte Moskau keine Abfuhr."
check_not "de: no Abfuhr is no rejection" grep -q " 120 " "$T/ev"
# 100/020 (the demand or appeal that is rejected): beharren auf, abfordern,
# nahelegen, anflehen, Maximalforderungen, Ermahnung.
ev beharren "Moskau beharrt auf einem Treffen mit Washington."
check "de: beharren auf (RUSGOV 100 USAGOV)" has "RUSGOV 100 USAGOV fact"
ev abfordern "Die türkische Regierung forderte Schweden Zugeständnisse ab."
check "de: abfordern Zugeständnisse, as fordern (TURGOV 105 SWEGOV)" has "TURGOV 105 SWEGOV fact"
ev nahe "Die EU legte Belgrad nahe, den Dialog mit Pristina fortzusetzen."
check "de: nahelegen (IGOEUREEC 020 SRBGOV)" has "IGOEUREEC 020 SRBGOV fact"
ev flehen "Der ukrainische Präsident flehte die Nato an, den Luftraum zu schließen."
check "de: anflehen (UKRGOV 020 IGOWSTNAT)" has "UKRGOV 020 IGOWSTNAT fact"
ev maximal "Die Maximalforderungen Moskaus an Kiew blockieren die Gespräche."
check "de: Maximalforderungen (RUSGOV 100 UKRGOV)" has "RUSGOV 100 UKRGOV fact"
ev ermahnung "Die Ermahnung Washingtons an Israel blieb ohne Wirkung."
check "de: Ermahnung (USAGOV 020 ISRGOV)" has "USAGOV 020 ISRGOV fact"
ev standpunkt "Der Beamte beharrte auf seinem Standpunkt."
check "de: insisting on a view with no actor codes nothing" test ! -s "$T/ev"
ev schulter "Die EU zeigte Serbien die kalte Schulter."
check "de: die kalte Schulter zeigen (IGOEUREEC 120 SRBGOV)" has "IGOEUREEC 120 SRBGOV fact"
# pochen / bestehen / beharren auf take the demand patterns of fordern
ev pochen "Die Bundesregierung pocht auf die Freilassung Nawalnys."
check "de: pochen auf die Freilassung (DEUGOV 1053 RUSOPP)" has "DEUGOV 1053 RUSOPP fact"
ev besteht "Die EU besteht auf einem Waffenstillstand zwischen Armenien und Aserbaidschan."
check "de: bestehen auf einem Waffenstillstand (IGOEUREEC 1056 ARMGOV)" has "IGOEUREEC 1056 ARMGOV fact"
ev beharrt "Washington beharrt auf einem Abzug der russischen Truppen aus der Ukraine."
check "de: beharren auf einem Abzug (USAGOV 1056 RUSMIL)" has "USAGOV 1056 RUSMIL fact"
ev besteht_aus "Die Regierung besteht aus zwölf Ministern."
check "de: bestehen aus codes nothing" test ! -s "$T/ev"
# ermahnen, nahelegen, anflehen, anmahnen take the appeal patterns of mahnen
ev ermahnt "Der UN-Generalsekretär ermahnte Israel und die Hamas zu einer Waffenruhe."
check "de: ermahnen zu einer Waffenruhe (IGOUNO 0256 ISRGOV)" has "IGOUNO 0256 ISRGOV fact"
ev nahe2 "Die EU legte Serbien und Kosovo eine Deeskalation nahe."
check "de: eine Deeskalation nahelegen (IGOEUREEC 0256 SRBGOV)" has "IGOEUREEC 0256 SRBGOV fact"
ev mahnt_an "Die EU mahnte bei Polen Reformen der Justiz an."
check "de: Reformen anmahnen (IGOEUREEC 0242 POLGOV)" has "IGOEUREEC 0242 POLGOV fact"
ev abford "Die USA forderten Israel eine Waffenruhe ab."
check "de: eine Waffenruhe abfordern (USAGOV 1056 ISRGOV)" has "USAGOV 1056 ISRGOV fact"
test_done
