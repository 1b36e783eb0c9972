#!/bin/sh
# t0925: "X declined to side with Y …, after the two leaders met": with no
# pair reported yet, "the two leaders" are the first two persons of
# different countries named before it in its sentence (resolve.c
# ment_codes).
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Brazilian President Luiz Inacio Lula da Silva declined on Monday to take sides over Argentine President Javier Milei's tax plan, after the two leaders met for three hours in Brasilia.
TXT
run "$DYAD" code --lang en --date 2024-03-08 --format tsv "$T/a.txt"
expect_status "two leaders: coded" 0
check "the two leaders met: one way" grep -qP '\tBRAGOV\tARGGOV\t04' "$T/out"
check "the two leaders met: the other way" grep -qP '\tARGGOV\tBRAGOV\t04' "$T/out"
test_done
