/* api.c: dy_code() and the result accessors (the output writers are in
 * src/output/). */
#include "coder/coder.h"
#include "base/date.h"
#include "explain/trace_text.h"
#include <string.h>
#include <stdlib.h>

struct dy_result {
    dy_arena ar;
    char *text;
    size_t text_len, bad_utf8;
    dy_vec events;   /* dy_event */
    dy_buf trace;
    bool explain;
    const dy_dict *dict; /* the dictionary that coded it (labels for the writers) */
};

void dy_limits_default(dy_limits *lim)
{
    lim->max_doc_bytes = 16u << 20;
    lim->max_sentence_tokens = 400;
    lim->max_doc_tokens = 2000000;
}

const char *dy_mood_name(dy_mood m)
{
    switch (m) {
    case DY_MOOD_FACT: return TM_MOOD_FACT;
    case DY_MOOD_INTENT: return TM_MOOD_INTENT;
    case DY_MOOD_APPEAL: return TM_MOOD_APPEAL;
    case DY_MOOD_SPECULATION: return TM_MOOD_SPECULATION;
    case DY_MOOD_QUESTION: return TM_MOOD_QUESTION;
    case DY_MOOD_HYPOTHETICAL: return TM_MOOD_HYPOTHETICAL;
    case DY_MOOD_NEGATED: return TM_MOOD_NEGATED;
    case DY_MOOD_REPORTED: return TM_MOOD_REPORTED;
    }
    return "?";
}

/* A story date: YYYY-MM-DD, a real day, years 1800 to 2200; yyyymmdd or -1. */
static int32_t parse_story_date(const char *s) { return dy_date_parse(s, 1800, 2200, DY_DATE_REAL); }

static int lang_index(const char *lang)
{
    if (!lang || !*lang)
        return 0; /* the first language of the registry (lang.h) */
    return dy_lang_index(lang);
}

/* The per-token tables of the coder, in the result's arena; false when
 * out of memory. */
static bool alloc_tables(cctx *c, dy_arena *ar, size_t ntoks)
{
    size_t n = ntoks ? ntoks : 1;
    c->fw = dy_arena_alloc(ar, n * sizeof *c->fw);
    c->prep = dy_arena_alloc(ar, n * sizeof *c->prep);
    c->fw2 = dy_arena_alloc(ar, n * sizeof *c->fw2);
    c->inq = dy_arena_alloc(ar, n * sizeof *c->inq);
    c->fwval = dy_arena_alloc(ar, n * sizeof *c->fwval);
    c->atom = dy_arena_alloc(ar, n * sizeof *c->atom);
    /* not zeroed (64 bytes a token): a token's readings are read only
     * below its count, nverb */
    c->verb = dy_arena_alloc_raw(ar, n * sizeof *c->verb);
    c->nverb = dy_arena_alloc(ar, n * sizeof *c->nverb);
    c->noun = dy_arena_alloc(ar, n * sizeof *c->noun);
    return c->fw && c->fw2 && c->inq && c->prep && c->fwval && c->atom && c->verb && c->nverb && c->noun;
}

/* Each token's dictionary id and function-word class, and the
 * prepositions the grammar relies on. */
static void look_up_words(cctx *c, const dy_dict *d, int li)
{
    for (uint32_t i = 0; i < c->n; i++) {
        dy_tok *t = &c->t[i];
        uint64_t h = dy_hash(t->fold, t->flen); /* one hash for both maps */
        uint32_t id = dy_map_get_h(&d->intern, t->fold, t->flen, h);
        t->id = id == UINT32_MAX ? 0 : id;
        uint32_t k = dy_map_get_h(&d->fwmap[li], t->fold, t->flen, h);
        if (k != UINT32_MAX) {
            const dy_fw_ent *e = &DY_AT(d->fwent[li], dy_fw_ent, k);
            c->fw[i] = e->cls;
            c->fw2[i] = (uint16_t)e->cls2;
            c->prep[i] = e->norm;
            c->fwval[i] = e->val;
        }
        /* capitalised function words at a sentence start keep their class;
         * a capitalised "Sie" mid-sentence is still a pronoun */
    }
    /* a comparison's particle ("mehr als 50 Menschen") after a comparative
     * quantity word is neither a conjunction nor a preposition */
    for (uint32_t i = 1; i < c->n; i++)
        if ((c->fw2[i - 1] & FW2_COMPAR) && (c->fw[i] & (FW_SUBORD | FW_PREP))) {
            c->fw[i] = 0;
            c->prep[i] = 0;
        }
    /* the prepositions the grammar itself relies on, from the language's
     * table: location, origin, agent of the passive (and of event nouns),
     * means, source, "open to", company */
    const dy_lang_rules *ru = c->rules;
    c->id_in = dy_dict_id(d, ru->prep_in);
    c->id_aus = dy_dict_id(d, ru->prep_origin);
    c->id_von = dy_dict_id(d, ru->prep_agent);
    c->id_durch = dy_dict_id(d, ru->prep_means);
    c->id_from = dy_dict_id(d, ru->prep_source);
    c->id_open = dy_dict_id(d, ru->prep_open);
    c->id_mit = dy_dict_id(d, ru->prep_with);
}

/* A dateline at the start of one of the first three paragraphs when none
 * opens the text: a headline, or an agency line, may come first
 * ("Thousands try to storm parliament\n\nAFP\n\nTBILISI - …"), as the
 * location stage reads it too.  Returns its first token. */
static uint32_t mark_late_dateline(cctx *c, const char *text)
{
    if (c->n == 0 || (c->t[0].flags & TF_DATELINE))
        return 0;
    int para = 0;
    for (uint32_t i = 1; i < c->n && para < 2; i++) {
        if (!(c->t[i].flags & TF_NEWPARA))
            continue;
        para++;
        dy_mark_dateline(text, c->t + i, c->n - i);
        if (c->t[i].flags & TF_DATELINE)
            return i;
    }
    return 0;
}

/* The dateline's place gives role-only mentions their country (c->home). */
static void dateline_home(cctx *c, const dy_dict *d, uint32_t first)
{
    for (uint32_t i = first; i < c->n && (c->t[i].flags & TF_DATELINE); i++) {
        size_t np;
        const dy_phrase *ph = dy_dict_phrases(d, c->t[i].id, &np);
        for (size_t k = 0; k < np; k++) {
            const uint32_t *ids = dy_phrase_toks(d, &ph[k]);
            bool whole = i + ph[k].ntok <= c->n; /* "TEL AVIV", "ADDIS ABEBA" */
            for (uint32_t j = 1; whole && j < ph[k].ntok; j++)
                whole = c->t[i + j].id == ids[j];
            if ((ph[k].kind == PK_METONYM || ph[k].kind == PK_COUNTRY) && whole) {
                memcpy(c->home, DY_AT(d->actors, dy_actor_ent, ph[k].ref).code, 3);
                c->home[3] = 0;
                break;
            }
        }
        if (c->home[0])
            break;
    }
}

dy_result *dy_code(const dy_dict *d, const dy_article *a, const dy_options *opt,
                   dy_error *err)
{
    dy_limits lim;
    dy_options defo = {0};
    if (!opt)
        opt = &defo;
    if (opt->limits)
        lim = *opt->limits;
    else
        dy_limits_default(&lim);
    int32_t date = parse_story_date(a->date);
    if (date < 0) {
        dy_seterr(err, DY_EINPUT, NULL, 0, TM_ERR_DATE,
                  a->id ? a->id : "", a->date ? a->date : "");
        return NULL;
    }
    int li = lang_index(a->lang);
    if (li < 0) {
        dy_seterr(err, DY_ELANG, NULL, 0, TM_ERR_LANG,
                  a->id ? a->id : "", a->lang ? a->lang : "");
        return NULL;
    }
    if (a->text_len > lim.max_doc_bytes) {
        dy_seterr(err, DY_EINPUT, NULL, 0,
                  TM_ERR_DOC_CAP,
                  a->id ? a->id : "", a->text_len, lim.max_doc_bytes);
        return NULL;
    }
    dy_result *r = dy_calloc(1, sizeof *r);
    if (!r)
        goto oom;
    r->events.size = sizeof(dy_event);
    r->explain = opt->explain;
    r->dict = d;
    r->text = dy_utf8_repair(a->text ? a->text : "", a->text ? a->text_len : 0,
                             &r->text_len, &r->bad_utf8);
    if (!r->text)
        goto oom;
    if (r->text_len > UINT32_MAX) {
        /* spans are 32-bit: a caller's cap over (2^32-1)/3 can let a
         * document of invalid bytes grow past them */
        dy_seterr(err, DY_EINPUT, NULL, 0,
                  TM_ERR_OFFSETS,
                  a->id ? a->id : "", r->text_len);
        dy_result_free(r);
        return NULL;
    }

    cctx c;
    memset(&c, 0, sizeof c);
    c.d = d;
    c.rules = dy_languages[li];
    c.lang1 = (uint8_t)(li + 1);
    c.text = r->text;
    c.date = date;
    c.ar = &r->ar;
    c.scale = opt->scale;
    c.trace = opt->explain ? &r->trace : NULL;
    c.ments.size = sizeof(ment);
    c.events.size = sizeof(dy_event);
    dy_vec toks = DY_VEC(dy_tok), sents = DY_VEC(dy_sent);
    bool ok = dy_tokenize(r->text, r->text_len, &r->ar, &toks, lim.max_doc_tokens);
    if (!ok && !r->ar.oom && toks.n >= lim.max_doc_tokens) {
        dy_seterr(err, DY_EINPUT, NULL, 0, TM_ERR_TOKEN_CAP,
                  a->id ? a->id : "", lim.max_doc_tokens);
        dy_vec_free(&toks);
        dy_result_free(r);
        return NULL;
    }
    if (!ok)
        goto oom_c;
    c.t = toks.items;
    c.n = (uint32_t)toks.n;
    dy_mark_dateline(r->text, c.t, c.n);
    uint32_t dl = mark_late_dateline(&c, r->text);
    if (!dy_split(r->text, c.t, c.n, &sents, lim.max_sentence_tokens))
        goto oom_c;
    if (!alloc_tables(&c, &r->ar, toks.n))
        goto oom_c;
    look_up_words(&c, d, li);
    dateline_home(&c, d, dl);
    dy_code_sentences(&c, &sents);
    if (c.oom || r->ar.oom || r->trace.oom)
        goto oom_c;
    r->events = c.events;
    c.events.items = NULL;
    dy_map_free(&c.seen);
    dy_vec_free(&c.ments);
    dy_vec_free(&toks);
    dy_vec_free(&sents);
    return r;
oom_c:
    dy_map_free(&c.seen);
    dy_vec_free(&c.ments);
    dy_vec_free(&c.events);
    dy_vec_free(&toks);
    dy_vec_free(&sents);
oom:
    dy_result_free(r);
    dy_seterr(err, DY_ENOMEM, NULL, 0, TM_ERR_OOM);
    return NULL;
}

void dy_result_free(dy_result *r)
{
    if (!r)
        return;
    dy_free(r->text);
    dy_vec_free(&r->events);
    dy_buf_free(&r->trace);
    dy_arena_free(&r->ar);
    dy_free(r);
}

size_t dy_result_count(const dy_result *r) { return r->events.n; }

const dy_event *dy_result_event(const dy_result *r, size_t i)
{
    return i < r->events.n ? &DY_AT(r->events, dy_event, i) : NULL;
}

const dy_dict *dy_result_dict(const dy_result *r)
{
    return r->dict;
}

const char *dy_result_text(const dy_result *r, size_t *len)
{
    if (len)
        *len = r->text_len;
    return r->text;
}

size_t dy_result_invalid_utf8(const dy_result *r) { return r->bad_utf8; }

int dy_result_explain(const dy_result *r, FILE *out)
{
    if (!r->explain)
        return 0;
    if (r->trace.len && fwrite(r->trace.data, 1, r->trace.len, out) != r->trace.len)
        return -1;
    return ferror(out) ? -1 : 0;
}
