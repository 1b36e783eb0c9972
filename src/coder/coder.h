/* coder.h: the coder's per-document state (internal to src/coder/; the
 * stages are declared in stages.h). */
#ifndef DY_CODER_H
#define DY_CODER_H

#include "dict/dict.h"
#include "lang/lang.h"
#include "geo/geo.h"

#define MAXV 6

typedef struct ment {
    uint32_t first, last;   /* token span [first, last) */
    uint32_t head;          /* token of the head word */
    uint32_t absorbed_to;   /* tokens up to here belong to the mention ("im Sudan") */
    char code[16];          /* resolved actor code, "" if none */
    char role[16];           /* role of a role-only mention */
    int person;             /* person index or -1 */
    int group;              /* coordination group */
    const char *rule;
    bool gen, adj_only, role_only, pron, pair, obj, diplo, role_list;
    bool compound_next;     /* chinesisch-(russische): joined to the next */
    bool compound_noun;     /* China-(Besuch): modifier of the next noun */
    bool anaph;             /* "the country's": the country named last, taken up */
    int up;                 /* unknown person index + 1, or 0 */
    int groupn;             /* "the three countries": a pair of 3 or more */
} ment;

/* A person not in people.txt, learnt from the article: "sagte Zhang
 * Hanhui", "Verteidigungsminister Awad Ibn Auf".  Its code comes from a role
 * next to the name or from a later definite description of the speaker
 * ("der chinesische Diplomat"). */
typedef struct uperson {
    const char *tok[4];     /* folded name tokens */
    int n;
    char code[16];
} uperson;
#define MAXUP 32

/* The state of the sentence being coded (set per sentence, sentence.c). */
typedef struct sent_state {
    uint32_t first, last;   /* its tokens [first, last) */
    size_t m0;              /* its first mention */
    uint32_t atom_end;      /* tokens before this are covered by actor phrases */
    int index;
    char ev_src[16], ev_tgt[16];        /* the last event of this sentence */
    char cur_agent[16];                 /* the last acting subject */
    char cur_agents[8][16];             /* all its codes */
    int n_cur_agents;
    const struct clause *cl;            /* its clauses while it is coded, or NULL */
    int ncl;
} sent_state;

/* The places the location stage has read (location.c): the dateline's,
 * and the locative phrases of the sentence being coded. */
#define MAXLOC 16
#define MAXART 64
typedef struct loc_state {
    bool init;                    /* geo and the article's places read */
    const dy_geo *geo;            /* the gazetteer, or NULL */
    const dy_geo_place *dateline; /* for the event being placed (pick_dateline) */
    uint32_t dl_first, dl_last;   /* its tokens */
    const dy_geo_place *dl_all[4]; /* all the dateline's places ("X/Y"), */
    uint32_t dl_a[4], dl_b[4];    /* their tokens; the last is the default */
    int ndl;
    dy_geo_loc prev;              /* the last locative of the sentence before */
    dy_geo_loc head;              /* the headline's place (ncand 0: none) */
    dy_geo_loc art[MAXART];       /* the article's locatives, for "actors" */
    int nart;
    int sent;                     /* 1 + the sentence of locs, or 0 */
    dy_geo_loc locs[MAXLOC];
    int nlocs;
} loc_state;

/* What the article carries from sentence to sentence (discourse.c): the
 * pair "beide Länder" means, the last subjects, speakers, agents and
 * events, and the persons learnt from the text. */
typedef struct discourse {
    char pair[2][16];
    bool have_pair;
    bool pair_weak;         /* the pair is only the first two countries named */
    char recent[4][16];     /* the last distinct countries named, the last first */
    int n_recent;
    char last_country[16];
    char last_subj[16];
    char last_subjs[8][16]; /* every code of the last subject */
    int n_last_subj;
    int last_subj_num;      /* its number: 0 one thing (a country, a ministry),
                             * 1 several ("the troops", "A and B"), 2 a person */
    char last_speaker[16];
    char prev_src[16], prev_tgt[16]; /* the last event before this sentence */
    char prev_agent[16];    /* the last acting subject before this sentence */
    char pend_code[6];      /* an act of violence done by no one named ("sind … getötet */
    char pend_tgt[16];      /* worden"): its code, whom it struck, its sentence (1 + index) */
    int pend_sent;
    bool pend_nominal;      /* the deed was a noun: a claim codes only itself */
    char prev_agents[8][16]; /* all its codes */
    int n_prev_agents;
    char hist[8][16];       /* the acting subjects of the last sentences */
    int n_hist;
    uperson up[MAXUP];
    int nup;
    int pending_up;         /* last speaker with no code yet (index + 1) */
} discourse;

/* The document: its input (dictionary, language, text, tokens and their
 * per-token annotations), its output (mentions, events, trace), and the
 * sentence and discourse state.  The per-clause state is the clause of
 * stages.h. */
typedef struct cctx {
    const dy_dict *d;
    const dy_lang_rules *rules;
    uint8_t lang1;          /* 1 + language index: phrases of other languages are skipped */
    const dy_map *fwmap;
    const char *text;
    dy_tok *t;
    uint32_t n;
    int32_t date;           /* story date yyyymmdd */
    uint32_t *fw;           /* function-word class per token */
    uint16_t *fw2;          /* FW2_* classes per token */
    uint8_t *inq;           /* inside quotation marks */
    uint32_t *prep;         /* base preposition id per token (0: none) */
    int *fwval;             /* value of date words */
    const dy_phrase **atom; /* actor phrase starting at token, or NULL */
    const dy_phrase *(*verb)[MAXV];
    uint8_t *nverb;
    const dy_phrase **noun;
    dy_vec ments;           /* ment */
    dy_vec events;          /* dy_event */
    dy_map seen;            /* events already coded (source, target, code) */
    dy_arena *ar;
    dy_buf *trace;          /* explain output, or NULL */
    char home[16];          /* country of the dateline */
    uint32_t id_from, id_open, id_in, id_aus, id_von, id_durch, id_mit;
    dy_scale scale;
    bool oom;
    loc_state loc;          /* the places of the article (location.c) */
    sent_state sn;          /* the sentence being coded */
    discourse dis;          /* what earlier sentences left */
} cctx;

void dy_code_sentences(cctx *c, const dy_vec *sents);

#endif
