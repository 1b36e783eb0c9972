/* import.h: the converter of the field's TABARI and PETRARCH dictionaries
 * into dyad's own format (dy_import, include/dyad.h; `dyad dict import`;
 * docs/import.md).  Not installed.
 *
 * The readers (import_tabari.c, import_petrarch.c, and the actor reader
 * shared by both in import.c) turn each source line into calls on the
 * model below; import.c decides what each becomes in dyad's files,
 * counts what it cannot express by kind (with file:line), and writes the
 * directory.
 *
 * Memory: every string of a run lives in the run's arena (imp.ar) and dies
 * with imp_free().  Out of memory (imp_oom) jumps back to dy_import, which
 * frees the run and returns 2. */
#ifndef DY_IMPORT_H
#define DY_IMPORT_H

#include "base/internal.h"

typedef enum imp_format { IMP_TABARI = DY_IMPORT_TABARI, IMP_PETRARCH = DY_IMPORT_PETRARCH } imp_format;

/* What a source line could not become in dyad's format, or became only
 * approximately.  The names and explanations are in import.c
 * (imp_kind_info); the report groups them. */
typedef enum imp_kind {
    /* lost: nothing of the line (or of that part of it) is in the output */
    IK_MALFORMED = 0,   /* a line the format does not allow */
    IK_ACT_NOCODE,      /* actor entry without any code */
    IK_ACT_NULL,        /* [---]: a null actor */
    IK_ACT_DISCARD,     /* [###]: a discard actor */
    IK_ACT_COMPLEX,     /* [+++] */
    IK_ACT_MULTI,       /* [A/B]: one phrase, several actors */
    IK_ACT_BADCODE,     /* not 3-15 capitals and digits */
    IK_ACT_DUPFORM,     /* the same form already has another code */
    IK_ACT_NOUNADJ,     /* TABARI <NOUN>/<ADJECTIVE> word lists */
    IK_ACT_BADFORM,     /* a form dyad cannot write (empty, '|', too long) */
    IK_AGT_BAD,         /* agent code dyad cannot take */
    IK_AGT_DUPFORM,     /* agent form already given another role */
    IK_VERB_LONG,       /* a verb phrase of three words or more */
    IK_VERB_BEFORE,     /* words before the verb in a verb phrase */
    IK_VERB_AUX,        /* be, is, was... as the verb */
    IK_VERB_DUPCODE,    /* another code for the same lemma (first kept) */
    IK_PAT_BEFORE,      /* pattern: words before the verb */
    IK_PAT_TGTBEFORE,   /* pattern: target before the verb */
    IK_PAT_SRCAFTER,    /* pattern: source after the verb */
    IK_PAT_COMPOUND,    /* pattern: %, a compound actor */
    IK_PAT_SKIP,        /* pattern: ^, a skipped noun phrase */
    IK_PAT_LONG,        /* pattern: more than one word after the verb */
    IK_PAT_PPWORDS,     /* pattern: a prepositional phrase with words */
    IK_PAT_SLOTCODE,    /* pattern: object target with another code */
    IK_PAT_PHRASAL,     /* pattern: a word after a phrasal verb */
    IK_PAT_EXPAND,      /* pattern: too many synset expansions */
    IK_PAT_SYNSET,      /* pattern: an undefined synset */
    IK_CODE_NOTCAMEO,   /* a code not in cameo.txt */
    IK_CODE_BAD,        /* a code that is not 2-4 digits */
    IK_CODE_DISCARD,    /* [###] on a verb or pattern */
    IK_CODE_COMPLEX,    /* [+++] on a verb or pattern */
    IK_CODE_REVONLY,    /* [:173]: only the reverse event */
    IK_TIME,            /* TABARI <TIME> entries */
    IK_DISCARD,         /* discard list entries */
    IK_TRANSFORM,       /* PETRARCH transformations (~ ...) */
    IK_FILE,            /* a file that is no dictionary of the format */
    /* approximate: converted, but something of the entry is lost */
    IK_APPROX_FIRST,
    IK_AGT_SHORT = IK_APPROX_FIRST, /* agent code cut to its first role */
    IK_AGT_PREFIX,      /* NGO~: prefix agent written as a role */
    IK_CODE_PAIR,       /* [032:033]: the reverse event dropped */
    IK_CODE_FLAG,       /* [023?]: the flag dropped */
    IK_ACT_DATEBLOCK,   /* a dated [---]/[###] block dropped */
    IK_DATE_OPEN,       /* [CODE YYMMDD]: a lone date read as "from" */
    IK_PAT_PARTIAL,     /* a pattern converted for some verbs only */
    IK_STEM,            /* a TABARI stem written as a few forms */
    IK_COUNT
} imp_kind;

/* Loss kinds named and explained (import.c). */
typedef struct imp_kind_info {
    const char *name;   /* short key, for import-report.txt */
    const char *text;   /* what it means and why dyad cannot take it */
} imp_kind_info;
extern const imp_kind_info imp_kind_infos[IK_COUNT];

typedef struct imp imp;

/* ---------------------------------------------------------- reading */

/* A source file read into memory and handed out line by line, with the
 * format's comments removed: TABARI ';' (and '#' at the start of a line),
 * PETRARCH '#' and <!-- ... --> (which may span lines).  Lines with NUL
 * bytes or invalid UTF-8 are reported (file:line) and skipped. */
typedef struct imp_file {
    const char *path;    /* arena copy */
    char *text;
    size_t len, pos;
    long line;
    bool html;           /* inside <!-- ... --> */
} imp_file;

bool imp_file_open(imp *im, imp_file *f, const char *path);
/* The next line with content: trimmed, comments removed.  NULL at the end. */
char *imp_file_next(imp *im, imp_file *f);
void imp_file_close(imp_file *f);

/* ---------------------------------------------------------- report */

/* Notes a loss of kind K at FILE:LINE; DETAIL says what (printf style). */
void imp_lost(imp *im, imp_kind k, const char *file, long line, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* A malformed line: reported on stderr as well, and the run exits 1. */
void imp_malformed(imp *im, const char *file, long line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Counters of what was converted, for the report. */
typedef struct imp_counts {
    long actor_entries, actor_forms, countries, metonyms, orgs, people, offices;
    long agent_entries, role_forms;
    long verb_entries, verb_lemmas, phrasal, slots_added, patterns, patterns_used;
    long synset_expansions, strong_added, say_flags, null_phrasal;
    long pattern_lines;  /* lines of en/patterns.txt */
    long discards;       /* lines of en/discards.txt */
    long merge_kept;     /* entries dyad's own dictionaries already had */
} imp_counts;

/* ---------------------------------------------------------- the model */

/* Out of memory: back to dy_import, which says so and returns 2. */
_Noreturn void imp_oom(void);
char *imp_strdup(imp *im, const char *s, size_t n);

/* A phrase of the source as written ("MINAS_TIRITH", "AL GORE"): words
 * split at '_' and white space.  Returns the words lower-cased, joined by
 * single spaces, in the arena; *STEM tells whether the last word is a
 * TABARI stem (no trailing '_' or '=').  NULL if no word is left. */
char *imp_words(imp *im, const char *phrase, size_t n, bool *stem);

/* Actor entry: the phrases (primary and '+' synonyms) and the code blocks
 * ("[ISRGOV 950101-990101]", one string each without the brackets), each
 * with its line. */
typedef struct imp_phrase { const char *text; long line; } imp_phrase;
typedef struct imp_entry {
    const char *file;
    long line;           /* the primary phrase */
    dy_vec phrases;      /* imp_phrase */
    dy_vec blocks;       /* imp_phrase: code blocks */
} imp_entry;

/* The actor files of both formats (the same structure). */
void imp_read_actors(imp *im, const char *path);

/* Agents: one role form list.  CODE is what stood in the brackets
 * ("~GOV", "NGO~"); FORMS are display forms (lower case). */
void imp_add_agent(imp *im, const char *file, long line, const char *code,
                   const char *const *forms, size_t nforms);

/* Verbs.  A verb is a word sequence with the verb word at VERB_AT
 * ("CALLED_ON": words "called on", verb_at 0); FORMS are explicit
 * inflected forms, if the source gave them (space separated, may be
 * NULL).  CODE is the raw code ("032:033", "---").  Verbs of one block
 * share the block's patterns: imp_block_begin() starts a block,
 * imp_add_verb() adds its verbs, imp_add_pattern() its patterns (PATTERN is
 * the text between "- " and the code, synsets and alternatives still in
 * it), imp_block_end() closes it. */
void imp_block_begin(imp *im, const char *file, long line);
void imp_add_verb(imp *im, const char *file, long line, const char *words, int verb_at,
                  bool stem, const char *forms, const char *code);
void imp_add_pattern(imp *im, const char *file, long line, const char *pattern,
                     const char *code);
void imp_block_end(imp *im);

/* Synsets: &NAME and its members ("+MILITARY", "+&TIETYPES_MEMOS"). */
void imp_add_synset(imp *im, const char *file, long line, const char *name);
void imp_add_synset_member(imp *im, const char *file, long line, const char *member);

/* A verb that takes the content of its clause (PETRARCH's transformation
 * "~ a (a b Q) SAY = a b Q"): marked `say` if it is imported. */
void imp_add_say_verb(imp *im, const char *word);
/* A discard phrase (PETRARCH's discards, TABARI's [###] actors and verbs):
 * a sentence (STORY: the story) containing it is not coded. */
void imp_add_discard(imp *im, const char *file, long line, const char *phrase, bool story);

/* The readers of each format. */
void imp_tabari_verbs(imp *im, const char *path);
void imp_tabari_agents(imp *im, const char *path);
void imp_petrarch_verbs(imp *im, const char *path);
void imp_petrarch_agents(imp *im, const char *path);
void imp_petrarch_discards(imp *im, const char *path);

/* Helpers for the readers. */
bool imp_is_space(char c);
/* Splits "PHRASE [CODE]" in place at the last '[': *PHRASE and *CODE,
 * trimmed.  False if the code is missing or not closed. */
bool imp_phrase_code(char *s, char **phrase, char **code);
char *imp_trim(char *s);
/* The regular English plural of a (lower-case) phrase's last word. */
void imp_plural(const char *phrase, char *out, size_t cap);

#endif
