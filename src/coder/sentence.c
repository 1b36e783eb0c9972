/* sentence.c: The sentence loop: per sentence atoms, mentions, clauses, predicates,
 * moods, roles and events, in this order. */
#include "coder/stages.h"
#include <string.h>
#include <stdlib.h>

/* Does the folded word T end in one of the endings of LIST? */
static bool ends_in(const dy_tok *t, const char *const *list)
{
    for (size_t i = 0; list && list[i]; i++) {
        size_t n = strlen(list[i]);
        if (t->flen > n && !memcmp(t->fold + t->flen - n, list[i], n))
            return true;
    }
    return false;
}

/* The number of clause K's subject, for the pronouns that take it up
 * (discourse.last_subj_num): 1 several (two codes, or a plural noun of a
 * role, a title, a demonym: "the troops", "the Revolutionary Guards"), 2 a
 * person, else 0 one thing (a country, a ministry).  A plural is read
 * from the last word's ending (lang.h plural_endings, unless it is one of
 * singular_endings: "Hamas"); a country's name ("the United States") is
 * one thing. */
static int subj_number(cctx *c, const clause *k)
{
    if (k->nsubj >= 2)
        return 1;
    const ment *m = k->subj_tok ? mention_at(c, c->sn.m0, k->subj_tok - 1) : NULL;
    if (!m)
        return 0;
    if (m->pron || m->pair)
        return m->pair ? 1 : 0;
    if (m->person >= 0)
        return 2;
    const dy_phrase *pa = c->atom[m->head];
    if (!pa || m->last == 0 ||
        (pa->kind != PK_ROLE && pa->kind != PK_TITLE && pa->kind != PK_DEMONYM && pa->kind != PK_ORG))
        return 0;
    const dy_tok *t = &c->t[m->last - 1];
    if (t->type != TK_WORD || t->flen < 4)
        return 0;
    return ends_in(t, c->rules->plural_endings) && !ends_in(t, c->rules->singular_endings);
}

void code_sentence(cctx *c)
{
    size_t m0 = c->ments.n;
    c->sn.m0 = m0;
    build_mentions(c, c->sn.first, c->sn.last);
    if (c->oom)
        return;
    /* "the Rapid Support Forces signed …": words inside an actor are
     * neither verbs nor event nouns */
    for (size_t q = m0; q < c->ments.n; q++) {
        const ment *m = &DY_AT(c->ments, ment, q);
        for (uint32_t i = m->first; i < m->last && !m->pron && !m->pair; i++) {
            c->nverb[i] = 0;
            c->noun[i] = NULL;
        }
    }
    resolve_mentions(c, m0);
    clause cl[MAXCL]; /* cut_clauses clears each clause it uses */
    size_t ev0 = c->events.n;
    int n = cut_clauses(c, m0, cl);
    for (int k = 0; k < n; k++) {
        choose_pred(c, &cl[k]);
        choose_pattern(c, &cl[k]);
    }
    mark_speech(c, m0, cl, n);
    c->sn.cl = cl; /* for location.c: which clauses are reported speech */
    c->sn.ncl = n;
    /* a sentence with a quotation but no speech frame continues the
     * speaker of the previous sentence */
    for (int k = 0; k < n; k++) {
        decide_mood(c, cl, n, k);
        size_t before = c->events.n;
        code_clause(c, m0, cl, n, k);
        cl[k].emitted = c->events.n > before;
        code_nouns(c, m0, &cl[k]);
        code_mediation(c, m0, &cl[k]);
        if (cl[k].subj[0])
            cp16(c->dis.last_subj, cl[k].subj);
        if (cl[k].nsubj) {
            /* (a subject taken over from the clause before, "…, saying",
             * keeps its number) */
            if (cl[k].subj_tok || cl[k].nsubj != c->dis.n_last_subj ||
                strcmp(cl[k].subjs[0], c->dis.last_subjs[0]))
                c->dis.last_subj_num = subj_number(c, &cl[k]);
            c->dis.n_last_subj = cl[k].nsubj;
            memcpy(c->dis.last_subjs, cl[k].subjs, sizeof c->dis.last_subjs);
        }
        /* English "…, after the United States abstained": the background
         * of a temporal clause does not displace the sentence's agent */
        int w = first_word(c, cl[k].a, cl[k].b);
        bool background = c->sn.cur_agent[0] && w >= 0 &&
                          (c->fw2[w] & FW2_TEMPCONJ);
        /* English "North Korea fired a missile, South Korea's military
         * said": the speaker of a frame after the content is not its agent */
        if (rule_on(c, RF_SPEAKER_BACKGROUND) && c->sn.cur_agent[0] && cl[k].say && k > 0)
            background = true;
        if (cl[k].subj[0] && (cl[k].pred || cl[k].say) && !background) {
            cp16(c->sn.cur_agent, cl[k].subj);
            c->sn.n_cur_agents = cl[k].nsubj;
            memcpy(c->sn.cur_agents, cl[k].subjs, sizeof c->sn.cur_agents);
        }
    }
    /* "vereinbarten, die Zusammenarbeit auszubauen": one happening */
    merge_generic(c, ev0);
    for (size_t q = m0; q < c->ments.n; q++) {
        ment *m = &DY_AT(c->ments, ment, q);
        if (!m->pair && !m->pron && m->code[0] && strlen(m->code) >= 3 &&
            strncmp(m->code, "IGO", 3))
            note_country(c, m->code);
    }
    /* "China und Russland": a coordinated pair is the freshest pair */
    for (size_t q = m0; q + 1 < c->ments.n; q++) {
        ment *a = &DY_AT(c->ments, ment, q), *b = &DY_AT(c->ments, ment, q + 1);
        if (a->code[0] && b->code[0] && !a->pair && !b->pair && b->first == a->last + 1 &&
            (fwc(c, a->last) & FW_CONJ))
            remember_pair(c, a->code, b->code);
    }
    c->sn.cl = NULL; /* cl ends here */
    c->sn.ncl = 0;
}

/* Starts sentence INDEX, tokens [FIRST, LAST): its atoms and verb and noun
 * readings, which tokens stand in quotation marks, and a fresh sentence
 * state. */
void begin_sentence(cctx *c, uint32_t first, uint32_t last, int index)
{
    c->sn.first = first;
    c->sn.last = last;
    c->sn.index = index;
    c->sn.atom_end = 0;
    for (uint32_t i = first; i < last; i++) {
        c->atom[i] = match_actor(c, i, last);
        if (c->atom[i] && i + c->atom[i]->ntok > c->sn.atom_end)
            c->sn.atom_end = i + c->atom[i]->ntok; /* "the police cracked": no modifier */
        match_preds(c, i, last);
    }
    /* English "since World War II", "the end of the Cold War": a war or
     * battle noun written with a capital inside a sentence (not a
     * headline in title case) is the name of one in history */
    if (!c->rules->nouns_capitalised && c->rules->noun_verb_homographs) {
        int words = 0, caps = 0;
        for (uint32_t i = first; i < last; i++)
            if (c->t[i].type == TK_WORD && c->t[i].flen > 3) {
                words++;
                caps += (c->t[i].flags & TF_CAP) != 0;
            }
        bool title = caps * 2 > words;
        for (uint32_t i = first + 1; i < last && !title; i++) {
            const dy_phrase *np = c->noun[i];
            if (!np)
                continue;
            bool allcap = true;
            for (uint32_t j = i; j < i + np->ntok; j++)
                allcap &= (c->t[j].flags & TF_CAP) != 0;
            /* "World War II" (a name of its own), "the Cold War" (after a
             * capitalised word that is no actor) */
            if (!allcap || !(np->ntok >= 2 || (c->t[i - 1].type == TK_WORD &&
                                               (c->t[i - 1].flags & TF_CAP) && !c->atom[i - 1])))
                continue;
            int r = atoi(DY_AT(c->d->preds, dy_pred, np->ref).code);
            r = r >= 1000 ? r / 100 : r >= 100 ? r / 10 : r;
            if (r >= 18 && r <= 20)
                c->noun[i] = NULL;
        }
    }
    if (c->trace) {
        dy_buf_printf(c->trace, TM_SENTENCE, (size_t)index);
        trace_span(c, first, last);
        dy_buf_puts(c->trace, "\n");
    }
    /* which tokens stand inside quotation marks */
    int depth = 0;
    for (uint32_t i = first; i < last; i++) {
        if (c->t[i].flags & TF_QCLOSE && depth > 0)
            depth--;
        c->inq[i] = depth > 0;
        if (c->t[i].flags & TF_QOPEN)
            depth++;
    }
    c->sn.ev_src[0] = c->sn.ev_tgt[0] = c->sn.cur_agent[0] = 0;
}

void dy_code_sentences(cctx *c, const dy_vec *sents)
{
    /* a story discard ("typhoon", "World Golf Championships"): nothing of
     * the story is coded */
    uint32_t sd = c->n ? find_discard(c, 0, c->n, 1) : 0;
    if (sd < c->n) {
        if (c->trace) {
            dy_buf_puts(c->trace, TM_STORY_DISCARDED_DISCARDS_TXT);
            trace_span(c, sd, sd + discard_at(c, sd, c->n, 1)->ntok);
            dy_buf_puts(c->trace, "\n");
        }
        return;
    }
    for (size_t s = 0; s < sents->n && !c->oom; s++) {
        dy_sent *se = &DY_AT(*sents, dy_sent, s);
        begin_sentence(c, se->first, se->last, (int)s);
        uint32_t dt = find_discard(c, se->first, se->last, 0);
        if (dt < se->last) {
            if (c->trace) {
                dy_buf_puts(c->trace, TM_SENTENCE_DISCARDED_DISCARDS_TXT);
                trace_span(c, dt, dt + discard_at(c, dt, se->last, 0)->ntok);
                dy_buf_puts(c->trace, "\n");
            }
            continue;
        }
        code_sentence(c);
        if (c->sn.ev_src[0]) {
            memcpy(c->dis.prev_src, c->sn.ev_src, 16);
            memcpy(c->dis.prev_tgt, c->sn.ev_tgt, 16);
        }
        /* the actor of the last clause that did or said something: "Ungarn
         * riegelte die Grenze ab. … Vučić kritisierte die Maßnahme" */
        if (c->sn.cur_agent[0]) {
            if (c->dis.n_hist == 8) { /* keep the last eight acting subjects */
                memmove(c->dis.hist[0], c->dis.hist[1], 7 * 16);
                c->dis.n_hist = 7;
            }
            memcpy(c->dis.hist[c->dis.n_hist++], c->sn.cur_agent, 16);
            memcpy(c->dis.prev_agent, c->sn.cur_agent, 16);
            c->dis.n_prev_agents = c->sn.n_cur_agents;
            memcpy(c->dis.prev_agents, c->sn.cur_agents, sizeof c->dis.prev_agents);
        }
    }
    visits_from_dateline(c);
    locate_visits(c);
}
