/*
 * dyad.h: the public interface of libdyad, and its manual.
 *
 * libdyad turns news text into political event data in the CAMEO ontology:
 * who (source actor) did what (event code) to whom (target actor), when, with
 * the sentence and byte offsets that prove it.
 *
 * The flow:
 *
 *     dy_dict_load()      dictionaries (dict/ directory)  -> dy_dict
 *     dy_code()           one article (dy_article) + dy_dict -> dy_result
 *     dy_result_events()  the events, each with evidence and spans
 *     dy_write_event()    JSON Lines / TSV / GDELT 2.0 rows
 *
 * Ownership: every pointer a dy_*_new / dy_*_load / dy_code call returns is
 * owned by the caller and freed with the matching dy_*_free.  Pointers inside
 * a result (strings, event arrays) live as long as the result and must not be
 * freed separately.  A dy_dict is immutable after loading and may be shared
 * by any number of threads coding at once; a dy_result belongs to one thread.
 *
 * Errors: functions that can fail return a dy_status (DY_OK == 0) or NULL, and
 * fill a caller-provided dy_error with a message naming the file and line
 * where that applies.  libdyad never exits and never prints; out of memory is
 * reported as DY_ENOMEM and leaves no leak.
 *
 * Offsets: byte offsets refer to the article text as read, after invalid
 * UTF-8 sequences have been replaced by U+FFFD (three bytes each).  For valid
 * UTF-8 input they are offsets into the input bytes.
 */
#ifndef DYAD_H
#define DYAD_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DYAD_VERSION "0.1.0"

typedef enum dy_status {
    DY_OK = 0,
    DY_ENOMEM,   /* an allocation failed */
    DY_EIO,      /* a file could not be read or written */
    DY_ESYNTAX,  /* a dictionary or input line is malformed */
    DY_EINPUT,   /* an article is unusable (empty, no date, over a cap) */
    DY_ELANG     /* the language is not supported */
} dy_status;

/* A message for a status, e.g. "out of memory".  Static; do not free. */
const char *dy_strerror(dy_status st);

/* Error details: the file and line where applicable, and a message. */
typedef struct dy_error {
    dy_status status;
    char file[256];
    long line;       /* 0 when not applicable */
    char msg[512];
} dy_error;

/* ---------------------------------------------------------------- limits */

/* Caps that keep time and memory linear in the input.  Text over a cap is
 * refused with DY_EINPUT and a message; it is never silently cut.  Pass NULL
 * wherever a dy_limits is taken to get these defaults. */
typedef struct dy_limits {
    size_t max_doc_bytes;        /* default 16 MiB */
    size_t max_sentence_tokens;  /* default 400; a longer run is split */
    size_t max_doc_tokens;       /* default 2,000,000 */
} dy_limits;

void dy_limits_default(dy_limits *lim);

/* ---------------------------------------------------------- dictionaries */

typedef struct dy_dict dy_dict;

/* Loads every dictionary under DIR (normally "dict"): cameo.txt, people.txt,
 * orgs.txt, gen/countries.LANG.txt and LANG/{countries,roles,verbs,nouns,
 * strong}.txt for each supported language.  A malformed line is an error
 * naming file and line; loading stops at the first error and returns NULL.
 * The dictionary is immutable afterwards and safe to share between threads.
 * Free with dy_dict_free(). */
dy_dict *dy_dict_load(const char *dir, dy_error *err);
void dy_dict_free(dy_dict *d);

/* Counts of loaded entries, for `dyad dict stats` and the benchmark. */
typedef struct dy_dict_stats {
    size_t codes, countries, actor_forms, people, offices, verbs, verb_forms,
        nouns, roles, phrases;
} dy_dict_stats;
void dy_dict_get_stats(const dy_dict *d, dy_dict_stats *out);

/* Which Goldstein and quad table to report (the coding guide: GDELT is the
 * default; Phoenix differs on quads and nine weights; ICEWS on weights). */
typedef enum dy_scale { DY_SCALE_GDELT = 0, DY_SCALE_ICEWS, DY_SCALE_PHOENIX } dy_scale;
const char *dy_scale_name(dy_scale s);

/* Looks a CAMEO code up: returns 0 and fills goldstein and quad, or -1 if the
 * code is unknown. */
int dy_cameo_lookup(const dy_dict *d, const char *code, dy_scale scale,
                    double *goldstein, int *quad);

/* --------------------------------------------------------------- coding */

/* One article.  Strings are borrowed for the duration of dy_code(). */
typedef struct dy_article {
    const char *id;     /* article id; "" if none */
    const char *date;   /* story date YYYY-MM-DD (required) */
    const char *lang;   /* "de" (or "en" where supported) */
    const char *title;  /* may be NULL */
    const char *text;   /* the body */
    size_t text_len;
} dy_article;

/* What the clause that produced an event asserted. */
typedef enum dy_mood {
    DY_MOOD_FACT = 0,
    DY_MOOD_INTENT,      /* announced, planned, wanted: coded 03x */
    DY_MOOD_APPEAL,      /* demand or appeal: coded 02x or 10x */
    DY_MOOD_SPECULATION, /* not coded */
    DY_MOOD_QUESTION,    /* not coded */
    DY_MOOD_HYPOTHETICAL,/* not coded */
    DY_MOOD_NEGATED      /* not coded unless the code is a refusal */
} dy_mood;
const char *dy_mood_name(dy_mood m);

typedef struct dy_span { uint32_t start, end; } dy_span; /* [start, end) */

typedef struct dy_event {
    int sent;                 /* sentence index in the article, from 0 */
    char date[11];            /* the event's date, YYYY-MM-DD */
    char source[24], target[24];  /* actor codes, e.g. "CHNGOV" */
    const char *source_name, *target_name;  /* as written (owned by result) */
    char code[6], root[3];    /* CAMEO code and root */
    int quad;                 /* quad class 1-4 (0: neutral, Phoenix only) */
    double goldstein;
    dy_mood mood;
    dy_span evidence;         /* the sentence */
    dy_span src_span, tgt_span, pred_span;
    const char *rule;         /* "dict/de/verbs.txt:42" (owned by dict) */
} dy_event;

typedef struct dy_result dy_result;

/* Options for one coding run. */
typedef struct dy_options {
    dy_scale scale;
    const dy_limits *limits;  /* NULL: defaults */
    int explain;              /* keep a trace for dy_result_explain() */
} dy_options;

/* Codes one article.  Returns a result (free with dy_result_free) or NULL
 * with ERR filled: DY_EINPUT for an unusable article (no date, over a cap),
 * DY_ELANG for an unsupported language, DY_ENOMEM. */
dy_result *dy_code(const dy_dict *d, const dy_article *a,
                   const dy_options *opt, dy_error *err);
void dy_result_free(dy_result *r);

/* The events of a result, in text order, deduplicated within the article
 * (the same source, target and code once). */
size_t dy_result_count(const dy_result *r);
const dy_event *dy_result_event(const dy_result *r, size_t i);
/* The article text as coded (after UTF-8 repair); spans index into it. */
const char *dy_result_text(const dy_result *r, size_t *len);
/* Number of invalid UTF-8 sequences that were replaced. */
size_t dy_result_invalid_utf8(const dy_result *r);

/* Writes a human-readable account of every clause: actors and predicates
 * found, the dictionary lines that fired, mood decisions, and why clauses
 * gave no event.  Needs opt.explain.  Returns 0, or -1 on a write error. */
int dy_result_explain(const dy_result *r, FILE *out);

/* ------------------------------------------------------------- writing */

typedef enum dy_format { DY_FMT_JSONL = 0, DY_FMT_TSV, DY_FMT_GDELT } dy_format;

/* Writes the TSV header (TSV only; nothing for the other formats). */
int dy_write_header(FILE *out, dy_format f);
/* Writes one event of article A; returns 0 or -1 on a write error. */
int dy_write_event(FILE *out, dy_format f, const dy_article *a,
                   const dy_result *r, const dy_event *e, dy_scale scale);

/* ----------------------------------------------------------- text tools */

/* Splits TEXT into sentences (German rules); calls CB with each sentence's
 * byte span in TEXT.  Invalid UTF-8 bytes and NULs are read as U+001A (a
 * symbol, no sentence end).  Exposed for tests and tools.  Returns the
 * count, or -1 on out of memory. */
long dy_split_sentences(const char *text, size_t len, const char *lang,
                        void (*cb)(void *ctx, size_t start, size_t end),
                        void *ctx);

/* Validates UTF-8: returns a newly allocated copy with invalid sequences
 * replaced by U+FFFD (free with free()), its length in *OUT_LEN and the
 * number of replacements in *N_BAD.  NULL on out of memory. */
char *dy_utf8_repair(const char *s, size_t len, size_t *out_len, size_t *n_bad);

/* ------------------------------------------------ language identification
 *
 * Which language an article is in, for `dyad code --lang auto`.  dyad codes
 * German and English; the identifier says which of the two an article is,
 * that it is another language, or that it cannot tell.
 *
 * Two signals:
 *   T  libexttextcat's character n-gram fingerprints (the .lm files listed in
 *      DIR/fpdb.conf; 164 languages in Debian's libexttextcat-data).  The
 *      text's fingerprint (from its first 8 KiB) is compared with every
 *      language's, without libexttextcat's cut-off, so that the distances d
 *      to German and English are known even when a third language is
 *      nearer.  T's margin is |d_de - d_en| / max(d_de, d_en); under 0.02 T
 *      has no leaning, else it leans to the nearer of de and en.
 *   F  a vote of words, over the first 64 KiB.  Function words: German
 *      ones (der, die, und, nicht, ist, mit, ...) and English ones (the,
 *      of, and, is, not, said, ...), none a common word of the other
 *      language; words of both (in, an, was, will, also, so, am) vote for
 *      neither.  Cues, at most 2 per language: for German a word with ä,
 *      ö, ü or ß or ending in -ung, -keit, -heit, -lich, -isch, -iert,
 *      -schaft; for English "a" and lower-case words ending in -ed, -ing or
 *      -ly.  Acronyms in capitals (IS, US) and the word after "von"/"van"
 *      ("von der Leyen") are not counted.  G and E are the German and
 *      English votes; F leans to the larger, with margin |G - E| / (G + E).
 *
 * The rule, in order (cover: function words of either list or both, per
 * word read):
 *   1. No letter at all, or fewer letters than half the visible characters
 *      (binary data): DY_LANG_NONE.
 *   2. textcat's nearest language is neither de nor en, cover is under
 *      15 %, and that language leads the nearer of de/en by 8 % or more, or
 *      by 3 % (or at all, when no function word was found) in a text of 8
 *      words or more: DY_LANG_OTHER, with its code ("fr", "es").
 *   3. T and F lean the same way, F's margin is at least 0.5 (3:1), and F
 *      has at least 2 votes or T's margin is at least 0.05: DY_LANG_SURE.
 *      When T has no leaning, F alone with at least 3 votes at 3:1 is sure.
 *   4. Anything else is DY_LANG_UNSURE: the signals disagree, a margin is
 *      small, there are no function words (a headline of names), a text of
 *      20 words or more has under 10 % German or English words, or a text
 *      that step 2 let through may be another language.  lang then holds
 *      the leaning: F where F has 3 votes or more at 3:1, else T; "" when
 *      neither leans.
 * A text that mixes the languages is given the language of most of its
 * function words when that is a 3:1 majority, and is unsure otherwise.
 *
 * The loaded fingerprints are only read afterwards: one dy_langid may be
 * shared by any number of threads.  Loading reads 164 files; do it once. */

typedef struct dy_langid dy_langid;

/* Where Debian installs the fingerprints. */
#define DY_LANGID_DIR "/usr/share/libexttextcat"

/* Loads the fingerprints listed in DIR/fpdb.conf (DIR NULL: DY_LANGID_DIR).
 * NULL with ERR filled (naming fpdb.conf and line) when the file or a
 * fingerprint cannot be read, or de.lm or en.lm is not listed.  Free with
 * dy_langid_free(). */
dy_langid *dy_langid_load(const char *dir, dy_error *err);
void dy_langid_free(dy_langid *li);
/* The number of languages loaded. */
size_t dy_langid_count(const dy_langid *li);

typedef enum dy_lang_verdict {
    DY_LANG_SURE = 0,  /* lang is "de" or "en" */
    DY_LANG_UNSURE,    /* lang is the leaning, "de" or "en", or "" */
    DY_LANG_OTHER,     /* lang is textcat's language code, e.g. "fr" */
    DY_LANG_NONE       /* no language: empty, no letters, binary data */
} dy_lang_verdict;
/* "sure", "unsure", "other", "none". */
const char *dy_lang_verdict_name(dy_lang_verdict v);

typedef struct dy_langid_result {
    dy_lang_verdict verdict;
    char lang[16];          /* see dy_lang_verdict */
    const char *why;        /* why not sure ("the signals disagree"); NULL
                             * when sure; static */
    char textcat[16];       /* textcat's nearest language of all; "" when the
                             * text was too short for a fingerprint */
    double textcat_margin;  /* T's margin, > 0 for German, < 0 for English */
    double other_margin;    /* when textcat's nearest is neither de nor en:
                             * its lead, (d_near - d) / d_near where d_near
                             * is the nearer of de and en; else 0 */
    int words_de, words_en; /* function words counted for each */
    int cues_de, cues_en;   /* word forms of one language (umlauts, -ung,
                             * -ed, "a" ...) */
    int votes_de, votes_en; /* G and E: function words plus at most 2 cues */
    size_t words;           /* words read */
} dy_langid_result;

/* Identifies the language of TEXT (LEN bytes; any bytes: invalid UTF-8 is
 * read as non-letters).  Fills OUT; returns DY_OK or DY_ENOMEM. */
dy_status dy_langid_detect(const dy_langid *li, const char *text, size_t len,
                           dy_langid_result *out);
/* The same for an article: its title (if any) and text together. */
dy_status dy_langid_article(const dy_langid *li, const dy_article *a,
                            dy_langid_result *out);

/* -------------------------------------------------- fault injection (test) */

/* Makes the Nth allocation from now fail (1 = the next); 0 turns it off.
 * For tests that prove every allocation failure is handled.  Not thread
 * safe; use it only in single-threaded tests. */
void dy_fail_alloc_after(long n);

#ifdef __cplusplus
}
#endif
#endif
