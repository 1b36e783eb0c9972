#!/bin/sh
# t1874-fr-threaten-family: on sentences written for this test.  The 13
# family in wire French: « brandir / agiter la menace (de sanctions, d'une
# intervention, nucléaire) », « agiter le spectre d'une guerre », « jurer de
# se venger / une vengeance » (dict/fr/verbs.txt, patterns.txt).
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2024-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev sanctions "Washington a brandi la menace de sanctions contre le Venezuela."
check "fr: brandir la menace de sanctions (USAGOV 1312 VENGOV)" has "USAGOV 1312 VENGOV fact"
ev intervention "La Turquie agite la menace d'une intervention militaire contre la Syrie."
check "fr: agiter la menace d'une intervention (TURGOV 138 SYRGOV)" has "TURGOV 138 SYRGOV fact"
ev nucleaire "Le président russe a brandi la menace nucléaire contre l'Ukraine."
check "fr: brandir la menace nucléaire (RUSGOV 1385 UKRGOV)" has "RUSGOV 1385 UKRGOV fact"
ev venger "Le chef du Hezbollah a juré de se venger d'Israël."
check "fr: jurer de se venger (LBNREB 138 ISRGOV)" has "LBNREB 138 ISRGOV fact"
ev spectre "Le Japon agite le spectre d'une guerre contre la Chine."
check "fr: agiter le spectre d'une guerre (JPNGOV 138 CHNGOV)" has "JPNGOV 138 CHNGOV fact"
ev pancartes "Des manifestants chinois brandissaient des pancartes devant l'ambassade du Japon."
check_not "fr: brandir des pancartes: no threat" grep -q " 13" "$T/ev"
test_done
