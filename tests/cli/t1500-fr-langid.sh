#!/bin/sh
# t1500-fr-langid: `--lang auto` recognises French (src/text/langid.c, the
# French function-word vote), on sentences and headlines written for this
# test, and does not take Spanish, German or English for French.
. tests/cli/test-lib.sh

# lang TEXT: identifies TEXT (as a one-line file); the language in $T/lang
lang() {
    printf '%s\n' "$1" > "$T/in.txt"
    "$DYAD" code --lang auto --date 2023-03-01 "$T/in.txt" > "$T/out" 2> "$T/err"
    rc=$?
    sed -n 's/.*in.txt: language \([a-z]*\).*/\1/p' "$T/err" > "$T/lang"
}

i=0
while IFS= read -r s; do
    i=$((i + 1))
    lang "$s"
    check "langid fr: French sentence $i is fr" grep -qx fr "$T/lang"
done <<'EOS'
Le ministre a rencontré son homologue à Rabat.
La France et l'Allemagne ont signé un accord de défense.
Le gouvernement malien a expulsé l'ambassadeur de France.
Des manifestants ont été arrêtés par la police dans la capitale.
Selon le Kremlin, les discussions se poursuivront la semaine prochaine.
L'Union africaine appelle au dialogue entre les deux pays.
Paris dénonce une provocation
EOS

lang "El Gobierno anunció que enviará más ayuda a la población de la región."
check "langid fr: a Spanish sentence is not fr" sh -c "test -s '$T/lang' && ! grep -qx fr '$T/lang'"
lang "Die Regierung hat am Dienstag neue Sanktionen gegen Russland beschlossen."
check "langid fr: a German sentence stays de" grep -qx de "$T/lang"
lang "The government said on Tuesday it would impose new sanctions on Russia."
check "langid fr: an English sentence stays en" grep -qx en "$T/lang"

# a French article is coded as French: lang fr in every event
printf '%s\n' "La Chine a vivement critiqué les États-Unis lundi." > "$T/a.txt"
run "$DYAD" code --lang auto --date 2023-03-01 "$T/a.txt"
expect_status "langid fr: a French article is coded (exit 0)" 0
check "langid fr: coded as French, CHN 111 USA" \
    grep -q '"lang":"fr","source":"CHNGOV","target":"USAGOV".*"code":"111"' "$T/out"
test_done
