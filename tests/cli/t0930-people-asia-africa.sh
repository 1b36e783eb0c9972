#!/bin/sh
# t0930: people of dict/people/{mideast,asia,africa,oceania,armed}.txt are
# found by their English names and German transliterations, and the story's
# date picks the office (a date inside an office gives the office's code, a
# date outside it the person's default code).
. tests/cli/test-lib.sh

# src LANG DATE FILE: the source codes of the events, one a line, in order
src() {
    "$DYAD" code --lang "$1" --date "$2" --format tsv "$3" | awk -F'\t' 'NR > 1 { print $4 }' | tr '\n' ' '
}

cat > "$T/de.txt" <<'TXT'
Mustafa Madbuli kritisierte Israel scharf.
Fathi Baschagha kritisierte die Türkei scharf.
Schawkat Mirsijojew kritisierte Russland scharf.
Issat al-Rischk kritisierte Ägypten scharf.
TXT
cat > "$T/en.txt" <<'TXT'
Mostafa Madbouly sharply criticized Israel.
Fathi Bashagha sharply criticized Turkey.
Hun Manet sharply criticized Thailand.
Mohammad Yaqoob sharply criticized Pakistan.
Wang Qishan sharply criticized Japan.
Christopher Luxon sharply criticized China.
TXT

# 2015: Madbouly not yet Prime Minister (2018), Bashagha not yet minister
# (2018), Mirziyoyev Prime Minister of Uzbekistan, Hamas official; Hun Manet
# not yet army chief (2018), Yaqoob with the Taliban before they took power,
# Wang Qishan Vice Premier / CCDI secretary, Luxon not yet in politics.
run src de 2015-06-01 "$T/de.txt"
check "2015 German: EGY LBY UZBGOV PSEREB" test "$(cat "$T/out")" = "EGY LBY UZBGOV PSEREB "
run src en 2015-06-01 "$T/en.txt"
check "2015 English: EGY LBY KHM AFGREB CHNGOV NZL" test "$(cat "$T/out")" = "EGY LBY KHM AFGREB CHNGOV NZL "

# 2022-06-01: Madbouly Prime Minister, Bashagha head of the House-appointed
# government, Hun Manet army commander, Yaqoob Taliban Defence Minister,
# Luxon Leader of the Opposition.
run src de 2022-06-01 "$T/de.txt"
check "2022 German: EGYGOV LBYGOV UZBGOV PSEREB" test "$(cat "$T/out")" = "EGYGOV LBYGOV UZBGOV PSEREB "
run src en 2022-06-01 "$T/en.txt"
check "2022 English: EGYGOV LBYGOV KHMMIL AFGGOV CHNGOV NZLOPP" test "$(cat "$T/out")" = "EGYGOV LBYGOV KHMMIL AFGGOV CHNGOV NZLOPP "

# 2017-12-01: Wang Qishan between his CCDI post and the vice presidency;
# 2024-06-01: Hun Manet Prime Minister, Bashagha out of office, Luxon PM.
run src en 2017-12-01 "$T/en.txt"
check "2017-12 English: Wang Qishan out of office (CHN)" sh -c "cut -d' ' -f5 '$T/out' | grep -qx CHN"
run src en 2024-06-01 "$T/en.txt"
check "2024 English: EGYGOV LBY KHMGOV AFGGOV CHN NZLGOV" test "$(cat "$T/out")" = "EGYGOV LBY KHMGOV AFGGOV CHN NZLGOV "

test_done
