/* groups.c: Groups: the actor mentions of a clause joined into coordinated groups,
 * each with the preposition that heads it (the raw material of roles). */
#include "coder/stages.h"
#include <string.h>
#include <stdlib.h>

/* "am Rande der UN-Vollversammlung", "im Vorfeld der Wahl": the genitive
 * (group Q, its phrase from S) of a noun of circumstance in a phrase
 * belongs to that phrase, it is no object of the verb. */
static void circumstance_phrase(cctx *c, const clause *k, grp *q, uint32_t s)
{
    if (!q->genattr || q->prep || s <= k->a + 1 || !tok_in(c, s - 1, c->rules->circumstance_nouns))
        return;
    uint32_t h = np_start(c, s - 1, k->a);
    if (h > k->a && h < s && (fwc(c, h - 1) & FW_PREP)) {
        q->prep = prep_norm(c, h - 1);
        q->prep_tok = h - 1;
    }
}

/* Does a number's bound ("at least", "au moins") open the phrase that
 * starts at S before the mention at FIRST?  Where adjectives follow the
 * noun, the phrase may open after the bound's first word: "au moins huit
 * manifestants" (np_start stops at "au"; English keeps its reading, its
 * "at least" clauses code other targets). */
static bool approx_bound(cctx *c, const clause *k, uint32_t s, uint32_t first)
{
    if (s + 1 < first && tok_in(c, s, c->rules->approx_heads) &&
        tok_in(c, s + 1, c->rules->approx_words))
        return true;
    /* "detained at least 250 protesters", "around 3,000 people": a bound
     * right before a number counts it; the phrase opens before the bound */
    if (s > k->a && s + 1 < first && c->t[s + 1].type == TK_NUM) {
        if (tok_in(c, s, c->rules->approx_words) && s > k->a + 1 &&
            tok_in(c, s - 1, c->rules->approx_heads))
            return true;
        if (c->rules->num_bounds && tok_in(c, s - 1, c->rules->num_bounds))
            return true;
    }
    if (s > k->a && s < first && c->t[s].type == TK_NUM && c->rules->num_bounds &&
        tok_in(c, s - 1, c->rules->num_bounds))
        return true;
    return c->rules->adj_after_noun && s > k->a && tok_in(c, s - 1, c->rules->approx_heads) &&
           tok_in(c, s, c->rules->approx_words);
}

/* The members of a list share their case: a bare name that does not
 * decline, first in group P, is oblique when M joining it is ("при
 * посредничестве США и Египта"). */
static bool list_case_oblique(cctx *c, const grp *p, const ment *m)
{
    const ment *m1 = &DY_AT(c->ments, ment, p->m[0]);
    return c->rules->case_marks_roles && p->n == 1 && c->atom[m->first] &&
           c->atom[m->first]->gcase == GC_OBLIQUE && c->atom[m1->first] &&
           c->atom[m1->first]->gcase == GC_NONE &&
           m1->first + c->atom[m1->first]->ntok == m1->last;
}

/* "talks with Izmir's chief prosecutor": a place (no actor) owning the
 * actor at FIRST, whose phrase starts at S on the clitic, stands between
 * the actor and its preposition; 1 + the preposition's token, or 0 */
static uint32_t prep_over_possessor(cctx *c, size_t m0, const clause *k, uint32_t s, uint32_t first)
{
    if (s <= k->a + 1 || s >= first || !poss_s(c, s))
        return 0;
    uint32_t p = s;
    while (p > k->a + 1 && p + 4 > s && c->t[p - 1].type == TK_WORD && (c->t[p - 1].flags & TF_CAP) &&
           !c->fw[p - 1] && !mention_at(c, m0, p - 1))
        p--;
    return p < s && (fwc(c, p - 1) & FW_PREP) ? p : 0;
}

/* Is mention M no actor of clause K of its own?  "den Abzug ihrer
 * Truppen", "its troops": a bare role owned by the subject; "Olaf Scholz
 * (SPD)", "the Collective Security Treaty Organization (CSTO)": an actor in
 * parentheses right after another names its party or short name. */
static bool no_actor_of_clause(cctx *c, size_t m0, const clause *k, const ment *m)
{
    if (m->role_only && m->first > k->a && (c->fw2[m->first - 1] & FW2_POSS))
        return true;
    return m->first >= k->a + 2 && m->last < k->b && is_punct(c, m->first - 1, "(") &&
           is_punct(c, m->last, ")") && in_mention(c, m0, m->first - 2);
}

/* Does group P end before M, linked to it by a comma only (CONJ false),
 * because P is a phrase fronted before the subject? */
static bool fronted_end(cctx *c, const clause *k, const grp *p, const ment *m, bool conj)
{
    /* "According to the Israeli military, Hezbollah fired …": the
     * source of the report is no list with the subject; nor is a
     * place that opens the clause before its comma ("In Beijing,
     * the French president met …") */
    if (p->say_src || (!conj && p->prep && p->prep_tok == k->a && p->n == 1))
        return true;
    /* (nor deeper in a fronted phrase: « En visite en Chine, le
     * président … a », unless a list goes on after the actor) */
    return !conj && p->prep && p->n == 1 && rule_on(c, RF_FRONTED_PHRASE) &&
           (fwc(c, k->a) & FW_PREP) && m->last < k->b && !is_punct(c, m->last, ",") &&
           !(fwc(c, m->last) & FW_CONJ);
}

/* « Selon l'ONU, les forces russes ont … »: is the actor M, whose noun
 * phrase starts at S, the source of a fronted speech preposition that is
 * no other preposition, up to its comma?  It is no argument of the
 * clause then. */
static bool fronted_say_source(cctx *c, const clause *k, uint32_t s, const ment *m)
{
    return s > k->a && s - 1 == k->a && (fwc(c, s - 1) & FW_SAYPREP) && !(fwc(c, s - 1) & FW_PREP) &&
           m->last < k->b && is_punct(c, m->last, ",");
}

/* Does mention M (the Ith) join the group P before it: "Kim und Südkoreas
 * Präsident Moon", « au Mali et au Niger »?  Then it is added to P. */
static bool join_group(cctx *c, const clause *k, grp *p, size_t i, const ment *m,
                       uint32_t poss_a, uint32_t poss_b)
{
    uint32_t j = p->last;
    bool link = false, conj = false;
    /* "die USA und die militant-islamistischen Taliban": articles,
     * lower-case adjectives and hyphens may stand in between, and
     * the group's preposition after a link (« au Mali et au Niger ») */
    while (j < m->first && (is_punct(c, j, ",") || (fwc(c, j) & (FW_CONJ | FW_ART)) ||
                            (j >= poss_a && j < poss_b) ||
                            c->t[j].type == TK_HYPHEN ||
                            (link && p->prep && (fwc(c, j) & FW_PREP) && prep_norm(c, j) == p->prep) ||
                            (c->t[j].type == TK_WORD && !(c->t[j].flags & TF_CAP) &&
                             !c->fw[j] && c->nverb[j] == 0))) {
        if (fwc(c, j) & FW_CONJ || is_punct(c, j, ","))
            link = true;
        conj = conj || (fwc(c, j) & FW_CONJ);
        j++;
    }
    /* Russian "президент Азербайджана Ильхам Алиев и премьер-министр
     * Армении": a name right after its title is the same member of
     * the list, not a new group (whose nominative would make it
     * the subject on its own) */
    const ment *pm = &DY_AT(c->ments, ment, p->m[p->n - 1]);
    if (c->rules->case_marks_roles && p->last == m->first && pm->last == m->first &&
        pm->person < 0 && !pm->up && !pm->pron && !pm->pair && (m->person >= 0 || m->up) &&
        !m->pron && (!pm->code[0] || !m->code[0] || !strncmp(pm->code, m->code, 3))) {
        if (m->code[0] || !pm->code[0])
            p->m[p->n - 1] = (int)i;
        p->last = m->absorbed_to > m->last ? m->absorbed_to : m->last;
        return true;
    }
    if (fronted_end(c, k, p, m, conj))
        link = false;
    if (link && j == m->first && !(m->pron)) {
        if (list_case_oblique(c, p, m))
            p->obj = true;
        p->m[p->n++] = (int)i;
        p->last = m->absorbed_to > m->last ? m->absorbed_to : m->last;
        return true;
    }
    return false;
}

/* English "the ban on women attending Afghan universities": the phrase
 * starting at S right after an -ing verb is its object (not after an
 * article, "the meeting", nor a day, "Monday morning"). */
static bool gerund_object(cctx *c, const clause *k, uint32_t s)
{
    return s > k->a + 1 && c->rules->gerund_suffix && c->t[s - 1].type == TK_WORD &&
           !(c->t[s - 1].flags & TF_CAP) && !c->fw[s - 1] && !c->atom[s - 1] && !c->noun[s - 1] &&
           tok_suffix(c, s - 1, c->rules->gerund_suffix, 4) &&
           !(fwc(c, s - 2) & (FW_ART | FW_WEEKDAY | FW_DATEREL)) && c->t[s - 2].type == TK_WORD;
}

/* Is mention M the place that the last member of group P took its country
 * from ("Delegationen aus Russland"), with another country joined to it
 * ("… und der Ukraine")? */
static bool absorbed_place(cctx *c, const grp *p, const ment *m)
{
    const ment *pm = &DY_AT(c->ments, ment, p->m[p->n - 1]);
    if (!pm->role_only || pm->absorbed_to <= pm->last || m->first < pm->last + 1 ||
        m->last > pm->absorbed_to || m->first >= p->last || !c->atom[m->first] ||
        !(fwc(c, pm->last) & FW_PREP) || prep_norm(c, pm->last) != c->id_aus)
        return false;
    /* only with a country joined after it: else the place keeps its own
     * phrase (a target: "Soldaten aus Litauen abziehen") */
    uint32_t j = m->last;
    while (j < c->sn.last && j < m->last + 3 && (fwc(c, j) & FW_ART))
        j++;
    if (j >= c->sn.last || !(fwc(c, j) & FW_CONJ))
        return false;
    for (j++; j < c->sn.last && (fwc(c, j) & FW_ART); j++)
        ;
    return j < c->sn.last && c->atom[j] &&
           (c->atom[j]->kind == PK_COUNTRY || c->atom[j]->kind == PK_METONYM);
}

/* "Soldaten aus Russland und Belarus": a bare country joined to the place
 * of role R is that country's R. */
static void role_of_place(cctx *c, const ment *r, ment *m)
{
    const dy_phrase *a = c->atom[m->first];
    if (!r->role[0] || m->role_only || m->person >= 0 || m->up || m->pron || m->pair || !a ||
        (a->kind != PK_COUNTRY && a->kind != PK_METONYM && a->kind != PK_COUNTRY_GEN &&
         a->kind != PK_METONYM_GEN) ||
        m->first + a->ntok != m->last || strlen(m->code) < 3 || !strncmp(m->code, "IGO", 3))
        return;
    set_code(m->code, m->code, r->role);
}

/* Does the noun phrase of the actor at FIRST (its phrase from S) follow a
 * speech preposition that is no other preposition (« selon »), after the
 * clause's predicate? */
static bool said_by_after_pred(cctx *c, const clause *k, uint32_t s, uint32_t first)
{
    if (!k->pred)
        return false;
    /* (np_start may have taken the preposition into the phrase) */
    for (uint32_t q = s > k->a + 1 ? s - 2 : k->a; q < first; q++)
        if (q > k->pred_tok && (fwc(c, q) & FW_SAYPREP) && !(fwc(c, q) & FW_PREP))
            return true;
    return false;
}

/* Is the actor M of group Q (its phrase from S) the source of a report,
 * no argument of clause K? */
static bool report_source(cctx *c, const clause *k, const ment *m, const grp *q, uint32_t s)
{
    /* "nach Angaben des Polizeichefs", "nach Informationen von
     * Reuters": the actor after a report noun is its source, no
     * argument of the clause */
    uint32_t sb = s; /* over a city adjective: "des Kabuler Polizeichefs" */
    while (sb > k->a + 1 && sb + 3 > s && c->t[sb - 1].type == TK_WORD &&
           ((fwc(c, sb - 1) & FW_ART) ||
            ((c->t[sb - 1].flags & TF_CAP) && !c->atom[sb - 1] && !c->noun[sb - 1] &&
             !c->fw[sb - 1] && !tok_in(c, sb - 1, c->rules->source_nouns))))
        sb--;
    /* (a genitive: "nach eigenen Angaben zwei indische Jets" is none) */
    bool gen_np = m->gen || (sb < m->first && (tok_in(c, sb, c->rules->gen_articles) ||
                                               (fwc(c, sb) & FW_GENART)));
    if (sb > k->a + 1 && ((gen_np && tok_in(c, sb - 1, c->rules->source_nouns)) ||
                          (sb > k->a + 2 && (fwc(c, sb - 1) & FW_PREP) &&
                           prep_norm(c, sb - 1) == c->id_von &&
                           tok_in(c, sb - 2, c->rules->source_nouns))))
        return true;
    if (fronted_say_source(c, k, s, m))
        return true;
    /* "der Nachrichtenagentur Reuters zufolge": an actor before a
     * postposition of speech is the report's source, no argument of
     * the clause */
    return !q->prep && q->last < k->b && (fwc(c, q->last) & FW_SAYPREP) &&
           !(fwc(c, q->last) & FW_PREP);
}

int find_groups(cctx *c, size_t m0, const clause *k, grp *g, int max)
{
    int n = 0;
    uint32_t pp;
    uint32_t poss_a = 0, poss_b = 0; /* a possessor skipped as part of the next actor */
    const ment *from_role = NULL; /* the role whose place was skipped last */
    for (size_t i = m0; i < c->ments.n && n < max; i++) {
        ment *m = &DY_AT(c->ments, ment, i);
        if (m->first < k->a || m->first >= k->b)
            continue;
        if (m->adj_only)
            continue;
        /* English "Yemen's Houthi movement", "Ukraine's Azov battalion": a
         * possessor right before another actor is part of that actor */
        if (c->rules->possessor_names && m->gen && i + 1 < c->ments.n) {
            const ment *nx = &DY_AT(c->ments, ment, i + 1);
            if (nx->first >= m->last && nx->first <= m->last + 1 && !nx->adj_only &&
                nx->first < k->b) {
                poss_a = m->first;
                poss_b = nx->first;
                continue;
            }
        }
        if (no_actor_of_clause(c, m0, k, m))
            continue;
        /* "Delegationen aus Russland und der Ukraine": the place a role
         * took its country from (resolve.c rc_place) is part of the role's
         * phrase; a country joined to it is another member of the role's
         * group, with the role */
        if (n > 0 && absorbed_place(c, &g[n - 1], m)) {
            from_role = &DY_AT(c->ments, ment, g[n - 1].m[g[n - 1].n - 1]);
            continue;
        }
        /* joins the previous group: "Kim und Südkoreas Präsident Moon" */
        if (n > 0 && g[n - 1].n < 8 && join_group(c, k, &g[n - 1], i, m, poss_a, poss_b)) {
            if (from_role)
                role_of_place(c, from_role, m);
            from_role = NULL;
            continue;
        }
        from_role = NULL;
        grp *q = &g[n++];
        memset(q, 0, sizeof *q);
        q->m[q->n++] = (int)i;
        q->first = m->first;
        q->last = m->absorbed_to > m->last ? m->absorbed_to : m->last;
        uint32_t s = np_start(c, m->first, k->a);
        /* « la Russie a bombardé Kharkiv, selon des responsables
         * ukrainiens »: the source of a report after the predicate is no
         * argument of it */
        if (said_by_after_pred(c, k, s, m->first)) {
            n--;
            continue;
        }
        /* "gegen Zehntausende Demonstranten": the counting word before
         * the counted noun belongs to its phrase */
        if (s == m->first && s > k->a + 1 && (c->fw2[s - 1] & FW2_QUANT) && (fwc(c, s - 2) & FW_PREP))
            s--;
        q->obj = m->obj || gerund_object(c, k, s);
        /* Russian "Лаврову позвонил …": a name in an oblique case */
        if (c->rules->case_marks_roles && c->atom[m->first] &&
            c->atom[m->first]->gcase == GC_OBLIQUE)
            q->obj = true;
        /* Russian "делегация Ирана приехала", "тысячи людей вышли": the
         * genitive after a counting word (FW2_QUANT) has the case of that
         * word, oblique only when the word is ("встретил делегацию Ирана") */
        if (c->rules->case_marks_roles && q->obj && m->first > k->a && s == m->first &&
            (c->fw2[m->first - 1] & FW2_QUANT) &&
            !(m->first - 1 > k->a && (fwc(c, m->first - 2) & FW_PREP)))
            q->obj = c->atom[m->first - 1] && c->atom[m->first - 1]->gcase == GC_OBLIQUE;
        for (uint32_t j = s; j < m->first; j++)
            if (fwc(c, j) & FW_OBJART)
                q->obj = true;
        /* English "dozens of Palestinians": the people counted are the
         * object itself; so "at least 18 people" */
        if (s > k->a + 1 && tok_in(c, s - 1, c->rules->gen_preps) &&
            (c->fw2[s - 2] & FW2_QUANT)) {
            q->prep = 0;
        } else if (approx_bound(c, k, s, m->first)) {
            q->prep = 0;
        } else if (s == k->a + 1 && k->a > c->sn.first &&
                   ((c->fw2[k->a] & (FW2_TEMPCONJ | FW2_ASCONJ)) ||
                    /* "…, with President Trump hailing it": the actor of an
                     * absolute construction is the subject of its -ing verb */
                    (tok_in(c, k->a, c->rules->with_words) && q->last < k->b &&
                     c->nverb[q->last] && tok_suffix(c, q->last, c->rules->gerund_suffix, 4)))) {
            /* English "…, after Ottawa called for …": the clause was cut at
             * a temporal conjunction, whose subject follows it */
            q->prep = 0;
        } else if (s > k->a && (fwc(c, s - 1) & FW_PREP)) {
            q->prep = prep_norm(c, s - 1);
            q->prep_tok = s - 1;
            /* "laut dem Minister": a source of speech, not an argument; with
             * the subject before the verb, a fronted one ends at its comma */
            q->say_src = c->rules->subject_before_verb && s - 1 > k->a &&
                         (fwc(c, s - 2) & FW_SAYPREP);
        } else if (s > k->a && (fwc(c, s - 1) & FW_PAIR) && s - 1 > k->a &&
                   (fwc(c, s - 2) & FW_PREP)) {
            q->prep = prep_norm(c, s - 2);
        } else if ((pp = prep_over_possessor(c, m0, k, s, m->first)) != 0) {
            q->prep = prep_norm(c, pp - 1);
            q->prep_tok = pp - 1;
        }
        if (report_source(c, k, m, q, s)) {
            n--;
            continue;
        }
        if (m->gen && !q->prep)
            q->genattr = true;
        /* "der USA" right after a noun: a genitive attribute */
        if (s > k->a && s == m->first - 1 && tok_in(c, s, c->rules->attr_articles) &&
            c->t[s - 1].type == TK_WORD && (c->t[s - 1].flags & TF_CAP) &&
            !(fwc(c, s - 1) & FW_PREP) && !in_name(c, m0, s - 1))
            q->genattr = true;
        if (s < m->first && (fwc(c, s) & FW_GENART))
            q->genattr = true;
        circumstance_phrase(c, k, q, s);
        /* "Teile des Militärs", "Einheiten der Armee": after a word that
         * only counts or parts its noun, the genitive is the phrase's head */
        if (q->genattr && !q->prep && s > k->a && (c->fw2[s - 1] & FW2_QUANT) &&
            !(s - 1 > k->a && (fwc(c, s - 2) & FW_PREP)))
            q->genattr = false;
    }
    return n;
}

int grp_codes(cctx *c, const grp *g, char out[][16], int max)
{
    int n = 0;
    for (int i = 0; i < g->n && n < max; i++) {
        ment *m = &DY_AT(c->ments, ment, g->m[i]);
        n += ment_codes(c, m, out + n, max - n);
    }
    return n;
}

