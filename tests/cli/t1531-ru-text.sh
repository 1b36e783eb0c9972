#!/bin/sh
# t1531-ru-text: Cyrillic text (src/text/text.c): sentences split at their
# ends but not after Russian abbreviations (млн., т.е., г.), and case
# folding (utf8proc, ё as е), seen through `dyad split` and `dyad code`
# on sentences written for this test.
. tests/cli/test-lib.sh

printf 'Делегация посетила театр им. Вахтангова и ул. Арбат, т.е. центр. Москва осудила Киев! Почему?\n' > "$T/s.txt"
run "$DYAD" split "$T/s.txt"
expect_status "ru-text: split exits 0" 0
check "ru-text: three sentences, none cut after им., ул. or т.е. before a capital" \
    sh -c "test \$(grep -c . '$T/out') -eq 3 && grep -q '^Делегация посетила театр им. Вахтангова и ул. Арбат, т.е. центр.\$' '$T/out'"

# ё and е are one letter to the dictionary; capitals fold to lower case
# (the dictionary writes Кишинёв and Объединённые Арабские Эмираты only)
for t in "Кишинёв осудил Москву." "Кишинев осудил Москву." "КИШИНЕВ осудил Москву."; do
    printf '%s\n' "$t" > "$T/e.txt"
    run "$DYAD" code --lang ru --date 2023-01-01 --format tsv "$T/e.txt"
    check "ru-text: '$t' is MDAGOV 111 RUSGOV" sh -c "cut -f4-6 '$T/out' | grep -q '^MDAGOV	RUSGOV	111\$'"
done
printf 'Объединенные Арабские Эмираты осудили Иран.\n' > "$T/e.txt"
run "$DYAD" code --lang ru --date 2023-01-01 --format tsv "$T/e.txt"
check "ru-text: Объединенные (е for ё) Арабские Эмираты is ARE" sh -c "cut -f4-6 '$T/out' | grep -q '^AREGOV	IRNGOV	111\$'"
test_done
