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
    DY_ELANG,    /* the language is not supported */
    DY_EDB       /* the store failed (database error, schema too new) */
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

/* Where dyad's own dictionaries are when no directory is given, in this
 * order: $DYAD_DICT (as it is); ./dict; ../share/dyad/dict from the
 * running program's directory (an installed tree, wherever it was copied);
 * dict/ beside the running program (a build tree); the directory `make
 * install` put them in (PREFIX/share/dyad/dict).  A directory counts when
 * it holds cameo.txt.  Returns a static string or BUF (CAP bytes); when
 * none is found, dict/ beside the program (or "dict"), which the loader's
 * error then names. */
const char *dy_dict_find(char *buf, size_t cap);

/* Counts of loaded entries, for `dyad dict stats` and the benchmark. */
typedef struct dy_dict_stats {
    size_t codes, countries, actor_forms, people, offices, verbs, verb_forms,
        nouns, roles, phrases;
} dy_dict_stats;
void dy_dict_get_stats(const dy_dict *d, dy_dict_stats *out);

/* Lexicon coverage (`dyad dict coverage`): for every CAMEO code of
 * cameo.txt (three and four digits), how many triggers give it, per language
 * and kind: verb lemmas of LANG/verbs.txt and verb patterns of
 * LANG/patterns.txt (DY_COV_*_VERBS), event-noun entries of LANG/nouns.txt
 * (DY_COV_*_NOUNS).  An entry counts for its code and for its intent= code.
 * Floors: the codes ranked 1..80 in DIR/news-codes.txt (the codes most used
 * in news) need 8 triggers (verbs and nouns together) in each language,
 * every other code one, unless LANG/verbs.txt states why it has none in a
 * comment line "# nocover CODE reason".  DIR is the dictionary directory D
 * was loaded from (NULL: no ranks, no reasons). */
enum { DY_COV_DE_VERBS, DY_COV_DE_NOUNS, DY_COV_EN_VERBS, DY_COV_EN_NOUNS, DY_COV_RU_VERBS,
       DY_COV_RU_NOUNS, DY_COV_FR_VERBS, DY_COV_FR_NOUNS, DY_COV_N };
/* The languages of the columns, in their order: de, en, ru, fr (the order
 * of the language registry).  A language whose dictionary gives no
 * trigger at all is not held to the floors. */
#define DY_COV_LANGS 4
/* The first DY_COV_CHECKED of them are held to the floors by
 * dy_coverage_below() and --check: all four. */
#define DY_COV_CHECKED 4
typedef struct dy_cover_row {
    const char *code, *label;
    unsigned n[DY_COV_N];
    int rank;               /* rank in news-codes.txt, 0 = not listed */
    unsigned floor;         /* triggers each language needs (8, 1) */
    const char *reason[DY_COV_LANGS]; /* de, en, ru, fr: the stated reason for no trigger, or NULL */
    int below[DY_COV_LANGS];  /* de, en, ru, fr: 1 when the floor is not met (and no reason excuses it) */
} dy_cover_row;
typedef struct dy_coverage dy_coverage;
/* NULL on error (a malformed news-codes.txt: *ERR names file and line). */
dy_coverage *dy_coverage_new(const dy_dict *d, const char *dir, dy_error *err);
size_t dy_coverage_count(const dy_coverage *c);
const dy_cover_row *dy_coverage_row(const dy_coverage *c, size_t i);
/* Rows with a language below its floor. */
size_t dy_coverage_below(const dy_coverage *c);
void dy_coverage_free(dy_coverage *c);

/* Which Goldstein and quad table to report (the coding guide: GDELT is the
 * default; Phoenix differs on quads and nine weights; ICEWS on weights). */
typedef enum dy_scale { DY_SCALE_GDELT = 0, DY_SCALE_ICEWS, DY_SCALE_PHOENIX } dy_scale;
const char *dy_scale_name(dy_scale s);

/* Looks a CAMEO code up: returns 0 and fills goldstein and quad, or -1 if the
 * code is unknown. */
int dy_cameo_lookup(const dy_dict *d, const char *code, dy_scale scale,
                    double *goldstein, int *quad);

/* What dyad knows of a CAMEO code besides its weights: the label of
 * cameo.txt ("make a visit") and its PLOVER event type, mode and context
 * from dict/plover.txt (the line of the code's longest listed prefix;
 * docs/formats.md).  Fields are NULL when unknown: plover_type NULL means
 * PLOVER has no event for the code (01x, public statements).  Strings are
 * the dictionary's.  Returns 0, or -1 (all NULL) for an unknown code. */
typedef struct dy_cameo_info {
    const char *label;
    const char *plover_type, *plover_mode, *plover_context;
} dy_cameo_info;
int dy_cameo_describe(const dy_dict *d, const char *code, dy_cameo_info *out);
/* The English name of the country of actor CODE (its first three letters:
 * "IND" and "INDGOV" give "India"), from dict/gen/countries.en.txt; NULL
 * for IGOs, NGOs and unknown codes. */
const char *dy_country_name(const dy_dict *d, const char *code);

/* --------------------------------------------------------------- coding */

/* One article.  Strings are borrowed for the duration of dy_code(). */
typedef struct dy_article {
    const char *id;     /* article id; "" if none */
    const char *date;   /* story date YYYY-MM-DD (required) */
    const char *lang;   /* "de" (or "en", "fr" where supported) */
    const char *title;  /* may be NULL */
    const char *text;   /* the body */
    size_t text_len;
    const char *source; /* the outlet ("Reuters"); may be NULL; the store
                         * counts distinct sources per event */
    const char *url;    /* may be NULL; kept by the store */
} dy_article;

/* What the clause that produced an event asserted. */
typedef enum dy_mood {
    DY_MOOD_FACT = 0,
    DY_MOOD_INTENT,      /* announced, planned, wanted: coded 03x */
    DY_MOOD_APPEAL,      /* demand or appeal: coded 02x or 10x */
    DY_MOOD_SPECULATION, /* not coded */
    DY_MOOD_QUESTION,    /* not coded */
    DY_MOOD_HYPOTHETICAL,/* not coded */
    DY_MOOD_NEGATED,     /* not coded unless the code is a refusal */
    DY_MOOD_REPORTED     /* a deed the writer reports unconfirmed ("reportedly
                          * killed", "auraient tué", "soll beschossen haben",
                          * "якобы обстреляли"): coded as the deed, and marked
                          * so that a user can keep or drop it */
} dy_mood;
const char *dy_mood_name(dy_mood m);

typedef struct dy_span { uint32_t start, end; } dy_span; /* [start, end) */

/* Where an event happened (coding guide §5, docs/geo.md), from the
 * gazetteer of dict/geo.  level is 0 when the text does not say; then every
 * other field is empty (lat and lon 0).  The rule that gave it:
 *   "locative"  a place phrase in the event's clause ("in Kunduz province",
 *               "bei Charkiw"), a meeting where it took place, a visit at
 *               the place visited, an attack where it struck;
 *   "sentence"  a place phrase in the event's sentence before its clause
 *               ("In Kabul, ... met ...");
 *   "previous-sentence"  a city in the last place phrase of the sentence
 *               before;
 *   "dateline"  the article's dateline ("KABUL (AFP) -", "(PARIS) —"),
 *               except for force against a target outside its country;
 *   "headline"  the place phrase of a one-line headline;
 *   "visit"     a visit read from the dateline: the dateline's place;
 *   "actors", "meeting", "same-actors"  the actors' country, the pair's
 *               meeting, the same actors' placed deed (docs/geo.md);
 *   "venue"     the article's meeting venue nearest the event ("summit in
 *               Ghana"), for an event no other rule placed;
 *   "source"    the article's place in the source's country, nearest the
 *               event (no other rule placed it, or the speaker is from
 *               abroad under a dateline elsewhere).
 * The place a statement is about ("criticised the war in Ukraine") is not
 * its location; no location is given rather than a guessed one. */
typedef enum dy_loc_level {
    DY_LOC_NONE = 0, DY_LOC_CITY = 1, DY_LOC_REGION = 2, DY_LOC_COUNTRY = 3
} dy_loc_level;
typedef struct dy_location {
    dy_loc_level level;
    char country[4];          /* ISO 3166-1 alpha-3, as the actor codes (KSV) */
    char admin1[12];          /* ISO 3166-2 first-level division ("AF-KDZ"), or "" */
    const char *place;        /* GeoNames' (or ISO's) name; NULL when none */
    double lat, lon;          /* WGS84 degrees; NAN when unknown */
    unsigned geonames_id;     /* GeoNames id of a city; 0 for a region or country */
    const char *rule;         /* one of the rules above; NULL when level is 0 */
    dy_span span;             /* the place's words in the text */
} dy_location;
const char *dy_loc_level_name(dy_loc_level l); /* "city", "region", "country", "" */

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
    dy_location location;     /* where it happened (level 0: not said) */
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

/* The output formats (docs/formats.md shows each and how to load it):
 *   DY_FMT_JSONL           JSON Lines, one object per event
 *   DY_FMT_TSV, DY_FMT_CSV the event table, a header row and one row per
 *                          event: doc sent date source target code root
 *                          quad goldstein mood source_name target_name rule
 *                          evidence (the first article's; the 14 columns
 *                          `code` always wrote), then id global_event_id
 *                          last_date source_country target_country label
 *                          location url outlet lang num_mentions
 *                          num_sources num_articles participants (the same
 *                          from code and query; id is empty from code)
 *   DY_FMT_GDELT           GDELT 2.0 event rows, 61 columns, no header
 *   DY_FMT_ICEWS           the ICEWS coded event file layout, 20 columns
 *   DY_FMT_PLOVER          POLECAT-style JSON Lines: PLOVER event type,
 *                          mode and context (dict/plover.txt); events of
 *                          codes PLOVER has no event for (01x) are left out
 *   DY_FMT_GDELT_MENTIONS  GDELT 2.0 mentions rows, 16 columns, no header
 * GLOBALEVENTID (and global_event_id) is a stable 53-bit number made from
 * the event's source, target, code, first date and participants: the same
 * from code and query, on both backends, and in the events and mentions
 * rows. */
typedef enum dy_format {
    DY_FMT_JSONL = 0, DY_FMT_TSV, DY_FMT_GDELT, DY_FMT_CSV, DY_FMT_ICEWS, DY_FMT_PLOVER,
    DY_FMT_GDELT_MENTIONS
} dy_format;

/* Writes the header row (csv, tsv, icews; nothing for the others). */
int dy_write_header(FILE *out, dy_format f);
/* Writes one event of article A; returns 0 or -1 on a write error.  As an
 * event of one mention: NumMentions, NumSources and NumArticles 1,
 * SOURCEURL A's url (its id when it has none), IsRootEvent 1 for the first
 * sentence; AvgTone and the geography are empty.  Labels, country names
 * and PLOVER types come from the dictionary that coded R. */
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

/* ---------------------------------------------------------------- store
 *
 * A durable store of coded events: SQLite (one file, the default) or
 * PostgreSQL (a "postgres://" or "postgresql://" URL), with one schema and
 * one behaviour.  docs/store.md documents the schema and its versions.
 *
 * Tables: articles (id, date, source, url, lang, hash of the text),
 * mentions (each coded event with its evidence and spans), events (the
 * mentions of one happening merged, with GDELT's counts) and actors.
 *
 * Ingest is idempotent: an article whose id and hash are already stored is
 * skipped; one with a known id and a new hash replaces its mentions.  Work
 * is done in batches (dy_store_begin ... dy_store_commit); a batch is one
 * transaction, so a killed ingest leaves every batch whole or absent.
 *
 * Merging (one event per happening): mentions with the same merge key
 * (source and target codes, country and role, and the event code, or only
 * its root with DY_MERGE_ROOT) are clustered by date.  The mentions are
 * taken in date order; the first opens an event, and each later mention
 * joins the open event when its date is at most window_days after the
 * event's first date, otherwise it opens a new one.  A multilateral
 * gathering (one sentence coding the same consultation or cooperation
 * code, roots 04-06, among three or more states) is one mention with a
 * participant list, not one mention per pair.  The rules are kept in the
 * store; dy_store_remerge() changes them and rebuilds every event. */

typedef struct dy_store dy_store;

typedef enum dy_merge_by { DY_MERGE_CODE = 0, DY_MERGE_ROOT = 1 } dy_merge_by;

typedef struct dy_merge_rules {
    int window_days;       /* default 1 */
    dy_merge_by by;        /* default DY_MERGE_CODE */
} dy_merge_rules;

/* The current schema version; dy_store_open() migrates older stores. */
#define DY_STORE_SCHEMA 3

/* Opens TARGET, creating the store if it does not exist: a file path for
 * SQLite (WAL mode), or a postgres:// URL.  An older schema is migrated in
 * one transaction; a newer one is refused.  NULL with ERR set (DY_EDB) on
 * failure. */
dy_store *dy_store_open(const char *target, dy_error *err);
/* Opens TARGET for reading only, as every command that only reads does
 * (query, store info and check, trend, network, blocs).  It never creates
 * a store: a missing or empty file, or a database without dyad's schema, is
 * DY_EDB with a message, and so is an older schema (it names the command
 * that migrates it).  It never writes: dy_store_begin and dy_store_remerge
 * on it fail.  It reads one snapshot for its whole life (SQLite: one read
 * transaction; PostgreSQL: REPEATABLE READ READ ONLY), so the events and
 * mentions of one command agree while an ingest writes.  A SQLite store in
 * a read-only folder, where SQLite cannot make its -wal and -shm files, is
 * opened as immutable. */
dy_store *dy_store_open_read(const char *target, dy_error *err);
/* The same, creating a new store at schema version VERSION (1..current)
 * and not migrating (it can be written at that version); for tests of
 * migration only. */
dy_store *dy_store_open_version(const char *target, int version, dy_error *err);
void dy_store_close(dy_store *s);
/* TARGET as it may be shown in messages: a URL's password (user:PASSWORD@
 * and password=...) replaced by "***"; written to OUT (CAP bytes). */
void dy_store_target_name(char *out, size_t cap, const char *target);
/* "sqlite" or "postgres". */
const char *dy_store_backend(const dy_store *s);
int dy_store_schema_version(const dy_store *s);
void dy_store_get_rules(const dy_store *s, dy_merge_rules *out);

/* Starts a batch (a write transaction; concurrent writers wait).  On
 * PostgreSQL the transaction, and the wait, begin at the batch's first
 * write: the first dy_store_put, or when the articles of dy_store_add are
 * written (at dy_store_commit, or before when many wait). */
int dy_store_begin(dy_store *s, dy_error *err);
/* Stores article A and the events of its coding R as mentions.  Returns 0
 * stored, 1 unchanged (same id and hash; nothing done unless FORCE), or
 * -1 with ERR set: DY_EINPUT when A has no id or no date (nothing was
 * written; the batch may go on), else the batch must be rolled back. */
int dy_store_put(dy_store *s, const dy_article *a, const dy_result *r,
                 int force, dy_error *err);
/* Added in 0.x (issue 14): the same, for a caller that does not need the
 * answer at once (dyad ingest).  Returns 0 (whether A was stored or found
 * unchanged is counted in dy_store_get_counts) or -1 with ERR set as for
 * dy_store_put.  On PostgreSQL the article waits and the batch's articles
 * are checked and written together (at dy_store_commit, or before when
 * many wait), so that an article costs no round trip to the server; an
 * error of a waiting article is then reported by a later call, and the
 * batch must be rolled back.  On SQLite it is dy_store_put. */
int dy_store_add(dy_store *s, const dy_article *a, const dy_result *r,
                 int force, dy_error *err);
typedef struct dy_store_counts {
    long stored;        /* articles stored (new, changed, or FORCE) */
    long unchanged;     /* articles found unchanged, not written */
    long coded;         /* the events coded (dy_result_count) of those stored */
} dy_store_counts;
/* The articles of the open batch so far that the store has checked (on
 * PostgreSQL not those still waiting), or, after dy_store_commit, of the
 * batch it committed; zero after dy_store_rollback. */
void dy_store_get_counts(const dy_store *s, dy_store_counts *out);
/* Re-clusters the mentions this batch touched into events and commits. */
int dy_store_commit(dy_store *s, dy_error *err);
void dy_store_rollback(dy_store *s);

/* Rebuilds every event under new merge rules (one transaction). */
int dy_store_remerge(dy_store *s, const dy_merge_rules *rules, dy_error *err);

typedef struct dy_store_stats {
    long articles, mentions, events, actors;
} dy_store_stats;
int dy_store_get_stats(dy_store *s, dy_store_stats *out, dy_error *err);

/* Checks the store's consistency: every article's mention count matches
 * its mentions, every mention belongs to an event, every event's
 * NumMentions matches its mentions.  Writes each problem found to REPORT
 * (may be NULL) and returns their number, or -1 with ERR set. */
long dy_store_check(dy_store *s, FILE *report, dy_error *err);

/* An event as stored (strings valid during the callback only). */
typedef struct dy_stored_event {
    long long id;
    const char *date, *last_date;        /* first and last mention */
    const char *source, *target;         /* actor codes, "CHNGOV" */
    const char *code, *root;
    int quad;
    double goldstein;
    int num_mentions, num_sources, num_articles;
    const char *participants;            /* multilateral: "CHN IND RUS"; else NULL */
    /* Added in 0.x (issue 12, schema version 3): where the event happened,
     * its first mention's location (level 0: none, or a store of version
     * 1 or 2); span is empty.  The strings live during the callback. */
    dy_location location;
} dy_stored_event;

/* One mention of an event (for --mentions). */
typedef struct dy_stored_mention {
    long long event_id;
    const char *article_id, *article_date, *source, *url;
    int sent;
    const char *evidence;                /* the sentence */
    dy_span src_span, tgt_span, pred_span;  /* in the sentence */
    const char *mood, *rule;
    const char *source_name, *target_name;  /* the actors as the text named them */
    const char *lang;                    /* the article's language ("de") */
} dy_stored_mention;

/* A filter; NULL or 0 fields match anything.  An actor of three letters is
 * a country (it matches every role of it, "CHN" matches "CHNGOV"); a
 * longer one is a full code.  ROLE matches the code after the country.
 * With UNDIRECTED, source and target match either way round.  A
 * multilateral event matches when both actors are among its participants. */
typedef struct dy_query {
    const char *source, *target, *role;
    const char *code;      /* a CAMEO code, or a prefix of one */
    const char *root;      /* "03" */
    int quad;              /* 1-4 */
    const char *from, *to; /* YYYY-MM-DD, inclusive, on the event's date */
    int undirected;
    long limit;            /* 0: no limit */
    /* Added in 0.x (issue 12): an event matches when one of its mentions
     * is from an article in language LANG ("de"), from outlet OUTLET (the
     * article's source, exact), or was coded in mood MOOD ("fact",
     * "intent", "appeal": dy_mood_name); the three together: one mention
     * that has all three.  MIN_SOURCES: at least that many distinct
     * outlets (num_sources). */
    const char *lang, *outlet, *mood;
    int min_sources;
    /* Added in 0.x (issue 13): non-zero leaves each event's location out
     * (dy_stored_event.location stays empty).  Finding an event's location
     * reads its mentions; the aggregations (dy_trend, dy_network) do not
     * use it, and without it a year of one pair is read several times
     * faster (bench/serve.sh). */
    int no_location;
} dy_query;

/* Calls CB with each matching event in date order; CB returns non-zero to
 * stop.  Returns 0, or -1 with ERR set. */
int dy_store_query(dy_store *s, const dy_query *q,
                   int (*cb)(void *ctx, const dy_stored_event *e), void *ctx,
                   dy_error *err);
/* Calls CB with each mention of event EVENT_ID. */
int dy_store_mentions(dy_store *s, long long event_id,
                      int (*cb)(void *ctx, const dy_stored_mention *m), void *ctx,
                      dy_error *err);
/* Calls CB with event ID if it is stored (once, or not at all). */
int dy_store_event(dy_store *s, long long id,
                   int (*cb)(void *ctx, const dy_stored_event *e), void *ctx,
                   dy_error *err);

/* An actor as stored: its code, a name the text gave it (may be NULL),
 * and the first and last day it was seen. */
typedef struct dy_stored_actor {
    const char *code, *name, *first_seen, *last_seen;
} dy_stored_actor;
/* Calls CB with each actor whose code starts with PREFIX or whose name
 * contains it (case-insensitive for ASCII; PREFIX "" or NULL: every
 * actor), in code order; CB returns non-zero to stop. */
int dy_store_actors(dy_store *s, const char *prefix,
                    int (*cb)(void *ctx, const dy_stored_actor *a), void *ctx,
                    dy_error *err);

/* ------------------------------------------------ language identification
 *
 * Which language an article is in, for `dyad code` (by default, and with
 * --lang auto).  dyad codes
 * German, English, Russian and French (src/lang/languages.c); the
 * identifier says which of them an article is (Russian by its script,
 * rule 1a; French by its function words, rule 1b),
 * that it is another language, or that it cannot tell.
 *
 * Two signals:
 *   T  libexttextcat's character n-gram fingerprints (the .lm files listed in
 *      DIR/fpdb.conf; 164 languages in Debian's libexttextcat-data).  The
 *      text's fingerprint (from its first 8 KiB) is compared with every
 *      language's, without libexttextcat's cut-off, so that the distances d
 *      to German and English are known even when a third language is
 *      nearer.  T's margin is |d_de - d_en| / max(d_de, d_en); under 0.035
 *      T has no leaning, else it leans to the nearer of de and en.
 *   F  a vote of words, over the first 64 KiB.  Function words: German
 *      ones (der, die, und, nicht, ist, mit, ...) and English ones (the,
 *      of, and, is, not, said, ...), none a common word of the other
 *      language; words of both (in, an, was, will, also, so, am) vote for
 *      neither.  Cues, at most 2 per language: for German a word with ä,
 *      ö, ü or ß, ending in -ung, -keit, -heit, -lich, -isch, -iert or
 *      -schaft, or a news word (trifft, sagte, fordert, Kanzler, neue ...);
 *      for English "a", lower-case words ending in -ed, -ing or -ly, and
 *      news words (met, told, new, president, foreign, visits, urges ...).
 *      Acronyms in capitals (IS, US) and the word after "von"/"van" ("von
 *      der Leyen") are not counted.  G and E are the German and English
 *      votes; F leans to the larger, with margin |G - E| / (G + E).
 *
 * The rule, in order (cover: function words of either list or both, per
 * word read; textcat's nearest language counts as de or en when it is a
 * close relative: Luxembourgish and Low German, Scots):
 *   1. No letter at all, or fewer letters than half the visible characters
 *      (binary data): DY_LANG_NONE.
 *   1a. Russian (issue 15): more than half the letters are Cyrillic.  The
 *      text is DY_LANG_SURE "ru" unless the letters of Ukrainian,
 *      Belarusian, Serbian or Macedonian (і ї є ґ ў ј љ њ ђ ћ ѓ ќ ѕ)
 *      outnumber Russian's own (ы э ё), or textcat's nearest language is
 *      Bulgarian or Macedonian, Bulgarian's ъ before a consonant is there
 *      and no Russian letter is: then DY_LANG_OTHER with textcat's code.
 *   1b. French (issue 15): a third count, Fr, of French function words
 *      (le, la, les, des, du, et, est, que, qui, pour, dans, l', d' ...;
 *      counted besides the German and English lists).  When textcat's
 *      nearest is French and Fr >= 2 and Fr exceeds the German and English
 *      words and cues, or when textcat has no opinion or names a close
 *      neighbour (oc, ca, la, rm, fur, wa, br, or de/en kin) and Fr >= 3
 *      and Fr > 2 (G + E) + 1: DY_LANG_SURE with lang "fr".
 *   2. The text has 4 words or more, textcat's nearest language is neither
 *      de nor en, cover is under 15 %, and that language leads the nearer
 *      of de/en by 8 % or more, or by 3 % (or at all, when no function word
 *      or cue was found) in a text of 8 words or more: DY_LANG_OTHER, with
 *      its code ("fr", "es").
 *   3. T and F lean the same way, F's margin is at least 0.5 (3:1), and F
 *      has at least 2 votes or T's margin is at least 0.05: DY_LANG_SURE.
 *      When T has no leaning, F alone with at least 3 votes at 3:1 is sure.
 *   4. Anything else is DY_LANG_UNSURE: the signals disagree, a margin is
 *      small, there are no function words (a headline of names), a text of
 *      20 words or more has under 10 % German or English words, or another
 *      language leads by 3 % in a text that step 2 let through.  lang then
 *      holds the leaning: F where F has 3 votes or more at 3:1, else T; ""
 *      when neither leans.
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
    DY_LANG_SURE = 0,  /* lang is "de", "en", "ru" or "fr" */
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

/* ---------------------------------------------------- reading articles
 *
 * The readers of `dyad code` and `dyad ingest`: a plain-text file is one
 * article (its id the file name unless O.id is given); a JSON Lines file
 * has one article a line with "id", "date" (YYYY-MM-DD) and optional
 * "lang", "title", "text", "url", "source" (unknown fields are ignored).
 * A line of invalid UTF-8 is read with each bad byte replaced by U+FFFD
 * and said so; a byte order mark before the first line is skipped.  Every
 * problem is written to O.err with file and line ("dyad: FILE:LINE: ...")
 * and the rest of the input is read on. */

typedef struct dy_input_opts {
    int jsonl;              /* JSON Lines (else plain text) ... */
    int jsonl_set;          /* ... when set; else a name ending in .jsonl is */
    const char *date;       /* the date of articles that give none (or NULL) */
    const char *lang;       /* their language ("de", "en", "auto"; NULL: as "auto"
                             * in a run, which identifies it) */
    const char *id;         /* a plain-text article's id (NULL: the file name) */
    size_t max_bytes;       /* the document cap (a line may be 4 KiB longer) */
    long long *pos;         /* if set: bytes of the current file read so far */
    FILE *err;              /* messages; NULL: standard error */
    int require_id;         /* a JSON Lines article without an "id" is skipped
                             * with a message (dyad ingest: an id made of the
                             * file's name and line would store one article
                             * once per spelling of its path); else its id is
                             * FILE:LINE */
    /* Added in 0.x (issue 12): news as it arrives (docs/input.md).  One of
     * DY_INPUT_HTML (a page is one article), DY_INPUT_FEED (RSS 2.0 or
     * Atom: one article an item), DY_INPUT_WARC (one an HTML response
     * record; gzip per record or plain); 0: as JSONL above says, or by the
     * name when JSONL_SET is 0: *.html, *.htm; *.rss, *.atom, *.xml;
     * *.warc, *.warc.gz.  An item's or record's number is the LINE given
     * to dy_article_fn. */
    int news;
} dy_input_opts;
enum { DY_INPUT_HTML = 1, DY_INPUT_FEED = 2, DY_INPUT_WARC = 3 };

/* Called with each article read, and the file ("<stdin>" for standard
 * input) and line (0 for plain text) it came from.  The article's strings
 * live until FN returns.  Returns 0 (ok), 1 (the article was skipped),
 * 2 (an error) or 3 (stop reading: output failed). */
typedef int (*dy_article_fn)(void *ctx, const dy_article *a, const char *file, long line);

/* Reads PATH (NULL or "-": standard input) and calls FN with each article.
 * Returns the worst status: FN's, or 1 when an article was skipped (no
 * text, no date, malformed JSON, over the cap, a NUL byte inside its id,
 * date, lang, source, url or title: such a field would be cut short and two
 * articles could share an id), 2 when the file cannot be opened or read. */
int dy_read_articles(const char *path, const dy_input_opts *o, dy_article_fn fn, void *ctx);
/* Reads one JSON Lines line (line LINENO of NAME) as dy_read_articles
 * does, and calls FN with its article.  Returns 0 for a blank line, 1 when
 * the line is skipped (the reason written to ERR, NULL: standard error),
 * else what FN returned. */
int dy_read_jsonl_line(const char *name, long lineno, const char *line, size_t len,
                       const dy_input_opts *o, FILE *err, dy_article_fn fn, void *ctx);
/* Whether PATH is read as JSON Lines under O (1) or as plain text (0). */
int dy_input_is_jsonl(const dy_input_opts *o, const char *path);

/* --------------------------------------------------------- coding runs
 *
 * What `dyad code` and `dyad explain` do with their inputs: read the
 * articles, choose the language of those that ask for it ("auto") or give
 * none (no lang field and in.lang NULL: an English article is coded as
 * English, one whose language is unsure is named and skipped), code
 * them and write their events (and, with explain, their accounts) to OUT,
 * the messages to ERR (or, in put mode, hand each article and its result
 * to a callback: `dyad ingest` stores them).  With threads > 1 the
 * articles are coded on a pool
 * of worker threads: the calling thread reads (JSON Lines: it only splits
 * lines, the workers parse them, in batches of up to 64 lines or 256 KiB)
 * and is the one writer, each job rendering into memory, so that OUT and
 * ERR are byte-identical to a run on one thread.  At most 2N+8 jobs are in
 * flight, which bounds the memory.  A run is used from one thread. */

typedef struct dy_run dy_run;

typedef struct dy_run_opts {
    const dy_dict *dict;
    dy_input_opts in;         /* the readers' options (in.err is ignored) */
    dy_format fmt;
    dy_scale scale;
    dy_limits limits;         /* limits.max_doc_bytes: set it to in.max_bytes */
    int explain;              /* write dy_result_explain() before the events */
    /* An article whose language is unsure: "de" or "en" codes it so,
     * "guess" as the language it leans to; NULL skips it. */
    const char *lang_fallback;
    int lang_quiet;           /* say nothing of a sure language choice */
    int threads;              /* 1 codes on the calling thread; at most 256 */
    FILE *out, *err;          /* NULL: standard output, standard error */
    /* Put mode (`dyad ingest`), when PUT is set: nothing is written to
     * OUT; instead PUT is called on the calling thread, in input order,
     * with every article read (its language chosen) and its result, after
     * the messages the article gave.  RES is NULL when the article was not
     * coded: then RC is the status of ACCEPT or of the language choice
     * (the reason already said on ERR), or RC is 0 and E says why dy_code
     * failed.  PUT returns the article's status (3 stops the run).  ACCEPT,
     * if set, is called first, on the coding thread (any thread: it must
     * not touch CTX's state unlocked): nonzero skips the article with that
     * status; it says why on ITS_ERR.  Both get CTX. */
    int (*put)(void *ctx, const dy_article *a, const dy_result *res, const dy_error *e, int rc,
               const char *file, long line);
    int (*accept)(void *ctx, const dy_article *a, const char *file, long line, FILE *its_err);
    void *ctx;
} dy_run_opts;

/* Starts a run (and its threads).  NULL with ERR filled (DY_ENOMEM, or
 * DY_EIO when no thread could start). */
dy_run *dy_run_new(const dy_run_opts *o, dy_error *err);
/* Codes every article of PATH (NULL or "-": standard input) and writes
 * what they give, all of it before returning.  Returns the worst status:
 * 0 ok, 1 an article skipped, 2 an error, 3 writing OUT failed (the run
 * stops: call nothing but dy_run_free, and see dy_run_errno). */
int dy_run_file(dy_run *r, const char *path);
/* Codes one article on the calling thread, writing its events to OUT and
 * its messages to ERR (FILE and LINE name it).  Returns 0..3 as above. */
int dy_run_article(dy_run *r, const dy_article *a, const char *file, long line, FILE *out,
                   FILE *err);
/* The language identifier of the run (loaded on first use; the
 * fingerprints from $DYAD_LANGID_DIR, else DY_LANGID_DIR).  NULL with ERR
 * filled when they cannot be loaded. */
const dy_langid *dy_run_langid(dy_run *r, dy_error *err);
/* Chooses the language of A (asked for as "auto", or not given) as the
 * run's options say, and writes what it chose and why to ERR ("dyad: FILE:LINE: language
 * en (textcat nearest en, de/en margin 0.131; words de 0, en 9)").
 * Returns 0 with *LANG "de" or "en", 1 when the article is skipped
 * (another language, none, unsure without a fallback), 2 on an error.
 * Thread-safe. */
int dy_run_choose_lang(dy_run *r, const dy_article *a, const char *file, long line, FILE *err,
                       const char **lang);
/* errno of the failed write when a status was 3 (0 if unknown). */
int dy_run_errno(const dy_run *r);
/* Stops the threads and frees the run. */
void dy_run_free(dy_run *r);

/* ------------------------------------------------ importing dictionaries
 *
 * The converter of the field's TABARI and PETRARCH dictionaries into
 * dyad's format (`dyad dict import`; docs/import.md): actors (dated codes
 * become people with offices), agents (roles), verbs (lemmas with their
 * target slots) and their patterns, synsets, discards.  What a source line
 * cannot become in dyad's format is counted by kind, each with file:line. */

typedef enum dy_import_format { DY_IMPORT_TABARI = 0, DY_IMPORT_PETRARCH } dy_import_format;

typedef struct dy_import_opts {
    dy_import_format format;
    const char *const *files;  /* the source files; each file's kind (actors,
                                * agents, verbs, discards) by its name, else
                                * by a look at its lines */
    int nfiles;
    const char *out_dir;       /* written (created if needed); never dyad's own */
    const char *base_dir;      /* dyad's own dictionaries; NULL: dy_dict_find */
    int merge;                 /* dyad's entries first, the imported ones after
                                * (dyad's win), with its people/ and orgs/ */
    int keep_codes;            /* keep codes not in cameo.txt (else lost) */
    int discards;              /* write the discards to en/discards.txt */
    long show;                 /* losses of each kind shown in the summary */
    FILE *out, *err;           /* summary, messages; NULL: stdout, stderr */
} dy_import_opts;

/* Reads the files of O, writes the dictionaries to O.out_dir with
 * import-report.txt (every loss with file:line), writes the summary to
 * O.out (what was converted; the losses by kind, the first O.show of
 * each) and loads what it wrote (a dictionary that does not load is the
 * importer's bug).  If LOADED is not NULL, it receives that dictionary
 * (free it with dy_dict_free) instead of its being freed.  Returns 0, 1
 * when malformed lines were skipped (each named on O.err), 2 on an error
 * (a file that cannot be read or written, out of memory: said on O.err). */
int dy_import(const dy_import_opts *o, dy_dict **loaded);

/* ----------------------------------------------------------- evaluation
 *
 * Scoring against a gold file (`dyad eval`), as the coding guide scores:
 * a gold file has one story a line, JSON with "id", "date", "lang" (default
 * "de"), "title", "text" and "events" [{"source", "target", "code", "alt":
 * [codes or roots], "optional", "symmetric", "note"}] and "forbid"
 * [{"source", "target", "roots", "codes"}].  A symmetric gold event stands
 * for two (A->B, B->A); a prediction matches a gold event when source and
 * target agree at country level (the first three letters; an IGO code
 * whole) and its code equals "code", or its code or root is in "alt", or
 * (root level) its root is the root of "code"; the matching is one-to-one
 * per story, exact codes first; a prediction that matches only an optional
 * event counts neither way; one that hits a "forbid" entry is a false
 * positive; the same (source, target, code) predicted twice in a story
 * counts once. */

typedef struct dy_eval_counts { double tp, fp, fn; } dy_eval_counts;
typedef struct dy_eval_scores {
    long stories;
    dy_eval_counts code;    /* exact codes (or an "alt") */
    dy_eval_counts roles;   /* root level, whole actor codes equal */
    dy_eval_counts root;    /* root level: the headline figure */
} dy_eval_scores;

/* Codes every story of GOLD (read to its end; PATH names it in messages)
 * with D and scores it.  Writes to OUT (NULL: standard output) each miss
 * and false positive ("ID\tMISS\tSRC CODE TGT\tNOTE", "ID\tFALSE\t...
 * \tEVIDENCE"; not with QUIET), then "stories N", the code, roles and root
 * level lines "P=… R=… F1=…  (tp= fp= fn=)", and last the root level
 * "P=0.812 R=0.754 F1=0.782".  Malformed lines are skipped with a message
 * on ERR (NULL: standard error).  Fills SCORES if not NULL.  Returns 0, 1
 * when a line was skipped, 2 on out of memory (nothing more written). */
int dy_eval(const dy_dict *d, FILE *gold, const char *path, int quiet, FILE *out, FILE *err,
            dy_eval_scores *scores);

/* The validation suites of the field's coders (`dyad validate`): JSON
 * Lines, one record a line with "id", "seq", "date" (YYYYMMDD), "text",
 * "expected" [{"source", "target", "code"}], "category", "expect",
 * "notes" and, for TABARI's option records, "options".  Each record's
 * text is coded as English on its date with D (normally the suite's own
 * dictionaries, imported with dy_import) and scored as "expect" says:
 * "events" passes when the coded set of (source, target, code) equals
 * "expected" with actors compared at country level (the exact figure is
 * reported too); "no_event", "discard" and "error" when nothing is coded;
 * "option", "none" and "unchecked" are not scored.  TABARI's DEFAULT and
 * FORWARD options are followed; its standard set ends at the record
 * FINAL-01 (the rest is scored apart).  Records the coding guide rejects
 * are counted apart, with the reason.
 *
 * Reads SUITE to its end (PATH names it; SUITE_NAME is "tabari" or
 * "petrarch"; DICT_LABEL names the dictionaries in the report), writes
 * the report to OUT (NULL: standard output; the failing records and those
 * counted apart unless QUIET, the figures by category, and last the pass
 * rate) and messages to ERR (NULL: standard error).  Returns 0, 1 when a
 * record was skipped (malformed), 2 on out of memory. */
int dy_validate(const dy_dict *d, FILE *suite, const char *path, const char *suite_name,
                const char *dict_label, int quiet, FILE *out, FILE *err);

/* ------------------------------------------------------------ relations
 *
 * How relations between actors move, and who lines up with whom, computed
 * from stored events (dy_store_query) or from any array of dy_stored_event
 * a program builds.  Three analyses, each fed one event at a time so that
 * a query callback can pass its events straight through:
 *
 *     dy_trend     a series over days, ISO weeks, months or years for one
 *                  pair of actors: counts per quad class, Goldstein sum and
 *                  mean, net cooperation; written as an SVG chart by
 *                  dy_trend_write_svg()
 *     dy_network   the relation graph of a period: nodes are actors, edges
 *                  carry weighted counts, cooperation and conflict; written
 *                  as GraphML by dy_network_write_graphml()
 *     dy_blocs     a signed partition of a network's actors into groups
 *                  that cooperate inside and conflict across
 *
 * Each is used the same way: _new, then _add for every event (events the
 * analysis does not concern are ignored), then _finish, then the getters,
 * then _free.  Adding after _finish is refused.  docs/relations.md
 * describes the methods and the output of the commands built on them.
 *
 * Actors: an actor of three letters is a country and matches every code
 * that starts with it ("CHN" matches "CHNGOV"); a longer one is a full
 * code.  Each event counts once (the store has merged the mentions of one
 * happening); num_mentions and the other counts are not weights here.
 *
 * Multilateral events (PARTICIPANTS set, e.g. "CHN IND RUS"): a trend
 * counts such an event once when both of its actors' countries are among
 * the participants; a network spreads it over the pairs of its k distinct
 * participants with weight 1/(k-1) per pair, so every participant receives
 * a total weight of 1, as from one bilateral event, and a summit of twenty
 * states does not weigh like 190 bilateral meetings. */

/* The length of a trend's periods. */
typedef enum dy_period {
    DY_BY_DAY = 0,
    DY_BY_WEEK,    /* ISO 8601 weeks: Monday to Sunday, labelled 2021-W09 */
    DY_BY_MONTH,
    DY_BY_YEAR
} dy_period;
/* "day", "week", "month", "year"; dy_period_parse returns -1 for others. */
const char *dy_period_name(dy_period p);
int dy_period_parse(const char *s);

/* A trend covers at most this many periods (e.g. 273 years of days);
 * dy_trend_finish refuses a longer one with DY_EINPUT. */
#define DY_TREND_MAX_PERIODS 100000

typedef struct dy_trend_opts {
    const char *a, *b;     /* the pair (copied); directed: A the source */
    dy_period by;
    int undirected;        /* count B -> A too */
    const char *from, *to; /* YYYY-MM-DD inclusive, or NULL: events outside
                            * are ignored, and the series spans the whole
                            * range even where it has no events */
} dy_trend_opts;

/* One period of a trend. */
typedef struct dy_trend_point {
    char label[11];         /* "2021-03-04", "2021-W09", "2021-03", "2021" */
    char start[11];         /* its first day, YYYY-MM-DD */
    long events;            /* all events, also those of quad class 0 */
    long quad[5];           /* quad[1]..quad[4]: verbal cooperation,
                             * material cooperation, verbal conflict,
                             * material conflict; quad[0] neutral (Phoenix) */
    double goldstein_sum;
    double goldstein_mean;  /* goldstein_sum / events; 0 when no events */
    long net_coop;          /* quad[1] + quad[2] - quad[3] - quad[4] */
} dy_trend_point;

typedef struct dy_trend dy_trend;

/* A new, empty trend.  NULL with ERR set: DY_EINPUT for a missing actor,
 * an unknown period or a malformed FROM/TO, DY_ENOMEM. */
dy_trend *dy_trend_new(const dy_trend_opts *o, dy_error *err);
/* Counts E if it concerns the pair and lies in the range.  Returns 1
 * counted, 0 ignored (other actors, outside the range, a malformed date),
 * -1 with ERR set (DY_ENOMEM; the trend is unchanged). */
int dy_trend_add(dy_trend *t, const dy_stored_event *e, dy_error *err);
/* The dates of the first and last event counted; returns 0 when no event
 * was counted (FIRST and LAST are then left alone).  Lets a caller give
 * several trends one common span (the --vs chart). */
int dy_trend_span(const dy_trend *t, char first[11], char last[11]);
/* Builds the series: every period from the one containing FROM to the one
 * containing TO, with zeros where nothing happened.  FROM and TO may be
 * NULL: the options' from/to, or else the first and last event counted,
 * are used.  No events and no range give an empty series.  Returns 0, or
 * -1 with ERR set (DY_EINPUT: malformed date or over
 * DY_TREND_MAX_PERIODS; DY_ENOMEM). */
int dy_trend_finish(dy_trend *t, const char *from, const char *to, dy_error *err);
size_t dy_trend_count(const dy_trend *t);     /* periods; 0 before finish */
const dy_trend_point *dy_trend_point_at(const dy_trend *t, size_t i);
/* "CHN -> RUS" (directed) or "CHN - RUS" (undirected). */
const char *dy_trend_label(const dy_trend *t);
/* Events ignored because their date was malformed. */
long dy_trend_bad_dates(const dy_trend *t);
void dy_trend_free(dy_trend *t);

/* What a chart shows (flags).  Counts and net cooperation share the left
 * axis; the Goldstein mean has its own right axis, -10 to +10, and is
 * drawn only through periods that have events. */
enum {
    DY_CHART_QUADS = 1,      /* one line per quad class */
    DY_CHART_GOLDSTEIN = 2,  /* the Goldstein mean (right axis) */
    DY_CHART_NET = 4,        /* net cooperation */
    DY_CHART_OVERLAY = 8     /* all trends in one panel, one colour each:
                              * their net cooperation (solid) and/or
                              * Goldstein mean (dashed); quads are not
                              * drawn; net cooperation if neither is set */
};

typedef struct dy_chart_opts {
    int show;            /* DY_CHART_* flags; 0: quads and Goldstein mean */
    const char *title;   /* NULL: "dyad trend" */
    int width;           /* pixels; 0: 960 */
    int panel_height;    /* pixels per trend; 0: 340 */
} dy_chart_opts;

/* Writes an SVG chart of N finished trends, one panel each, one above the
 * other, or all in one panel with DY_CHART_OVERLAY (give them the same
 * span to compare them; an overlay takes its dates from the longest, and
 * its colours repeat after eight trends): axes with date labels,
 * gridlines, a legend, a tooltip per point.  Self-contained SVG 1.1, no
 * scripts, fonts or other external resources.  Returns 0, or -1 on a
 * write error. */
int dy_trend_write_svg(FILE *out, const dy_trend *const *trends, size_t n,
                       const dy_chart_opts *o);

/* How a network names its nodes. */
typedef enum dy_actor_level {
    DY_ACTORS_COUNTRY = 0,   /* the first three letters: "CHN"; an IGO or NGO
                              * keeps its whole code ("IGOUNO", "IGOWSTNAT"),
                              * so that the UN and NATO are two nodes */
    DY_ACTORS_CODE           /* the full code: "CHNGOV" */
} dy_actor_level;

typedef struct dy_net_opts {
    dy_actor_level actors;  /* with DY_ACTORS_CODE the participants of a
                             * gathering (countries) take the role of its
                             * source: "CHN" becomes "CHNGOV" */
    int directed;           /* edges source -> target; a multilateral
                             * pair's weight is split half each way */
    const char *from, *to;  /* YYYY-MM-DD inclusive, or NULL */
} dy_net_opts;

typedef struct dy_net_node {
    const char *id;          /* "CHN" (owned by the network) */
    long events;             /* events the actor took part in */
    double coop, conflict;   /* sums over its edges (see dy_net_edge) */
} dy_net_node;

/* An edge.  Every event adds its weight W (1, or 1/(k-1) for a pair of a
 * k-party gathering) to WEIGHT, to QUAD[its quad class], and W times its
 * Goldstein weight G to GOLDSTEIN; W*G to COOP when G > 0, W*(-G) to
 * CONFLICT when G < 0.  So GOLDSTEIN == COOP - CONFLICT. */
typedef struct dy_net_edge {
    size_t a, b;             /* node indexes (a < b when undirected) */
    long events;             /* events on this edge, a gathering once */
    double weight;
    double quad[5];          /* weighted counts per quad class (0: neutral) */
    double goldstein, coop, conflict;
} dy_net_edge;

typedef struct dy_network dy_network;

/* NULL with ERR set (DY_EINPUT: malformed FROM/TO; DY_ENOMEM). */
dy_network *dy_network_new(const dy_net_opts *o, dy_error *err);
/* Adds E's edges.  An event within one actor (a country's government and
 * its opposition, at country level) or without both actors adds none.
 * Returns 1 added, 0 ignored, -1 with ERR set (DY_ENOMEM). */
int dy_network_add(dy_network *n, const dy_stored_event *e, dy_error *err);
/* Sorts the nodes by id and the edges by their nodes.  0, or -1 (ERR). */
int dy_network_finish(dy_network *n, dy_error *err);
size_t dy_network_node_count(const dy_network *n);
const dy_net_node *dy_network_node(const dy_network *n, size_t i);
size_t dy_network_edge_count(const dy_network *n);
const dy_net_edge *dy_network_edge(const dy_network *n, size_t i);
int dy_network_directed(const dy_network *n);
void dy_network_free(dy_network *n);

/* Writes the finished network as GraphML (nodes with label, events,
 * cooperation and conflict; edges with every dy_net_edge field, "weight"
 * being the weighted event count that Gephi sizes edges by).  Returns 0,
 * or -1 on a write error. */
int dy_network_write_graphml(FILE *out, const dy_network *n);

/* Blocs: a signed partition of a network's actors.
 *
 * Each pair of actors gets the signed weight s = coop - conflict of its
 * edge (both directions added in a directed network): positive when the
 * pair cooperates more than it fights.  A partition's frustration is the
 * weight that disagrees with it: |s| of every negative pair inside a group
 * plus s of every positive pair across groups.  dy_blocs_find minimises
 * it (correlation clustering) by local search: from a random assignment,
 * each actor in turn moves to the group (or a new group of its own) that
 * lowers the frustration most, until no move helps; this is restarted
 * RESTARTS times from random assignments (and once from one group and
 * once from singletons) and the best partition is kept.  The number of
 * groups is found, not given.  Each group is then split into the parts
 * that its positive ties connect (this never adds frustration), so actors
 * that nothing ties together, or an actor with conflicts only, are not
 * reported as one bloc.  A fixed seed makes the output reproducible. */
typedef struct dy_bloc_opts {
    long min_events;      /* actors with fewer events are left out; 0: 1 */
    int restarts;         /* 0: 64 */
    unsigned long long seed;  /* 0: a fixed default */
} dy_bloc_opts;

typedef struct dy_bloc {
    size_t first, n;      /* its actors: actors[first .. first + n) */
    double within;        /* the sum of s over its pairs */
    double across;        /* the sum of s over pairs with one actor outside */
} dy_bloc;

typedef struct dy_blocs {
    size_t n_actors;
    const char **actors;  /* grouped, by name within a group (copies) */
    size_t *group;        /* group[i]: the group of actors[i] */
    size_t n_groups;
    dy_bloc *groups;      /* largest first; equal sizes by first name */
    size_t pairs;         /* pairs with s != 0 */
    double total;         /* sum of |s| over the pairs */
    double frustration;   /* the disagreeing weight (see above) */
    double agreement;     /* 1 - frustration / total; 1 when total is 0 */
    int restarts;
    unsigned long long seed;
} dy_blocs;

/* Partitions the actors of the finished network NET.  NULL with ERR set
 * (DY_EINPUT: NET not finished; DY_ENOMEM).  Free with dy_blocs_free. */
dy_blocs *dy_blocs_find(const dy_network *net, const dy_bloc_opts *o, dy_error *err);
void dy_blocs_free(dy_blocs *b);

/* -------------------------------------------------- fault injection (test) */

/* Makes the Nth allocation from now fail (1 = the next); 0 turns it off.
 * For tests that prove every allocation failure is handled.  Not thread
 * safe; use it only in single-threaded tests. */
void dy_fail_alloc_after(long n);

#ifdef __cplusplus
}
#endif
#endif
