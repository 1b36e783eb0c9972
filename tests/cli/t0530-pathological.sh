#!/bin/sh
# t0530-pathological: pathological and hostile input, each a check with a
# stated expectation, a time bound (timeout) and, for the big inputs, a
# bound on peak resident memory (bench/runstat).  Then failure injection:
# full disks, closed pipes and broken dictionaries (the allocation failures
# are unit_alloc and unit_alloc2, run by tests/run.sh).  docs/limits.md
# states the same caps.
#
# A check marked KNOWN (the function known) is a reported, not yet fixed
# bug with a reproducer in tests/regress/ (see tests/regress/README.md): its
# failure is listed as a skip, "skip KNOWN ...", and does not fail the
# suite; once it passes it says so, and the check should become an ordinary
# one.
. tests/cli/test-lib.sh
export LC_ALL=C  # byte-wise grep and awk on the invalid UTF-8 below
known() {
    _kn=$1; shift
    if "$@"; then ok "$_kn (KNOWN bug fixed: make this an ordinary check)"
    else skip "KNOWN $_kn (tests/regress/README.md)"; fi
}

# Under the sanitizers everything is slower and bigger: time bounds x5,
# memory bounds x3 + 256 MB (shadow memory and the quarantine).
case $BUILD in
    *asan*) SLOW=5; MEMF=3; MEMA=256; SAN="-fsanitize=address,undefined" ;;
    *) SLOW=1; MEMF=1; MEMA=0; SAN="" ;;
esac
RUNSTAT=$T/runstat
if ! ${CC:-cc} -std=c11 -O2 -o "$RUNSTAT" bench/runstat.c 2> "$T/cc.err"; then
    bad "pathological: cannot build bench/runstat.c"; cat "$T/cc.err"
    test_done
fi

# measure SECONDS MB OUT ERR COMMAND...: runs COMMAND under `timeout` with
# stdout to OUT and stderr to ERR; sets rc (124: timed out), wall, rss (MB)
# and the bounds tl and mem (scaled for the sanitizer build).
measure() {
    tl=$(($1 * SLOW)); mem=$(($2 * MEMF + MEMA)); mo=$3; me=$4; shift 4
    r=$("$RUNSTAT" -o "$mo" -e "$me" -- timeout "$tl" "$@")
    wall=$(echo "$r" | cut -d' ' -f1)
    rss=$(($(echo "$r" | cut -d' ' -f3) / 1024))
    rc=$(echo "$r" | cut -d' ' -f4)
}
# within NAME: the last measure stayed within its time and memory bounds.
within() {
    check "$1: within ${tl} s and ${mem} MB (${wall} s, ${rss} MB)" \
        test "$rc" -ne 124 -a "$rss" -le "$mem"
}
D="--date 2022-05-10"
# Every run forces German (--lang de): the inputs here (repeated words,
# junk bytes, caps, bad dates) test the reader's and the coder's limits,
# not the language choice, which would skip most of them (no letters, or
# unsure); t0520 and t0620 test the choice.

# --- 1. a 100 MB line with no sentence end ---------------------------------
yes Wort | tr '\n' ' ' | head -c 100000000 > "$T/line.txt"
{ printf '{"id":"big","date":"2022-05-10","text":"'; cat "$T/line.txt"; printf '"}\n'
  printf '{"id":"after","date":"2022-05-10","text":"Frankreich kritisiert Russland."}\n'
} > "$T/line.jsonl"

measure 60 64 "$T/out" "$T/err" "$DYAD" code --lang de $D "$T/line.txt"
check "100 MB text line: refused (exit 1), nothing coded" test "$rc" -eq 1 -a ! -s "$T/out"
check "100 MB text line: message names the cap" \
    grep -q "line.txt: over the document cap of 16777216 bytes; skipped (raise it with --max-doc-bytes)" "$T/err"
within "100 MB text line"

measure 60 1024 "$T/out" "$T/err" "$DYAD" code --lang de $D --max-doc-bytes 200000000 "$T/line.txt"
check "100 MB text line, cap raised: refused at the token cap" \
    sh -c "test $rc -eq 1 && grep -q 'over the cap of 2000000 tokens; skipped' '$T/err'"
within "100 MB text line, cap raised"

measure 60 64 "$T/out" "$T/err" "$DYAD" code --lang de "$T/line.jsonl"
check "100 MB JSON line: skipped with file:line, the next article coded" \
    sh -c "test $rc -eq 1 && grep -q 'line.jsonl:1: line over 16781312 bytes; skipped' '$T/err' &&
           grep -q '\"doc\":\"after\".*\"code\":\"111\"' '$T/out'"
within "100 MB JSON line"
cp "$T/out" "$T/out1"; cp "$T/err" "$T/err1"
measure 60 128 "$T/out" "$T/err" "$DYAD" code --lang de --threads 2 "$T/line.jsonl"
check "100 MB JSON line, --threads 2: the same output and messages" \
    sh -c "test $rc -eq 1 && cmp -s '$T/out' '$T/out1' && cmp -s '$T/err' '$T/err1'"
within "100 MB JSON line, --threads 2"

measure 60 1536 "$T/out" "$T/err" "$DYAD" code --lang de --max-doc-bytes 200000000 "$T/line.jsonl"
check "100 MB JSON line, cap raised: refused at the token cap, next coded" \
    sh -c "test $rc -eq 1 && grep -q 'line.jsonl:1: article big: over the cap of 2000000 tokens' '$T/err' &&
           grep -q '\"doc\":\"after\"' '$T/out'"
within "100 MB JSON line, cap raised"
rm -f "$T/line.txt" "$T/line.jsonl"

# the caps at their edges: 1000 bytes pass a 1000-byte cap, 1001 do not
awk 'BEGIN { for (i = 0; i < 199; i++) printf "Wort "; printf "Wort." }' > "$T/k1000.txt"
"$DYAD" code --lang de $D --max-doc-bytes 1000 "$T/k1000.txt" > /dev/null 2> "$T/err"
check "document cap: exactly at the cap is coded" test $? -eq 0
printf ' ' >> "$T/k1000.txt"
"$DYAD" code --lang de $D --max-doc-bytes 1000 "$T/k1000.txt" > /dev/null 2> "$T/err"
check "document cap: one byte over is refused with a message" \
    sh -c "test $? -eq 1 && grep -q 'over the document cap of 1000 bytes' '$T/err'"
awk 'BEGIN { printf "{\"id\":\"j\",\"date\":\"2022-05-10\",\"text\":\""; for (i = 0; i < 1001; i++) printf "a"; print "\"}" }' > "$T/k.jsonl"
"$DYAD" code --lang de --max-doc-bytes 1000 "$T/k.jsonl" > /dev/null 2> "$T/err"
check "document cap: a JSON text one byte over is refused with file:line" \
    sh -c "test $? -eq 1 && grep -q 'k.jsonl:1: article j: 1001 bytes is over the document cap of 1000 bytes' '$T/err'"
"$DYAD" code --lang de --max-doc-bytes 0 "$T/k.jsonl" > /dev/null 2>&1
check "document cap: --max-doc-bytes 0 is a usage error" test $? -eq 64

# --- 2. a million tokens without punctuation ------------------------------
yes 'Frankreich kritisiert Russland' | head -n 333334 | tr '\n' ' ' > "$T/mtok.txt"
measure 60 512 "$T/out" "$T/err" "$DYAD" code --lang de $D "$T/mtok.txt"
check "1,000,002 tokens without punctuation: coded (split at 400 tokens)" \
    sh -c "test $rc -eq 0 && grep -q '\"source\":\"FRA[A-Z]*\",\"target\":\"RUS[A-Z]*\".*\"code\":\"111\"' '$T/out'"
within "1,000,002 tokens"
measure 60 512 "$T/out" "$T/err" "$DYAD" split "$T/mtok.txt"
check "1,000,002 tokens: split into 2,501 sentences of at most 400 tokens" \
    sh -c "test $rc -eq 0 && test \$(wc -l < '$T/out') -eq 2501 &&
           awk 'NF > 400 { exit 1 }' '$T/out'"
within "1,000,002 tokens, dyad split"
rm -f "$T/mtok.txt"
yes a | head -n 2000000 | tr '\n' ' ' > "$T/tok2m.txt"
measure 60 512 "$T/out" "$T/err" "$DYAD" code --lang de $D "$T/tok2m.txt"
check "exactly 2,000,000 tokens (the cap): coded" test "$rc" -eq 0
within "2,000,000 tokens"
printf 'a' >> "$T/tok2m.txt"
measure 60 512 "$T/out" "$T/err" "$DYAD" code --lang de $D "$T/tok2m.txt"
check "2,000,001 tokens: refused with a message" \
    sh -c "test $rc -eq 1 && grep -q 'over the cap of 2000000 tokens; skipped' '$T/err'"
within "2,000,001 tokens"
rm -f "$T/tok2m.txt"

# --- 3. 10,000 nested quotations -------------------------------------------
awk 'BEGIN { printf "Frankreich kritisiert Russland. ";
    for (i = 0; i < 10000; i++) printf (i % 2 ? "\342\200\236" : "\302\273");
    printf "Polen lobt Japan";
    for (i = 0; i < 10000; i++) printf (i % 2 ? "\342\200\234" : "\302\253");
    print ". China droht Taiwan." }' > "$T/quotes.txt"
measure 10 128 "$T/out" "$T/err" "$DYAD" code --lang de $D "$T/quotes.txt"
check "10,000 nested quotations: coded, the sentences around them too" \
    sh -c "test $rc -eq 0 && grep -q '\"source\":\"FRA' '$T/out' && grep -q '\"source\":\"CHN' '$T/out'"
within "10,000 nested quotations"
awk 'BEGIN { printf "Frankreich kritisiert Russland.";
    for (i = 0; i < 10000; i++) printf "\342\200\234";
    for (i = 0; i < 10000; i++) printf ")";
    print " Polen lobt Japan." }' > "$T/closers.txt"
measure 10 128 "$T/out" "$T/err" "$DYAD" code --lang de $D "$T/closers.txt"
check "20,000 closing quotes and brackets after a period: coded, both sentences" \
    sh -c "test $rc -eq 0 && grep -q '\"source\":\"FRA' '$T/out' && grep -q '\"source\":\"POL' '$T/out'"
within "20,000 closing quotes and brackets"
awk 'BEGIN { for (i = 0; i < 10000; i++) printf "("; printf "Polen lobt Japan.";
    for (i = 0; i < 10000; i++) printf ")"; print "" }' > "$T/parens.txt"
measure 10 128 "$T/out" "$T/err" "$DYAD" code --lang de $D "$T/parens.txt"
check "10,000 nested brackets: no crash, the sentence inside coded" sh -c "test $rc -eq 0 && grep -q '\"code\":\"051\"' '$T/out'"
within "10,000 nested brackets"

# --- 4. NUL bytes, overlong UTF-8, lone surrogates, BOM, CRLF, Latin-1 -----
printf 'Frankreich kritisiert Russland.\000Polen lobt Japan.\000' > "$T/nul.txt"
"$DYAD" code --lang de $D --format tsv "$T/nul.txt" > "$T/out" 2> "$T/err"
check "NUL bytes (text): coded, exit 0" \
    sh -c "test $? -eq 0 && grep -q '	FRA[A-Z]*	RUS[A-Z]*	111' '$T/out' && grep -q '	POL[A-Z]*	JPN[A-Z]*	051' '$T/out'"
check "NUL bytes (text): warned and counted as invalid UTF-8" \
    sh -c "grep -q 'nul.txt: warning: NUL bytes in text (replaced)' '$T/err' &&
           grep -q 'nul.txt: 2 invalid UTF-8 sequences replaced by U+FFFD' '$T/err'"
"$DYAD" code --lang de tests/regress/jsonl-nul-escape.jsonl > "$T/out" 2> "$T/err"
check "NUL bytes (JSON Lines, \\u0000): coded like text, the NUL replaced, file:line named" \
    sh -c "test $? -eq 0 && grep -q '\"code\":\"111\"' '$T/out' && grep -q '\"code\":\"051\"' '$T/out' &&
           grep -q 'jsonl-nul-escape.jsonl:1: 1 invalid UTF-8 sequences replaced by U+FFFD' '$T/err'"

# overlong forms of "/" (C0 AF, E0 80 AF, F0 80 80 AF) and of NUL (C0 80),
# lone surrogates (ED A0 80, ED BF BF) and code points over U+10FFFF
printf 'Frankreich \300\257 \340\200\257 \360\200\200\257 \300\200 kritisiert Russland. Polen \355\240\200 \355\277\277 \364\220\200\200 lobt Japan.' > "$T/utf8.txt"
"$DYAD" code --lang de $D --format tsv "$T/utf8.txt" > "$T/out" 2> "$T/err"
check "overlong UTF-8 and lone surrogates: each byte replaced, reported, coded" \
    sh -c "test $? -eq 0 && grep -q 'utf8.txt: 21 invalid UTF-8 sequences replaced by U+FFFD' '$T/err' &&
           grep -q '	FRA[A-Z]*	RUS[A-Z]*	111' '$T/out' && grep -q '	POL[A-Z]*	JPN[A-Z]*	051' '$T/out'"
check "overlong UTF-8: the evidence holds U+FFFD, never the raw bytes" \
    sh -c "grep -q '$(printf '\357\277\275')' '$T/out' && ! grep -q '$(printf '\300\257')' '$T/out'"
printf 'Die Regierung in Z\374rich kritisiert Russland. \344hnlich lobt Polen Japan.\n' > "$T/latin1.txt"
"$DYAD" code --lang de $D --format tsv "$T/latin1.txt" > "$T/out" 2> "$T/err"
check "Latin-1 bytes in UTF-8 text: replaced, reported, the rest coded" \
    sh -c "test $? -eq 0 && grep -q 'latin1.txt: 2 invalid UTF-8 sequences' '$T/err' &&
           grep -q '	POL[A-Z]*	JPN[A-Z]*	051' '$T/out'"
printf '{"id":"l1","date":"2022-05-10","text":"Frankreich kritisiert Russland in Z\374rich."}\n{"id":"ok","date":"2022-05-10","text":"Polen lobt Japan."}\n{"id":"s","date":"2022-05-10","text":"\\ud800"}\n' > "$T/bad.jsonl"
"$DYAD" code --lang de --format tsv "$T/bad.jsonl" > "$T/out" 2> "$T/err"
check "invalid UTF-8 in a JSON line: the byte replaced, reported with file:line, the article coded" \
    sh -c "test $? -eq 1 && grep -q 'bad.jsonl:1: 1 invalid UTF-8 sequences replaced by U+FFFD' '$T/err' &&
           grep -q '^l1	.*	FRA[A-Z]*	RUS[A-Z]*	111	' '$T/out' && grep -q '^ok	' '$T/out'"
check "invalid UTF-8 in a JSON line: the evidence holds U+FFFD, never the raw byte" \
    sh -c "grep -q 'Russland in Z$(printf '\357\277\275')rich\\.' '$T/out' && ! grep -q '$(printf '\374')' '$T/out'"
check "a lone surrogate escape in JSON: refused with file:line" \
    grep -q "bad.jsonl:3: malformed JSON: invalid Unicode" "$T/err"
# the threaded reader says and codes the same
"$DYAD" code --lang de --format tsv --threads 2 "$T/bad.jsonl" > "$T/out2" 2> "$T/err2"
check "invalid UTF-8 in a JSON line (--threads 2): the same output and messages" \
    sh -c "test $? -eq 1 && cmp -s '$T/out' '$T/out2' && cmp -s '$T/err' '$T/err2'"
# raw bytes outside the strings (a Latin-1 key, a NUL between members)
printf '{"id":"k","date":"2022-05-10","t\344xt":"x","text":"Polen lobt Japan."}\n{"id":"n","date":"2022-05-10",\000"text":"Polen lobt Japan."}\n{"id":"z","date":"2022-05-10","text":"Polen\000lobt Japan."}\n' > "$T/raw.jsonl"
"$DYAD" code --lang de --format tsv "$T/raw.jsonl" > "$T/out" 2> "$T/err"
check "raw NUL and Latin-1 bytes in JSON: a bad byte in a key is replaced, a NUL between members is malformed JSON, a NUL in a string is replaced" \
    sh -c "test $? -eq 1 && grep -q '^k	.*	051	' '$T/out' && grep -q 'raw.jsonl:2: malformed JSON' '$T/err' &&
           grep -q '^z	.*	051	' '$T/out' && test \$(grep -c 'raw.jsonl:[13]: 1 invalid UTF-8 sequences replaced by U+FFFD' '$T/err') -eq 2"

printf '\357\273\277Frankreich kritisiert Russland.\n' > "$T/bom.txt"
"$DYAD" code --lang de $D "$T/bom.txt" > "$T/out" 2> "$T/err"
check "BOM (text): ignored, coded, spans count its 3 bytes, no message" \
    sh -c "test $? -eq 0 && grep -q '\"sentence\":\[3,34\]' '$T/out' && ! test -s '$T/err'"
check "BOM (JSON Lines): ignored, the first article coded" \
    sh -c "'$DYAD' code --lang de tests/regress/jsonl-bom.jsonl 2> /dev/null | grep -q '\"doc\":\"bom\"'"

printf 'Frankreich kritisiert Russland.\r\nPolen lobt Japan.\r\n\r\nChina droht Taiwan.\r\n' > "$T/crlf.txt"
"$DYAD" code --lang de $D --format tsv "$T/crlf.txt" > "$T/out" 2> "$T/err"
check "CRLF (text): three events, no CR in the evidence" \
    sh -c "test $? -eq 0 && test \$(grep -c . '$T/out') -eq 4 && test \$(tr -dc '\r' < '$T/out' | wc -c) -eq 0"
printf '{"id":"a","date":"2022-05-10","text":"Frankreich kritisiert Russland."}\r\n{"id":"b","date":"2022-05-10","text":"Polen lobt Japan.\\r\\nChina droht Taiwan."}\r\n' > "$T/crlf.jsonl"
"$DYAD" code --lang de "$T/crlf.jsonl" > "$T/out" 2> "$T/err"
check "CRLF (JSON Lines): every article coded" \
    sh -c "test $? -eq 0 && test \$(grep -c . '$T/out') -eq 3"

# --- 5. an article id of 1 MB -----------------------------------------------
awk 'BEGIN { id = "x"; while (length(id) < 1048576) id = id id;
    printf "{\"id\":\"%s\",\"date\":\"2022-05-10\",\"text\":\"Frankreich kritisiert Russland. Polen lobt Japan.\"}\n", id;
    printf "{\"id\":\"%s\",\"date\":\"9999-99-99\",\"text\":\"Polen lobt Japan.\"}\n", id }' > "$T/id.jsonl"
measure 10 64 "$T/out" "$T/err" "$DYAD" code --lang de --format tsv "$T/id.jsonl"
check "1 MB article id: coded, the id written whole" \
    sh -c "test $rc -eq 1 && awk -F'\t' 'NR > 1 && length(\$1) == 1048576 { n++ } END { exit n != 2 }' '$T/out'"
check "1 MB article id: the bad date reported with file:line" \
    grep -q "id.jsonl:2: article xxx" "$T/err"
check "a long article id (600 bytes) does not push the reason out of the message" \
    sh -c "'$DYAD' code --lang de tests/regress/long-id-date.jsonl 2>&1 | grep -q 'invalid date'"
within "1 MB article id"
awk 'BEGIN { id = "\303\244"; while (length(id) < 1048576) id = id id;
    printf "{\"id\":\"%s\",\"text\":\"Polen lobt Japan.\"}\n", id;
    printf "{\"id\":\"%s\",\"date\":\"2022-05-10\"}\n", id }' > "$T/idmsg.jsonl"
"$DYAD" code --lang de "$T/idmsg.jsonl" > "$T/out" 2> "$T/err"
check "1 MB article id without a date or a text: both reported with the id cut to 64 bytes and '…'" \
    sh -c "test $? -eq 1 && test \$(wc -l < '$T/err') -eq 2 && awk 'length > 200 { exit 1 }' '$T/err' &&
           grep -q \"idmsg.jsonl:1: article \$(awk 'BEGIN { for (i = 0; i < 32; i++) printf \"\\303\\244\" }')$(printf '\342\200\246') has no date; skipped\" '$T/err' &&
           grep -q 'idmsg.jsonl:2: article .* has no text; skipped' '$T/err'"

# --- 6. dates ---------------------------------------------------------------
for d in 0000-00-00 9999-99-99 2023-02-29 1799-12-31 2201-01-01 2022-5-10 2022-05-10x; do
    printf '{"id":"d","date":"%s","text":"Polen lobt Japan."}\n{"id":"ok","date":"2022-05-10","text":"Polen lobt Japan."}\n' "$d" > "$T/date.jsonl"
    "$DYAD" code --lang de "$T/date.jsonl" > "$T/out" 2> "$T/err"
    check "date $d (JSON): refused with file:line, the rest coded" \
        sh -c "test $? -eq 1 && grep -q \"date.jsonl:1: article d: missing or invalid date '$d'\" '$T/err' &&
               grep -q '\"doc\":\"ok\"' '$T/out' && ! grep -q '\"doc\":\"d\"' '$T/out'"
    "$DYAD" code --lang de --date "$d" examples/beispiel-de.txt > "$T/out" 2> "$T/err"
    check "date $d (--date): refused with a message" \
        sh -c "test $? -eq 1 && grep -q 'invalid date' '$T/err' && ! test -s '$T/out'"
done
for d in 2024-02-29 1800-01-01 2200-12-31; do
    "$DYAD" code --lang de --date "$d" examples/beispiel-de.txt > "$T/out" 2> "$T/err"
    check "date $d: accepted" sh -c "test $? -eq 0 && grep -q '\"date\":\"$d\"' '$T/out'"
done

# --- 7. JSON nested 100,000 deep ---------------------------------------------
awk 'BEGIN { n = 100000;
    printf "{\"id\":\"v\",\"date\":\"2022-05-10\",\"text\":\"x\",\"n\":";
    for (i = 0; i < n; i++) printf "["; for (i = 0; i < n; i++) printf "]"; print "}";
    for (i = 0; i < n; i++) printf "["; for (i = 0; i < n; i++) printf "]"; print "";
    for (i = 0; i < n; i++) printf "{\"a\":"; printf "1"; for (i = 0; i < n; i++) printf "}"; print "";
    print "{\"id\":\"ok\",\"date\":\"2022-05-10\",\"text\":\"Polen lobt Japan.\"}" }' > "$T/deep.jsonl"
for t in 1 2; do
    measure 10 64 "$T/out" "$T/err" "$DYAD" code --lang de --threads $t "$T/deep.jsonl"
    check "JSON nested 100,000 deep (--threads $t): 3 lines refused with file:line, the rest coded" \
        sh -c "test $rc -eq 1 && test \$(grep -c 'deep.jsonl:[123]: malformed JSON: maximum parsing depth reached' '$T/err') -eq 3 &&
               grep -q '\"doc\":\"ok\"' '$T/out'"
    within "JSON nested 100,000 deep (--threads $t)"
done

# --- caps on the command line -------------------------------------------------
# spans are 32-bit byte offsets and an invalid byte becomes 3 bytes: the
# document cap stops at (2^32 - 1) / 3
"$DYAD" code --lang de $D --max-doc-bytes 1431655766 examples/beispiel-de.txt > "$T/out" 2> "$T/err"
check "--max-doc-bytes over 1431655765: usage error (64) saying why, nothing coded" \
    sh -c "test $? -eq 64 && ! test -s '$T/out' &&
           grep -q 'max-doc-bytes takes a number from 1 to 1431655765 (byte offsets are 32-bit' '$T/err'"
"$DYAD" code --lang de $D --max-doc-bytes 1431655765 examples/beispiel-de.txt > "$T/out" 2> "$T/err"
check "--max-doc-bytes 1431655765: accepted" sh -c "test $? -eq 0 && test -s '$T/out'"
for opt in --max-doc-bytes --max-sentence-tokens --max-doc-tokens; do
    "$DYAD" code --lang de $D $opt 0 examples/beispiel-de.txt > /dev/null 2> "$T/err"
    check "$opt 0: usage error (64)" sh -c "test $? -eq 64 && grep -q -- '$opt takes a' '$T/err'"
done
"$DYAD" code --lang de $D --max-sentence-tokens 4294967296 examples/beispiel-de.txt > /dev/null 2> "$T/err"
check "--max-sentence-tokens over 32 bits: usage error (64)" test $? -eq 64
printf 'Frankreich kritisiert Russland und Polen lobt Japan heute.\n' > "$T/cap.txt"
"$DYAD" code --lang de $D --format tsv --max-doc-tokens 8 "$T/cap.txt" > "$T/out" 2> "$T/err"
check "--max-doc-tokens 8 on 9 tokens: refused with the cap named" \
    sh -c "test $? -eq 1 && grep -q 'cap.txt: article .*over the cap of 8 tokens; skipped' '$T/err'"
"$DYAD" code --lang de $D --format tsv --max-doc-tokens 9 "$T/cap.txt" > "$T/out" 2> "$T/err"
check "--max-doc-tokens 9 on 9 tokens: coded" sh -c "test $? -eq 0 && grep -q '	051	' '$T/out'"
"$DYAD" code --lang de $D --format tsv --max-sentence-tokens 4 "$T/cap.txt" > "$T/out" 2> "$T/err"
check "--max-sentence-tokens 4: the sentence split into pieces, each coded" \
    sh -c "test $? -eq 0 && awk -F'\t' 'NR > 1 { s[\$2] = 1 } END { exit !(length(s) >= 2) }' '$T/out' &&
           grep -q '	FRA[A-Z]*	RUS[A-Z]*	111	' '$T/out'"
# closing quotes glued to the final period stay with the sentence past the
# cap (docs/limits.md): 6 tokens, the period the 6th, then 5 closing quotes
printf 'Frankreich kritisiert Russland heute scharf.\342\200\234\342\200\234\342\200\234\342\200\234\342\200\234 Polen lobt Japan.\n' > "$T/capq.txt"
"$DYAD" code --lang de $D --max-sentence-tokens 6 "$T/capq.txt" > "$T/out" 2> "$T/err"
check "--max-sentence-tokens 6: five closing quotes after the 6th token stay in that sentence (11 tokens, 59 bytes)" \
    sh -c "test $? -eq 0 && grep '\"code\":\"111\"' '$T/out' | grep -q '\"sentence\":\[0,59\]' &&
           grep '\"code\":\"051\"' '$T/out' | grep -q '\"sent\":1,'"

# --- 8. many distinct events in one article ----------------------------------
# 44,700 distinct events in 1.2 MB: linear coding takes well under a second
sh tests/regress/many-events.sh 150 dict > "$T/events.txt"
measure 2 256 "$T/out" "$T/err" "$DYAD" code --lang de $D "$T/events.txt"
check "44,700 distinct events in one article: coded within ${tl} s (${wall} s)" \
    sh -c "test $rc -eq 0 && test \$(grep -c '\"code\":' '$T/out') -eq 44700"

# crashes found by fuzzing (tests/regress/README.md): each input is coded
# without a crash (under `make asan`: without a sanitizer report)
"$DYAD" code --lang de $D tests/regress/dateline-visit-uaf.txt > "$T/out" 2> "$T/err"
check "fuzz finding dateline-visit-uaf.txt (use after free): coded, exit 0" \
    sh -c "test $? -eq 0 && grep -q '\"code\":' '$T/out' && ! grep -q 'Sanitizer' '$T/err'"

"$DYAD" code --lang de $D --format tsv tests/regress/dateline-visit-order.txt > "$T/out" 2> "$T/err"
check "fuzz finding dateline-visit-order.txt: events in text order (include/dyad.h)" \
    awk -F'\t' 'NR > 1 { if ($2 < last) exit 1; last = $2 } END { exit NR < 3 }' "$T/out"

# found by fuzz_import_tabari: imported forms over the loader's 64-token cap
# were written, and the imported dictionary did not load (exit 2)
"$DYAD" dict import --format tabari -o "$T/imp" tests/regress/import-form-tokens.actors \
    tests/regress/import-form-tokens.agents > "$T/out" 2> "$T/err"
check "fuzz finding import-form-tokens.*: forms of 71 tokens reported as bad-form, the rest imported, the output loads" \
    sh -c "test $? -eq 0 && grep -q 'bad-form  *3 ' '$T/out' && grep -q 'import-form-tokens.actors:3 ' '$T/out' &&
           grep -q 'loads: .* 2 actor forms, .* 1 roles' '$T/out' && grep -q '^GON  *name  *Gondor' '$T/imp/en/countries.txt'"
# found by fuzz_import_petrarch: an irregular verb form of 72 tokens went to
# strong.txt, and the imported dictionary did not load (exit 2)
"$DYAD" dict import --format petrarch -o "$T/imp3" tests/regress/import-strong-form.verbs.txt > "$T/out" 2> "$T/err"
check "fuzz finding import-strong-form.verbs.txt: irregular forms of 72 tokens reported as bad-form, the output loads, the good ones kept" \
    sh -c "test $? -eq 0 && grep -q 'import-strong-form.verbs.txt:4  irregular forms of scold' '$T/out' &&
           grep -q 'loads: .* 2 verbs' '$T/out' && grep -q '^glimb  *glimbs  *glamb  *glumb' '$T/imp3/en/strong.txt' &&
           ! grep -q '^scold' '$T/imp3/en/strong.txt'"
# found by fuzz_import_petrarch: a verb with a pattern word of 70 '>' became
# a phrasal entry over the loader's cap, and the output did not load (exit 2)
"$DYAD" dict import --format petrarch -o "$T/imp4" tests/regress/import-phrasal-tokens.verbs.txt > "$T/out" 2> "$T/err"
check "fuzz finding import-phrasal-tokens.verbs.txt: the pattern word of 72 tokens reported (pattern-long, not a particle), the output loads with the verb" \
    sh -c "test $? -eq 0 && grep -q '^  pattern-long  *1 ' '$T/out' &&
           grep -q 'import-phrasal-tokens.verbs.txt:6  - \* T>>>' '$T/out' &&
           grep -q 'loads: .* 1 verbs' '$T/out' && grep -q '^co-operate  *190 ' '$T/imp4/en/verbs.txt'"
# found by fuzz_import_tabari: a dictionary without a single phrase (only
# verbs imported): dy_dict_phrases() did pointer arithmetic on NULL (clang
# UBSan; the seed fuzz/corpus/fuzz_import_tabari/regress-no-actors replays it
# under make fuzz). Here: it imports, loads and codes without a report.
"$DYAD" dict import --format tabari -o "$T/imp2" tests/regress/import-no-actors.verbs > /dev/null 2> "$T/err" &&
    "$DYAD" code --lang en --date 2022-05-10 --dict "$T/imp2" examples/beispiel-de.txt > "$T/out" 2>> "$T/err"
check "fuzz finding import-no-actors.verbs: a dictionary without phrases codes (nothing), exit 0, no report" \
    sh -c "test $? -eq 0 && ! test -s '$T/out' && ! test -s '$T/err'"

# the library splitter on raw bytes (the CLI repairs before it splits)
if ${CC:-cc} -std=c11 $SAN -Iinclude -o "$T/split-invalid" tests/regress/split-invalid-utf8.c \
        "$BUILD/libdyad.a" -lutf8proc -ljansson -lm -pthread 2> "$T/cc.err"; then
    check "dy_split_sentences on invalid UTF-8: sentences, not the out-of-memory -1" \
        sh -c "'$T/split-invalid' > /dev/null"
else
    bad "tests/regress/split-invalid-utf8.c does not build"; cat "$T/cc.err"
fi

# --- 9. failure injection -----------------------------------------------------
printf '{"id":"a","date":"2022-05-10","text":"Frankreich kritisiert Russland."}\n' > "$T/one.jsonl"
for args in "code --format gdelt" "code --threads 2" "explain"; do
    "$DYAD" $args "$T/one.jsonl" > /dev/full 2> "$T/err"
    check "full disk ($args, JSON Lines): exit 2 with a message" \
        sh -c "test $? -eq 2 && grep -q 'error writing output' '$T/err'"
done
for i in $(seq 1 200); do cat "$T/one.jsonl"; done > "$T/many.jsonl"
for args in "code --threads 2" "explain" "code --format tsv"; do
    "$DYAD" $args "$T/many.jsonl" 2> "$T/err" | head -1 > /dev/null
    check "closed pipe ($args | head -1): no message" sh -c "! test -s '$T/err'"
done

# a dictionary with a broken line: the error names file:line, nothing loads
# and nothing is coded (dy_dict_load stops at the first error)
broken_dict() {
    name=$1 file=$2 line=$3 want=$4
    rm -rf "$T/bd"; mkdir -p "$T/bd"; cp -r dict/. "$T/bd/"
    printf "$line" >> "$T/bd/$file"
    n=$(wc -l < "$T/bd/$file")
    "$DYAD" dict check --dict "$T/bd" > /dev/null 2> "$T/err"
    rc1=$?
    "$DYAD" code --lang de --dict "$T/bd" $D examples/beispiel-de.txt > "$T/out" 2>> "$T/err"
    check "broken dictionary ($name): exit 2, '$file:$n: $want', nothing coded" \
        sh -c "test $rc1 -eq 2 && test $? -eq 2 && ! test -s '$T/out' &&
               grep -q 'bd/$file:$n: .*$want' '$T/err'"
}
broken_dict "bad quad class" cameo.txt '099 1.0 9 1.0 1.0 1 bogus\n' "bad quad class"
broken_dict "bad office date" people.txt 'person DEU Max Mustermann\n  DEUGOV 2021-13-01 -\n' "bad date"
broken_dict "bad organisation code" orgs.txt 'igo NATO\n' "bad actor code"
broken_dict "lower-case role" de/roles.txt 'gov Minister\n' "bad role code"
broken_dict "unknown kind" en/countries.txt 'CHN bogus China\n' "unknown kind"
broken_dict "unknown verb flag" de/verbs.txt 'treffen 040 tgt=mit bogus\n' "unknown option"
broken_dict "unknown CAMEO code" en/nouns.txt 'visit 999 tgt=to\n' "unknown CAMEO code"
broken_dict "a form of 65 tokens" de/countries.txt "CHN name $(yes a | head -65 | tr '\n' ' ')\n" "form too long"
rm -rf "$T/bd"; mkdir -p "$T/bd"; cp -r dict/. "$T/bd/"
printf 'treffen 040\000\n' >> "$T/bd/de/verbs.txt"
"$DYAD" dict check --dict "$T/bd" > /dev/null 2> "$T/err"
check "dictionary with a NUL byte: exit 2, the file named" \
    sh -c "test $? -eq 2 && grep -q 'bd/de/verbs.txt: binary file' '$T/err'"
rm "$T/bd/de/verbs.txt"
"$DYAD" dict check --dict "$T/bd" > /dev/null 2> "$T/err"
check "dictionary file missing: exit 2, the file named" \
    sh -c "test $? -eq 2 && grep -q 'bd/de/verbs.txt: cannot open' '$T/err'"
rm -rf "$T/bd"; mkdir -p "$T/bd"; cp -r dict/. "$T/bd/"
cat tests/regress/dict-invalid-utf8.txt >> "$T/bd/en/countries.txt"
n=$(wc -l < "$T/bd/en/countries.txt")
"$DYAD" dict check --dict "$T/bd" > /dev/null 2> "$T/err"
check "dictionary with invalid UTF-8: exit 2 with file:line" \
    sh -c "test $? -eq 2 && grep -q 'bd/en/countries.txt:$n: ' '$T/err'"
check "dictionary with invalid UTF-8: a syntax error, not 'out of memory'" \
    sh -c "! grep -q 'out of memory' '$T/err'"

test_done
