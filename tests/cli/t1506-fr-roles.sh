#!/bin/sh
# t1506-fr-roles: French role families (dict/fr/roles.txt), on sentences
# written for this test: armed forces named by their arms, armed men no one
# names, police units, and the people an act is done to; the Assemblée
# nationale of many francophone states (a role, not France's alone); a
# crowd storming a building protests violently (145).
. tests/cli/test-lib.sh

code() { code_events fr 2023-06-01 "$1"; }
has() {
    code "$1"
    check "fr-roles: '$1' gives $2" sh -c "test $rc -eq 0 && grep -qx '$2 fact' '$T/ev'"
}

has "Des parachutistes russes ont attaqué la ville géorgienne." "RUSMIL GEOGOV 190"
has "Des hommes armés nigérians ont enlevé des écolières camerounaises." "NGAREB CMREDU 181"
has "La police antiémeute kényane a dispersé des manifestants ougandais." "KENCOP UGACVL 175"
has "L'armée birmane a tué des villageois thaïlandais." "MMRMIL THACVL 1823"
has "Le président burkinabè a critiqué l'Assemblée nationale burkinabè." "BFAGOV BFALEG 111"
# dissoudre: dissous (strong.txt: soudre)
has "Le président burkinabè a dissous l'Assemblée nationale burkinabè." "BFAGOV BFALEG 1722"
has "Des manifestants sénégalais ont envahi l'Assemblée nationale sénégalaise." "SENCVL SENLEG 145"
has "L'armée russe a envahi l'Ukraine." "RUSMIL UKRGOV 190"
# a nominal chain with the place first: the genitive after it names who
# visited (src/coder/nouns.c place_then_genitive)
has "La visite à Alger du président français a commencé lundi." "FRAGOV DZAGOV 042"
test_done
