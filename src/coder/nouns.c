/* nouns.c: Nominal events ("Blinkens Besuch in Tokio") and mediation named by a
 * participle ("talks brokered by X"). */
#include "coder/stages.h"
#include <string.h>
#include <stdlib.h>

/* The codes of mention M and of the mentions coordinated with it ("von
 * Merkel und Frankreichs Präsident Hollande"); *LAST gets the token after
 * the list. */
static int list_codes(cctx *c, const ment *m, char out[][16], int max, uint32_t *last)
{
    int n = ment_codes(c, m, out, max);
    for (size_t w = (size_t)(m - (const ment *)c->ments.items) + 1; w < c->ments.n && n < max; w++) {
        ment *m2 = &DY_AT(c->ments, ment, w);
        bool link = m2->first > m->last;
        for (uint32_t gap = m->last; link && gap < m2->first; gap++)
            link = is_punct(c, gap, ",") || (fwc(c, gap) & (FW_CONJ | FW_ART));
        if (!link || m2->adj_only)
            break;
        n += ment_codes(c, m2, out + n, max - n);
        m = m2;
    }
    if (last)
        *last = m->last;
    return n;
}

/* Nominal events: "Blinkens Besuch in Tokio", "die chinesisch-russische
 * Verteidigungskooperation", "bei ihrem Antrittsbesuch in China". */
void code_nouns(cctx *c, size_t m0, clause *k)
{
    if (k->kind == CL_REL || mood_uncoded(k->mood))
        return;
    /* "aimed at ending fighting", "um die Kämpfe zu beenden": an event
     * that is being ended is not reported as happening */
    uint32_t end_word = find2(c, k->a, k->b, FW2_END);
    uint32_t covered = 0; /* "border clash": not "clash" again */
    for (uint32_t i = k->a; i < k->b; i++) {
        const dy_phrase *p = c->noun[i];
        bool is_pred = k->noun_pred && i == k->pred_tok;
        if (!p || i < covered)
            continue;
        covered = i + p->ntok;
        if (k->agent_noun == i + 1)
            continue; /* "killed in an Israeli strike": the passive's agent */
        if (is_pred && k->emitted)
            continue;
        if (end_word < i)
            continue;
        /* "the alliance's border": a possessor, not an event */
        if (i + p->ntok < k->b && poss_s(c, i + p->ntok))
            continue;
        /* only nouns in a prepositional phrase ("bei ihrem Besuch in China",
         * "nach dem Treffen mit Lawrow") or with their own actor modifiers
         * ("Blinkens Besuch", "die chinesisch-russische Kooperation") are
         * events of their own; an object noun is the verb's business ("lehnte
         * eine Lieferung ab") */
        uint32_t ns0 = np_start(c, i, k->a);
        bool in_pp = ns0 > k->a && (fwc(c, ns0 - 1) & FW_PREP);
        bool modified = i > k->a && (c->t[i - 1].type == TK_HYPHEN ||
                                     (c->atom[i - 1] && c->atom[i - 1]->kind != PK_ROLE));
        for (size_t q = m0; q < c->ments.n && !modified; q++) {
            ment *m = &DY_AT(c->ments, ment, q);
            if ((m->adj_only || m->gen) && m->last <= i && m->last + 2 >= i)
                modified = true;
        }
        /* English "a ceasefire between Israel and Hezbollah took effect":
         * the two sides named after the noun make it an event of theirs */
        if (!modified && !c->rules->verb_second && i + p->ntok + 1 < k->b &&
            tok_eq(c, i + p->ntok, "between")) {
            const ment *m = mention_near(c, m0, k, i + p->ntok + 1, 2);
            char tmp[8][16];
            if (m && list_codes(c, m, tmp, 8, NULL) >= 2)
                modified = true;
        }
        if (!in_pp && !modified && !is_pred)
            continue;
        /* "the dispute mechanism of the Iran nuclear deal": a noun in an
         * "of" phrase names a thing, it does not report an event */
        if (in_pp && tok_eq(c, ns0 - 1, "of"))
            continue;
        /* "verzichten auf Sanktionen", "warnte vor einem Angriff": a noun
         * in the verb's own argument phrase is what the verb is about, not
         * an event of its own */
        if (in_pp && k->pred && !k->noun_pred) {
            const dy_pred *vp = &DY_AT(c->d->preds, dy_pred, k->pred->ref);
            uint32_t pp = prep_norm(c, ns0 - 1);
            bool arg = false;
            for (int q = 0; q < vp->nslots; q++)
                if (vp->slots[q] == pp)
                    arg = true;
            if (arg)
                continue;
        }
        /* "called for the release of activists", "demanded an end to the
         * blockade": what a demand asks for has not happened */
        if (k->pred && !k->noun_pred && i > k->pred_tok) {
            const dy_pred *vp = &DY_AT(c->d->preds, dy_pred, k->pred->ref);
            uint32_t after = k->pred_tok + k->pred->ntok;
            if ((!strncmp(vp->code, "02", 2) || !strncmp(vp->code, "10", 2)) &&
                (ns0 == after || (ns0 == after + 1 && (fwc(c, after) & FW_PREP)) ||
                 (ns0 == after && in_pp)))
                continue;
        }
        const dy_pred *pr = &DY_AT(c->d->preds, dy_pred, p->ref);
        if (!pr->code[0])
            continue;
        char src[8][16], tgt[8][16];
        int ns = 0, nt = 0;
        uint32_t stok = i, ttok = i;
        /* modifiers before the noun: adjectives and compounds */
        for (size_t q = m0; q < c->ments.n; q++) {
            ment *m = &DY_AT(c->ments, ment, q);
            if (!m->adj_only || m->last + 2 < i || m->first >= i)
                continue;
            if (m->compound_noun && m->last + 1 == i && !strncmp(pr->code, "04", 2)) {
                /* "China-Besuch" names the destination; "Ukraine-Krieg" a
                 * topic or a place, so only meetings and visits take it */
                cp16(tgt[nt++], m->code); /* China-Besuch */
                ttok = m->first;
            } else if (!m->compound_noun && ns < 8) {
                cp16(src[ns++], m->code);
                stok = m->first;
            }
        }
        /* the possessor: "Blinkens Besuch", "Trump's second summit" */
        for (size_t q = m0; q < c->ments.n && !ns; q++) {
            ment *m = &DY_AT(c->ments, ment, q);
            bool near = m->last == i;
            if (!near && m->gen && m->last < i && i - m->last <= 2) {
                near = true; /* only lower-case modifiers in between */
                for (uint32_t z = m->last; z < i; z++)
                    if (c->t[z].type != TK_WORD || (c->t[z].flags & TF_CAP) || c->fw[z])
                        near = false;
            }
            if (m->gen && near) {
                ns = ment_codes(c, m, src, 8);
                stok = m->first;
            }
        }
        /* the agent in a "von" phrase: "nach einem Treffen von Maas mit Wong" */
        uint32_t j = i + p->ntok;
        if (!ns && j + 1 < k->b && (fwc(c, j) & FW_PREP) && prep_norm(c, j) == c->id_von) {
            const ment *m = mention_near(c, m0, k, j + 1, 3);
            if (m && !m->adj_only) {
                ns = list_codes(c, m, src, 8, &j);
                stok = m->first;
            }
        }
        /* a genitive right after the noun: its patient when the noun takes
         * an object ("die Festnahme Navalnys"), else its agent ("die
         * Vermittlung der Afrikanischen Union", "der Besuch Steinmeiers") */
        if (j < k->b) {
            uint32_t z = j;
            if (z + 1 < k->b && (tok_eq(c, z, "der") || tok_eq(c, z, "des")))
                z++;
            const ment *m = mention_at(c, m0, z);
            if (m && !m->adj_only && (m->gen || z > j)) {
                bool patient = pr->nslots && pr->slots[0] == SLOT_OBJ;
                if (patient && !nt) {
                    nt = ment_codes(c, m, tgt, 8);
                    ttok = m->first;
                } else if (!patient && !ns) {
                    ns = ment_codes(c, m, src, 8);
                    stok = m->first;
                }
                if (ns || nt)
                    j = m->last;
            }
        }
        /* "schwere Kämpfe zwischen Armenien und Aserbaidschan": the two
         * sides of the phrase act on each other */
        if (!ns && !nt) {
            for (uint32_t q = j; q < k->b && q < j + 3; q++)
                if ((fwc(c, q) & FW_PREP) &&
                    (tok_eq(c, q, "zwischen") || tok_eq(c, q, "between"))) {
                    const ment *m = mention_near(c, m0, k, q + 1, 3);
                    if (m)
                        ns = list_codes(c, m, src, 8, NULL);
                    if (ns < 2)
                        ns = 0;
                    else
                        stok = m->first;
                    break;
                }
            if (ns >= 2) {
                for (int a = 0; a < ns; a++)
                    for (int b = 0; b < ns; b++)
                        if (a != b)
                            emit_event(c, src[a], src[b], pr->code, k->mood, k, stok, stok, i,
                                       pr->rule);
                continue;
            }
        }
        /* the target: a slot phrase right after the noun */
        bool with_phrase = false;
        for (int s = 0; s < pr->nslots && !nt; s++) {
            uint32_t q = j;
            for (; q < k->b && q < j + 4; q++) {
                if ((fwc(c, q) & FW_PREP) && prep_norm(c, q) == pr->slots[s]) {
                    with_phrase = pr->slots[s] == c->id_mit;
                    uint32_t r = q + 1;
                    while (r < k->b && (fwc(c, r) & FW_ART))
                        r++;
                    /* adjectives: "mit seinem russischen Amtskollegen" */
                    const ment *m = mention_near(c, m0, k, r, 3);
                    if (m) {
                        nt = list_codes(c, m, tgt, 8, NULL);
                        ttok = m->head;
                    }
                    break;
                }
            }
        }
        /* "unter Vermittlung von Merkel und Hollande haben sich Russland und
         * die Ukraine geeinigt": the mediator works on the clause's parties */
        if (ns && !nt && (!strcmp(pr->code, "045") || !strcmp(pr->code, "039")) && k->nsubj) {
            nt = k->nsubj;
            memcpy(tgt, k->subjs, sizeof tgt);
            ttok = i;
        }
        /* English "sanctions against U.S. firms over arms sales to Taiwan":
         * a noun in a phrase of reason or circumstance is not the subject's
         * act */
        bool reason = !c->rules->verb_second && in_pp &&
                      (tok_eq(c, ns0 - 1, "over") || tok_eq(c, ns0 - 1, "against") ||
                       tok_eq(c, ns0 - 1, "for") || tok_eq(c, ns0 - 1, "about") ||
                       tok_eq(c, ns0 - 1, "despite") || tok_eq(c, ns0 - 1, "amid"));
        if (!ns && k->subj[0] && !reason) {
            cp16(src[0], k->subj);
            ns = 1;
        }
        /* "bei seinem Besuch in Moskau hat er … angeboten": a visit in a
         * phrase is a fact even when the clause's verb offers or plans */
        dy_mood mood = k->mood;
        if (mood == DY_MOOD_INTENT && in_pp && !k->intent_word)
            mood = DY_MOOD_FACT;
        const char *code = pr->code;
        char ibuf[6];
        if (mood == DY_MOOD_INTENT)
            code = intent_code(pr, ibuf);
        if (ns >= 2 && !nt && (pr->flags & VFL_SYM)) {
            for (int a = 0; a < ns; a++)
                for (int b = 0; b < ns; b++)
                    if (a != b)
                        emit_event(c, src[a], src[b], code, mood, k, stok, stok, i, pr->rule);
            continue;
        }
        for (int a = 0; a < ns; a++)
            for (int b = 0; b < nt; b++) {
                emit_event(c, src[a], tgt[b], code, mood, k, stok, ttok, i, pr->rule);
                /* English "Trump's summit with Kim": a meeting both ways */
                if (!c->rules->verb_second && (pr->flags & VFL_SYM) && with_phrase &&
                    mood == DY_MOOD_FACT)
                    emit_event(c, tgt[b], src[a], code, mood, k, ttok, stok, i, pr->rule);
            }
    }
}

/* Mediation named by a participle: "talks brokered by Saudi Arabia and the
 * United States", "a U.S.-brokered declaration".  The mediators act toward
 * the parties: the clause's subject when it has two or more actors, else
 * the two sides of the last event. */
void code_mediation(cctx *c, size_t m0, clause *k)
{
    if (k->kind == CL_REL || mood_uncoded(k->mood))
        return;
    for (uint32_t i = k->a; i < k->b; i++) {
        const dy_pred *pr = NULL;
        for (int v = 0; v < c->nverb[i] && !pr; v++)
            if (c->verb[i][v]->vform == VF_PART) {
                const dy_pred *q = &DY_AT(c->d->preds, dy_pred, c->verb[i][v]->ref);
                if (!strcmp(q->code, "045"))
                    pr = q;
            }
        if (!pr)
            continue;
        char med[8][16], par[8][16];
        int nm = 0, np = 0;
        uint32_t mtok = i;
        /* "brokered by X and Y" */
        if (i + 2 < k->b && (fwc(c, i + 1) & FW_PREP) && prep_norm(c, i + 1) == c->id_von) {
            const ment *m = mention_near(c, m0, k, i + 2, 3);
            if (m && !m->adj_only) {
                nm = list_codes(c, m, med, 8, NULL);
                mtok = m->first;
            }
        }
        /* "U.S.-brokered" */
        if (!nm && i >= 2 && c->t[i - 1].type == TK_HYPHEN)
            for (size_t q = m0; q < c->ments.n && !nm; q++) {
                const ment *m = &DY_AT(c->ments, ment, q);
                if (m->last == i - 1 && m->code[0]) {
                    cp16(med[nm++], m->code);
                    mtok = m->first;
                }
            }
        if (!nm)
            continue;
        if (k->nsubj >= 2) {
            np = k->nsubj;
            memcpy(par, k->subjs, sizeof par);
        } else if (c->dis.have_pair) {
            cp16(par[0], c->dis.pair[0]);
            cp16(par[1], c->dis.pair[1]);
            np = 2;
        }
        for (int a = 0; a < nm; a++)
            for (int b = 0; b < np; b++)
                emit_event(c, med[a], par[b], "045", DY_MOOD_FACT, k, mtok, mtok, i, pr->rule);
    }
}
