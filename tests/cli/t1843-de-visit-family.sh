#!/bin/sh
# t1843-de-visit-family: on sentences written for this test.  The 042/045
# family of dict/de beyond besuchen and reisen: anreisen, sich begeben nach,
# "Station machen in" (patterns.txt), the nouns Stippvisite and
# Friedensvermittlung.  A negated stop is no visit.
. tests/cli/test-lib.sh

ev() { code_events_scm de 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev anreisen "Der französische Präsident reiste am Montag nach Kiew an."
check "de: anreisen nach (FRAGOV 042 UKRGOV)" has "FRAGOV 042 UKRGOV fact"
ev begeben "Der japanische Regierungschef begab sich am Dienstag nach Peking."
check "de: sich begeben nach (JPNGOV 042 CHNGOV)" has "JPNGOV 042 CHNGOV fact"
ev station "Der saudische Außenminister machte am Mittwoch Station in Kairo."
check "de: Station machen in (SAUGOV 042 EGYGOV)" has "SAUGOV 042 EGYGOV fact"
ev stipp "Die Stippvisite des Bundeskanzlers in Kiew dauerte nur sechs Stunden."
check "de: Stippvisite (DEUGOV 042 UKRGOV)" has "DEUGOV 042 UKRGOV fact"
ev mediation "Katars Friedensvermittlung zwischen Israel und der Hamas zeigte Erfolg."
check "de: Friedensvermittlung (QATGOV 045 ISRGOV)" has "QATGOV 045 ISRGOV fact"
ev nostop "Der Präsident machte keine Station in Kairo."
check_not "de: a negated stop is no visit" grep -q " 042 " "$T/ev"
# 040/046 (the meeting the visit is for): sich unterhalten mit, konferieren,
# Zusammenkunft, "an den Verhandlungstisch zurückkehren".
ev unterh "Der Bundeskanzler unterhielt sich am Rande des Gipfels mit Erdogan."
check "de: sich unterhalten mit (DEUGOV 040 TURGOV)" has "DEUGOV 040 TURGOV fact"
ev konf "Macron und Scholz konferierten am Montag in Paris."
check "de: konferieren (FRAGOV 040 DEUGOV)" has "FRAGOV 040 DEUGOV fact"
ev kunft "Die Zusammenkunft zwischen Russland und China dauerte drei Stunden."
check "de: Zusammenkunft (RUSGOV 040 CHNGOV)" has "RUSGOV 040 CHNGOV fact"
ev tisch "Israel und die Hamas kehrten an den Verhandlungstisch zurück."
check "de: Verhandlungstisch (ISRGOV 046 PSEREB)" has "ISRGOV 046 PSEREB fact"
ev gut "Der Minister unterhielt sich gut."
check_not "de: enjoying oneself is no meeting" grep -q " 040 " "$T/ev"
# more nouns (openthesaurus checklist): Schalte (041), Gedankenaustausch
# (040), "lobende Worte" (051)
ev schalte "Der Bundeskanzler hatte am Montag eine Schalte mit Selenskyj."
check "de: Schalte (DEUGOV 041 UKRGOV)" has "DEUGOV 041 UKRGOV fact"
ev gedanken "Scholz und Macron führten einen Gedankenaustausch über die Lage in Nahost."
check "de: Gedankenaustausch (DEUGOV 040 FRAGOV)" has "DEUGOV 040 FRAGOV fact"
ev worte "Der US-Präsident fand lobende Worte für Polen."
check "de: lobende Worte (USAGOV 051 POLGOV)" has "USAGOV 051 POLGOV fact"
ev schalten "Die Behörden in Teheran schalten das Internet in Kurdistan ab."
check_not "de: the verb schalten is no call" grep -q " 041 " "$T/ev"
test_done
