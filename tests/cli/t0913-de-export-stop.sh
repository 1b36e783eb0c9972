#!/bin/sh
# t0913: the export-stop family of 163 (dict/de/nouns.txt): "Lieferstopp",
# "Exportstopp", "Transitstopp", "Transitverbot", "Einschränkung der
# Exporte" name an embargo on a country.
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Norwegen verhängte einen Lieferstopp für Saudi-Arabien.

Estland verhängte ein Transitverbot für russische Waren.

Die Regierung in Canberra verhängte einen Exportstopp gegen Myanmar.

Die Regierung in Ottawa beschloss am Montag eine Einschränkung der Exporte nach Venezuela.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "export stop: coded" 0
check "Lieferstopp für: 163" grep -qP '\tNORGOV\tSAUGOV\t163\t' "$T/out"
check "Transitverbot für russische Waren: 163" grep -qP '\tESTGOV\tRUS[A-Z]*\t163\t' "$T/out"
check "Exportstopp gegen: 163" grep -qP '\tAUSGOV\tMMR[A-Z]*\t163\t' "$T/out"
check "Einschränkung der Exporte nach: 16x" grep -qP '\tCANGOV\tVEN[A-Z]*\t1[36]' "$T/out"
test_done
