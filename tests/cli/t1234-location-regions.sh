#!/bin/sh
# t1234-location-regions.sh: the region names of dict/geo/exonyms.txt
# (Golan Heights, Donbas, Nagorno-Karabakh, Tigray, Darfur ...), German
# compounds of a compass point and a country (Nordsyrien, Ostukraine; the
# names of their own, Nordirland, stay theirs), and the German locatives
# "auf der/dem/den (~) X" and "im Nordosten X".  Invented sentences.
. tests/cli/test-lib.sh
D="--date 2024-03-05"

# where: the phrase; want: the country (and optionally more of the object)
de() {
    printf 'Die russische Polizei nahm %s am Montag Dutzende Demonstranten fest.\n' "$1" > "$T/de.txt"
    run "$DYAD" code --lang de $D "$T/de.txt"
    expect_status "de '$1': code exits 0" 0
    check "de '$1': located in $2" grep -q "\"code\":\"173\".*\"location\":{\"country\":\"$2\"" "$T/out"
}
en() {
    printf 'Russian police arrested dozens of protesters %s on Monday.\n' "$1" > "$T/en.txt"
    run "$DYAD" code --lang en $D "$T/en.txt"
    expect_status "en '$1': code exits 0" 0
    check "en '$1': located in $2" grep -q "\"code\":\"173\".*\"location\":{\"country\":\"$2\"" "$T/out"
}
de "auf den besetzten Golanhöhen" SYR
de "auf der Krim" UKR
de "im Donbass" UKR
de "in Bergkarabach" AZE
de "in Nordsyrien" SYR
de "in der Ostukraine" UKR
de "im Südlibanon" LBN
de "in Nordirland" GBR
de "im Nordosten Syriens" SYR
de "im Süden des Libanons" LBN
en "in the Golan Heights" SYR
en "in the Donbas" UKR
en "in Nagorno-Karabakh" AZE
en "in Tigray" ETH
en "in Darfur" SDN
en "in Transnistria" MDA

# "Südtirol" is no part of Austria (a compass compound of countries only)
printf 'Die russische Polizei nahm in Südtirol am Montag Dutzende Demonstranten fest.\n' > "$T/st.txt"
run "$DYAD" code --lang de $D "$T/st.txt"
expect_status "de Südtirol: code exits 0" 0
check "de Südtirol: the arrest is coded" grep -q '"code":"173"' "$T/out"
check_not "de Südtirol: not in Austria" grep -q '"location":{"country":"AUT"' "$T/out"
test_done
