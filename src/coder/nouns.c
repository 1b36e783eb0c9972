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
            link = is_punct(c, gap, ",") || (fwc(c, gap) & (FW_CONJ | FW_ART)) ||
                   /* an adjective of the next: "und der paramilitärischen Miliz" */
                   (gap > m->last && (fwc(c, gap - 1) & FW_ART) && (fwc(c, gap - 2) & FW_CONJ) &&
                    gap + 1 == m2->first && c->t[gap].type == TK_WORD &&
                    !(c->t[gap].flags & TF_CAP) && !c->fw[gap] && !c->nverb[gap] &&
                    !c->noun[gap] && !c->atom[gap]);
        if (!link || m2->adj_only)
            break;
        n += ment_codes(c, m2, out + n, max - n);
        m = m2;
    }
    if (last)
        *last = m->last;
    return n;
}

/* The event noun being coded. */
typedef struct nstate {
    size_t m0;              /* the sentence's first mention */
    clause *k;              /* the clause */
    uint32_t i;             /* the noun's token */
    const dy_phrase *p;     /* its phrase */
    bool is_pred;           /* it is the clause's predicate */
    uint32_t ns0;           /* the start of its noun phrase */
    bool in_pp;             /* … inside a prepositional phrase */
    bool upcoming;          /* … after "ahead of", "in advance of": yet to come */
    bool done;              /* … after « à l'issue de »: over (lang.h done_heads) */
    bool compound_tgt;      /* its target is the compound before it ("Nato-Gipfel") */
    const dy_pred *pr;      /* its reading */
    char src[8][16], tgt[8][16];
    int ns, nt;
    uint32_t stok, ttok;
    uint32_t j;             /* the token after the noun and its actors */
} nstate;

/* Russian "визит президента Бразилии": an actor in an oblique case right
 * after an event noun is its genitive (lang.h case_marks_roles; not a
 * pronoun). */
static bool ru_genitive(cctx *c, const ment *m)
{
    return c->rules->case_marks_roles && !m->pron && !m->pair && c->atom[m->first] &&
           c->atom[m->first]->gcase == GC_OBLIQUE;
}

/* A noun in a phrase of aim or purpose headed by the preposition at PREP,
 * of event code NC, that has not happened: "das Votum für einen
 * Austritt", a cut of relations (16x) in a phrase of aim (other events so
 * named often have: "die Verantwortung für den Anschlag", "Dank für die
 * Gespräche"); "стянула войска к границе для вторжения", a coercive or
 * violent deed (roots 13-20) named as a purpose (a meeting a visit is
 * for, "прибыл для переговоров", mostly has).  Not for the clause's
 * predicate. */
static bool named_as_aim(cctx *c, uint32_t prep, const char *nc)
{
    if (tok_in(c, prep, c->rules->aim_preps) && nc[0] == '1' && nc[1] == '6')
        return true;
    return tok_in(c, prep, c->rules->purpose_preps) && (nc[0] == '2' || (nc[0] == '1' && nc[1] >= '3'));
}

/* Is the noun at st->i an event of its own: in a phrase, or with actor
 * modifiers, and not what the verb is about or what a demand asks for? */
/* « a tenu de longues discussions avec », « après de longs entretiens
 * avec »: is the genitive article before the noun's phrase, right after a
 * verb or another preposition, the plural article before an adjective, not
 * a genitive?  (After a verb the noun is its object: no phrase then.) */
static bool partitive_article(cctx *c, nstate *st)
{
    uint32_t s0 = st->ns0;
    if (!st->in_pp || s0 < st->k->a + 2 || !(fwc(c, s0 - 1) & FW_GENART))
        return false;
    if (c->nverb[s0 - 2] && !in_mention(c, st->m0, s0 - 2)) {
        st->in_pp = false;
        return true;
    }
    return (fwc(c, s0 - 2) & FW_PREP) && !tok_in(c, s0 - 2, c->rules->gen_preps);
}

static bool noun_is_event(cctx *c, nstate *st)
{
    size_t m0 = st->m0;
    clause *k = st->k;
    uint32_t i = st->i;
    const dy_phrase *p = st->p;
    bool is_pred = st->is_pred;
    /* "the alliance's border": a possessor, not an event */
    if (i + p->ntok < k->b && poss_s(c, i + p->ntok))
        return false;
    /* only nouns in a prepositional phrase ("bei ihrem Besuch in China",
     * "nach dem Treffen mit Lawrow") or with their own actor modifiers
     * ("Blinkens Besuch", "die chinesisch-russische Kooperation") are
     * events of their own; an object noun is the verb's business ("lehnte
     * eine Lieferung ab") */
    st->ns0 = np_start(c, i, k->a);
    st->in_pp = st->ns0 > k->a && (fwc(c, st->ns0 - 1) & FW_PREP);
    /* Russian "в ходе визита", "во время переговоров": after a frame noun
     * and its preposition */
    if (!st->in_pp && st->ns0 > k->a + 1 && tok_in(c, st->ns0 - 1, c->rules->frame_nouns) &&
        (fwc(c, st->ns0 - 2) & FW_PREP))
        st->in_pp = true;
    /* « De violents combats ont éclaté »: a genitive article opening the
     * clause is the article of its noun (as in use_object_noun) */
    if (st->in_pp && st->ns0 == k->a + 1 && (fwc(c, k->a) & FW_GENART))
        st->in_pp = false;
    bool modified = i > k->a && (c->t[i - 1].type == TK_HYPHEN ||
                                 (c->atom[i - 1] && c->atom[i - 1]->kind != PK_ROLE));
    for (size_t q = m0; q < c->ments.n && !modified; q++) {
        ment *m = &DY_AT(c->ments, ment, q);
        if ((m->adj_only || m->gen) && m->last <= i && m->last + 2 >= i)
            modified = true;
        /* "den Angriff Russlands auf die Ukraine": a genitive right after
         * the noun names its actor as an adjective before it does */
        if ((m->gen || (ru_genitive(c, m) && !(DY_AT(c->d->preds, dy_pred, p->ref).nslots &&
                                               DY_AT(c->d->preds, dy_pred, p->ref).slots[0] == SLOT_OBJ) &&
                        strcmp(DY_AT(c->d->preds, dy_pred, p->ref).code, "045"))) &&
            m->first == i + p->ntok && m->first < k->b)
            modified = true;
    }
    /* English "a ceasefire between Israel and Hezbollah took effect":
     * the two sides named after the noun make it an event of theirs */
    if (!modified && rule_on(c, RF_NOUN_SIDES) && i + p->ntok + 1 < k->b &&
        tok_in(c, i + p->ntok, c->rules->between_preps)) {
        const ment *m = mention_near(c, m0, k, i + p->ntok + 1, 2);
        char tmp[8][16];
        if (m && list_codes(c, m, tmp, 8, NULL) >= 2)
            modified = true;
    }
    if (!st->in_pp && !modified && !is_pred)
        return false;
    /* "would lift U.S. sanctions on Syria": the object of a verb of
     * yielding (08) is what it ends, no act of its own */
    if (!is_pred && !st->in_pp && k->pred && !k->noun_pred && i > k->pred_tok &&
        i <= k->pred_tok + k->pred->ntok + 4 && !strncmp(DY_AT(c->d->preds, dy_pred, k->pred->ref).code, "08", 2)) {
        bool obj = true;
        for (uint32_t z = k->pred_tok + k->pred->ntok; z < i; z++)
            obj = obj && !(fwc(c, z) & FW_PREP) && !c->nverb[z] && !c->noun[z];
        if (obj)
            return false;
    }
    /* "nach siebenwöchigem Krieg zwischen A und B": a state named on its
     * own is background, not an event */
    if (!is_pred && (DY_AT(c->d->preds, dy_pred, p->ref).flags & VFL_STATE))
        return false;
    /* "the dispute mechanism of the Iran nuclear deal": a noun in an
     * "of" phrase names a thing, it does not report an event */
    /* (but "ahead of talks", "in advance of the summit" is a complex
     * preposition: the talks are yet to come) */
    st->upcoming = st->in_pp && st->ns0 >= k->a + 2 && tok_in(c, st->ns0 - 1, c->rules->gen_preps) &&
                   tok_in(c, st->ns0 - 2, c->rules->upcoming_heads);
    st->done = st->in_pp && st->ns0 >= k->a + 2 && tok_in(c, st->ns0 - 1, c->rules->gen_preps) &&
               tok_in(c, st->ns0 - 2, c->rules->done_heads);
    bool partitive = partitive_article(c, st);
    if (st->in_pp && tok_in(c, st->ns0 - 1, c->rules->gen_preps) && !st->upcoming && !partitive &&
        !(st->ns0 >= k->a + 2 && tok_in(c, st->ns0 - 2, c->rules->during_heads)))
        return false;
    /* "der geplante Gipfel", "soll am Montag stattfinden", "ist für Juli
     * angesetzt", "Vorbereitungen für ein Gipfeltreffen", "im Vorfeld des
     * Gipfels": a meeting or visit (04) so named is yet to come */
    if (c->rules->plan_words && !strncmp(DY_AT(c->d->preds, dy_pred, p->ref).code, "04", 2)) {
        for (uint32_t z = k->a; z < k->b && !st->upcoming; z++)
            if (tok_in(c, z, c->rules->plan_words))
                st->upcoming = true;
        uint32_t h = st->ns0;
        if (h > k->a && (fwc(c, h - 1) & FW_PREP))
            h--;
        if (h > k->a && tok_in(c, h - 1, c->rules->plan_heads))
            st->upcoming = true;
    }
    /* "vor dem Gipfel mit Russland", "vor seinem Besuch in Peking": a
     * meeting or visit (04) before which something happens is yet to come */
    if (st->in_pp && tok_in(c, st->ns0 - 1, c->rules->upcoming_preps) &&
        !strncmp(DY_AT(c->d->preds, dy_pred, p->ref).code, "04", 2))
        st->upcoming = true;
    if (st->in_pp && !is_pred && named_as_aim(c, st->ns0 - 1, DY_AT(c->d->preds, dy_pred, p->ref).code))
        return false;
    /* "verzichten auf Sanktionen", "warnte vor einem Angriff": a noun
     * in the verb's own argument phrase is what the verb is about, not
     * an event of its own */
    if (st->in_pp && k->pred && !k->noun_pred) {
        const dy_pred *vp = &DY_AT(c->d->preds, dy_pred, k->pred->ref);
        uint32_t pp = prep_norm(c, st->ns0 - 1);
        bool arg = false;
        for (int q = 0; q < vp->nslots; q++)
            if (vp->slots[q] == pp)
                arg = true;
        if (arg)
            return false;
    }
    /* "fordert, dass die Rebellen ihre Angriffe einstellen": a clause that
     * is a demand's content reports no event, its nouns neither */
    if (k->demanded)
        return false;
    /* "called for the release of activists", "demanded an end to the
     * blockade": what a demand asks for has not happened */
    if (k->pred && !k->noun_pred && i > k->pred_tok) {
        const dy_pred *vp = &DY_AT(c->d->preds, dy_pred, k->pred->ref);
        uint32_t after = k->pred_tok + k->pred->ntok;
        /* (and what talks are about: "will discuss cooperation between
         * the two countries" is a topic, not a cooperation) */
        if ((!strncmp(vp->code, "02", 2) || !strncmp(vp->code, "10", 2) || !strncmp(vp->code, "04", 2)) &&
            (st->ns0 == after || (st->ns0 == after + 1 && (fwc(c, after) & FW_PREP)) ||
             (st->ns0 == after && st->in_pp)))
            return false;
        /* "rejected a U.S. request to restore channels", "refused the
         * offer": what a rejection (12x) turns down is answered by it,
         * not reported as an event of the subject */
        uint32_t s1 = st->ns0;
        while (s1 > after && (in_mention(c, m0, s1 - 1) || (fwc(c, s1 - 1) & FW_ART)))
            s1--;
        if (!strncmp(vp->code, "12", 2) && s1 == after && !st->in_pp)
            return false;
    }
    st->pr = &DY_AT(c->d->preds, dy_pred, p->ref);
    if (!st->pr->code[0])
        return false;
    return true;
}

/* "в день визита в Москву главы МИД Франции", "the visit to Moscow of
 * the French minister", « la visite à Alger du président français »: a
 * genitive after the noun's place phrase names who acted. */
static void place_then_genitive(cctx *c, nstate *st)
{
    clause *k = st->k;
    uint32_t z = st->j;
    if (st->ns || z + 2 >= k->b || !(fwc(c, z) & FW_PREP))
        return;
    z++;
    if (fwc(c, z) & FW_ART)
        z++;
    const ment *pl = mention_at(c, st->m0, z);
    if (!pl || pl->adj_only || pl->last >= k->b)
        return;
    z = pl->last;
    if (tok_in(c, z, c->rules->gen_preps) || tok_in(c, z, c->rules->gen_articles))
        z++;
    if (z < k->b && (fwc(c, z) & FW_ART) && z > pl->last)
        z++;
    const ment *m = z < k->b ? mention_at(c, st->m0, z) : NULL;
    if (m && !m->adj_only && m != pl && (m->gen || z > pl->last) && strncmp(m->code, pl->code, 3)) {
        st->ns = ment_codes(c, m, st->src, 8);
        st->stok = m->first;
    }
}

/* The noun's source and target from its modifiers: adjectives and
 * compounds before it, a possessor, a "von" phrase, a genitive after it. */
/* French « l'attaque menée par le Hamas contre Israël », « les crimes
 * commis à Homs par l'armée », « l'enlèvement de trois journalistes par des
 * rebelles »: an agent phrase after the noun, past a participle of doing
 * (lang.h deed_participles), a place phrase or the noun's patient, names
 * its doer. */
static void agent_after_participle(cctx *c, nstate *st)
{
    clause *k = st->k;
    uint32_t a = st->i + st->p->ntok;
    if (st->ns || !c->rules->deed_participles || !c->id_von || a >= k->b)
        return;
    bool deed = false;
    for (uint32_t z = a; z < k->b && z < a + 8; z++) {
        if (c->t[z].type == TK_PUNCT || (fwc(c, z) & (FW_CONJ | FW_SUBORD | FW_REL)) ||
            (!deed && verb_reading(c, z, true) && !in_mention(c, st->m0, z)))
            return;
        if (tok_in(c, z, c->rules->deed_participles)) {
            deed = true;
            continue;
        }
        if (!(fwc(c, z) & FW_PREP) || prep_norm(c, z) != c->id_von)
            continue;
        /* right after the noun, its participle, or its patient (« de ») */
        if (!deed && z > a && !tok_in(c, a, c->rules->gen_articles))
            return;
        const ment *m = mention_near(c, st->m0, k, z + 1, 3);
        if (m && !m->adj_only && m->code[0]) {
            st->ns = ment_codes(c, m, st->src, 8);
            st->stok = m->first;
            if (z == a || deed)
                st->j = m->last > st->j ? m->last : st->j;
        }
        return;
    }
}

static void noun_actors(cctx *c, nstate *st)
{
    size_t m0 = st->m0;
    clause *k = st->k;
    uint32_t i = st->i;
    const dy_phrase *p = st->p;
    st->ns = 0, st->nt = 0;
    st->compound_tgt = false;
    st->stok = i, st->ttok = i;
    /* modifiers before the noun: adjectives and compounds */
    for (size_t q = m0; q < c->ments.n; q++) {
        ment *m = &DY_AT(c->ments, ment, q);
        if (!m->adj_only || m->last + 2 < i || m->first >= i)
            continue;
        if (m->compound_noun && m->last + 1 == i && !strncmp(st->pr->code, "04", 2)) {
            /* "China-Besuch" names the destination; "Ukraine-Krieg" a
             * topic or a place, so only meetings and visits take it */
            cp16(st->tgt[st->nt++], m->code); /* China-Besuch */
            st->ttok = m->first;
            st->compound_tgt = true;
        } else if ((!m->compound_noun ||
                    /* "US-Sanktionen gegen Iran", "EU-Hilfe", "Nato-Manöver":
                     * an organisation's or an abbreviated name acts (a
                     * country's full name, "Iran-Sanktionen", is the topic) */
                    (m->last + 1 == i && (!strncmp(m->code, "IGO", 3) || (c->t[m->first].flags & TF_ALLCAPS)))) &&
                   st->ns < 8) {
            cp16(st->src[st->ns++], m->code);
            st->stok = m->first;
        }
    }
    /* where adjectives follow their noun: « la médiation française », « les
     * frappes russes » (the adjective right after the noun's words) */
    for (size_t q = m0; q < c->ments.n && !st->ns && c->rules->adj_after_noun; q++) {
        ment *m = &DY_AT(c->ments, ment, q);
        if (m->adj_only && !m->compound_noun && m->first == i + p->ntok && m->first < k->b && m->code[0]) {
            cp16(st->src[st->ns++], m->code);
            st->stok = m->first;
        }
    }
    /* the possessor: "Blinkens Besuch", "Trump's second summit" */
    for (size_t q = m0; q < c->ments.n && !st->ns; q++) {
        ment *m = &DY_AT(c->ments, ment, q);
        bool near = m->last == i;
        if (!near && m->gen && m->last < i && i - m->last <= 2) {
            near = true; /* only lower-case modifiers in between */
            for (uint32_t z = m->last; z < i; z++)
                if (c->t[z].type != TK_WORD || (c->t[z].flags & TF_CAP) || c->fw[z])
                    near = false;
        }
        if (m->gen && near) {
            st->ns = ment_codes(c, m, st->src, 8);
            st->stok = m->first;
        }
    }
    /* English "after his state visit to China", "for her final official
     * visit": a singular possessive names the last person before it in
     * the sentence, else the one subject of the sentence before */
    /* (over "three-day"; not in a phrase of reason: "sanctioned her over
     * her visit to Taiwan" names the background) */
    uint32_t z0 = i;
    while (z0 > k->a && z0 + 5 > i && (c->t[z0 - 1].type == TK_HYPHEN || c->t[z0 - 1].type == TK_NUM ||
                                       (c->t[z0 - 1].type == TK_WORD && !(fwc(c, z0 - 1) & FW_PREP))) &&
           !tok_in(c, z0, c->rules->singular_poss))
        z0--;
    for (uint32_t z = z0; !st->ns && z < i; z++) {
        if (!tok_in(c, z, c->rules->singular_poss) || !(c->fw2[z] & FW2_POSS) ||
            (z > k->a && tok_in(c, z - 1, c->rules->reason_preps)))
            continue;
        for (size_t q = c->ments.n; q-- > m0 && !st->ns;) {
            const ment *m = &DY_AT(c->ments, ment, q);
            if (m->last <= z && m->person >= 0 && !m->adj_only && m->code[0]) {
                cp16(st->src[st->ns++], m->code);
                st->stok = m->first;
            }
        }
        if (!st->ns && c->dis.n_last_subj == 1 && c->dis.last_subjs[0][0]) {
            cp16(st->src[st->ns++], c->dis.last_subjs[0]);
            st->stok = z;
        }
    }
    /* the agent in a "von" phrase: "nach einem Treffen von Maas mit Wong" */
    st->j = i + p->ntok;
    if (!st->ns && st->j + 1 < k->b && (fwc(c, st->j) & FW_PREP) && prep_norm(c, st->j) == c->id_von) {
        const ment *m = mention_near(c, m0, k, st->j + 1, 3);
        if (m && !m->adj_only) {
            st->ns = list_codes(c, m, st->src, 8, &st->j);
            st->stok = m->first;
        }
    }
    /* a genitive right after the noun: its patient when the noun takes
     * an object ("die Festnahme Navalnys"), else its agent ("die
     * Vermittlung der Afrikanischen Union", "der Besuch Steinmeiers") */
    if (st->j < k->b) {
        uint32_t z = st->j;
        if (z + 1 < k->b && tok_in(c, z, c->rules->gen_articles))
            z++;
        /* (« la médiation de la France »: an article after the « de ») */
        if (z > st->j && z + 1 < k->b && (fwc(c, z) & FW_ART) && !(fwc(c, z) & FW_PREP) && !mention_at(c, m0, z))
            z++;
        const ment *m = mention_at(c, m0, z);
        bool patient = st->pr->nslots && st->pr->slots[0] == SLOT_OBJ;
        /* (Russian: an agent's only, "визит президента"; a patient's
         * oblique may be a dative, "помощь Нигеру", and a mediator's is
         * code_mediation_noun's) */
        bool rgen = m && !patient && strcmp(st->pr->code, "045") && ru_genitive(c, m);
        if (m && !m->adj_only && (m->gen || z > st->j || rgen)) {
            uint32_t last = m->last;
            if (patient && !st->nt) {
                st->nt = ment_codes(c, m, st->tgt, 8);
                st->ttok = m->first;
            } else if (!patient && !st->ns) {
                /* (a list of agents: "встреча лидеров Армении и
                 * Азербайджана", the sides of a meeting) */
                st->ns = list_codes(c, m, st->src, 8, &last);
                st->stok = m->first;
            }
            if (st->ns || st->nt)
                st->j = last;
        }
    }
    /* Russian "визит в Москву верховного представителя ЕС": the agent's
     * genitive after the noun's slot phrase (a bare place or actor) */
    if (!st->ns && c->rules->case_marks_roles && st->j + 2 < k->b && (fwc(c, st->j) & FW_PREP) &&
        pred_has_slot(st->pr, prep_norm(c, st->j)) && strcmp(st->pr->code, "045") &&
        !(st->pr->nslots && st->pr->slots[0] == SLOT_OBJ)) {
        const ment *m1 = mention_at(c, m0, st->j + 1);
        const ment *m2 = m1 ? mention_at(c, m0, m1->last) : NULL;
        if (m1 && m2 && m2 != m1 && !m2->adj_only && ru_genitive(c, m2)) {
            st->ns = ment_codes(c, m2, st->src, 8);
            st->stok = m2->first;
        }
    }
    /* the agent in a "durch" phrase after the patient: "die Festnahme
     * Navalnys durch die Polizei", "der Abschuss des Jets durch die Türkei"
     * (not where that preposition also names an origin: English "from") */
    if (!st->ns && c->id_durch && c->id_durch != c->id_aus && st->j + 1 < k->b && (fwc(c, st->j) & FW_PREP) &&
        prep_norm(c, st->j) == c->id_durch) {
        const ment *m = mention_near(c, m0, k, st->j + 1, 3);
        if (m && !m->adj_only) {
            st->ns = list_codes(c, m, st->src, 8, &st->j);
            st->stok = m->first;
        }
    }
    agent_after_participle(c, st);
    place_then_genitive(c, st);
}

/* "shelled Armenian towns, … in the worst fighting between the two
 * countries": a nominal event of a root that the sentence has already
 * reported from the same country to the same country names that same
 * happening again. */
static bool same_happening(const cctx *c, const char *src, const char *tgt, const char *code)
{
    for (size_t q = c->events.n; c->rules->noun_restates && q-- > 0;) {
        const dy_event *e = &DY_AT(c->events, dy_event, q);
        if (e->sent != c->sn.index)
            break;
        if (strncmp(e->code, code, 2))
            continue;
        if (!strncmp(e->source, src, 3) && !strncmp(e->target, tgt, 3))
            return true;
    }
    return false;
}

/* "schwere Kämpfe zwischen Armenien und Aserbaidschan": the two sides of
 * the phrase act on each other.  True: the events are written. */
static bool noun_between(cctx *c, nstate *st)
{
    size_t m0 = st->m0;
    clause *k = st->k;
    uint32_t i = st->i;
    /* "schwere Kämpfe zwischen Armenien und Aserbaidschan": the two
     * sides of the phrase act on each other */
    if (!st->ns && !st->nt) {
        /* within three words, not counting the verb that reports the
         * noun, a relative pronoun or a day ("des combats ont éclaté
         * samedi entre …", "les heurts qui ont éclaté entre …") */
        uint32_t lim = st->j + 3;
        for (uint32_t q = st->j; q < k->b && q < lim; q++) {
            if ((c->nverb[q] || (fwc(c, q) & FW_WEEKDAY) || tok_in(c, q, c->rules->rel_prons)) &&
                !in_mention(c, m0, q) && lim < st->j + 6)
                lim++;
            if ((fwc(c, q) & FW_PREP) &&
                tok_in(c, q, c->rules->between_preps)) {
                const ment *m = mention_near(c, m0, k, q + 1, 3);
                if (m)
                    st->ns = list_codes(c, m, st->src, 8, NULL);
                if (st->ns < 2)
                    st->ns = 0;
                else
                    st->stok = m->first;
                break;
            }
        }
        /* « de violents combats ont opposé l'armée aux rebelles »: a
         * verb that pits its object against its pit_preps phrase names
         * the two sides of the noun before it */
        for (uint32_t q = st->j; !st->ns && c->rules->pit_verbs && q < k->b && q < st->j + 5; q++) {
            if (!tok_in(c, q, c->rules->pit_verbs))
                continue;
            /* (over a day and a place: « ont opposé samedi à Khartoum
             * l'armée … ») */
            uint32_t z = q + 1;
            while (z < k->b && z < q + 10) {
                if (fwc(c, z) & (FW_WEEKDAY | FW_DATEREL)) {
                    z++;
                } else if ((fwc(c, z) & FW_PREP) && z + 1 < k->b && (fwc(c, z + 1) & (FW_WEEKDAY | FW_DATEREL))) {
                    z += 2; /* « depuis lundi » */
                } else if ((fwc(c, z) & FW_PREP) && z + 1 < k->b && mention_near(c, m0, k, z + 1, 2)) {
                    z = mention_near(c, m0, k, z + 1, 2)->last;
                } else
                    break;
            }
            const ment *m1 = mention_near(c, m0, k, z, 2);
            if (!m1 || m1->adj_only || m1->gen)
                break;
            uint32_t p2 = m1->last;
            if (p2 >= k->b || !tok_in(c, p2, c->rules->pit_preps))
                break;
            const ment *m2 = mention_near(c, m0, k, p2 + 1, 3);
            if (!m2 || m2->adj_only || m2 == m1)
                break;
            st->ns = ment_codes(c, m1, st->src, 4);
            int n2 = list_codes(c, m2, st->src + st->ns, 8 - st->ns, NULL);
            if (!n2 || !st->ns)
                st->ns = 0;
            else {
                st->ns += n2;
                st->stok = m1->first;
            }
            break;
        }
        if (st->ns >= 2) {
            char ibuf[6];
            const char *code = st->upcoming ? intent_code(st->pr, ibuf) : st->pr->code;
            dy_mood mood = st->upcoming && k->mood == DY_MOOD_FACT ? DY_MOOD_INTENT : k->mood;
            if (mood == DY_MOOD_NEGATED)
                mood = DY_MOOD_FACT; /* negated_meeting */
            for (int a = 0; a < st->ns; a++)
                for (int b = 0; b < st->ns; b++)
                    if (a != b && !same_happening(c, st->src[a], st->src[b], code))
                        emit_event(c, st->src[a], st->src[b], code, mood, k, st->stok, st->stok, i,
                                   st->pr->rule);
            return true;
        }
    }
    return false;
}

/* "Am Rande des G20-Gipfels sagte X …", "Auf dem Nato-Gipfel warnte X
 * …", "während des EU-Gipfels": a meeting (04, not a visit or a
 * reception, which name a place or a guest) whose only partner is the
 * organisation of its compound, named in a phrase of setting of a clause
 * with a verb of its own (a speech verb too), is where the clause's act happened; it is no
 * meeting of the subject with that organisation. */
static bool setting_meeting(cctx *c, const nstate *st)
{
    const clause *k = st->k;
    const char *code = st->pr->code;
    if (!st->compound_tgt || st->nt != 1 || !c->rules->setting_preps ||
        strncmp(code, "04", 2) || !strcmp(code, "042") || !strcmp(code, "043"))
        return false;
    uint32_t s0 = np_start(c, st->ttok, k->a);
    if (s0 <= k->a)
        return false;
    /* (also in the genitive of another noun: "im Mittelpunkt des
     * EU-Gipfels steht X", "die Teilnehmer des Nato-Gipfels") */
    return tok_in(c, s0 - 1, c->rules->setting_preps) || tok_in(c, s0 - 1, c->rules->circumstance_nouns) ||
           ((fwc(c, s0) & FW_GENART) && c->t[s0 - 1].type == TK_WORD && (c->t[s0 - 1].flags & TF_CAP) &&
            c->rules->nouns_capitalised);
}

/* The noun's target in a slot phrase after it (or the parties of a
 * mediation), its source from the clause, its mood, and its events. */
/* A lower-case word with an adjective's ending that is no actor, event
 * noun or verb. */
static bool ru_adj_word(cctx *c, uint32_t k)
{
    const dy_tok *t = &c->t[k];
    if (t->type != TK_WORD || (t->flags & TF_CAP) || c->fw[k] || c->noun[k] || c->atom[k] || c->nverb[k])
        return false;
    for (const char *const *l = c->rules->adj_suffixes; *l; l++) {
        size_t n = strlen(*l);
        if (t->flen > n && !memcmp(t->fold + t->flen - n, *l, n))
            return true;
    }
    return false;
}

/* Is the event noun at st->i no act of the clause's subject: a reason or
 * occasion phrase, a victim's noun, an accusation, or what a verb of
 * reaction reacts to? */
static bool noun_is_reason(cctx *c, const nstate *st)
{
    const clause *k = st->k;
    uint32_t i = st->i;
    /* English "sanctions against U.S. firms over arms sales to Taiwan":
     * a noun in a phrase of reason or circumstance is not the subject's
     * act */
    bool reason = st->in_pp && tok_in(c, st->ns0 - 1, c->rules->reason_preps);
    /* "zwei Wochen nach dem Anschlag hat die Polizei …", "bei Protesten
     * gegen … sind zwei Menschen ums Leben gekommen": a phrase of occasion
     * names another happening than the subject's deed, unless a meeting or
     * cooperation the subject takes part in ("nach Gesprächen mit …") */
    const char *nc = st->pr->code;
    if (st->in_pp && tok_in(c, st->ns0 - 1, c->rules->occasion_preps) &&
        !(nc[0] == '0' && nc[1] >= '3' && nc[1] <= '8'))
        reason = true;
    /* "fell victim to an attack", "Opfer eines Anschlags": the subject
     * suffered the noun's event (victim_words), it is not its actor */
    if (st->ns0 > k->a && (tok_in(c, st->ns0 - 1, c->rules->victim_words) ||
                           (st->in_pp && st->ns0 > k->a + 1 &&
                            tok_in(c, st->ns0 - 2, c->rules->victim_words))))
        reason = true;
    /* (also deeper: "sanctions on officials over their role in the
     * killing of a journalist", "claims linking agents to the killing":
     * a reason phrase or an accusation between the verb and the noun) */
    uint32_t from = k->pred ? k->pred_tok + 1 : st->ns0;
    for (uint32_t q = from; q < st->ns0 && !reason; q++)
        reason = tok_in(c, q, c->rules->accusation_words);
    /* (the reason phrase encloses it: only "of" and "in" phrases between,
     * not "over X's handling … during a meeting") */
    for (uint32_t q = st->ns0; st->in_pp && q-- > from && !reason;) {
        if (!(fwc(c, q) & FW_PREP))
            continue;
        if (tok_in(c, q, c->rules->reason_preps))
            reason = true;
        else if (!tok_in(c, q, c->rules->gen_preps) &&
                 !(c->rules->prep_in && c->t[q].flen == strlen(c->rules->prep_in) &&
                   !memcmp(c->t[q].fold, c->rules->prep_in, c->t[q].flen)))
            break;
    }
    /* "Serbia condemned the boycott of Croatia", « Сербия осудила бойкот
     * Хорватии »: an event noun that is the object of a verb of
     * reaction (comment, approval, disapproval, rejection, threat: roots
     * 01, 05, 11-13) is what is reacted to, not the subject's own act */
    if (!st->ns && !st->in_pp && !st->is_pred && k->pred && !k->noun_pred && i > k->pred_tok) {
        const dy_pred *vp = k->ppred ? k->ppred : &DY_AT(c->d->preds, dy_pred, k->pred->ref);
        int r = atoi(vp->code) / (strlen(vp->code) > 3 ? 100 : 10);
        if (vp->code[0] && (r == 1 || r == 5 || (r >= 11 && r <= 13)))
            reason = true;
    }
    return reason;
}

/* "Nach den Angriffen auf Ölanlagen in Saudi-Arabien …": violence (18-20)
 * that names whom it struck and no doer is kept for a claim of the deed
 * that follows (roles.c target_claimed_deed), as an agentless passive is;
 * only the claim is coded from it.  (A passive of the same sentence names
 * the struck better: "Bei einem Anschlag auf einen Markt sind 30 Menschen
 * getötet worden".) */
static void keep_pending_deed(cctx *c, const nstate *st)
{
    const char *pc = st->pr->code;
    if (!st->ns && st->nt && st->k->mood == DY_MOOD_FACT && !st->upcoming && c->dis.pend_sent != c->sn.index + 1 &&
        ((pc[0] == '1' && pc[1] >= '8') || (pc[0] == '2' && pc[1] == '0'))) {
        snprintf(c->dis.pend_code, sizeof c->dis.pend_code, "%s", pc);
        cp16(c->dis.pend_tgt, st->tgt[0]);
        c->dis.pend_sent = c->sn.index + 1;
        c->dis.pend_nominal = true;
    }
}

/* "bekundeten die Rebellen ihre Bereitschaft zu Friedensgesprächen": a
 * wanted meeting or talks (04, mutual) of one actor that names no partner
 * are with the story's last acting subject, when that is another actor of
 * the same country (a government and its rebels; with other countries it
 * took wrong partners: even-de P .698 -> .693). */
static void intent_partner(cctx *c, nstate *st, dy_mood mood)
{
    if (mood != DY_MOOD_INTENT || st->nt || st->ns != 1 || !(st->pr->flags & VFL_SYM) ||
        strncmp(st->pr->code, "04", 2) || !c->dis.prev_agent[0] || !strcmp(c->dis.prev_agent, st->src[0]) ||
        !strncmp(c->dis.prev_agent, "IGO", 3) || !strncmp(st->src[0], "IGO", 3) ||
        strncmp(c->dis.prev_agent, st->src[0], 3))
        return;
    cp16(st->tgt[0], c->dis.prev_agent);
    st->nt = 1;
    st->ttok = st->i;
}

static void noun_target_and_emit(cctx *c, nstate *st)
{
    size_t m0 = st->m0;
    clause *k = st->k;
    uint32_t i = st->i;
    if (setting_meeting(c, st))
        return;
    /* the target: a slot phrase right after the noun */
    bool with_phrase = false;
    for (int s = 0; s < st->pr->nslots && !st->nt; s++) {
        uint32_t q = st->j;
        for (; q < k->b && q < st->j + 4; q++) {
            if ((fwc(c, q) & FW_PREP) && prep_norm(c, q) == st->pr->slots[s]) {
                with_phrase = st->pr->slots[s] == c->id_mit;
                /* "…, with the UN chief among the guests": a with-phrase
                 * after a comma stands apart */
                if (with_phrase && q > k->a && is_punct(c, q - 1, ","))
                    break;
                uint32_t r = q + 1;
                while (r < k->b && (fwc(c, r) & FW_ART))
                    r++;
                /* Russian "по ядерным и военным объектам Ирана": over
                 * adjectives joined by a conjunction (the adj_suffixes
                 * of a declined language) */
                while (c->rules->case_marks_roles && c->rules->adj_suffixes && r + 2 < k->b &&
                       ru_adj_word(c, r) && (fwc(c, r + 1) & FW_CONJ) && ru_adj_word(c, r + 2))
                    r += 2;
                /* adjectives: "mit seinem russischen Amtskollegen" */
                const ment *m = mention_near(c, m0, k, r, 3);
                if (m) {
                    st->nt = list_codes(c, m, st->tgt, 8, NULL);
                    st->ttok = m->head;
                }
                break;
            }
        }
    }
    /* English "told Putin of the decision in a phone call", "assured
     * Zelensky in a call": a meeting or call (04x, mutual) named in a
     * phrase, with no partner of its own, is held with the verb's object */
    if (!st->nt && st->in_pp && (st->pr->flags & VFL_SYM) && !strncmp(st->pr->code, "04", 2) &&
        c->rules->subject_before_verb && k->subj[0]) {
        uint32_t v = k->a;
        while (v < st->ns0 && !verb_reading(c, v, true))
            v++;
        for (size_t q = m0; q < c->ments.n && v < st->ns0 && !st->nt; q++) {
            const ment *m = &DY_AT(c->ments, ment, q);
            if (m->first <= v || m->first >= st->ns0 || m->adj_only || m->gen || !m->code[0] ||
                !strncmp(m->code, k->subj, 3))
                continue;
            if (m->first > v + 3) /* (the verb's object follows it) */
                break;
            uint32_t s0 = np_start(c, m->first, k->a);
            if (s0 > k->a && (fwc(c, s0 - 1) & FW_PREP))
                continue;
            st->nt = ment_codes(c, m, st->tgt, 8);
            st->ttok = m->first;
            with_phrase = true;
        }
    }
    /* "unter Vermittlung von Merkel und Hollande haben sich Russland und
     * die Ukraine geeinigt": the mediator works on the clause's parties */
    /* (a subject that is the mediator itself is none: "Die unter
     * Vermittlung Norwegens ausgehandelte Vereinbarung") */
    bool own = st->ns && k->nsubj == 1 && !strcmp(k->subj, st->src[0]);
    if (st->ns && !st->nt && (!strcmp(st->pr->code, "045") || !strcmp(st->pr->code, "039")) && k->nsubj &&
        !own) {
        st->nt = k->nsubj;
        memcpy(st->tgt, k->subjs, sizeof st->tgt);
        st->ttok = i;
    } else if (st->ns && !st->nt && !strcmp(st->pr->code, "045") && (!k->subj[0] || own) &&
               c->dis.n_last_subj >= 2) {
        /* "A and B restored ties, broken since 2016, after talks under the
         * aegis of C": a clause of its own with no subject, after an
         * incise, mediates between the two or more subjects before it; so
         * a sentence with no subject ("A und B einigten sich. Die unter
         * Vermittlung von C ausgehandelte Vereinbarung sieht … vor") */
        st->nt = c->dis.n_last_subj;
        memcpy(st->tgt, c->dis.last_subjs, sizeof st->tgt);
        st->ttok = i;
    }
    bool reason = noun_is_reason(c, st);
    /* "…, in their first face-to-face talks in a year": a meeting with
     * "their" in a clause with no subject of its own is held among the
     * subjects of the clause before (two or more) */
    if (!st->ns && !k->subj[0] && !reason && c->dis.n_last_subj >= 2 && !st->nt &&
        (st->pr->flags & VFL_SYM) && !strncmp(st->pr->code, "04", 2)) {
        bool their = false; /* (within a few words: "their first face-to-face talks") */
        for (uint32_t z = i > k->a + 10 ? i - 10 : k->a; z < i && !their; z++)
            their = (c->fw2[z] & FW2_POSS) && tok_in(c, z, c->rules->plural_poss);
        if (their) {
            st->ns = c->dis.n_last_subj;
            memcpy(st->src, c->dis.last_subjs, sizeof st->src);
        }
    }
    if (!st->ns && k->subj[0] && !reason) {
        cp16(st->src[0], k->subj);
        st->ns = 1;
        /* "Nach Verhandlungen im Kreml haben sich Putin und Erdoğan
         * geeinigt": a mutual event noun with no party of its own is held
         * among all of the clause's subjects */
        /* (English: "in their first talks", the possessive names them) */
        bool their = false;
        for (uint32_t z = st->ns0; z < i && !their; z++)
            their = (c->fw2[z] & FW2_POSS) && tok_in(c, z, c->rules->plural_poss);
        /* (so a noun with a target of its own, coding guide: plural
         * actors: "A und B einigten sich auf Sanktionen gegen C") */
        if (k->nsubj >= 2 && (st->nt || ((st->pr->flags & VFL_SYM) && (c->rules->verb_second || their) &&
                                         !strncmp(st->pr->code, "04", 2))))
            st->ns = k->nsubj, memcpy(st->src, k->subjs, sizeof st->src);
    }
    keep_pending_deed(c, st);
    /* "bei seinem Besuch in Moskau hat er … angeboten": a visit in a
     * phrase is a fact even when the clause's verb offers or plans */
    dy_mood mood = k->mood == DY_MOOD_NEGATED ? DY_MOOD_FACT : k->mood; /* negated_meeting */
    /* (« s'est dite prête à …, à l'issue de longues discussions avec X »:
     * so one after « à l'issue de », even beside a word of intent) */
    if (mood == DY_MOOD_INTENT && st->in_pp && (!k->intent_word || st->done))
        mood = DY_MOOD_FACT;
    if (st->upcoming && mood == DY_MOOD_FACT)
        mood = DY_MOOD_INTENT;
    intent_partner(c, st, mood);
    const char *code = st->pr->code;
    char ibuf[6];
    if (mood == DY_MOOD_INTENT)
        code = intent_code(st->pr, ibuf);
    if (st->ns >= 2 && !st->nt && (st->pr->flags & VFL_SYM)) {
        for (int a = 0; a < st->ns; a++)
            for (int b = 0; b < st->ns; b++)
                if (a != b)
                    emit_event(c, st->src[a], st->src[b], code, mood, k, st->stok, st->stok, i, st->pr->rule);
        return;
    }
    for (int a = 0; a < st->ns; a++)
        for (int b = 0; b < st->nt; b++) {
            emit_event(c, st->src[a], st->tgt[b], code, mood, k, st->stok, st->ttok, i, st->pr->rule);
            /* English "Trump's summit with Kim": a meeting both ways */
            if (rule_on(c, RF_SYM_WITH) && (st->pr->flags & VFL_SYM) && with_phrase &&
                mood == DY_MOOD_FACT)
                emit_event(c, st->tgt[b], st->src[a], code, mood, k, st->ttok, st->stok, i, st->pr->rule);
        }
}

/* In a negated clause, is the noun at I a meeting (04) in a phrase with
 * a plural possessive ("made no progress in their first talks")? */
static bool negated_meeting(cctx *c, const clause *k, uint32_t i, const dy_phrase *p)
{
    if (strncmp(DY_AT(c->d->preds, dy_pred, p->ref).code, "04", 2))
        return false;
    uint32_t s0 = np_start(c, i, k->a);
    if (s0 <= k->a || !(fwc(c, s0 - 1) & FW_PREP))
        return false;
    for (uint32_t z = s0; z < i; z++)
        if (tok_in(c, z, c->rules->plural_poss))
            return true;
    return false;
}

/* Nominal events: "Blinkens Besuch in Tokio", "die chinesisch-russische
 * Verteidigungskooperation", "bei ihrem Antrittsbesuch in China". */
void code_nouns(cctx *c, size_t m0, clause *k)
{
    /* "made no progress in their first talks", "did not agree during the
     * meeting": a negation leaves a meeting named in a phrase of the
     * clause a fact (only its "their" phrase is read: negated_meeting) */
    if (mood_uncoded(k->mood) && k->mood != DY_MOOD_NEGATED)
        return;
    bool negated = k->mood == DY_MOOD_NEGATED;
    /* "aimed at ending fighting", "um die Kämpfe zu beenden": an event
     * that is being ended is not reported as happening */
    uint32_t covered = 0; /* "border clash": not "clash" again */
    nstate st;
    st.m0 = m0;
    st.k = k;
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
        if (ended_at(c, k, i))
            continue;
        st.i = i;
        st.p = p;
        st.is_pred = is_pred;
        if (negated && (is_pred || !negated_meeting(c, k, i, p)))
            continue;
        if (!noun_is_event(c, &st))
            continue;
        /* a relative clause's own nouns are its verb's business (« un accord
         * qui prévoit le retrait des troupes »); a noun in one of its
         * phrases is an event of its own (« …, qui a eu lieu lors de la
         * visite du président français aux États-Unis ») */
        if (k->kind == CL_REL && !st.in_pp)
            continue;
        noun_actors(c, &st);
        if (noun_between(c, &st))
            continue;
        noun_target_and_emit(c, &st);
    }
}

/* "die von Brasilien vermittelte Waffenruhe": a lower-case word that is
 * a mediation participle (045) with an attribute's ending (lang.h
 * attr_endings) is that participle. */
static const dy_pred *attributive_mediation(cctx *c, uint32_t i)
{
    const dy_tok *t = &c->t[i];
    if (!c->rules->attr_endings || t->type != TK_WORD || (t->flags & TF_CAP) || t->flen < 6 || t->flen > 60)
        return NULL;
    for (const char *const *e = c->rules->attr_endings; *e; e++) {
        size_t n = strlen(*e);
        if (memcmp(t->fold + t->flen - n, *e, n))
            continue;
        char stem[64];
        memcpy(stem, t->fold, t->flen - n);
        stem[t->flen - n] = 0;
        uint32_t id = dy_dict_id(c->d, stem);
        size_t np = 0;
        const dy_phrase *ph = id ? dy_dict_phrases(c->d, id, &np) : NULL;
        for (size_t k = 0; k < np; k++)
            if (ph[k].kind == PK_VERB && ph[k].vform == VF_PART && ph[k].ntok == 1 &&
                !strcmp(DY_AT(c->d->preds, dy_pred, ph[k].ref).code, "045"))
                return &DY_AT(c->d->preds, dy_pred, ph[k].ref);
        return NULL;
    }
    return NULL;
}

/* Mediation named by a participle: "talks brokered by Saudi Arabia and the
 * United States", "a U.S.-brokered declaration".  The mediators act toward
 * the parties: the clause's subject when it has two or more actors, else
 * the two sides of the last event. */
static void code_mediation_noun(cctx *c, size_t m0, clause *k);

void code_mediation(cctx *c, size_t m0, clause *k)
{
    if (k->kind == CL_REL || mood_uncoded(k->mood))
        return;
    for (uint32_t i = k->a; i < k->b; i++) {
        const dy_pred *pr = NULL;
        bool negotiated = false;
        for (int v = 0; v < c->nverb[i] && !pr; v++)
            if (c->verb[i][v]->vform == VF_PART) {
                const dy_pred *q = &DY_AT(c->d->preds, dy_pred, c->verb[i][v]->ref);
                if (!strcmp(q->code, "045"))
                    pr = q;
                /* « l'accord, négocié par les États-Unis et la France »,
                 * "a truce negotiated by Qatar": a negotiation (046) named
                 * by its participle after a noun, with an agent, is the
                 * agent's mediation between the parties */
                else if (!strcmp(q->code, "046") && i > k->a &&
                         (c->noun[i - 1] || is_punct(c, i - 1, ",") || (c->fw2[i - 1] & FW2_ANAPH)))
                    pr = q, negotiated = true;
            }
        if (!pr)
            pr = attributive_mediation(c, i);
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
        /* "die von Brasilien vermittelte Waffenruhe": the "von" phrase
         * before an attributive participle */
        for (size_t q = m0; q < c->ments.n && !nm && c->rules->nouns_capitalised; q++) {
            const ment *m = &DY_AT(c->ments, ment, q);
            uint32_t s0 = m->first;
            while (s0 > k->a && (fwc(c, s0 - 1) & FW_ART))
                s0--;
            uint32_t end = 0;
            if (m->first >= k->a && m->first < i && !m->adj_only && s0 > k->a && (fwc(c, s0 - 1) & FW_PREP) &&
                prep_norm(c, s0 - 1) == c->id_von) {
                nm = list_codes(c, m, med, 8, &end);
                if (end != i)
                    nm = 0;
                else
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
        /* "die von Brasilien vermittelte Waffenruhe zwischen Peru und
         * Chile": the sides named after the mediated noun are the parties */
        for (uint32_t q = i + 1; q + 1 < k->b && q < i + 6 && !np; q++)
            if ((fwc(c, q) & FW_PREP) && tok_in(c, q, c->rules->between_preps)) {
                const ment *m = mention_near(c, m0, k, q + 1, 3);
                if (m && (np = list_codes(c, m, par, 8, NULL)) < 2)
                    np = 0;
            }
        if (np) {
            /* (the sides of the noun) */
        } else if (k->nsubj >= 2) {
            np = k->nsubj;
            memcpy(par, k->subjs, sizeof par);
        } else if (c->dis.have_pair) {
            cp16(par[0], c->dis.pair[0]);
            cp16(par[1], c->dis.pair[1]);
            np = 2;
        }
        /* (a party that negotiated is no mediator) */
        for (int a = 0; negotiated && a < nm; a++)
            for (int b = 0; b < np; b++)
                if (!strncmp(med[a], par[b], 3))
                    np = 0;
        for (int a = 0; a < nm; a++)
            for (int b = 0; b < np; b++)
                emit_event(c, med[a], par[b], "045", DY_MOOD_FACT, k, mtok, mtok, i, pr->rule);
    }
    code_mediation_noun(c, m0, k);
}

/* Mediation named by a noun in a phrase, with its mediator in the genitive
 * after it: Russian "соглашение достигнуто при посредничестве Китая",
 * "переговоры прошли при посредничестве Африканского союза".  The mediators
 * act toward the parties: the clause's subject when it has two or more
 * actors, else the two sides of the last event before the sentence, else
 * the pair of the article.  (Only where the language marks the genitive by
 * case: case_marks_roles.) */
static void code_mediation_noun(cctx *c, size_t m0, clause *k)
{
    if (!c->rules->case_marks_roles)
        return;
    for (uint32_t i = k->a + 1; i + 1 < k->b; i++) {
        const dy_phrase *p = c->noun[i];
        if (!p || !(fwc(c, i - 1) & FW_PREP))
            continue;
        const dy_pred *pr = &DY_AT(c->d->preds, dy_pred, p->ref);
        if (strcmp(pr->code, "045"))
            continue;
        uint32_t after = i + p->ntok;
        const ment *m = NULL;
        for (size_t q = m0; q < c->ments.n && !m; q++) {
            const ment *x = &DY_AT(c->ments, ment, q);
            if (x->first == after && !x->adj_only && !x->pron && x->code[0])
                m = x;
        }
        if (!m)
            continue;
        char med[8][16], par[8][16];
        int nm = list_codes(c, m, med, 8, NULL), np = 0;
        if (k->nsubj >= 2) {
            np = k->nsubj;
            memcpy(par, k->subjs, sizeof par);
        } else if (c->dis.prev_src[0] && c->dis.prev_tgt[0] && strcmp(c->dis.prev_src, c->dis.prev_tgt)) {
            cp16(par[0], c->dis.prev_src);
            cp16(par[1], c->dis.prev_tgt);
            np = 2;
        } else if (c->dis.have_pair) {
            cp16(par[0], c->dis.pair[0]);
            cp16(par[1], c->dis.pair[1]);
            np = 2;
        }
        for (int a = 0; a < nm; a++)
            for (int b = 0; b < np; b++) {
                bool party = false;
                for (int z = 0; z < np; z++)
                    party |= !strcmp(med[a], par[z]);
                if (!party)
                    emit_event(c, med[a], par[b], "045", DY_MOOD_FACT, k, m->first, m->first, i, pr->rule);
            }
        return;
    }
}
