#!/bin/sh
# t1881-ru-praise: the praise family of Russian news (051): восхищаться,
# аплодировать, чествовать, превозносить; "высоко/положительно оценил"
# (051) against "негативно оценил" (111), a bare "оценил" nothing; the
# nouns благодарность, похвала, одобрение, поздравление.
# Sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events ru 2023-06-01 "$1"; }
has() {
    code "$1"
    check "ru-praise: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}
hasnt() {
    code "$1"
    check "ru-praise: '$1' has no $2" sh -c "test $rc -eq 0 && ! grep -q '$2' '$T/ev'"
}

has "Президент Франции высоко оценил усилия Китая." "FRAGOV CHNGOV 051"
has "Глава МИД Венгрии негативно оценил решение Евросоюза." "HUNGOV IGOEUREEC 111"
has "Премьер Индии восхитился Японией." "INDGOV JPNGOV 051"
has "Президент Кении чествовал президента Танзании." "KENGOV TZAGOV 051"
has "Канцлер Германии направил поздравление президенту Франции." "DEUGOV FRAGOV 051"
hasnt "Премьер Италии оценил ситуацию в Ливии." "ITAGOV LBY"
test_done
