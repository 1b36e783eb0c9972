#!/bin/sh
# t1643-fr-role-phrases: on sentences written for this test.  Role nouns
# the French list lacked (plurals, feminines: émissaires, envoyés, cheffe,
# représentant spécial: dict/fr/roles.txt) and the Libyan rebel council's
# French names (dict/people/orgs-dated.txt); a role with one or two
# lower-case adjectives before its genitive (« l'envoyée intérimaire des
# Nations unies », « le conseiller diplomatique du président »:
# mentions.c role_genitives, resolve.c rc_genitive; only where adjectives
# follow their noun); a role followed by a known person's name between
# commas is that person's office (« le chef de l'exécutif, Carrie Lam,
# … »: resolve.c rc_apposed_person, language-neutral); French takes
# RF_GROUP_ROLE: a state role of a non-state group speaks for the group
# (« un porte-parole du Hamas », also a dated group: resolve.c rc_genitive).
. tests/cli/test-lib.sh

ev() { code_events_scm fr "$1" "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev 2023-03-01 "Le président sénégalais a reçu mardi deux émissaires guinéens."
check "fr: émissaires is a role (SEN 043 GIN)" has "SENGOV 043 GINGOV fact"
ev 2023-03-01 "Le représentant spécial de l'ONU a critiqué le gouvernement soudanais."
check "fr: représentant spécial de l'ONU (IGOUNO 111 SDN)" has "IGOUNO 111 SDNGOV fact"
ev 2023-03-01 "L'envoyée intérimaire des Nations unies a critiqué le gouvernement soudanais."
check "fr: an adjective between a role and its genitive (IGOUNO 111 SDN)" has "IGOUNO 111 SDNGOV fact"
ev 2023-03-01 "Le conseiller diplomatique du président gabonais a rencontré le ministre tchadien."
check "fr: an adjective before a genitive role (GAB 040 TCD)" has "GABGOV 040 TCDGOV fact"
ev 2011-04-01 "Le président italien a reçu deux émissaires du Conseil national libyen."
check "fr: the Libyan rebel council in 2011; its envoys speak for it (ITA 043 LBYREB)" grep -q "^ITAGOV 043 LBYREB fact$" "$T/ev"
ev 2019-03-01 "La Chine a critiqué le Japon. Le chef de l'exécutif, Carrie Lam, a dénoncé les propos japonais."
check "fr: a role apposed to a known person is that person's office (HKG 111 JPN)" has "HKGGOV 111 JPNGOV fact"
check_not "fr: … not the focus country" has "JPNGOV 111 CHNGOV fact"
ev 2023-03-01 "Un porte-parole du Hamas a critiqué le gouvernement égyptien."
check "fr: a spokesman of Hamas speaks for Hamas (PSEREB 111 EGY)" has "PSEREB 111 EGYGOV fact"
test_done
