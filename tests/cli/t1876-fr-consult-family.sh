#!/bin/sh
# t1876-fr-consult-family: on sentences written for this test.  The 04
# family in wire French: « joindre / appeler X par (au) téléphone » (041),
# « accorder une audience à » (043), « conférer avec » (040, both ways);
# « conférer une décoration à » is no consultation; « se rendre compte »,
# « s'est rendu(e) responsable / coupable de » are no visit (dict/fr/).
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2024-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev joindre "Le président français a joint son homologue algérien par téléphone."
check "fr: joindre par téléphone (FRAGOV 041 DZAGOV)" has "FRAGOV 041 DZAGOV fact"
ev appeler "Le chancelier allemand a appelé le président turc au téléphone."
check "fr: appeler au téléphone (DEUGOV 041 TURGOV)" has "DEUGOV 041 TURGOV fact"
ev audience "Le roi du Maroc a accordé une audience au ministre espagnol des Affaires étrangères."
check "fr: accorder une audience à (MARGOV 043 ESPGOV)" has "MARGOV 043 ESPGOV fact"
ev conferer "Le ministre égyptien a conféré avec son homologue jordanien."
check "fr: conférer avec (EGYGOV 040 JORGOV)" has "EGYGOV 040 JORGOV fact"
check "fr: … both ways (JORGOV 040 EGYGOV)" has "JORGOV 040 EGYGOV fact"
ev decoration "Le président français a conféré une décoration au roi du Maroc."
check_not "fr: conférer une décoration: no 040" grep -q " 040 " "$T/ev"
ev compte "Le gouvernement malien s'est rendu compte de son erreur face au Niger."
check_not "fr: se rendre compte: no visit" grep -q " 042 " "$T/ev"
ev responsable "La Russie s'est rendue responsable de crimes en Ukraine."
check_not "fr: se rendre responsable de: no visit" grep -q " 042 " "$T/ev"
ev visite "Le président français s'est rendu au Maroc."
check "fr: se rendre à stays a visit (FRAGOV 042 MARGOV)" has "FRAGOV 042 MARGOV fact"
test_done
