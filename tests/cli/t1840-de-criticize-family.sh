#!/bin/sh
# t1840-de-criticize-family: on sentences written for this test.  The 111/112
# family of dict/de beyond kritisieren and vorwerfen: abkanzeln, verreißen
# (strong: verriss), verteufeln, sich entrüsten über, ankreiden, and the
# nouns Schelte and Verdächtigung.
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
test_done
