#!/bin/sh
# t1621: "der russische UN-Botschafter", "die deutsche EU-Botschafterin":
# a country's diplomat at an organisation is that country's (mentions.c
# compose_adj); "verpflichtete Russland zur Einstellung seiner
# Militäroperation", "forderte die Beendigung der Angriffe": the nouns and verbs of ending (FW2_END in
# de_rules.c) end the event they name, it is not reported as done.
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Der kenianische UN-Botschafter kritisierte am Dienstag Äthiopien.

Die schwedische EU-Botschafterin lobte am Freitag Finnland.

Der japanische UN-Gesandte warf Nordkorea Provokationen vor.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "envoy at an organisation: coded" 0
check "the Kenyan envoy is Kenya's" grep -qP '\tKENGOV\tETHGOV\t111' "$T/out"
check "the Swedish envoy is Sweden's" grep -qP '\tSWEGOV\tFINGOV\t05' "$T/out"
check "the Japanese envoy is Japan's" grep -qP '\tJPNGOV\tPRKGOV\t112' "$T/out"
check_not "no UN or EU act" grep -qP '\tIGO(UNO|EUREEC)\t' "$T/out"

cat > "$T/b.txt" <<'TXT'
Der Internationale Gerichtshof hat Armenien zur sofortigen Einstellung seiner Militäroperation in Aserbaidschan verpflichtet.

Kolumbien forderte die Beendigung der Angriffe Venezuelas auf Grenzdörfer.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/b.txt"
expect_status "ending nouns and verbs: coded" 0
check_not "an operation to be halted is no fighting" grep -qP '\t[A-Z]+\tAZE[A-Z]*\t19' "$T/out"
check_not "attacks to be ended are no fighting" grep -qP '\tVEN[A-Z]*\t[A-Z]+\t19' "$T/out"
check "the demand stays" grep -qP '\tCOLGOV\tVENGOV\t10' "$T/out"
test_done
