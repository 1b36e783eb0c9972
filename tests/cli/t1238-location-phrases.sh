#!/bin/sh
# t1238-location-phrases.sh: more locative phrases of
# dict/geo/locative.LANG.txt: the area of a place ("im Raum X", "rund um
# X", "am Stadtrand von X", "vor der Küste von X", "on the outskirts of
# X", "around X").  Invented sentences.
. tests/cli/test-lib.sh
D="--date 2024-03-05"

de() {
    printf 'Russische Truppen griffen am Montag ukrainische Stellungen %s an.\n' "$1" > "$T/de.txt"
    run "$DYAD" code --lang de $D "$T/de.txt"
    expect_status "de '$1': code exits 0" 0
    check "de '$1': the attack is placed at $2" \
        grep -q "\"code\":\"190\".*\"evidence\":\"$2\",\"location_rule\":\"locative\"" "$T/out"
}
en() {
    printf 'Russian troops attacked Ukrainian positions %s on Monday.\n' "$1" > "$T/en.txt"
    run "$DYAD" code --lang en $D "$T/en.txt"
    expect_status "en '$1': code exits 0" 0
    check "en '$1': the attack is placed at $2" \
        grep -q "\"code\":\"190\".*\"evidence\":\"$2\",\"location_rule\":\"locative\"" "$T/out"
}
de "im Raum Charkiw" Charkiw
de "am Stadtrand von Charkiw" Charkiw
de "rund um Charkiw" Charkiw
de "in der Umgebung von Charkiw" Charkiw
de "vor der Küste von Odessa" Odessa
en "on the outskirts of Kharkiv" Kharkiv
en "around Kharkiv" Kharkiv
test_done
