#!/bin/sh
# t1845-de-pact-family: on sentences written for this test.  The 057 family
# of dict/de beyond Abkommen and Vertrag: Pakt and its compounds
# (compounds.txt), Kompromiss, Flüchtlingsdeal, übereinkommen.  A wanted deal
# is an intent, a refused compromise a rejection.
. tests/cli/test-lib.sh

ev() { code_events_scm de 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev pakt "Russland und Nordkorea unterzeichneten einen Beistandspakt."
check "de: Beistandspakt (RUSGOV 057 PRKGOV)" has "RUSGOV 057 PRKGOV fact"
ev kompromiss "Die EU erzielte einen Kompromiss mit Ungarn."
check "de: einen Kompromiss erzielen (IGOEUREEC 057 HUNGOV)" has "IGOEUREEC 057 HUNGOV fact"
ev deal "Der Flüchtlingsdeal der EU mit der Türkei trat in Kraft."
check "de: Flüchtlingsdeal (IGOEUREEC 057 TURGOV)" has "IGOEUREEC 057 TURGOV fact"
ev ueberein "Ankara und Moskau kamen überein, die Gespräche fortzusetzen."
check "de: übereinkommen (TURGOV 057 RUSGOV)" has "TURGOV 057 RUSGOV fact"
ev refuse "Die Regierung in Athen lehnt jeden Kompromiss mit Ankara ab."
check_not "de: a refused compromise is no agreement" grep -q " 057 " "$T/ev"
# 160/161 (ties and agreements undone): "fror die Beziehungen ein", "legte
# die Beziehungen / das Abkommen auf Eis" (patterns.txt); frozen assets stay 163.
ev fror "Litauen fror die Beziehungen zu China ein."
check "de: Beziehungen einfrieren (LTUGOV 161 CHNGOV)" has "LTUGOV 161 CHNGOV fact"
ev eis "Die Niederlande legten die Beziehungen zu Russland auf Eis."
check "de: Beziehungen auf Eis legen (NLDGOV 161 RUSGOV)" has "NLDGOV 161 RUSGOV fact"
ev abkommen "Die EU legte das Abkommen mit der Schweiz auf Eis."
check "de: ein Abkommen auf Eis legen (IGOEUREEC 160 CHEGOV)" has "IGOEUREEC 160 CHEGOV fact"
ev assets "Die EU fror die Vermögen der russischen Zentralbank ein."
check "de: frozen assets stay 163" has "IGOEUREEC 163 RUSGOV fact"
# 062 (military cooperation): "kooperieren militärisch" (patterns.txt; other
# cooperation stays 050), Sicherheitspartnerschaft.
ev milcoop "Russland und Iran kooperieren militärisch."
check "de: militärisch kooperieren (RUSGOV 062 IRNGOV)" has "RUSGOV 062 IRNGOV fact"
ev coop "China und Russland kooperieren in der Außenpolitik."
check "de: other cooperation stays 050" has "CHNGOV 050 RUSGOV fact"
ev partner "Die Sicherheitspartnerschaft zwischen Japan und den Philippinen wächst."
check "de: Sicherheitspartnerschaft (JPNGOV 062 PHLGOV)" has "JPNGOV 062 PHLGOV fact"
test_done
