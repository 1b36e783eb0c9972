#!/bin/sh
# t0610-bench-gencorpus: the French and Russian bench corpora (issue 15.7:
# bench/gencorpus.c -l fr|ru, bench/templates/{fr,ru}.txt).  The generator
# is built here (C11, libc only); on 1 MiB of each language it must be
# deterministic (the same seed gives byte-identical files, another seed
# other text), leave no slot unexpanded, write the datelines of the
# language, and give text dyad codes events from in at least 15% of the
# sentences (German and English: 24-29%).
. tests/cli/test-lib.sh

G=$T/gencorpus
${CC:-cc} -std=c11 -O1 -o "$G" bench/gencorpus.c 2> "$T/cc.err"
check "gencorpus: builds as C11" test -x "$G"

for l in fr ru; do
    "$G" -l $l -m 1 -o "$T/a-$l" 2> /dev/null
    check "gencorpus -l $l: writes a corpus" grep -qx "lang $l" "$T/a-$l.count"
    "$G" -l $l -m 1 -o "$T/b-$l" 2> /dev/null
    "$G" -l $l -m 1 -s 7 -o "$T/c-$l" 2> /dev/null
    check "gencorpus -l $l: the same seed gives the same bytes" \
        sh -c "cmp -s '$T/a-$l.jsonl' '$T/b-$l.jsonl' && cmp -s '$T/a-$l.txt' '$T/b-$l.txt' && cmp -s '$T/a-$l.count' '$T/b-$l.count'"
    check "gencorpus -l $l: another seed gives other text" \
        sh -c "test -s '$T/c-$l.txt' && ! cmp -s '$T/a-$l.txt' '$T/c-$l.txt'"
    check "gencorpus -l $l: no slot left unexpanded" \
        sh -c "test -s '$T/a-$l.txt' && ! grep -q '[{}]' '$T/a-$l.txt'"
    # events per sentence, as bench.sh counts them
    run "$DYAD" code "$T/a-$l.jsonl"
    expect_status "dyad code on the $l corpus exits 0" 0
    nevs=$(sed -n 's/^{"doc":"\([^"]*\)","sent":\([0-9]*\),.*/\1 \2/p' "$T/out" | sort -u | wc -l)
    sent=$(awk '$1 == "sentences" { print $2 }' "$T/a-$l.count")
    sent=${sent:-0}
    check "dyad codes events in >= 15% of the $l sentences ($nevs of $sent)" \
        sh -c "test $sent -gt 1000 && test $nevs -ge $((sent * 15 / 100))"
done
check "gencorpus -l fr: AFP datelines" grep -q '^[A-Z][A-ZÉ -]* (AFP) - ' "$T/a-fr.txt"
check "gencorpus -l fr: articles and contractions (du, au, de la, en)" \
    sh -c "grep -q ' du [A-Z]' '$T/a-fr.txt' && grep -q ' de la [A-Z]' '$T/a-fr.txt' && grep -q ' en [A-Z]' '$T/a-fr.txt'"
check "gencorpus -l ru: RIA Novosti datelines" grep -q "^МОСКВА, [0-9]* [^ ]* — РИА Новости\. " "$T/a-ru.txt"
check "gencorpus -l ru: declined names (во Франции, с Литвой)" \
    sh -c "grep -q ' во [^ ]*[еи] ' '$T/a-ru.txt' && grep -q ' с [^ ]*\\(ей\\|ой\\|ом\\|ем\\)[ .]' '$T/a-ru.txt'"
check "gencorpus -l ru: past tense agrees (Латвия ... -ла)" grep -q "[^ ]*ия [^ ]*ла " "$T/a-ru.txt"
test_done
