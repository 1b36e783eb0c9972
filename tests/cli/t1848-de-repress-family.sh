#!/bin/sh
# t1848-de-repress-family: on sentences written for this test.  The 175
# family of dict/de: "gewaltsam / brutal gegen … vorgehen" (patterns.txt;
# plain vorgehen stays 170), zerschlagen (strong, zer-), niederknüppeln,
# Blendgranaten.
. tests/cli/test-lib.sh

ev() { code_events_scm de 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev gewaltsam "Die georgische Polizei ging gewaltsam gegen Demonstranten vor."
check "de: gewaltsam vorgehen (GEOCOP 175 GEOCVL)" has "GEOCOP 175 GEOCVL fact"
ev brutal "Die iranische Polizei ist brutal gegen Studenten vorgegangen."
check "de: brutal vorgegangen (IRNCOP 175 IRNEDU)" has "IRNCOP 175 IRNEDU fact"
ev legal "Die Regierung in Minsk ging juristisch gegen die Opposition vor."
check "de: juristisch vorgehen stays 170" has "BLRGOV 170 BLROPP fact"
ev zerschlug "Die belarussische Polizei zerschlug die Proteste der Opposition."
check "de: zerschlagen (BLRCOP 175 BLROPP)" has "BLRCOP 175 BLROPP fact"
ev knueppel "Die ägyptische Polizei knüppelte die Demonstranten nieder."
check "de: niederknüppeln (EGYCOP 175 EGYCVL)" has "EGYCOP 175 EGYCVL fact"
ev blend "Die Polizei in Teheran setzte Blendgranaten gegen Studenten ein."
check "de: Blendgranaten einsetzen (IRNCOP 175 IRNEDU)" has "IRNCOP 175 IRNEDU fact"
# 141 (the protests repressed): Menschenkette, Demo, Protestaktion.
ev kette "Tausende Georgier bildeten eine Menschenkette gegen die Regierung."
check "de: Menschenkette (GEOCVL 141 GEOGOV)" has "GEOCVL 141 GEOGOV fact"
ev demo "In Tiflis gingen Zehntausende zu einer Demo gegen die Regierung."
check "de: Demo (GEOCVL 141 GEOGOV)" has "GEOCVL 141 GEOGOV fact"
ev aktion "Oppositionelle in Belgrad starteten eine Protestaktion gegen die Regierung."
check "de: Protestaktion (SRBOPP 141 SRBGOV)" has "SRBOPP 141 SRBGOV fact"
# 1823 (killing): enthaupten, as töten
ev enthaupt "Die Taliban enthaupteten einen pakistanischen Soldaten."
check "de: enthaupten (AFGGOV 1823 PAKMIL)" has "AFGGOV 1823 PAKMIL fact"
test_done
