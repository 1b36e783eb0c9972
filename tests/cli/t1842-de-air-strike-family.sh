#!/bin/sh
# t1842-de-air-strike-family: on sentences written for this test.  The
# 190/195 family of dict/de: attacking "aus der Luft" or "mit Drohnen/Raketen"
# is 195 (patterns.txt), a plain attack stays 190 and artillery fire 194;
# Bombenangriff, Raketenbeschuss, Luftoffensive and zerbomben are 195.
. tests/cli/test-lib.sh

ev() { code_events_scm de 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev drones "Die russische Armee griff Charkiw in der Nacht mit Drohnen an."
check "de: angreifen mit Drohnen (RUSMIL 195 UKR)" has "RUSMIL 195 UKR fact"
ev air "Die israelische Armee hat Stellungen der Hisbollah aus der Luft angegriffen."
check "de: aus der Luft angegriffen (ISRMIL 195 LBNREB)" has "ISRMIL 195 LBNREB fact"
ev plain "Die russische Armee griff Charkiw in der Nacht an."
check "de: a plain attack stays 190" has "RUSMIL 190 UKR fact"
ev rockets "Russische Truppen beschossen Cherson mit Raketen."
check "de: beschießen mit Raketen (RUSMIL 195 UKR)" has "RUSMIL 195 UKR fact"
ev artillery "Russische Truppen beschossen Cherson mit Artillerie."
check "de: beschießen mit Artillerie stays 194" has "RUSMIL 194 UKR fact"
ev beschuss "Der Raketenbeschuss der Hamas auf Israel dauerte an."
check "de: Raketenbeschuss (PSEREB 195 ISRGOV)" has "PSEREB 195 ISRGOV fact"
ev zerbomben "Russische Kampfflugzeuge zerbombten ein Krankenhaus in Aleppo."
check "de: zerbomben is 195" grep -q "^RUSMIL 195 " "$T/ev"
ev offensive "Die russische Luftwaffe flog eine Luftoffensive gegen die Ukraine."
check "de: Luftoffensive (RUSMIL 195 UKRGOV)" has "RUSMIL 195 UKRGOV fact"
# more nouns of the family (openthesaurus checklist)
ev aktion "Die Militäraktion der Türkei gegen die PKK im Nordirak dauert an."
check "de: Militäraktion (TURGOV 190 TURREB)" has "TURGOV 190 TURREB fact"
ev flieger "Bei einem Fliegerangriff der saudischen Luftwaffe auf Sanaa starben zehn Menschen."
check "de: Fliegerangriff (SAUMIL 195 YEMGOV)" has "SAUMIL 195 YEMGOV fact"
ev ausein "Die bewaffneten Auseinandersetzungen zwischen Armenien und Aserbaidschan flammten wieder auf."
check "de: bewaffnete Auseinandersetzungen (ARMGOV 190 AZEGOV)" has "ARMGOV 190 AZEGOV fact"
# 1712 idioms: "dem Erdboden gleichmachen", "in Schutt und Asche legen"
ev erdboden "Die russische Armee machte die Stadt Mariupol dem Erdboden gleich."
check "de: dem Erdboden gleichmachen (RUSMIL 1712 UKR)" has "RUSMIL 1712 UKR fact"
ev asche "Die russische Armee legte Charkiw in Schutt und Asche."
check "de: in Schutt und Asche legen (RUSMIL 1712 UKR)" has "RUSMIL 1712 UKR fact"
ev gleich "Der Vater machte die Arbeit gleich."
check "de: gleich machen alone codes nothing" test ! -s "$T/ev"
ev okkup "Die russische Armee okkupierte den Norden der Ukraine."
check "de: okkupieren (RUSMIL 192 UKRGOV)" has "RUSMIL 192 UKRGOV fact"
test_done
