#!/bin/sh
# t0810-neutral: the coder (src/coder/) is language-neutral: it holds no
# word of any natural language.  Every word it reads one by one is in the
# language tables (src/lang/XX/XX_rules.c, lang.h), every message of the
# explain trace in src/explain/trace_text.h.
#
# The rule, as tools/wordlits.sh applies it: in src/coder/*.c and *.h,
# outside comments and #include lines, no string or character literal
# holds a lower-case ASCII letter or a byte outside ASCII once its escape
# sequences (\n, \x99) and printf conversions (%s, %.2s, %04d) are taken
# out.  Punctuation, digits and upper-case codes of the CAMEO scheme
# ("IGO", "GOV", "045") are not words of a language and may stay.
#
# No file is left out: src/coder/api.c, the library's entry point, takes its
# prepositions from the language tables (dy_lang_rules.prep_*), the
# languages' codes from them too (dy_rules_XX.code), and its error messages
# and the moods' names from src/explain/trace_text.h.
. tests/cli/test-lib.sh

# the checker sees a word, an umlaut, an upper-case non-ASCII word, and a
# word inside a format; it lets codes, punctuation and formats pass
cat > "$T/words.c" <<'EOC'
/* a comment may say "zwischen" and "between" */
#include "lang/lang.h"
static const char *a = "zwischen";
static bool b(const char *s) { return !strcmp(s, "ÜBER"); }
static void d(void) { printf("    no target: %s\n", "x"); }
EOC
cat > "$T/codes.c" <<'EOC'
/* codes, punctuation and formats: "all words in comments are fine" */
static const char *c[] = {"IGO", "GOV", "045", ",", ";", "\xe2\x80\x94" + 0};
static void f(char *b) { snprintf(b, 16, "%s%s\t%04d-%02d %.2s %zu", "", "", 1, 2, "", 3); }
static char g = '?';
EOC
run sh tools/wordlits.sh "$T/words.c"
expect_status "neutral: a file with words is caught" 1
check "neutral: the plain word" grep -q 'words.c:3: "zwischen"' "$T/out"
check "neutral: the upper-case word with an umlaut" grep -q 'words.c:4: "ÜBER"' "$T/out"
check "neutral: the word in a format" grep -q 'words.c:5: "    no target: %s\\n"' "$T/out"
check_not "neutral: comments and includes are not read" grep -q 'words.c:[12]:' "$T/out"
run sh tools/wordlits.sh "$T/codes.c"
expect_status "neutral: codes, punctuation and formats pass" 0

# the coder
run sh tools/wordlits.sh src/coder/*.c src/coder/*.h
expect_status "neutral: src/coder/ holds no word of a language (every file, api.c too)" 0
[ "$rc" -eq 0 ] || sed 's/^/     /' "$T/out" | head -20
check_not "neutral: no language switch named for a language" \
    grep -nE 'is_(english|german)|lang1 *== *[12]|rules *== *&dy_rules_' src/coder/atoms.c \
    src/coder/clauses.c src/coder/discourse.c src/coder/emit.c src/coder/groups.c \
    src/coder/mentions.c src/coder/mood.c src/coder/nouns.c src/coder/patterns.c \
    src/coder/predicate.c src/coder/resolve.c src/coder/roles.c src/coder/sentence.c \
    src/coder/speech.c src/coder/dates.c src/coder/stages.h src/coder/coder.h
test_done
