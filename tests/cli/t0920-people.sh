#!/bin/sh
# t0920-people: the people files in dict/people/ (europe.txt, americas.txt,
# igo.txt) are loaded after dict/people.txt; a person is coded by the office
# the story's date falls into (GOV, MIL, OPP or an IGO code) and by the
# DEFAULT code outside it; German and English name forms (Kolokolzew /
# Kolokoltsev, Awakow / Avakov) and a surname alone name the same person.
# A name form listed twice over the people files would silently replace the
# first person: that is checked too.
. tests/cli/test-lib.sh

# src SENTENCE LANG DATE: the source code of the first event.
src() {
    printf '%s\n' "$1" | "$DYAD" code --lang "$2" --date "$3" --format tsv 2>"$T/err" |
        awk -F'\t' 'NR == 2 { print $4 }'
}

# is NAME SENTENCE LANG DATE WANT
is() {
    _got=$(src "$2" "$3" "$4")
    if [ "$_got" = "$5" ]; then ok "$1"
    else bad "$1 (got '$_got', expected '$5')"; fi
}

run "$DYAD" dict check
expect_status "dict check: the people files load" 0

# Russia: Interior Minister from 2012-05-21 (German and English forms)
is "Kolokolzew (de) in office 2020: RUSGOV" "Wladimir Kolokolzew kritisierte die Ukraine." de 2020-05-10 RUSGOV
is "Kolokolzew (de) before the office, 2010: RUS" "Wladimir Kolokolzew kritisierte die Ukraine." de 2010-05-10 RUS
is "Kolokoltsev (en, surname alone) in office: RUSGOV" "Kolokoltsev criticized Ukraine." en 2020-05-10 RUSGOV
# Ukraine: Interior Minister 2014-02-22 .. 2021-07-15
is "Awakow (de, surname alone) in office 2016: UKRGOV" "Awakow kritisierte Russland." de 2016-05-10 UKRGOV
is "Awakow (de) after the office, 2023: UKR" "Awakow kritisierte Russland." de 2023-05-10 UKR
is "Arsen Avakov (en) in office: UKRGOV" "Arsen Avakov criticized Russia." en 2016-05-10 UKRGOV
# Ukraine: Chief of the General Staff 2014-07-03 .. 2019-05-21
is "Muschenko (de) chief of staff 2016: UKRMIL" "Muschenko kritisierte Russland." de 2016-05-10 UKRMIL
is "Viktor Muzhenko (en) after the office, 2020: UKR" "Viktor Muzhenko criticized Russia." en 2020-05-10 UKR
# Russia: Communist leader, opposition on any date
is "Sjuganow (de): RUSOPP" "Sjuganow kritisierte Polen." de 2020-05-10 RUSOPP
# Norway: opposition leader, then Prime Minister
is "Erna Solberg in opposition 2010: NOROPP" "Erna Solberg kritisierte Russland." de 2010-05-10 NOROPP
is "Erna Solberg Prime Minister 2015: NORGOV" "Erna Solberg kritisierte Russland." de 2015-05-10 NORGOV
# United States (americas.txt): Secretary of Homeland Security 2021-02-02 .. 2025-01-20
is "Mayorkas (en) in office 2022: USAGOV" "Alejandro Mayorkas criticized Mexico." en 2022-05-10 USAGOV
is "Mayorkas (en) after the office, 2026: USA" "Alejandro Mayorkas criticized Mexico." en 2026-05-10 USA
# NATO (igo.txt): Deputy Secretary General 2019-10-17 .. 2024-09; Romanian before
is "Geoană (de) at NATO 2021: IGOWSTNAT" "Mircea Geoană kritisierte Russland." de 2021-05-10 IGOWSTNAT
is "Geoana (de, no diacritics) in 2010: ROU" "Mircea Geoana kritisierte Russland." de 2010-05-10 ROU

# every name form once over dict/people.txt and dict/people/*.txt
awk '/^person/ { line = $0; sub(/#.*/, "", line); sub(/^person[ \t]+[^ \t]+[ \t]+/, "", line)
                 n = split(line, a, "|")
                 for (i = 1; i <= n; i++) { g = a[i]; gsub(/^[ \t]+|[ \t]+$/, "", g)
                     if (g in seen) print FILENAME ":" FNR ": " g " (also " seen[g] ")"
                     else seen[g] = FILENAME ":" FNR } }' dict/people.txt dict/people/*.txt > "$T/dups"
check "people files: no name form listed twice" test ! -s "$T/dups"
sed 's/^/     /' "$T/dups" | head -10

# every code is known (dict check does not look at them): an IGO code is in
# orgs.txt; any other code is a country code of the countries files followed
# by CAMEO role codes (DEUGOV, RUSMIL, TUROPP, USABUS ...)
awk '!/^#/ && NF { print $1 }' dict/orgs.txt dict/*/countries.txt dict/gen/countries.*.txt |
    sort -u > "$T/known"
awk 'FNR == 1 { file++ }
     file == 1 { known[$1] = 1; next }
     function chk(code, where,    rest, r) {
         if (code ~ /^IGO/) { if (!(code in known)) print where ": " code " is not in orgs.txt"; return }
         if (!(substr(code, 1, 3) in known) && substr(code, 1, 3) !~ /^(IMG|NGO|MNC)$/) {
             print where ": " code ": unknown country"; return }
         for (rest = substr(code, 4); rest != ""; rest = substr(rest, 4)) {
             r = substr(rest, 1, 3)
             if (r !~ /^(GOV|MIL|OPP|LEG|SPY|COP|JUD|REB|BUS|MED|CVL|MOS|ALQ|SHI|SUN|INS|SEP|UAF|NGO|IGO|EDU|ELI|LAB|REF|CRM)$/) {
                 print where ": " code ": unknown role code"; return }
         }
     }
     /^person/ { chk($2, FILENAME ":" FNR) }
     /^[ \t]+[A-Z]/ { chk($1, FILENAME ":" FNR) }' "$T/known" dict/people.txt dict/people/*.txt > "$T/codes"
check "people files: every code known" test ! -s "$T/codes"
sed 's/^/     /' "$T/codes" | head -10

test_done
