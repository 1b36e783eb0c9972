#!/bin/sh
# t1644-fr-typographic-apostrophe: on sentences written for this test.
# The typographic apostrophe (U+2019) folds to the plain one (text.c
# dy_fold, language-neutral), so the dictionaries' phrases written with
# « ' » match text written with « ’ »: « le chef de l’État italien », « le
# ministre de l’Intérieur ».
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev chef "Le chef de l’Etat italien a critiqué l’Autriche."
check "fr: chef de l’Etat with a typographic apostrophe (ITA 111 AUT)" has "ITAGOV 111 AUTGOV fact"
ev interieur "Le ministre de l’Intérieur grec a rencontré son homologue turc."
check "fr: ministre de l’Intérieur (GRC 040 TUR)" has "GRCGOV 040 TURGOV fact"
ev plain "Le chef de l'Etat italien a critiqué l'Autriche."
check "fr: the plain apostrophe still (ITA 111 AUT)" has "ITAGOV 111 AUTGOV fact"
test_done
