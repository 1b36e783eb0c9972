#!/bin/sh
# t0969: "sprach von …" evaluations (dict/de/patterns.txt) go one way: the
# speaker praises or criticises the actor in the "mit" phrase; they do not
# take the symmetric flag of sprechen (040, "sprach mit Putin").  And an
# object event noun with an indefinite article ("forderten eine
# Untersuchung") is a new event: it takes up neither the last event nor the
# last actor as its target (roles.c, anaphoric_object).  A role whose
# genitive is a role with a place ("ein Sprecher des Außenministeriums in
# Peking") takes that place's country, not the last actor's with its role
# (resolve.c, rc_genitive).  Adjective names after "der/die/das" take the
# weak ending ("das Weiße Haus", "das Auswärtige Amt": dict/de/countries.txt),
# and "begrüßte die Entscheidung" takes up the last court ruling (ruling_words).
# A modal of duty in reported speech is an appeal to its subject ("Argentinien
# müsse …"), but not with a first-person pronoun ("ich muss Argentinien …
# lassen": the speaker's own duty; first_person).  An event noun with an
# actor's adjective ("beklagte polnische Angriffe") is no anaphor of the
# last event.
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Die litauische Außenministerin sprach von einem klaren Zeichen der Solidarität mit Finnland.

Der estnische Präsident sprach am Montag mit dem lettischen Präsidenten.

Der UN-Generalsekretär rief alle Seiten zur Zurückhaltung auf. Kanada und Irland forderten eine unabhängige Untersuchung.

Der peruanische Präsident besuchte Quito. Ein Sprecher des Außenministeriums in Santiago sprach von einer Provokation Perus.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "evaluations: coded" 0
check "the speaker praises Finland (051)" grep -qP '\tLTUGOV\tFINGOV\t051\t' "$T/out"
check_not "Finland does not praise the speaker" grep -qP '\tFINGOV\tLTUGOV\t' "$T/out"
check "talking with someone stays mutual" grep -qP '\tLVAGOV\tESTGOV\t04' "$T/out"
check_not "an indefinite demanded noun carries no target over" grep -qP '\t(CAN|IRL)GOV\tIGOUNO\t' "$T/out"
check "the spokesman is of the ministry in Santiago" grep -qP '\tCHLGOV\tPERGOV\t111\t' "$T/out"
check_not "not of the last government named" grep -qP '\tPERGOV\tPERGOV\t' "$T/out"

cat > "$T/b.txt" <<'TXT'
Der Internationale Gerichtshof hat eine Klage Boliviens gegen Chile abgewiesen. Bolivien hatte Chile vorgeworfen, Verträge zu brechen. Das Auswärtige Amt begrüßte die Entscheidung. Das Weiße Haus kritisierte Bolivien.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/b.txt"
expect_status "rulings: coded" 0
check "the decision welcomed is the court's" grep -qP '\tDEUGOV\tIGOUNOJUDICJ\t051\t' "$T/out"
check_not "not the last accuser's" grep -qP '\tDEUGOV\tBOLGOV\t051\t' "$T/out"
check "das Weiße Haus is the US government" grep -qP '\tUSAGOV\tBOLGOV\t111\t' "$T/out"

cat > "$T/c.txt" <<'TXT'
Der brasilianische Präsident sagte vor Reportern, er werde mit Chile reden: „Ich muss Argentinien die Entscheidung treffen lassen.“

Der peruanische Präsident sagte, Bolivien müsse die Entscheidung selbst treffen.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/c.txt"
expect_status "duties: coded" 0
check_not "the speaker's own duty is no appeal" grep -qP '\tBRAGOV\tARGGOV\t020\t' "$T/out"
check "a duty of another in reported speech is" grep -qP '\tPERGOV\tBOLGOV\t020\t' "$T/out"

cat > "$T/d.txt" <<'TXT'
Frankreich kritisierte die Besetzung des Kraftwerks durch Russland. Der Kreml teilte mit, Putin habe polnische Angriffe auf das Gelände beklagt.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/d.txt"
expect_status "adjective nouns: coded" 0
check_not "polish attacks do not take up France" grep -qP '\tRUSGOV\tFRAGOV\t' "$T/out"
test_done
