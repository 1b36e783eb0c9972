#!/bin/sh
# t0500-import: `dyad dict import` (issue 4): small TABARI and PETRARCH
# dictionaries written for the tests (invented actors: Valdoria VAL,
# Morvania MRV) in tests/import/, converted, loaded and coded with; verb
# patterns, discards, --merge, hostile input; and, from $SHARED, the
# Phoenix dictionaries (a missing file is skipped, under CI=true a failure).
# Actor codes are compared at country level (dyad may write VALGOV where the
# source says VAL).
. tests/cli/test-lib.sh
IMP=tests/import

"$DYAD" dict import --format tabari -o "$T/imp-tab" $IMP/tabari/fixture.actors \
    $IMP/tabari/fixture.agents $IMP/tabari/fixture.verbs > "$T/imp-tab.out" 2> "$T/imp-tab.err"
check "import tabari: exit 1 (malformed lines skipped, the rest converted)" test $? -eq 1
check "import tabari: the output loads (dict check)" sh -c "'$DYAD' dict check --dict '$T/imp-tab' | grep -qx ok"
check "import tabari: a malformed line named with file:line" \
    grep -q "fixture.actors:17: unclosed '\['" "$T/imp-tab.err"
check "import tabari: losses counted by kind, each with file:line" sh -c \
    "grep -q '^  pattern-compound  *1 ' '$T/imp-tab.out' && grep -q 'fixture.verbs:23  - \* WITH %' '$T/imp-tab.out'"
check "import tabari: every loss in import-report.txt" grep -q "fixture.verbs:31  \[999\]" "$T/imp-tab/import-report.txt"
# a verb with bytes beyond ASCII (junk, found by fuzz_import_tabari): a
# malformed line, not a verbs.txt entry that makes the output fail to load
printf 'VALDORIA_ [VAL]\n' > "$T/junk.actors"
printf 'MEET_  [040]\nREBUK  [111]\nn\320\267\320\260\320\274_  [111]\n' > "$T/junk.verbs"
"$DYAD" dict import --format tabari -o "$T/imp-junk" "$T/junk.actors" "$T/junk.verbs" > "$T/imp-junk.out" 2> "$T/imp-junk.err"
check "import tabari: a verb beyond ASCII: exit 1, not 2" test $? -eq 1
check "import tabari: the verb beyond ASCII named with file:line" grep -q "junk.verbs:3: verb" "$T/imp-junk.err"
check "import tabari: the output without it loads" sh -c "'$DYAD' dict check --dict '$T/imp-junk' | grep -qx ok"
printf '%s\n' "Valdoria rebuked Morvania on Tuesday. Ada Quillon visited Ostraven." \
    "Valdoria called on Morvania to lift the blockade." > "$T/imp.txt"
"$DYAD" code --lang en --date 2005-03-01 --format tsv --dict "$T/imp-tab" "$T/imp.txt" > "$T/imp-tab.tsv"
check "import tabari: a stem verb codes VAL 111 MRV" grep -q "	VAL[A-Z]*	MRV[A-Z]*	111	" "$T/imp-tab.tsv"
check "import tabari: a dated person and a synonym code VALGOV 042 MRV (2005)" grep -q "	VALGOV	MRV[A-Z]*	042	" "$T/imp-tab.tsv"
check "import tabari: a phrasal verb (CALLED_ON) codes 020" grep -q "	VAL[A-Z]*	MRV[A-Z]*	020	" "$T/imp-tab.tsv"
"$DYAD" code --lang en --date 2010-03-01 --format tsv --dict "$T/imp-tab" "$T/imp.txt" > "$T/imp-tab2.tsv"
check "import tabari: the person's later office (VALELI, 2010)" grep -q "	VALELI	MRV[A-Z]*	042	" "$T/imp-tab2.tsv"
# verb patterns (en/patterns.txt): words before the verb, several words
# after it (stems, gaps between them, but not across a comma)
check "import tabari: a word after the verb that is no particle is a pattern (* TROOPS)" \
    grep -q '^ship  *152  *: \* troops\*' "$T/imp-tab/en/patterns.txt"
check "import tabari: patterns written to en/patterns.txt" sh -c \
    "grep -q '^meet  *125  *: not\* \*' '$T/imp-tab/en/patterns.txt' && grep -q '^warn  *138  *: \* stern\* and\* firm\*' '$T/imp-tab/en/patterns.txt'"
printf '%s\n' "Valdoria did not meet Morvania." "Valdoria warned Morvania very sternly and very firmly." \
    "Valdoria warned Morvania sternly, and Ostraven firmly." \
    "Valdoria shipped more troops to Morvania." "Valdoria rebuked the ministers of Morvania." \
    "Valdoria rebuked the ministers in Morvania." "Valdoria and Morvania have met." > "$T/imp-pat.txt"
"$DYAD" code --lang en --date 2005-03-01 --format tsv --dict "$T/imp-tab" "$T/imp-pat.txt" | cut -f2,4-6 > "$T/imp-pat.tsv"
check "pattern: a word before the verb (NOT *) gives its code, the negation is its own" \
    grep -q "^0	VAL[A-Z]*	MRV[A-Z]*	125$" "$T/imp-pat.tsv"
check "pattern: words after the verb with gaps and stems (* STERN AND FIRM)" \
    grep -q "^1	VAL[A-Z]*	MRV[A-Z]*	138$" "$T/imp-pat.tsv"
check "pattern: no gap across a comma (the verb's own code)" \
    grep -q "^2	VAL[A-Z]*	MRV[A-Z]*	130$" "$T/imp-pat.tsv"
check "pattern: one word after the verb, words between (* TROOPS)" \
    grep -q "^3	VAL[A-Z]*	MRV[A-Z]*	152$" "$T/imp-pat.tsv"
check "import: the target is the first actor after the verb (slot next: 'of Morvania')" \
    grep -q "^4	VAL[A-Z]*	MRV[A-Z]*	111$" "$T/imp-pat.tsv"
check "import: slot next takes no place ('in Morvania'; the sentence before is coded)" sh -c \
    "grep -q '^4	' '$T/imp-pat.tsv' && ! grep -q '^5	' '$T/imp-pat.tsv'"
printf 'Valdoria recently warned that Morvania would fall.\n' > "$T/imp-pat5.txt"
check "pattern: the target in the content clause right after the verb (RECENTLY_*)" sh -c \
    "'$DYAD' code --lang en --date 2005-03-01 --format tsv --dict '$T/imp-tab' '$T/imp-pat5.txt' | grep -q '	VAL[A-Z]*	MRV[A-Z]*	131	'"
printf 'Valdoria warned that Morvania faced certain ruin.\n' > "$T/imp-pat6.txt"
check "pattern: words in the clause after the verb's (* CERTAIN_RUIN)" sh -c \
    "'$DYAD' code --lang en --date 2005-03-01 --format tsv --dict '$T/imp-tab' '$T/imp-pat6.txt' | grep -q '	VAL[A-Z]*	MRV[A-Z]*	139	'"
printf 'Valdoria lifted its blockade of Morvania.\n' > "$T/imp-pat7.txt"
check "pattern: a verb read as a noun ('its blockade') found by its pattern (LIFTED_ITS_*)" sh -c \
    "'$DYAD' code --lang en --date 2005-03-01 --format tsv --dict '$T/imp-tab' '$T/imp-pat7.txt' | grep -q '	VAL[A-Z]*	MRV[A-Z]*	085	'"
printf 'Valdoria lifted its blockade of Morvania as Ostraven rebuked the council.\n' > "$T/imp-pat8.txt"
check "pattern: a verb read as a noun before the clause's predicate, when its pattern names words" sh -c \
    "'$DYAD' code --lang en --date 2005-03-01 --format tsv --dict '$T/imp-tab' '$T/imp-pat8.txt' | grep -q '	VAL[A-Z]*	MRV[A-Z]*	085	'"
printf 'Valdoria told Morvania it would blockade the port.\n' > "$T/imp-pat9.txt"
check "pattern: a target before the verb after a word (TOLD_+ WOULD *)" sh -c \
    "'$DYAD' code --lang en --date 2005-03-01 --format tsv --dict '$T/imp-tab' '$T/imp-pat9.txt' | grep -q '	VAL[A-Z]*	MRV[A-Z]*	138	'"
printf 'Valdoria warned it would blockade Morvania.\n' > "$T/imp-pat10.txt"
check "pattern: a later verb whose pattern takes in the predicate (WARNED WOULD *)" sh -c \
    "'$DYAD' code --lang en --date 2005-03-01 --format tsv --dict '$T/imp-tab' '$T/imp-pat10.txt' | grep -q '	VAL[A-Z]*	MRV[A-Z]*	137	'"
printf 'Valdoria commended Morvania.\n' > "$T/imp-pat11.txt"
check "import tabari: a pattern of no words (- \$ * [051]) gives the verb its code" sh -c \
    "'$DYAD' code --lang en --date 2005-03-01 --format tsv --dict '$T/imp-tab' '$T/imp-pat11.txt' | grep -q '	VAL[A-Z]*	MRV[A-Z]*	051	'"
printf 'Valdoria met in Ostraven the envoys of Morvania.\n' > "$T/imp-pat12.txt"
check "pattern: '^' skips a phrase before the target (* IN ^ +)" sh -c \
    "'$DYAD' code --lang en --date 2005-03-01 --format tsv --dict '$T/imp-tab' '$T/imp-pat12.txt' | grep -q '	VAL[A-Z]*	MRV[A-Z]*	046	'"
printf "Valdoria's delegates did not meet Morvania.\\n" > "$T/imp-pat4.txt"
check "pattern: the source is the first actor before the verb, a possessive too" sh -c \
    "'$DYAD' code --lang en --date 2005-03-01 --format tsv --dict '$T/imp-tab' '$T/imp-pat4.txt' | grep -q '	VAL[A-Z]*	MRV[A-Z]*	125	'"
check "pattern: a compound subject (% HAVE *): the event both ways between its members" sh -c \
    "grep -q '^6	VAL[A-Z]*	MRV[A-Z]*	057$' '$T/imp-pat.tsv' && grep -q '^6	MRV[A-Z]*	VAL[A-Z]*	057$' '$T/imp-pat.tsv'"

"$DYAD" dict import --format petrarch -o "$T/imp-pet" $IMP/petrarch/fixture.actors.txt \
    $IMP/petrarch/fixture.agents.txt $IMP/petrarch/fixture.verbs.txt \
    $IMP/petrarch/fixture.discards.txt > "$T/imp-pet.out" 2> "$T/imp-pet.err"
check "import petrarch: exit 1 (one malformed line)" test $? -eq 1
check "import petrarch: the output loads (dict check)" sh -c "'$DYAD' dict check --dict '$T/imp-pet' | grep -qx ok"
check "import petrarch: discards and a pattern with % reported with file:line" sh -c \
    "grep -q 'fixture.discards.txt:3  story: CHESS_OLYMPIAD (--discards' '$T/imp-pet.out' && grep -q 'fixture.verbs.txt:24  - \* WITH %' '$T/imp-pet.out'"
printf '%s\n' "Valdoria criticized Morvania on Tuesday." \
    "Morvanian harbormen dispatched timber to Valdoria." > "$T/imp2.txt"
"$DYAD" code --lang en --date 2005-03-01 --format tsv --dict "$T/imp-pet" "$T/imp2.txt" > "$T/imp-pet.tsv"
check "import petrarch: a block verb codes VAL 111 MRV" grep -q "	VAL[A-Z]*	MRV[A-Z]*	111	" "$T/imp-pet.tsv"
check "import petrarch: substitution-set agent + synset pattern code MRVMIL 070 VAL" \
    grep -q "	MRVMIL	VAL[A-Z]*	070	" "$T/imp-pet.tsv"
check "import petrarch: say from the transformation" grep -q "^say .* say " "$T/imp-pet/en/verbs.txt"
printf 'Valdoria sharply criticized Morvania.\n' > "$T/imp-pat2.txt"
check "import petrarch: a pattern with a word before the verb (SHARPLY *) codes 112" sh -c \
    "'$DYAD' code --lang en --date 2005-03-01 --format tsv --dict '$T/imp-pet' '$T/imp-pat2.txt' | grep -q '	VAL[A-Z]*	MRV[A-Z]*	112	'"
printf "Valdoria didn't criticize Morvania.\\n" > "$T/imp-pat3.txt"
check "import petrarch: a TreeBank contraction in a pattern (DID N'T *) matches didn't" sh -c \
    "'$DYAD' code --lang en --date 2005-03-01 --format tsv --dict '$T/imp-pet' '$T/imp-pat3.txt' | grep -q '	VAL[A-Z]*	MRV[A-Z]*	051	'"
# discards (--discards): a sentence with a sentence discard, a story with a
# story discard is not coded
"$DYAD" dict import --discards --format petrarch -o "$T/imp-disc" $IMP/petrarch/fixture.actors.txt \
    $IMP/petrarch/fixture.verbs.txt $IMP/petrarch/fixture.discards.txt > "$T/imp-disc.out" 2>&1
check "import petrarch --discards: en/discards.txt written" sh -c \
    "grep -q '^sentence  *regatta' '$T/imp-disc/en/discards.txt' && grep -q '^story  *chess olympiad' '$T/imp-disc/en/discards.txt'"
printf 'Valdoria criticized Morvania at the regatta. Valdoria sharply criticized Morvania.\n' > "$T/disc1.txt"
"$DYAD" code --lang en --date 2005-03-01 --format tsv --dict "$T/imp-disc" "$T/disc1.txt" | cut -f2,4-6 > "$T/disc1.tsv"
check "discards: the sentence with a sentence discard is not coded, the next one is" sh -c \
    "! grep -q '^0	' '$T/disc1.tsv' && grep -q '^1	VAL[A-Z]*	MRV[A-Z]*	112$' '$T/disc1.tsv'"
printf 'Valdoria criticized Morvania. The chess olympiad opened.\n' > "$T/disc2.txt"
check "discards: a story discard anywhere: nothing of the story is coded" sh -c \
    "'$DYAD' code --lang en --date 2005-03-01 --format tsv --dict '$T/imp-disc' '$T/disc2.txt' > '$T/disc2.tsv' &&
     grep -q '^doc	' '$T/disc2.tsv' && test \$(wc -l < '$T/disc2.tsv') -eq 1"
"$DYAD" dict import --discards --format tabari -o "$T/imp-tdisc" $IMP/tabari/fixture.actors \
    $IMP/tabari/fixture.verbs > /dev/null 2>&1
check "import tabari --discards: a [###] actor is a discard, one with dated codes is not" sh -c \
    "grep -q '^sentence  *regatta club' '$T/imp-tdisc/en/discards.txt' && ! grep -q 'old mole' '$T/imp-tdisc/en/discards.txt'"
check "discards: without --discards they are reported lost, not written" sh -c \
    "grep -q 'fixture.discards.txt:2  REGATTA (--discards converts it)' '$T/imp-pet.out' &&
     test -f '$T/imp-pet/en/discards.txt' && ! grep -q 'regatta' '$T/imp-pet/en/discards.txt'"
# hostile patterns and discards: words of many tokens, odd characters; the
# output must load (the importer checks; exit 2 if not)
{
    printf -- '--- WARN [130] ---\nWARN\n'
    printf -- '- * A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P.Q.R.S.T.U.V.W.X.Y.Z.A.B.C.D.E.F [131]\n'
    printf -- '- * X-Y-Z-X-Y-Z-X-Y-Z X-Y-Z-X-Y-Z-X-Y-Z X-Y-Z-X-Y-Z-X-Y-Z [132]\n'
    printf -- '- \302\240 * \342\200\224 [133]\n- * ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ + [134]\n- %% %% * [135]\n'
} > "$T/hostile.verbs.txt"
printf 'A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P.Q.R.S.T.U.V.W.X.Y.Z.A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P.Q.R.S.T.U.V.W.X.Y.Z.A.B.C.D.E.F\n+\302\240\n' > "$T/hostile.discards.txt"
"$DYAD" dict import --discards --format petrarch -o "$T/imp-host" "$T/hostile.verbs.txt" "$T/hostile.discards.txt" > "$T/imp-host.out" 2>&1
check "import: hostile patterns and discards: the output loads (exit 0 or 1)" sh -c \
    "test $? -le 1 && '$DYAD' dict check --dict '$T/imp-host' | grep -qx ok"
# a malformed pattern line is an error naming file:line
cp -r "$T/imp-pet" "$T/imp-bad"
printf 'criticize 111 : * over\ncriticize 111 : sharply over\n' > "$T/imp-bad/en/patterns.txt"
"$DYAD" dict check --dict "$T/imp-bad" > /dev/null 2> "$T/imp-bad.err"
check "patterns.txt: a pattern without '*' is an error with file:line" sh -c \
    "test $? -eq 2 && grep -q 'en/patterns.txt:2: a pattern has one' '$T/imp-bad.err'"
printf 'nosuchverb 111 : * over\n' > "$T/imp-bad/en/patterns.txt"
"$DYAD" dict check --dict "$T/imp-bad" > /dev/null 2> "$T/imp-bad.err"
check "patterns.txt: an unknown verb is an error with file:line" \
    grep -q 'en/patterns.txt:1: verb not in verbs.txt: nosuchverb' "$T/imp-bad.err"
rm -f "$T/imp-bad/en/patterns.txt"
printf '# scope phrase\nsentence regatta\noften regatta\n' > "$T/imp-bad/en/discards.txt"
"$DYAD" dict check --dict "$T/imp-bad" > /dev/null 2> "$T/imp-bad.err"
check "discards.txt: a bad scope is an error with file:line" \
    grep -q 'en/discards.txt:3: expected: sentence|story' "$T/imp-bad.err"
"$DYAD" dict import --merge --format petrarch -o "$T/imp-merge" $IMP/petrarch/fixture.actors.txt \
    $IMP/petrarch/fixture.verbs.txt > "$T/imp-merge.out" 2>&1
printf 'France criticized Russia. Valdoria criticized Morvania.\n' > "$T/imp3.txt"
"$DYAD" code --lang en --date 2005-03-01 --format tsv --dict "$T/imp-merge" "$T/imp3.txt" > "$T/imp-merge.tsv"
check "import --merge: dyad's entries and the imported ones both code" sh -c \
    "grep -q '	FRA[A-Z]*	RUS[A-Z]*	111	' '$T/imp-merge.tsv' && grep -q '	VAL[A-Z]*	MRV[A-Z]*	111	' '$T/imp-merge.tsv'"
"$DYAD" dict import --format petrarch -o dict $IMP/petrarch/fixture.actors.txt > /dev/null 2> "$T/err"
check "import: refuses to write into dyad's own dict/" sh -c "test $? -eq 2 && grep -q 'own dictionary' '$T/err'"

# hostile input: binary junk, a line over 1 MiB, synsets that name each
# other, bad dates and codes: file:line messages, never a crash
LC_ALL=C awk 'BEGIN { srand(11); for (i = 0; i < 100000; i++) printf "%c", int(rand() * 256) }' > "$T/junk.actors.txt"
cp "$T/junk.actors.txt" "$T/junk.verbs.txt"
awk 'BEGIN { printf "LONG "; for (i = 0; i < 250000; i++) printf "WORD_"; print " [ABC]" }' > "$T/long.actors.txt"
printf '&A\n+&A &A\n--- X [010] ---\nXX\n- * &A [010]\n- * &NONE [010]\n- * [010\n- ** [010]\n' > "$T/loop-petrarch.verbs"
printf '<SYNSETS>\n&A\n+&A &A\n</SYNSETS>\nXX [010]\n- * &A [010]\n- * &NONE [010]\n- * [010\n' > "$T/loop-tabari.verbs"
printf 'A [ABC 991399-000000]\nB [ABC <]\nC [abc] [DEF]\nD [\n[ABC]\n+\n' > "$T/dates.actors.txt"
for fmt in tabari petrarch; do
    timeout 60 "$DYAD" dict import --format $fmt -o "$T/imp-junk-$fmt" "$T/junk.actors.txt" "$T/junk.verbs.txt" \
        "$T/long.actors.txt" "$T/loop-$fmt.verbs" "$T/dates.actors.txt" > "$T/junk.out" 2> "$T/junk.err"
    rc=$?
    check "import $fmt, hostile input: no crash, no hang (exit 1)" test $rc -eq 1
    check "import $fmt, hostile input: file:line messages" sh -c \
        "grep -q 'long.actors.txt:1: line over 1 MiB' '$T/junk.err' && grep -q 'dates.actors.txt:1: bad date' '$T/junk.err' && grep -q 'junk.actors.txt:[0-9]*: invalid UTF-8' '$T/junk.err'"
    check "import $fmt, hostile input: self-naming synsets stop" grep -q "loop-$fmt.verbs:[56]  .*&A" "$T/junk.out"
done

# the Phoenix dictionaries from $SHARED (skipped when absent; CI=true: fails)
PX=$SHARED/peer/phoenix
if need_file "import Phoenix" "$PX/CAMEO.2.0.txt"; then
    "$DYAD" dict import --format petrarch -o "$T/phx" "$PX/CAMEO.2.0.txt" "$PX"/Phoenix.*.actors.txt \
        "$PX/Phoenix.agents.txt" "$PX/Phoenix.discards.txt" > "$T/phx.out" 2> "$T/phx.err"
    rc=$?
    check "import Phoenix: converted, the losses reported (exit $rc)" sh -c "test $rc -le 1 && grep -q '^lost, by kind' '$T/phx.out'"
    check "import Phoenix: the output loads" grep -q "/phx loads: " "$T/phx.out"
    sed -n 's/^/     /; /^     converted:/,/^     lost/p' "$T/phx.out" | head -6
    printf 'The United States condemned North Korea on Monday.\n' > "$T/phx.txt"
    "$DYAD" code --lang en --date 2019-03-01 --format tsv --dict "$T/phx" "$T/phx.txt" > "$T/phx.tsv"
    check "import Phoenix: codes English news (USA 111 PRK)" grep -q "	USA[A-Z]*	PRK[A-Z]*	11" "$T/phx.tsv"
fi

test_done
