/* dict.h: the compiled dictionaries, shared read-only by all coding threads.
 *
 * Every dictionary form is tokenised with the same tokenizer as the text,
 * folded, and each token interned to an integer id.  A form is then a short
 * sequence of ids (a "phrase").  Phrases are sorted by their first id and,
 * within it, longest first, so matching at a text position is a range lookup
 * plus integer compares:
 *
 *     first_start[id] .. first_start[id+1]  ->  phrases beginning with id
 *     phrase.toks[0..ntok)                  ->  ids in tok_pool
 */
#ifndef DY_DICT_H
#define DY_DICT_H

#include "base/internal.h"
#include "lang/lang.h"
#include <pthread.h>

enum phrase_kind {
    PK_COUNTRY = 1, /* name of a country (or region with a CAMEO code) */
    PK_COUNTRY_GEN, /* its genitive: "Chinas", "Australiens" */
    PK_ADJ,         /* adjective: "chinesische"; the bare stem for compounds */
    PK_DEMONYM,     /* "Chinesen" */
    PK_METONYM,     /* "Peking", "Weißes Haus" -> CHNGOV, USAGOV */
    PK_METONYM_GEN, /* "Pekings" */
    PK_TITLE,       /* "Bundeskanzlerin" -> DEUGOV */
    PK_ORG,         /* "NATO" -> IGOWSTNAT */
    PK_ROLE,        /* "Präsident" -> GOV */
    PK_PERSON,      /* "Joe Biden" -> person */
    PK_VERB,        /* a verb form */
    PK_NOUN,        /* an event noun form */
    PK_DISCARD      /* LANG/discards.txt: ref 0 the sentence, 1 the story */
};

/* Verb form types. */
enum {
    VF_FIN = 1,    /* finite: present, past or subjunctive */
    VF_FIN_SEP,    /* finite form of a separable verb's base: wirft (… vor) */
    VF_INF,        /* infinitive, also joined separable: vorwerfen */
    VF_PART,       /* past participle: vorgeworfen */
    VF_ZUINF       /* zu-infinitive written as one word: vorzuwerfen */
};
enum { VT_PRES = 0, VT_PAST = 1, VT_SUBJ = 2,
       VT_FUT = 3,   /* a synthetic future: French "attaquera" */
       VT_COND = 4   /* a synthetic conditional: French "attaquerait" */ };
/* dy_phrase.gcase: unknown or ambiguous (nominative = accusative: Китай),
 * nominative only (Лавров), or another case only (Лаврову, России) */
enum { DY_CAPS_ALL = 1, DY_CAPS_LOWER = 2 };
enum { GC_NONE = 0, GC_NOM = 1, GC_OBLIQUE = 2 };

typedef struct dy_phrase {
    uint32_t tok;       /* index of first id in tok_pool */
    uint8_t ntok;
    uint8_t kind;       /* enum phrase_kind */
    uint8_t vform;      /* VF_* for verbs */
    uint8_t vtense;     /* VT_* for verbs */
    uint8_t lang;       /* 0: every language; else 1 + index of the language */
    uint8_t caps;       /* DY_CAPS_ALL: a short all-capital form (US, UN,
                         * WHO): matches only all-capital text, so "us" is
                         * not the USA; DY_CAPS_LOWER: a name written in lower
                         * case (Russian "хуситы"), found so where names are
                         * capitalised */
    uint8_t gcase;      /* the grammatical case of a declined form (ru.c):
                         * GC_NONE, GC_NOM (nominative only), GC_OBLIQUE */
    uint32_t ref;       /* index: actor entry, person, verb, noun or role */
} dy_phrase;

typedef struct dy_actor_ent {
    char code[16];      /* e.g. CHN, CHNGOV, IGOWSTNAT */
    const char *rule;   /* "file:line" */
} dy_actor_ent;

typedef struct dy_office {
    char code[16];
    int32_t from, to;   /* yyyymmdd; to = 99999999 if open */
} dy_office;

typedef struct dy_person {
    char dflt[16];
    const char *name;   /* first name form, for explain */
    const char *rule;
    uint32_t first_office, n_office;
} dy_person;

#define SLOT_OBJ 0xFFFFFFF0u
#define SLOT_NEXT 0xFFFFFFF1u /* the first actor after the verb (TABARI's target) */
#define MAX_SLOTS 8

enum {
    VFL_SYM = 1, VFL_SAY = 2, VFL_MODAL = 4, VFL_SPEC = 8, VFL_NOINTENT = 16,
    VFL_REFL = 32, VFL_SUPPORT = 64, VFL_RECV = 128,
    VFL_STATE = 256, /* a noun naming a state ("Krieg"): an event only as a support verb's object */
    VFL_BLAMED = 512 /* "bears responsibility": the subject is blamed; reported, the speaker
                      * accuses it (the source is the speaker); unreported, no event */
};

typedef struct dy_pred {
    char code[6];       /* "" for verbs that carry no event (say, modal) */
    char intent[6];     /* override for the intent mapping, or "" */
    uint32_t slots[MAX_SLOTS];
    uint8_t nslots;
    uint16_t flags;
    uint32_t particle;  /* interned id of the separable particle, or 0 */
    const char *lemma;
    const char *rule;   /* "dict/de/verbs.txt:42" */
} dy_pred;

/* A verb pattern (LANG/patterns.txt): words around a verb that give it a
 * code of its own ("abandon … diplomatic ties", "did not * over efforts").
 * Elements in order; the verb is one of them. */
enum { PE_JOIN = 1,   /* right after the element before (no words between) */
       PE_PREFIX = 2, /* a stem: matches every word it begins */
       PE_VERB = 4,   /* the verb itself */
       PE_TGT = 8 };  /* the target: the first actor after the element before */
typedef struct dy_pel {
    uint32_t id;        /* interned folded word (exact match), or 0 */
    const char *w;      /* the folded word (arena) */
    uint32_t wlen;
    uint8_t flags;
    uint8_t skip;       /* PE_TGT: phrases '^' skipped before the target */
} dy_pel;
typedef struct dy_pat {
    uint32_t verb;      /* index in preds of the verb it refines */
    uint32_t pred;      /* index in preds of its own code, slots and flags */
    uint32_t el;        /* first element in pat_el */
    uint32_t order;     /* line order, for a stable sort */
    uint8_t nel, nwords;
    bool comp;          /* '%': the subject is compound; the event holds
                         * between its members */
    uint64_t need[4];   /* [0..1]: DY_PAT_BIT of each word it matches
                         * exactly; [2..3]: DY_PAT_PBIT of the first three
                         * bytes of each stem of 3+ bytes: a stretch of text
                         * lacking one cannot match */
} dy_pat;
/* A word id's bit in a 128-bit set (dy_pat.need[0..1]). */
#define DY_PAT_BIT(id) ((uint32_t)((uint32_t)(id) * 2654435761u) >> 25)
/* The bit of a folded word's first three bytes S (need[2..3]). */
#define DY_PAT_PBIT(s) \
    ((uint32_t)(((uint32_t)(unsigned char)(s)[0] | (uint32_t)(unsigned char)(s)[1] << 8 | \
                 (uint32_t)(unsigned char)(s)[2] << 16) * 2654435761u) >> 25)
/* Sets each pattern's need[] from its elements (after loading). */
void dy_dict_pat_needs(dy_dict *d);
#define MAX_PAT_EL 32

typedef struct dy_code_ent {
    char code[6];
    float g[3];         /* Goldstein: GDELT, ICEWS, Phoenix */
    int8_t quad[3];
    const char *label;     /* cameo.txt's label (arena); "" if none */
    const char *plover[3]; /* plover.txt: type, mode, context ("" for "-");
                            * type NULL: the code has no line of its own */
} dy_code_ent;

/* A country's English name (gen/countries.en.txt, the first "name"). */
typedef struct dy_country_name_ent {
    char code[4];
    const char *name;
} dy_country_name_ent;

/* An interned word (arena). */
typedef struct dy_word {
    const char *s;
    uint32_t n;
} dy_word;

/* One language's words. */
typedef struct dy_langdict {
    char lang[4];
    dy_vec strong;      /* dy_strong */
} dy_langdict;

typedef struct dy_strong {
    char *inf, *pres, *past, *part;
    char *fut; /* the future stem (French "viendr"), "" if the line gives none */
} dy_strong;

struct dy_dict {
    dy_arena ar;         /* strings that live as long as the dict */
    dy_map intern;       /* folded token -> id (ids from 1) */
    dy_vec words;        /* dy_word: the folded token of id i + 1 */
    uint32_t nids;
    dy_vec tok_pool;     /* uint32_t */
    dy_vec phrases;      /* dy_phrase, sorted after load */
    uint32_t n_discards; /* PK_DISCARD phrases (none: the coder skips the scan) */
    uint32_t *first_start; /* nids + 2 entries */
    dy_vec actors;       /* dy_actor_ent */
    dy_vec people;       /* dy_person */
    dy_vec offices;      /* dy_office */
    dy_vec roles;        /* dy_actor_ent (code = role code) */
    dy_vec preds;        /* dy_pred (verbs and nouns) */
    dy_vec pats;         /* dy_pat, sorted by verb after load */
    dy_vec pat_el;       /* dy_pel */
    dy_vec codes;        /* dy_code_ent, sorted by code */
    dy_vec country_names; /* dy_country_name_ent, in file order */
    dy_map code_index;   /* code -> index in codes */
    dy_langdict langs[DY_MAX_LANGS];
    size_t nverbs, nnouns, nverb_forms, ncountries, nactor_forms;
    dy_map fwmap[DY_MAX_LANGS];    /* function word -> index in fwent */
    dy_vec fwent[DY_MAX_LANGS];    /* dy_fw_ent */
    /* the gazetteer (src/geo/geo.h), read through dy_dict_geo(): loaded
     * once, by the first coding thread that needs it (it costs ~20 ms of a
     * start-up), when DIR/geo/places.txt exists */
    char *geo_dir;       /* DIR, or NULL: no gazetteer, no locations */
    struct dy_geo *geo;
    bool geo_done;       /* loaded, or failed for good (a bad line) */
    pthread_mutex_t geo_mu;
};

/* The gazetteer of D, loaded on the first call (thread-safe).  NULL when
 * the dictionary has none, or when loading failed: *OOM is set when it
 * failed for want of memory (a later call tries again); a malformed file
 * is reported once on stderr and leaves the dictionary without locations. */
const struct dy_geo *dy_dict_geo(const dy_dict *d, bool *oom);

/* An empty dictionary (vectors' item sizes set, the gazetteer's lock
 * initialised); NULL when out of memory.  dy_dict_free frees it. */
dy_dict *dy_dict_alloc(void);
/* Loads DIR's text files and compiles them (dict.c); dy_dict_load (cache.c)
 * calls it when the dictionary cache misses or is off. */
dy_dict *dy_dict_load_text(const char *dir, dy_error *err);
/* Notes DIR/geo/places.txt for the lazily loaded gazetteer; false on OOM. */
bool dy_dict_note_geo(dy_dict *d, const char *dir);

/* The dictionary cache (cache.c, docs/dictionaries.md): the compiled
 * dictionary as one binary file.  KEY identifies the build and the
 * sources; encode appends the file to OUT (false on OOM); decode returns
 * the dictionary, or NULL with *WHY set when BUF is not a whole, intact
 * cache of KEY (it checks every index it restores, never trusts it). */
#define DY_DCACHE_KEY 48
bool dy_dcache_encode(const dy_dict *d, const uint8_t key[DY_DCACHE_KEY], dy_buf *out);
dy_dict *dy_dcache_decode(const void *buf, size_t len, const uint8_t key[DY_DCACHE_KEY],
                          const char *dir, const char **why);
/* Recomputes the checksum of an encoded cache (tests that alter one). */
void dy_dcache_seal(void *buf, size_t len);

/* A function word of a language (lang.h), classes merged. */
typedef struct dy_fw_ent {
    uint32_t cls, cls2;
    uint32_t norm;       /* interned base preposition, or 0 */
    int val;
} dy_fw_ent;

/* Builds the function-word tables of each language (dict.c). */
bool dy_dict_build_fw(dy_dict *d);

/* Interned id of a folded string, or 0 (also for NULL). */
uint32_t dy_dict_id(const dy_dict *d, const char *s);
/* Phrases starting with id ID: *N of them, longest first. */
const dy_phrase *dy_dict_phrases(const dy_dict *d, uint32_t id, size_t *n);
const uint32_t *dy_phrase_toks(const dy_dict *d, const dy_phrase *p);
/* The patterns of verb VERB (an index in preds): *N of them, in file
 * order. */
const dy_pat *dy_dict_patterns(const dy_dict *d, uint32_t verb, size_t *n);
const dy_code_ent *dy_dict_code(const dy_dict *d, const char *code);

/* German morphology (de.c): generates the forms of a verb lemma. */
typedef void (*dy_form_cb)(void *ctx, const char *form, int vform, int vtense);
bool dy_de_verb_forms(const dy_dict *d, const char *lemma, dy_form_cb cb,
                      void *ctx);
/* English morphology (en.c): the forms of a verb lemma ("crack|down"). */
bool dy_en_verb_forms(const dy_dict *d, const char *lemma, dy_form_cb cb,
                      void *ctx);
/* Adjective and genitive forms. */
void dy_de_adj_forms(const char *stem, dy_form_cb cb, void *ctx);
void dy_de_gen_forms(const char *name, dy_form_cb cb, void *ctx);
/* Russian morphology (ru.c): verb forms of an infinitive (or of two
 * aspects "a/b"), the case forms of a name or a phrase, of an adjective;
 * whether a string has Cyrillic letters; lower case in place. */
bool dy_ru_verb_forms(const dy_dict *d, const char *lemma, dy_form_cb cb, void *ctx);
void dy_ru_name_forms(const char *name, bool person, dy_form_cb cb, void *ctx);
void dy_ru_adj_forms(const char *adj, dy_form_cb cb, void *ctx);
bool dy_ru_is_cyrillic(const char *s);
void dy_ru_lower(char *s);
/* French morphology (fr.c): the forms of a verb lemma ("s'entretenir",
 * "mettre|en garde"), and the agreement forms of an adjective
 * ("français" -> "française", "françaises"). */
bool dy_fr_verb_forms(const dy_dict *d, const char *lemma, dy_form_cb cb, void *ctx);
void dy_fr_adj_forms(const char *adj, dy_form_cb cb, void *ctx);

#endif
