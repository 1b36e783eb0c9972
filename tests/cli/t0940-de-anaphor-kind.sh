#!/bin/sh
# t0940: an object that takes up the last event agrees with it in kind
# (roles.c, kind_referent).  An event noun that is the clause's own
# predicate ("überwachte die Freilassung", "begründeten die Absetzung")
# names the subject's act: it takes no target from another actor's event
# nor from the last actor of another kind of event.  An event noun whose
# event of that kind is found takes its other side from that event or
# none, not the last actor of another event.  A reaction (comment,
# approval, criticism, rejection) named by a noun predicate is no such act.
# Sentences written for this test.
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Die Taliban haben zwei Journalisten aus Norwegen freigelassen. Das Rote Kreuz beobachtete die Freilassung.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/a.txt"
expect_status "release watched: coded" 0
check "the release is coded" grep -qP '\tAFGGOV\tNORMED\t0841\t' "$T/out"
check_not "the watcher of a release does not release" grep -qP '\tNGOHLHIRC\t[A-Z]*\t0841\t' "$T/out"

cat > "$T/b.txt" <<'TXT'
In Gabun haben Offiziere in der Nacht die Macht übernommen. Die Afrikanische Union verurteilte den Putsch scharf. Die Offiziere begründeten die Absetzung mit der Wirtschaftslage.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/b.txt"
expect_status "removal justified: coded" 0
check_not "a removal is not done to the last critic" grep -qP '\tGABMIL\tIGOAFRAFU\t' "$T/out"

cat > "$T/c.txt" <<'TXT'
Die Armee von Gabun hat den Präsidenten von Gabun gestürzt. Die Afrikanische Union verurteilte den Putsch. Die Offiziere rechtfertigten die Absetzung mit der Wirtschaftslage.
TXT
run "$DYAD" code --lang de --date 2024-03-01 --format tsv "$T/c.txt"
expect_status "own coup defended: coded" 0
check "the coup is coded" grep -qP '\tGABMIL\tGABGOV\t172\t' "$T/out"
check "the critic of the coup is coded" grep -qP '\tIGOAFRAFU\tGABMIL\t111\t' "$T/out"
check_not "defending one's own act is not aimed at the last critic" grep -qP '\tGABMIL\tIGOAFRAFU\t' "$T/out"
# a reaction named by a noun predicate ("выразил сожаление") answers the
# last actor: it is not the subject's own act
printf '%s\n' 'Турция вышла из договора с Арменией. Генсек ООН выразил сожаление.' > "$T/e.txt"
run "$DYAD" code --lang ru --date 2024-03-01 --format tsv "$T/e.txt"
expect_status "ru regret expressed: coded" 0
check "ru: the regret answers the last actor" grep -qP '\tIGOUNO\tTURGOV\t01' "$T/out"
# the pattern's own noun (выразить сожаление, 012) is no event of its own
# that would stop it taking up the last one (anaphoric_object: only a deed
# such as "declared martial law" is)
printf '%s\n' 'Сербия приостановила участие в переговорах с Косово. Генсек ООН выразил сожаление.' > "$T/f.txt"
run "$DYAD" code --lang ru --date 2024-03-01 --format tsv "$T/f.txt"
check "ru: a regret after a suspension answers the suspender" grep -qP '\tIGOUNO\tSRBGOV\t012\t' "$T/out"
test_done
