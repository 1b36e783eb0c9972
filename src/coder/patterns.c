/* patterns.c: Verb patterns (TABARI / PETRARCH style): a pattern's words around the
 * verb of a clause override the plain reading of its predicate. */
#include "coder/stages.h"
#include <string.h>
#include <stdlib.h>

static bool pel_match(cctx *c, const dy_pel *e, uint32_t j)
{
    const dy_tok *t = &c->t[j];
    if (e->flags & PE_PREFIX)
        return t->flen >= e->wlen && !memcmp(t->fold, e->w, e->wlen);
    return t->id == e->id;
}

/* Does the segment EL[0..n) (adjacent words) match at token J? */
static bool seg_match(cctx *c, const dy_pel *el, int n, uint32_t j, uint32_t end)
{
    if (j + (uint32_t)n > end)
        return false;
    for (int i = 0; i < n; i++)
        if (!pel_match(c, &el[i], j + (uint32_t)i))
            return false;
    return true;
}

/* A pattern's gap ends at a comma, semicolon or colon: its words stand in
 * one stretch of the clause. */
static bool gap_stop(cctx *c, uint32_t j)
{
    return c->t[j].type == TK_PUNCT && (is_punct(c, j, ",") || is_punct(c, j, ";") ||
                                        is_punct(c, j, ":"));
}

/* Matches pattern P around the verb at token V (NTOK tokens) of clause K:
 * its words before the verb in order before it, the others in order after
 * it, '_'-joined words adjacent.  A segment is taken as close to the verb
 * as it can be (before it) or as early as it can be (after it), which
 * finds a match whenever there is one.  Fills TOKS (the matched words) and
 * *TGT; returns the number of words, or 0. */
static int pattern_match(cctx *c, const clause *k, const dy_pat *p, uint32_t v, uint32_t ntok,
                         uint32_t *toks, uint32_t *tgt, int *skip)
{
    const dy_pel *el = &DY_AT(c->d->pat_el, dy_pel, p->el);
    int nv = 0;
    while (nv < p->nel && !(el[nv].flags & PE_VERB))
        nv++;
    if (nv == p->nel)
        return -1;
    int nt = 0;
    *tgt = 0;
    *skip = 0;
    /* before the verb, from the last segment back */
    uint32_t lim = v;          /* segments end at or before this token */
    bool anchored = el[nv].flags & PE_JOIN, tgt_after = false;
    for (int e = nv; e > 0;) {
        /* "suggested_+ *": the target after the segment before it */
        if (el[e - 1].flags & PE_TGT) {
            tgt_after = true;
            anchored = false;
            e--;
            continue;
        }
        int s = e - 1;
        while (s > 0 && (el[s].flags & PE_JOIN) && !(el[s - 1].flags & PE_TGT))
            s--;
        int n = e - s;
        uint32_t j = lim >= (uint32_t)n ? lim - (uint32_t)n : 0;
        bool found = false;
        for (;; j--) {
            if (j < k->a || lim < (uint32_t)n || gap_stop(c, j + (uint32_t)n))
                break;
            if (seg_match(c, &el[s], n, j, lim)) {
                found = true;
                break;
            }
            if (anchored || j == k->a)
                break;
        }
        if (!found)
            return -1;
        for (int i = 0; i < n; i++)
            toks[nt++] = j + (uint32_t)i;
        if (tgt_after) {
            *tgt = j + (uint32_t)n + 1;
            tgt_after = false;
        }
        anchored = el[s].flags & PE_JOIN;
        lim = j;
        e = s;
    }
    /* after it: on into the clauses that follow ("allowed that Mordor isn't
     * a really pleasant place"), but not across a comma */
    uint32_t end = c->sn.last;
    uint32_t pos = v + ntok;
    for (int e = nv + 1; e < p->nel;) {
        if (el[e].flags & PE_TGT) {
            *tgt = pos + 1;
            *skip = el[e].skip;
            e++;
            continue;
        }
        int s = e;
        e++;
        while (e < p->nel && (el[e].flags & PE_JOIN) && !(el[e].flags & PE_TGT))
            e++;
        int n = e - s;
        bool adj = el[s].flags & PE_JOIN;
        uint32_t j = pos;
        while (j < end && !seg_match(c, &el[s], n, j, end) && !adj && !gap_stop(c, j))
            j++;
        if (j >= end || !seg_match(c, &el[s], n, j, end))
            return -1;
        for (int i = 0; i < n; i++)
            toks[nt++] = j + (uint32_t)i;
        pos = j + (uint32_t)n;
    }
    return nt;
}

/* Does a coordinated subject ("Gondor and Osgiliath") stand before the
 * verb at token V of clause K? */
static int compound_before(cctx *c, const clause *k, uint32_t v)
{
    grp g[24];
    int ng = find_groups(c, c->sn.m0, k, g, 24);
    for (int i = 0; i < ng; i++)
        if (g[i].n >= 2 && !g[i].prep && g[i].last <= v)
            return 1;
    return 0;
}

/* The verb patterns of clause K: at its verb predicate or a verb before it
 * without a code of its own (a noun predicate: any verb before it; none:
 * any verb); the first verb with a match, and there the pattern with the
 * most words (the first in the file of equals). */
void choose_pattern(cctx *c, clause *k)
{
    if (k->kind == CL_SAY || !c->d->pats.n)
        return;
    /* a speech verb whose pattern names words of its own clause reads as
     * that pattern ("recalled its ambassador"): it frames no speech there;
     * "kündigte eine angemessene Antwort an": a speech verb of intent whose
     * pattern matches is that act, not a frame (no such limit) */
    bool say = k->say && !k->announce;
    uint32_t toks[MAX_PAT_EL], tgt = 0;
    int best = 0, skip = 0;
    int comp = -1; /* a compound subject before the verb: unknown yet */
    bool verb_pred = k->pred && !k->noun_pred;
    uint32_t pred_tok = k->pred_tok;
    /* the words a match can take: from the clause's start to the sentence's
     * end; a pattern needing a word not among them is not tried (verbs
     * have hundreds of patterns) */
    uint64_t have[4] = {0, 0, 0, 0};
    for (uint32_t j = k->a; j < c->sn.last; j++) {
        const dy_tok *t = &c->t[j];
        if (t->id) {
            uint32_t b = DY_PAT_BIT(t->id);
            have[b >> 6] |= (uint64_t)1 << (b & 63);
        }
        if (t->flen >= 3) {
            uint32_t b = DY_PAT_PBIT(t->fold);
            have[2 + (b >> 6)] |= (uint64_t)1 << (b & 63);
        }
    }
    /* "Nach der Zerstörung des Damms haben sich Kiew und Moskau die
     * Schuld zugewiesen": a noun predicate in a phrase of a preposition is
     * a circumstance; a verb pattern after it is the clause's act */
    bool noun_in_pp = false;
    if (k->pred && k->noun_pred && c->rules->verb_second) {
        uint32_t s0 = np_start(c, pred_tok, k->a);
        noun_in_pp = s0 > k->a && (fwc(c, s0 - 1) & FW_PREP);
    }
    for (uint32_t i = k->a; i < k->b; i++) {
        /* after the predicate only a verb whose pattern takes the predicate
         * in as one of its words ("said would * now": act, not say) */
        bool later = k->pred && i > pred_tok && !noun_in_pp;
        if (later && !verb_pred)
            break;
        if (in_mention(c, c->sn.m0, i))
            continue;
        /* a clause with no predicate at all: also a verb form the reading
         * of the words around it set aside ("raised its voice for") */
        const dy_phrase *vs[MAXV];
        int nvs = 0;
        for (int v = 0; v < c->nverb[i]; v++)
            vs[nvs++] = c->verb[i][v];
        /* (not after an article: "was in an accord" names no act) */
        bool art = i > k->a && tok_in(c, i - 1, c->rules->pattern_articles);
        if ((!k->pred || (i < k->pred_tok && !k->noun_pred)) && !nvs && c->t[i].id && !art) {
            size_t n;
            const dy_phrase *ph = dy_dict_phrases(c->d, c->t[i].id, &n);
            for (size_t q = 0; q < n && nvs < MAXV; q++) {
                const dy_phrase *p = &ph[q];
                if (p->kind != PK_VERB || i + p->ntok > k->b || !phrase_ok(c, p, i))
                    continue;
                const uint32_t *ids = dy_phrase_toks(c->d, p);
                bool ok = true;
                for (uint32_t j = 1; j < p->ntok && ok; j++)
                    ok = c->t[i + j].id == ids[j];
                if (ok)
                    vs[nvs++] = p;
            }
        }
        for (int v = 0; v < nvs; v++) {
            const dy_phrase *ph = vs[v];
            const dy_pred *vp = &DY_AT(c->d->preds, dy_pred, ph->ref);
            /* "forderte Russland … auf": the clause read its verb with
             * the separable particle it found (or with none); the same
             * form read with another particle or none (fordern,
             * ein|fordern) takes none of its patterns */
            if (verb_pred && i == pred_tok && ph != k->pred &&
                DY_AT(c->d->preds, dy_pred, k->pred->ref).particle != vp->particle)
                continue;
            /* before the predicate only verbs without a code of their own,
             * or whose pattern names words */
            bool need_words = verb_pred && i < pred_tok && vp->code[0];
            size_t np;
            const dy_pat *pats = dy_dict_patterns(c->d, ph->ref, &np);
            for (size_t q = 0; q < np; q++) {
                const uint64_t *nd = pats[q].need;
                if ((nd[0] & ~have[0]) | (nd[1] & ~have[1]) | (nd[2] & ~have[2]) |
                    (nd[3] & ~have[3]))
                    continue;
                int w = pattern_match(c, k, &pats[q], i, ph->ntok, toks, &tgt, &skip);
                if (w < 0 || (need_words && w == 0))
                    continue;
                if (say) {
                    bool own = w > 0 && (vp->flags & VFL_SAY);
                    /* "vowed to respond": the speech verb is one of the
                     * pattern's words, under a verb of its own */
                    for (int t = 0; t < w && !own; t++)
                        own = toks[t] != i && say_reading(c, toks[t]);
                    for (int t = 0; t < w && own; t++)
                        own = toks[t] >= k->a && toks[t] < k->b;
                    /* nor in its content: "recalled that the ambassador" */
                    for (uint32_t j = i + 1; j < k->b && own; j++) {
                        bool in_pat = false;
                        for (int t = 0; t < w; t++)
                            in_pat = in_pat || toks[t] >= j;
                        if (!in_pat)
                            break;
                        own = !tok_in(c, j, c->rules->that_words);
                    }
                    if (!own)
                        continue;
                }
                bool takes_pred = false;
                for (int t = 0; t < w && later; t++)
                    takes_pred = takes_pred || toks[t] == pred_tok;
                if (later && !takes_pred)
                    continue;
                if (pats[q].comp) {
                    if (comp < 0)
                        comp = compound_before(c, k, i);
                    if (!comp)
                        continue;
                }
                /* two points a word, one for the compound */
                int score = 2 * w + pats[q].comp;
                if (score > best) {
                    best = score;
                    k->pat_comp = pats[q].comp;
                    k->ppred = &DY_AT(c->d->preds, dy_pred, pats[q].pred);
                    k->pred = ph;
                    k->pred_tok = i;
                    k->noun_pred = false;
                    k->npat = w;
                    memcpy(k->pat_tok, toks, sizeof toks);
                    k->pat_tgt = tgt;
                    k->pat_skip = skip;
                }
            }
        }
        if (best)
            break;
    }
    if (best && k->say) {
        if (k->announce)
            k->modal_verb = false; /* the announcement is the act */
        k->say = false;
    }
}

