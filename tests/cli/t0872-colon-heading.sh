#!/bin/sh
# t0872-colon-heading: a verbless list before a colon names the topics of
# what follows ("Cyberangriffe, Spionage und der Fall Nawalny: …"), not its
# subject; one actor alone before the colon is still the speaker or subject
# of what follows ("Biden: We will sanction Russia").
. tests/cli/test-lib.sh

echo "Cyberangriffe, Spionage und der Fall Nawalny: Trotz vieler Streitfragen haben US-Präsident Joe Biden und Kremlchef Wladimir Putin ihr erstes Treffen genutzt." > "$T/de.txt"
run "$DYAD" code --lang de --date 2021-06-16 "$T/de.txt"
expect_status "heading: the article codes" 0
check "heading: the presidents met" grep -q '"source":"USAGOV","target":"RUSGOV".*"code":"040"' "$T/out"
check_not "heading: the case named in the heading met no one" grep -q '"source":"RUSOPP"' "$T/out"

echo "Biden: We will sanction Russia." > "$T/en.txt"
run "$DYAD" code --lang en --date 2021-06-16 "$T/en.txt"
expect_status "heading: the English article codes" 0
check "heading: one actor before the colon is the subject" grep -q '"source":"USAGOV","target":"RUSGOV"' "$T/out"
test_done
