#!/bin/sh
# t1840-de-criticize-family: on sentences written for this test.  The 111/112
# family of dict/de beyond kritisieren and vorwerfen: abkanzeln, verreißen
# (strong: verriss), verteufeln, sich entrüsten über, ankreiden, and the
# nouns Schelte and Verdächtigung; "scharf angreifen", "mit X ins Gericht
# gehen", "an den Pranger stellen" (patterns.txt).
. tests/cli/test-lib.sh

ev() { code_events_scm de 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev abkanzeln "Der polnische Außenminister kanzelte am Dienstag den ungarischen Regierungschef ab."
check "de: abkanzeln (POLGOV 111 HUNGOV)" has "POLGOV 111 HUNGOV fact"
ev verreissen "Die französische Regierung verriss den britischen Vorschlag."
check "de: verreißen, strong preterite (FRAGOV 111 GBRGOV)" has "FRAGOV 111 GBRGOV fact"
ev verteufeln "Litauen verteufelte die belarussische Führung."
check "de: verteufeln (LTUGOV 111 BLRGOV)" has "LTUGOV 111 BLRGOV fact"
ev entruesten "Der Kreml hat sich über Estland entrüstet."
check "de: sich entrüsten über (RUSGOV 111 ESTGOV)" has "RUSGOV 111 ESTGOV fact"
ev ankreiden "Die serbische Regierung kreidete Kosovo den Anschlag an."
check "de: ankreiden is blame (SRBGOV 112 KSVGOV)" has "SRBGOV 112 KSVGOV fact"
ev schelte "Die scharfe Schelte Berlins an Warschau sorgte für Aufsehen."
check "de: the noun Schelte (DEUGOV 111 POLGOV)" has "DEUGOV 111 POLGOV fact"
ev neg "Die französische Regierung verriss den Vorschlag nicht."
check_not "de: a negated verreißen codes nothing" grep -q " 111 " "$T/ev"
ev scharf "Der polnische Präsident griff die Regierung in Berlin scharf an."
check "de: scharf angreifen is verbal (POLGOV 111 DEUGOV)" has "POLGOV 111 DEUGOV fact"
ev military "Russische Truppen griffen Charkiw heftig an."
check "de: a heavy military attack stays 190" has "RUSMIL 190 UKR fact"
ev gericht "Der französische Präsident ging hart mit China ins Gericht."
check "de: mit X ins Gericht gehen (FRAGOV 111 CHNGOV)" has "FRAGOV 111 CHNGOV fact"
ev pranger "Die Regierung in Kiew stellte Ungarn an den Pranger."
check "de: an den Pranger stellen (UKRGOV 111 HUNGOV)" has "UKRGOV 111 HUNGOV fact"
# blame idioms: "in die Schuhe schieben", "zur Last legen", "zum Vorwurf machen"
ev schuhe "Moskau schob der Ukraine den Anschlag in die Schuhe."
check "de: in die Schuhe schieben (RUSGOV 112 UKRGOV)" has "RUSGOV 112 UKRGOV fact"
ev last "Die Regierung in Belgrad legte Pristina die Gewalt zur Last."
check "de: zur Last legen (SRBGOV 112 KSVGOV)" has "SRBGOV 112 KSVGOV fact"
ev vorwurf "Peking machte Washington die Eskalation zum Vorwurf."
check "de: zum Vorwurf machen (CHNGOV 112 USAGOV)" has "CHNGOV 112 USAGOV fact"
# accusation compounds (compounds.txt: Manipulations- ... + Vorwurf = 112;
# election fraud 1121 by its own entry)
ev manip "Die Manipulationsvorwürfe Moskaus gegen Washington wurden laut."
check "de: Manipulationsvorwürfe (RUSGOV 112 USAGOV)" has "RUSGOV 112 USAGOV fact"
ev wahl "Die georgische Opposition erhob Wahlbetrugsvorwürfe gegen die Regierung."
check "de: Wahlbetrugsvorwürfe (GEOOPP 1121 GEOGOV)" has "GEOOPP 1121 GEOGOV fact"
test_done
