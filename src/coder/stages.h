/* stages.h: the coder's stages, internal to src/coder/.
 *
 *   text ──► tokens ──► sentences ──► per sentence (sentence.c):
 *     atoms.c      dictionary matches per token (actors, verbs, nouns)
 *     mentions.c   actor atoms composed into mentions
 *     resolve.c    role-only mentions and pronouns get their codes
 *     clauses.c    the sentence cut into clauses, each classified
 *     predicate.c  the verb or event noun that codes a clause
 *     patterns.c   verb patterns that override the plain reading
 *     speech.c     reported speech: whose content a clause is
 *     mood.c       fact, intent, appeal, negation …
 *     groups.c     the clause's actors in coordinated groups
 *     roles.c      subject, agent and target of a clause ──► events
 *     nouns.c      nominal events ("Blinkens Besuch in Tokio")
 *     emit.c       an event written (filters, spans, trace)
 *     dates.c      the day a clause speaks of
 *     discourse.c  what the article carries from sentence to sentence
 *     location.c   where an event happened (the gazetteer, src/geo/)
 *
 * The language-specific words come from the tables of lang.h; the
 * morphology from src/lang/XX/.  All per-document memory lives in one arena.
 */
#ifndef DY_CODER_STAGES_H
#define DY_CODER_STAGES_H

#include "coder/coder.h"
#include "explain/trace_text.h"
#include <stdio.h>
#include <string.h>

/* The names of the grammar's own rules, for an event's provenance. */
#define RULE_APPEAL TM_RULE_APPEAL
#define RULE_ACCUSE TM_RULE_ACCUSE
#define RULE_VISIT TM_RULE_VISIT
#define RULE_CLAIM TM_RULE_CLAIM

/* ------------------------------------------------------------ utilities */

/* Copies a code into a 16-byte field (cut at 15 bytes).  The coder copies
 * codes often; snprintf("%s") was a measurable share of the run. */
static inline void cp16(char dst[16], const char *src)
{
    size_t n = strnlen(src, 15);
    memmove(dst, src, n);
    dst[n] = 0;
}

static inline uint32_t fwc(const cctx *c, uint32_t i)
{
    return c->fw[i];
}

static inline bool tok_eq(const cctx *c, uint32_t i, const char *s)
{
    return !strcmp(c->t[i].fold, s);
}

static inline bool is_punct(const cctx *c, uint32_t i, const char *s)
{
    return (c->t[i].type == TK_PUNCT || c->t[i].type == TK_HYPHEN) && tok_eq(c, i, s);
}

/* Is token I one of the words W (a language's list; NULL: none)? */
static inline bool tok_in(const cctx *c, uint32_t i, const char *const *w)
{
    const char *f = c->t[i].fold;
    for (; w && *w; w++)
        if (**w == *f && !strcmp(f, *w))
            return true;
    return false;
}

/* Does token I, longer than MINLEN, end with the suffix SUF (NULL: none)? */
static inline bool tok_suffix(const cctx *c, uint32_t i, const char *suf, uint32_t minlen)
{
    const dy_tok *t = &c->t[i];
    return suf && t->flen > minlen && !strcmp(t->fold + t->flen - strlen(suf), suf);
}

/* Does the rule family F (RF_*) apply to the document's language? */
static inline bool rule_on(const cctx *c, uint32_t f)
{
    return (c->rules->families & f) != 0;
}

static inline uint32_t prep_norm(const cctx *c, uint32_t i)
{
    return c->prep[i];
}

/* Does predicate P take a slot SLOT (a preposition, SLOT_OBJ ...)? */
static inline bool pred_has_slot(const dy_pred *p, uint32_t slot)
{
    for (int s = 0; s < p->nslots; s++)
        if (p->slots[s] == slot)
            return true;
    return false;
}

/* ------------------------------------------------------------ clauses and groups */

enum { CL_MAIN = 0, CL_SUB, CL_REL, CL_ZU, CL_IF, CL_OB, CL_SAY };

typedef struct clause {
    uint32_t a, b;          /* tokens [a, b) */
    int kind;
    bool inherit;           /* "… und versucht": subject of the clause before */
    bool part_coord;        /* "hat X verhängt und Y aufgehoben": a coordinated
                             * participle phrase, its subject is the one before */
    int gov;                /* governing clause (for SUB, ZU), or -1 */
    bool reported;          /* content of reported speech */
    char speaker[16];
    const dy_phrase *pred;  /* the predicate */
    uint32_t pred_tok;
    bool noun_pred;
    dy_mood mood;
    bool modal_verb;        /* a VFL_MODAL verb (planen) in the clause */
    bool announce;          /* a speech verb of intent (ankündigen, announce) */
    uint32_t modal_tok;     /* 1 + token of the first modal verb, or 0 */
    bool intent_word;       /* an intent by a word of the clause (will, wird …) */
    bool spec_verb;
    bool hearsay;           /* a fact reported unconfirmed: its events take DY_MOOD_REPORTED */
    bool say;
    char subj[16];
    char subjs[8][16];      /* every code of the subject ("die Länder") */
    int nsubj;
    bool demanded;          /* the content of a demand: not coded itself */
    bool emitted;           /* code_clause produced an event */
    int subj_m;             /* mention index of the subject, or -1 */
    uint32_t subj_tok;      /* 1 + the first token of the subject's mention, or 0 */
    char tgt[16];           /* the first target coded, "" if none */
    bool truce;             /* "agreed to stop attacking": a ceasefire (0871) */
    uint32_t agent_noun;    /* 1 + token of the attack noun naming a passive's agent */
    const dy_pred *ppred;   /* a verb pattern's reading of the predicate, or NULL */
    uint32_t pat_tok[MAX_PAT_EL]; /* the tokens its words matched */
    int npat;
    uint32_t pat_tgt;       /* 1 + token after which its target ('+') is, or 0 */
    bool pat_comp;          /* its '%': the event holds among the subjects */
    int pat_skip;           /* its '^' before '+': actors skipped before the target */
} clause;

#define MAXCL 64

typedef struct grp {
    int m[8];
    int n;
    uint32_t first, last;
    uint32_t prep;          /* base preposition heading it, or 0 */
    uint32_t prep_tok;      /* the preposition's token */
    bool obj, genattr, subj_ok;
    bool say_src;           /* English "according to X": ends at its comma */
} grp;

/* ------------------------------------------------------------ small queries of the stages (inline: they run per token) */

static inline bool in_mention(cctx *c, size_t m0, uint32_t tok)
{
    for (size_t k = m0; k < c->ments.n; k++) {
        ment *m = &DY_AT(c->ments, ment, k);
        if (tok >= m->first && tok < m->last)
            return true;
    }
    return false;
}

static inline const ment *mention_at(cctx *c, size_t m0, uint32_t tok)
{
    for (size_t k = m0; k < c->ments.n; k++) {
        ment *m = &DY_AT(c->ments, ment, k);
        if (tok == m->first)
            return m;
    }
    return NULL;
}

/* Is token TOK part of a person's name ("Angela Merkel der …": the "der"
 * that follows a name starts a dative object, not a genitive)? */
static inline bool in_name(cctx *c, size_t m0, uint32_t tok)
{
    for (size_t k = m0; k < c->ments.n; k++) {
        ment *m = &DY_AT(c->ments, ment, k);
        if (tok >= m->first && tok < m->last && (m->person >= 0 || m->up))
            return true;
    }
    return false;
}

/* Has token I a verb reading of form VF (English "travel" is finite and
 * infinitive at once)? */
static inline bool has_vform(cctx *c, uint32_t i, int vf)
{
    for (int v = 0; v < c->nverb[i]; v++)
        if (c->verb[i][v]->vform == vf)
            return true;
    return false;
}

/* The event noun an adjective-only mention M names the country of: the
 * noun after it ("Israeli airstrikes"), or, where adjectives follow their
 * noun (adj_after_noun), the one before it ("des frappes israéliennes");
 * NULL if none.  The caller has checked m->last < the clause's end. */
static inline const dy_phrase *adj_noun(const cctx *c, const ment *m)
{
    if (c->noun[m->last])
        return c->noun[m->last];
    /* (a noun of several words: « des frappes aériennes israéliennes »; a
     * quoted noun: « une « agression » américaine ») */
    uint32_t a = m->first;
    if (c->rules->adj_after_noun && a > 1 && c->t[a - 1].type == TK_QUOTE)
        a--;
    for (uint32_t q = a; c->rules->adj_after_noun && q-- > 0 && q + 4 > a;)
        if (c->noun[q] && q + c->noun[q]->ntok == a)
            return c->noun[q];
    return NULL;
}

static inline bool verb_reading(cctx *c, uint32_t i, bool finite)
{
    for (int k = 0; k < c->nverb[i]; k++) {
        int f = c->verb[i][k]->vform;
        if (!finite || f == VF_FIN || f == VF_FIN_SEP)
            return true;
    }
    uint32_t fw = fwc(c, i);
    return (fw & (FW_MODAL_INTENT | FW_MODAL_APPEAL | FW_MODAL_SPEC | FW_FUTURE |
                  FW_PASSIVE | FW_HYPO | FW_PASTAUX | FW_SUPPORT)) != 0;
}

static inline int first_word(cctx *c, uint32_t a, uint32_t b)
{
    for (uint32_t i = a; i < b; i++)
        if (c->t[i].type == TK_WORD || c->t[i].type == TK_NUM)
            return (int)i;
    return -1;
}

/* Is there an actor mention starting in [a, b)? */
static inline bool mention_at_or_after(cctx *c, size_t m0, uint32_t a, uint32_t b)
{
    for (uint32_t i = a; i < b; i++)
        if (mention_at(c, m0, i))
            return true;
    return false;
}

/* Is token I a possessive clitic (English "'s")? */
static inline bool poss_s(cctx *c, uint32_t i)
{
    return tok_in(c, i, c->rules->poss_clitics);
}

static inline bool say_reading(cctx *c, uint32_t i)
{
    for (int v = 0; v < c->nverb[i]; v++)
        if (DY_AT(c->d->preds, dy_pred, c->verb[i][v]->ref).flags & VFL_SAY)
            return true;
    return false;
}

/* The first token of [a, b) of function-word class CLS2, or b. */
/* The first token in [a, b) of function-word class CLS, or b. */
static inline uint32_t find_fw(cctx *c, uint32_t a, uint32_t b, uint32_t cls)
{
    for (uint32_t i = a; i < b; i++)
        if (fwc(c, i) & cls)
            return i;
    return b;
}

static inline uint32_t find2(cctx *c, uint32_t a, uint32_t b, uint16_t cls2)
{
    while (a < b && !(c->fw2[a] & cls2))
        a++;
    return a;
}

/* The end word (FW2_END) that ends the events named in clause K before
 * token I: one before it ("beendete die Angriffe", "ending the attacks"),
 * or, where main clauses are verb-second, the verb at the clause's end
 * after it ("hat die Angriffe eingestellt", "die Kämpfe einstellen
 * wollten"), followed by nothing but auxiliaries and modals.  Returns
 * true when there is one. */
static inline bool ended_at(cctx *c, const clause *k, uint32_t i)
{
    if (find2(c, k->a, i, FW2_END) < i)
        return true;
    if (!c->rules->verb_second)
        return false;
    uint32_t q = find2(c, i + 1, k->b, FW2_END);
    if (q >= k->b)
        return false;
    for (uint32_t z = q + 1; z < k->b; z++)
        if (c->t[z].type != TK_PUNCT &&
            !(c->fw[z] & (FW_PASTAUX | FW_PASSIVE | FW_FUTURE | FW_HYPO | FW_MODAL_INTENT |
                          FW_MODAL_APPEAL | FW_MODAL_SPEC)))
            return false;
    return true;
}

static inline bool clause_has2(cctx *c, const clause *k, uint16_t cls2)
{
    return find2(c, k->a, k->b, cls2) < k->b;
}

static inline uint32_t grp_tok(cctx *c, const grp *g, int i)
{
    ment *m = &DY_AT(c->ments, ment, g->m[i < g->n ? i : 0]);
    return m->first;
}

/* Whether a mention of group G opens with a form that can only be a
 * nominative (the dictionary's GC_NOM: declined languages, lang.h
 * case_marks_roles): "Китай, Турция и Иран" */
static inline bool grp_nominative(cctx *c, const grp *g)
{
    for (int i = 0; i < g->n; i++) {
        uint32_t t = grp_tok(c, g, i);
        if (c->atom[t] && c->atom[t]->gcase == GC_NOM)
            return true;
        /* "приехала делегация Ирана": the genitive after a counting word
         * in the nominative */
        if (i == 0 && t > 0 && (c->fw2[t - 1] & FW2_QUANT) && c->atom[t - 1] &&
            c->atom[t - 1]->gcase == GC_NOM)
            return true;
    }
    return false;
}

static inline bool pat_word_at(const clause *k, uint32_t i)
{
    for (int q = 0; q < k->npat; q++)
        if (k->pat_tok[q] == i)
            return true;
    return false;
}

/* ------------------------------------------------------------ the stages */

/* atoms.c */
const char *person_code(const dy_dict *d, int p, int32_t date);
void set_code(char dst[16], const char *country, const char *role);
bool phrase_ok(const cctx *c, const dy_phrase *p, uint32_t i);
const dy_phrase *match_actor(cctx *c, uint32_t i, uint32_t end);
void match_preds(cctx *c, uint32_t i, uint32_t end);
const dy_phrase *discard_at(cctx *c, uint32_t i, uint32_t end, uint32_t story);
uint32_t find_discard(cctx *c, uint32_t a, uint32_t b, uint32_t story);

/* mentions.c */
const char *atom_code(cctx *c, const dy_phrase *p);
uint32_t np_start(cctx *c, uint32_t i, uint32_t lo);
void build_mentions(cctx *c, uint32_t s, uint32_t e);

/* resolve.c */
void resolve_mentions(cctx *c, size_t from);
int ment_codes(cctx *c, const ment *m, char out[][16], int max);

/* clauses.c */
const ment *mention_near(cctx *c, size_t m0, const clause *k, uint32_t a, uint32_t n);
const ment *slot_mention(cctx *c, size_t m0, const clause *k, uint32_t a, bool anyprep);
int cut_clauses(cctx *c, size_t m0, clause *cl);

/* groups.c */
int find_groups(cctx *c, size_t m0, const clause *k, grp *g, int max);
int grp_codes(cctx *c, const grp *g, char out[][16], int max);

/* predicate.c */
void choose_pred(cctx *c, clause *k);

/* patterns.c */
void choose_pattern(cctx *c, clause *k);

/* mood.c */
const char *intent_code(const dy_pred *p, char buf[6]);
void decide_mood(cctx *c, clause *cl, int ncl, int ki);
bool mood_uncoded(dy_mood m);

/* dates.c */
int32_t clause_date(cctx *c, const clause *k);

/* emit.c */
void trace_span(cctx *c, uint32_t a, uint32_t b);
void set_event_code(cctx *c, dy_event *e, const char *code);
void merge_generic(cctx *c, size_t from);
void emit_event(cctx *c, const char *src, const char *tgt,
                       const char *code, dy_mood mood, const clause *k,
                       uint32_t src_tok, uint32_t tgt_tok, uint32_t pred_tok,
                       const char *rule);

/* roles.c */
void code_clause(cctx *c, size_t m0, clause *cl, int ncl, int ki);

/* nouns.c */
void code_nouns(cctx *c, size_t m0, clause *k);
void code_mediation(cctx *c, size_t m0, clause *k);

/* speech.c */
void mark_speech(cctx *c, size_t m0, clause *cl, int n);

/* discourse.c */
void remember_pair(cctx *c, const char *a, const char *b);
void note_country(cctx *c, const char *code);
int weak_pair_sides(cctx *c, const char *subj, char out[][16]);
bool focus_country(cctx *c, size_t k, char out[4]);
void visits_from_dateline(cctx *c);

/* location.c */
void locate_event(cctx *c, dy_event *e, const clause *k);
const char *place_country_at(cctx *c, uint32_t i, uint32_t end);
void locate_visits(cctx *c);
void trace_location(cctx *c, const dy_event *e);

/* sentence.c */
void begin_sentence(cctx *c, uint32_t first, uint32_t last, int index);
void code_sentence(cctx *c);

#endif
