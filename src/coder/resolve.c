/* resolve.c: Resolution: role-only mentions get their country, pronouns and pairs
 * their codes (ment_codes). */
#include "coder/stages.h"
#include <string.h>
#include <stdlib.h>

/* Where a role-only mention ("die Polizei", "the militants", "Finance
 * Minister Arun Jaitley") finds its country, in the order of the rules
 * below: the phrase itself, the clause, the dateline, the article's
 * current country of focus.  No rule: no code (a wrong country is worse
 * than none). */
enum { RC_NONE, RC_PHRASE, RC_CLAUSE, RC_DATELINE, RC_FOCUS };

/* The phrase: "das Militär im Sudan", "Aktivisten aus Hongkong", "police in
 * Lagos" (a place the dictionaries know as its country's). */
/* "police in Mombasa", "protesters in Basra": a town or region the
 * gazetteer knows (a capitalised name, a town of 50,000 or more or a
 * first-level division) gives its country. */
static bool rc_gazetteer(cctx *c, ment *m, uint32_t q, uint32_t end);

/* "Basra protesters", "Mombasa police", "Istanbul's chief prosecutor": a
 * town or region named right before the role noun, or as its possessor,
 * gives its country (rc_gazetteer). */
static bool rc_place_before(cctx *c, ment *m)
{
    uint32_t end = m->first; /* "Istanbul's chief prosecutor": before the clitic */
    for (uint32_t q = m->first; q > c->sn.first + 1 && q + 2 >= m->first; q--) {
        if (poss_s(c, q - 1)) {
            end = q - 1;
            break;
        }
        if (c->t[q - 1].type != TK_WORD || (c->t[q - 1].flags & TF_CAP) || c->fw[q - 1])
            break; /* only lower-case words between: "chief" */
    }
    uint32_t n = 0; /* the words before it, the longest name first ("New York police") */
    while (n < 3 && end >= c->sn.first + n + 1 && !c->atom[end - n - 1] && c->t[end - n - 1].type == TK_WORD)
        n++;
    for (; n > 0; n--)
        if (rc_gazetteer(c, m, end - n, end))
            return true;
    return false;
}

static bool rc_gazetteer(cctx *c, ment *m, uint32_t q, uint32_t end)
{
    bool oom = false;
    const dy_geo *g = dy_dict_geo(c->d, &oom);
    if (oom)
        c->oom = true;
    if (!g || c->t[q].type != TK_WORD || !(c->t[q].flags & TF_CAP) || c->fw[q] || c->nverb[q])
        return false;
    const dy_geo_place *cand[1];
    size_t nc = 0;
    size_t len = dy_geo_lookup(g, c->t, c->sn.last, q, NULL, 0, cand, 1, &nc);
    if (!len || !nc || !cand[0]->country[0] || (end && q + len != end) ||
        !(cand[0]->level == DY_GEO_ADMIN1 || (cand[0]->level == DY_GEO_CITY && cand[0]->pop >= 50000)))
        return false;
    set_code(m->code, cand[0]->country, m->role);
    return true;
}

static bool rc_place(cctx *c, ment *m)
{
    uint32_t j = m->last;
    if (!(j + 1 < c->sn.last && (fwc(c, j) & FW_PREP)))
        return false;
    uint32_t pn = prep_norm(c, j);
    bool loc = pn == c->id_in || pn == c->id_aus;
    if (!loc || (m->diplo && pn != c->id_aus))
        return false;
    uint32_t q = j + 1;
    if (q < c->sn.last && (fwc(c, q) & FW_ART))
        q++;
    /* "im Norden des Gazastreifens", "in the north of Gaza": a part of the
     * place, then its country in the genitive */
    if (q + 2 < c->sn.last && !c->atom[q] && c->t[q].type == TK_WORD && !c->fw[q] &&
        ((fwc(c, q + 1) & FW_ART) || tok_in(c, q + 1, c->rules->gen_preps))) {
        q += 2;
        if (q < c->sn.last && (fwc(c, q) & FW_ART))
            q++;
    }
    const dy_phrase *a = q < c->sn.last ? c->atom[q] : NULL;
    if (!a && q < c->sn.last)
        return rc_gazetteer(c, m, q, 0);
    if (!a || (a->kind != PK_COUNTRY && a->kind != PK_METONYM && a->kind != PK_COUNTRY_GEN &&
               a->kind != PK_METONYM_GEN))
        return false;
    set_code(m->code, atom_code(c, a), m->role);
    m->absorbed_to = q + a->ntok;
    return true;
}

/* The phrase: "der Kommandeur der iranischen Brigaden", "the commander of
 * Iran's Quds Force": the actor in the role's genitive is its country's. */
static bool rc_genitive(cctx *c, size_t k, ment *m)
{
    /* not after a name: "sagte Polizist Abdi Ali der Nachrichtenagentur"
     * is a dative */
    if (k + 1 >= c->ments.n || m->up || m->person >= 0)
        return false;
    ment *p = &DY_AT(c->ments, ment, k + 1);
    uint32_t q = m->last;
    /* « le conseiller diplomatique du président »: where adjectives
     * follow their noun, one or two lower-case adjectives before the
     * genitive */
    for (uint32_t z = q; c->rules->adj_after_noun && z < p->first && z < m->last + 2; z++) {
        if (c->t[z].type != TK_WORD || (c->t[z].flags & TF_CAP) || c->atom[z] || c->fw[z] || c->nverb[z] ||
            c->noun[z])
            break;
        if (z + 1 < p->first && tok_in(c, z + 1, c->rules->gen_preps)) {
            q = z + 1;
            break;
        }
    }
    if (q < p->first && tok_in(c, q, c->rules->gen_preps))
        q++;
    if (q < p->first && (fwc(c, q) & FW_ART) && tok_in(c, q, c->rules->gen_articles))
        q++;
    else if (q < p->first && (fwc(c, q) & FW_ART) && q > m->last)
        q++; /* "of the" */
    /* "ein Sprecher des Außenministeriums in Peking": a genitive role
     * takes its own country from its phrase first (the rule it would get
     * first in its turn) */
    if (q == p->first && q != m->last && p->role_only && !p->code[0] && rc_place(c, p) && c->trace) {
        dy_buf_printf(c->trace, TM_ACTOR_COUNTRY, p->code);
        trace_span(c, p->first, p->last);
        dy_buf_printf(c->trace, TM_ACTOR_COUNTRY_FROM, TM_CTX_PHRASE, TM_RC_PLACE);
    }
    if (q != p->first || q == m->last || p->pron || p->pair || strlen(p->code) < 3 ||
        !strncmp(p->code, "IGO", 3))
        return false;
    /* « deux émissaires du Conseil national libyen »: a state role of a
     * group that is no part of a state speaks for that group (as
     * mentions.c compose_code for a named organisation) */
    static const char *const state[] = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", NULL};
    bool mstate = false, pstate = false;
    for (int r = 0; state[r]; r++) {
        mstate = mstate || !strncmp(m->role, state[r], 3);
        pstate = pstate || !strncmp(p->code + 3, state[r], 3);
    }
    if (rule_on(c, RF_GROUP_ROLE) && strlen(p->code) >= 6 && strncmp(p->code, "NGO", 3) && mstate && !pstate &&
        p->person >= 0) {
        cp16(m->code, p->code);
        return true;
    }
    set_code(m->code, (char[4]){p->code[0], p->code[1], p->code[2], 0}, m->role);
    return true;
}

/* The phrase: English "Ukraine's Azov battalion": a possessive country
 * before a named unit is its country. */
static bool rc_possessor(cctx *c, size_t k, size_t from, ment *m)
{
    if (k <= from || !c->rules->possessor_names)
        return false;
    const ment *p = &DY_AT(c->ments, ment, k - 1);
    bool named = p->gen && p->code[0] && strncmp(p->code, "IGO", 3) && p->last < m->first + 1;
    for (uint32_t q = p->last; named && q < m->first; q++)
        named = (c->t[q].type == TK_WORD && (c->t[q].flags & TF_CAP) && !c->fw[q]) ||
                (c->t[q].type == TK_PUNCT && poss_s(c, q));
    if (named)
        set_code(m->code, p->code, m->role);
    return named;
}

/* The clause: "die äthiopische Regierung und die Rebellen": a coordinated
 * partner names the country of a bare role. */
static bool rc_partner(cctx *c, size_t k, size_t from, ment *m)
{
    if (k <= from)
        return false;
    const ment *p = &DY_AT(c->ments, ment, k - 1);
    bool link = p->code[0] && strncmp(p->code, "IGO", 3) && p->last < m->first;
    bool conj = false;
    for (uint32_t q = p->last; link && q < m->first; q++) {
        link = (fwc(c, q) & (FW_CONJ | FW_ART)) || is_punct(c, q, ",");
        conj |= (fwc(c, q) & FW_CONJ) != 0;
    }
    if (link && conj)
        set_code(m->code, p->code, m->role);
    return link && conj;
}

/* "der Oppositionsführer des (ostafrikanischen) Landes", "the army of the
 * country": a genitive country noun after the role.  Its end, or 0. */
static uint32_t country_noun_after(cctx *c, const ment *m)
{
    uint32_t q = m->last;
    if (q < c->sn.last && tok_in(c, q, c->rules->gen_preps))
        q++;
    if (!(q < c->sn.last && (fwc(c, q) & FW_ART)))
        return 0;
    q++;
    /* one adjective between (lower case in German, any in English) */
    if (q + 1 < c->sn.last && c->t[q].type == TK_WORD && !c->fw[q] && !c->atom[q] &&
        !tok_in(c, q, c->rules->country_nouns) &&
        !(c->rules->nouns_capitalised && (c->t[q].flags & TF_CAP)))
        q++;
    return q < c->sn.last && tok_in(c, q, c->rules->country_nouns) ? q + 1 : 0;
}

/* The focus: English "the country's military junta", German "die Armee des
 * Landes": the country named last before it. */
static bool rc_country_noun(cctx *c, size_t k, ment *m)
{
    bool before = m->first >= 3 && poss_s(c, m->first - 1) &&
                  tok_in(c, m->first - 2, c->rules->country_nouns) && (fwc(c, m->first - 3) & FW_ART);
    if (!before && !country_noun_after(c, m))
        return false;
    for (size_t q = k; !m->code[0] && q-- > 0;) {
        const ment *p = &DY_AT(c->ments, ment, q);
        if (p->code[0] && strncmp(p->code, "IGO", 3) && strlen(p->code) >= 3 && !p->pron &&
            !p->pair && p->last <= m->first)
            set_code(m->code, (char[4]){p->code[0], p->code[1], p->code[2], 0}, m->role);
    }
    return m->code[0] != 0;
}

/* The focus: "Die Hamas hat Israel angegriffen. Hunderte Kämpfer drangen
 * ein": a bare role takes up the last actor with that role. */
static bool rc_same_role(cctx *c, size_t k, ment *m)
{
    /* "Indien setzte das Abkommen mit Pakistan aus. Zudem wies die
     * Regierung … aus": the last acting subject with that role first, not
     * the last one named */
    if (c->rules->verb_second && strlen(c->dis.prev_agent) == 6 && !strcmp(c->dis.prev_agent + 3, m->role) &&
        strncmp(c->dis.prev_agent, "IGO", 3) &&
        /* (not "die Präsidenten der vier Länder": a genitive after it) */
        !(m->last < c->n && tok_in(c, m->last, c->rules->gen_articles)) && m->first > 0 && !(fwc(c, m->first - 1) & (FW_PREP | FW_OBJART)) &&
        !(m->first > 1 && (fwc(c, m->first - 2) & FW_PREP)))
        cp16(m->code, c->dis.prev_agent);
    for (size_t q = k; !m->code[0] && q-- > 0;) {
        const ment *p = &DY_AT(c->ments, ment, q);
        if (strlen(p->code) == 6 && !strcmp(p->code + 3, m->role) && strncmp(p->code, "IGO", 3))
            cp16(m->code, p->code);
        if (k - q > 40)
            break;
    }
    return m->code[0] != 0;
}

/* The focus: the country the article has named more than twice as often
 * as any other so far (its actors' codes).  "Finance Minister Arun Jaitley"
 * in an article about India is Indian, whoever was named last. */
static bool rc_focus(cctx *c, size_t k, ment *m)
{
    char out[4];
    if (!focus_country(c, k, out))
        return false;
    set_code(m->code, out, m->role);
    return true;
}

/* The article's country of focus before mention K: the one named more
 * than twice as often as any other, into OUT; false if none. */
bool focus_country(cctx *c, size_t k, char out[4])
{
    char cc[32][4];
    int cn[32], n = 0, best = -1, bn = 0;
    size_t q0 = k > 2000 ? k - 2000 : 0; /* bounds the work on huge articles */
    for (size_t q = q0; q < k; q++) {
        const ment *p = &DY_AT(c->ments, ment, q);
        if (strlen(p->code) < 3 || !strncmp(p->code, "IGO", 3) || p->pron || p->pair || p->anaph)
            continue;
        int i = 0;
        while (i < n && strncmp(cc[i], p->code, 3))
            i++;
        if (i == n) {
            if (n == 32)
                continue;
            memcpy(cc[n], p->code, 3);
            cc[n][3] = 0;
            cn[n++] = 0;
        }
        if (++cn[i] >= bn) {
            bn = cn[i];
            best = i;
        }
    }
    /* only a country named more than twice as often as any other:
     * "Deputy Interior Minister X", "gunmen" in an article on the United
     * States and Libya alike are no Americans */
    for (int i = 0; best >= 0 && i < n; i++)
        if (i != best && 2 * cn[i] > bn)
            best = -1;
    if (best >= 0)
        memcpy(out, cc[best], 4);
    return best >= 0;
}

/* Do tokens [a, b) stay within one clause: no punctuation, conjunction,
 * subordinator, relative pronoun or temporal conjunction ("after")?  A verb
 * does not end it ("Moscow banned the opposition newspaper"). */
static bool same_clause(cctx *c, uint32_t a, uint32_t b)
{
    for (uint32_t q = a; q < b; q++)
        if (c->t[q].type == TK_PUNCT ||
            (fwc(c, q) & (FW_CONJ | FW_SUBORD | FW_REL)) || (c->fw2[q] & FW2_TEMPCONJ))
            return false;
    return true;
}

/* Is mention P a place the sentence speaks of: "in israelische Orte",
 * "into Ukraine" (a local preposition before it, its article between)? */
static bool in_place(cctx *c, const ment *p)
{
    uint32_t q = p->first;
    /* (English "in northern Peru": a compass adjective between) */
    if (q > c->sn.first + 1 && tok_in(c, q - 1, c->rules->compass_adjs))
        q--;
    while (q > c->sn.first && (fwc(c, q - 1) & FW_ART))
        q--;
    /* (« au Maroc »: place_in_preps before a country's name) */
    return q > c->sn.first && (fwc(c, q - 1) & FW_PREP) &&
           (prep_norm(c, q - 1) == c->id_in ||
            (tok_in(c, q - 1, c->rules->place_in_preps) && c->atom[p->head] &&
             c->atom[p->head]->kind == PK_COUNTRY));
}

/* Does P name whose an attack is, as its adjective or the first part of
 * its compound ("russischen Drohnenangriff", "US-Drohnenangriff")? */
static bool attacker_modifier(cctx *c, const ment *p)
{
    if (!p->adj_only)
        return false;
    uint32_t h = p->last;
    if (p->compound_noun && h < c->n && c->t[h].type == TK_HYPHEN)
        h++;
    const dy_phrase *np = h < c->n ? c->noun[h] : NULL;
    if (!np)
        return false;
    const char *ac = DY_AT(c->d->preds, dy_pred, np->ref).code;
    return (ac[0] == '1' && ac[1] >= '8') || (ac[0] == '2' && ac[1] == '0');
}

/* The clause, before the dateline: "Myanmar police opened fire on
 * protesters", "JERUSALEM – Die Armee Syriens nahm Rebellen fest" — the
 * country named before it in its clause, or a place the sentence names. */
static bool rc_before(cctx *c, size_t k, size_t from, ment *m)
{
    for (size_t q = k; !m->code[0] && q-- > from;) {
        const ment *p = &DY_AT(c->ments, ment, q);
        if (p->last > m->first)
            continue;
        /* only within the clause (no punctuation or clause word between
         * them), or a place the sentence names: "shut the crossings after a
         * shootout between smugglers and troops" gives the smugglers no
         * country; "drangen in israelische Dörfer ein, töteten Zivilisten"
         * makes the civilians Israeli */
        /* (a phrase of a relative clause right after its antecedent is in
         * its clause: « l'ancien président bolivien, qui a démissionné sous
         * la pression de l'armée »; not the relative's object, « de
         * l'Algérie, qui a perturbé une opération ciblant un groupe ») */
        uint32_t q0 = m->first;
        while (q0 > p->last && (fwc(c, q0 - 1) & FW_ART) && !(fwc(c, q0 - 1) & FW_PREP))
            q0--;
        bool rel = p->last + 2 < m->first && is_punct(c, p->last, ",") && (fwc(c, p->last + 1) & FW_REL) &&
                   same_clause(c, p->last + 2, m->first) && q0 > p->last + 2 && (fwc(c, q0 - 1) & FW_PREP);
        if (!same_clause(c, p->last, m->first) && !rel && !in_place(c, p))
            continue;
        /* "bei einem russischen Drohnenangriff wurden drei Menschen
         * getötet": the people an attack struck are not of the country
         * whose attack it was (its adjective names the attacker) */
        if (attacker_modifier(c, p))
            continue;
        if (p->code[0] && strncmp(p->code, "IGO", 3) && strlen(p->code) >= 3 && !m->diplo)
            set_code(m->code, p->code, m->role);
    }
    return m->code[0] != 0;
}

/* "Kenyan troops shelled rebel positions inside Somalia": rebels (a
 * non-state armed side) take the country of a place named after them in
 * their clause before the country of an actor before them, who is as
 * likely their enemy. */
static bool rc_armed_place_after(cctx *c, size_t k, ment *m)
{
    static const char *const armed[] = {"REB", "INS", "SEP", "RAD", "UAF", NULL};
    bool side = false;
    for (int i = 0; armed[i]; i++)
        side |= !strcmp(m->role, armed[i]);
    for (size_t q = k + 1; side && q < c->ments.n; q++) {
        const ment *p = &DY_AT(c->ments, ment, q);
        if (!same_clause(c, m->last, p->first))
            break;
        if (in_place(c, p) && !p->adj_only && strlen(p->code) >= 3 && strncmp(p->code, "IGO", 3)) {
            set_code(m->code, (char[4]){p->code[0], p->code[1], p->code[2], 0}, m->role);
            return true;
        }
    }
    return false;
}

/* Does the dateline's country fit the article: has the text named it, or
 * no country at all?  "MOSKAU – … Rebellen unter Führung der HTS nahmen
 * Damaskus ein" in an article that names only Syria is no Russian act. */
static bool dateline_fits(cctx *c, size_t k)
{
    bool other = false;
    for (size_t q = 0; q < k; q++) {
        const ment *p = &DY_AT(c->ments, ment, q);
        if (strlen(p->code) < 3 || !strncmp(p->code, "IGO", 3) || p->pron || p->pair ||
            p->anaph || p->role_only)
            continue;
        if (!strncmp(p->code, c->home, 3))
            return true;
        other = true;
    }
    return !other;
}

/* The clause, before the article's focus: "Demonstranten warfen in Madrid
 * Steine" — a role that acts where it is (the people, the opposition, the
 * police; not a government, army or diplomat, who travel and invade)
 * takes the country of a place its clause names after it. */
static bool rc_place_after(cctx *c, size_t k, ment *m)
{
    static const char *const home_roles[] = {"COP", "CVL", "OPP", "LAB", "EDU", NULL};
    bool home = false;
    for (int r = 0; home_roles[r]; r++)
        home = home || !strcmp(m->role, home_roles[r]);
    if (!home || m->diplo || !rule_on(c, RF_PLACE_AFTER_ROLE))
        return false;
    for (size_t q = k + 1; q < c->ments.n; q++) {
        const ment *p = &DY_AT(c->ments, ment, q);
        if (p->first >= c->sn.last || !same_clause(c, m->last, p->first))
            break;
        if (p->code[0] && strncmp(p->code, "IGO", 3) && strlen(p->code) >= 3 && !p->role_only &&
            !p->pron && !p->adj_only && in_place(c, p)) {
            set_code(m->code, (char[4]){p->code[0], p->code[1], p->code[2], 0}, m->role);
            return true;
        }
    }
    return false;
}

/* The apposition: « la cheffe de l'exécutif, Carrie Lam, a … », "the
 * chief executive, Carrie Lam, said": a role (with its genitive roles)
 * that a known person's name between commas follows is that person's
 * office: the person's country, in the role's role. */
static bool rc_apposed_person(cctx *c, size_t k, ment *m)
{
    uint32_t q = m->last;
    size_t n = k + 1;
    while (q < c->sn.last && q < m->last + 6 && !is_punct(c, q, ",")) {
        const ment *g = n < c->ments.n ? &DY_AT(c->ments, ment, n) : NULL;
        if (g && g->first == q && g->role_only) {
            q = g->last;
            n++;
        } else if (tok_in(c, q, c->rules->gen_preps) || (fwc(c, q) & FW_ART))
            q++;
        else
            return false;
    }
    if (q >= c->sn.last || !is_punct(c, q, ","))
        return false;
    while (n < c->ments.n && DY_AT(c->ments, ment, n).first <= q)
        n++;
    if (n >= c->ments.n)
        return false;
    const ment *p = &DY_AT(c->ments, ment, n);
    if (p->first != q + 1 || p->person < 0 || strlen(p->code) < 3 || p->last >= c->sn.last ||
        !is_punct(c, p->last, ","))
        return false;
    if (!strncmp(p->code, "IGO", 3) || !strncmp(p->code, "NGO", 3))
        cp16(m->code, p->code);
    else
        set_code(m->code, (char[4]){p->code[0], p->code[1], p->code[2], 0}, m->role);
    return true;
}

/* Gives role-only mention K its country; says in the trace which rule
 * (its level, then the rule itself). */
static void role_country(cctx *c, size_t k, size_t from)
{
    ment *m = &DY_AT(c->ments, ment, k);
    int how = RC_NONE;
    const char *rule = "";
    /* « le départ des troupes étrangères »: foreign to the country around */
    if (m->last < c->sn.last && tok_in(c, m->last, c->rules->foreign_adjs))
        return;
    if (rc_apposed_person(c, k, m))
        how = RC_PHRASE, rule = TM_RC_APPOSED_PERSON;
    else if (rc_place(c, m))
        how = RC_PHRASE, rule = TM_RC_PLACE;
    else if (rc_place_before(c, m))
        how = RC_PHRASE, rule = TM_RC_PLACE_BEFORE;
    else if (rc_possessor(c, k, from, m))
        how = RC_PHRASE, rule = TM_RC_POSSESSOR;
    else if (rc_genitive(c, k, m))
        how = RC_PHRASE, rule = TM_RC_GENITIVE;
    else if (rc_partner(c, k, from, m))
        how = RC_CLAUSE, rule = TM_RC_PARTNER;
    else if (rc_country_noun(c, k, m))
        how = RC_FOCUS, rule = TM_RC_COUNTRY_NOUN;
    else if (rc_place_after(c, k, m))
        how = RC_CLAUSE, rule = TM_RC_PLACE_AFTER;
    else if (!m->up && rc_same_role(c, k, m))
        how = RC_FOCUS, rule = TM_RC_SAME_ROLE;
    else if (m->up && rc_focus(c, k, m))
        how = RC_FOCUS, rule = TM_RC_FOCUS;
    else if (rc_armed_place_after(c, k, m))
        how = RC_CLAUSE, rule = TM_RC_ARMED_PLACE;
    else if (rc_before(c, k, from, m))
        how = RC_CLAUSE, rule = TM_RC_BEFORE;
    else if (!m->diplo && c->home[0] && dateline_fits(c, k)) {
        set_code(m->code, c->home, m->role);
        how = RC_DATELINE, rule = TM_RC_DATELINE;
    } else if (!m->diplo && c->home[0] && !m->up) {
        /* no rule: the dateline's country is one the text does not name */
        if (c->trace) {
            dy_buf_puts(c->trace, TM_ACTOR_NO_COUNTRY);
            trace_span(c, m->first, m->last);
            dy_buf_puts(c->trace, TM_ACTOR_NO_COUNTRY_WHY);
        }
    } else if (!m->diplo && rc_focus(c, k, m))
        how = RC_FOCUS, rule = TM_RC_FOCUS;
    if (c->trace && how != RC_NONE) {
        static const char *const why[] = {"", TM_CTX_PHRASE, TM_CTX_CLAUSE, TM_CTX_DATELINE,
                                          TM_CTX_FOCUS};
        dy_buf_printf(c->trace, TM_ACTOR_COUNTRY, m->code);
        trace_span(c, m->first, m->last);
        dy_buf_printf(c->trace, TM_ACTOR_COUNTRY_FROM, why[how], rule);
    }
}

/* Resolves role-only mentions and pronouns of the sentence. */
void resolve_mentions(cctx *c, size_t from)
{
    /* English "Indian and Pakistani officials", "U.S. and Iranian
     * negotiators": adjectives coordinated before one role noun share it */
    for (size_t k = from; k + 1 < c->ments.n && rule_on(c, RF_SHARED_ROLE); k++) {
        ment *m = &DY_AT(c->ments, ment, k), *m2 = &DY_AT(c->ments, ment, k + 1);
        /* also a bare name used as adjective: "U.S. and South Korean forces" */
        bool bare = !m->adj_only && !m->gen && c->atom[m->first] &&
                    c->atom[m->first]->kind == PK_COUNTRY &&
                    m->last == m->first + c->atom[m->first]->ntok;
        if (!(m->adj_only || bare) || m->compound_next || m2->adj_only || m2->person >= 0 ||
            strlen(m->code) < 3 || !strncmp(m->code, "IGO", 3) || strlen(m2->code) < 4 ||
            !strncmp(m2->code, "IGO", 3) || m2->first <= m->last)
            continue;
        bool conj = false, link = true;
        for (uint32_t q = m->last; q < m2->first && link; q++) {
            link = (fwc(c, q) & FW_CONJ) || is_punct(c, q, ",");
            conj |= (fwc(c, q) & FW_CONJ) != 0;
        }
        if (!link || !conj || !c->atom[m2->first] || c->atom[m2->first]->kind != PK_ADJ)
            continue;
        char country[4];
        memcpy(country, m->code, 3);
        country[3] = 0;
        set_code(m->code, country, m2->code + 3);
        m->adj_only = false;
        m->head = m2->head;
    }
    for (size_t k = from; k < c->ments.n; k++) {
        ment *m = &DY_AT(c->ments, ment, k);
        if (m->role_only && !m->code[0])
            role_country(c, k, from);
        if (m->up && m->code[0] && !c->dis.up[m->up - 1].code[0])
            cp16(c->dis.up[m->up - 1].code, m->code);
        /* a name learnt earlier in the article ("Mbabazi" after "der
         * Oppositionsführer des Landes, Kato Mbabazi"): say so */
        else if (m->up && m->code[0] && !m->role_only && m->person < 0 && c->trace &&
                 !c->atom[m->first]) {
            dy_buf_printf(c->trace, TM_ACTOR_COUNTRY, m->code);
            trace_span(c, m->first, m->last);
            dy_buf_printf(c->trace, TM_ACTOR_COUNTRY_FROM, TM_CTX_PERSON, TM_RC_LEARNT);
        }
    }
}

/* The referent of a singular object clitic M (a language with
 * clitic_articles: « a convoqué l'ambassadeur russe et lui a demandé »):
 * the last actor of the sentence before it that follows a verb (an object
 * or a phrase of an earlier verb, not a clause's opening subject) and does
 * not stand right before it (« … que le Niger l'a attaqué »: that one is
 * the clitic's own subject); NULL if none. */
static const ment *clitic_referent(cctx *c, const ment *m)
{
    if (!c->rules->clitic_articles || !m->obj || !tok_in(c, m->first, c->rules->singular_prons))
        return NULL;
    for (size_t q = c->ments.n; q-- > c->sn.m0;) {
        const ment *p = &DY_AT(c->ments, ment, q);
        /* not after it, nor right before it (its own subject) */
        if (p->last >= m->first || !p->code[0] || p->pron || p->pair || p->adj_only)
            continue;
        /* nor a place the sentence went to or was in (« a fui à Dakar, où
         * le Sénégal lui a accordé l'asile »): a country or a capital in
         * the phrase of "in" or of the destination */
        uint32_t s = np_start(c, p->first, c->sn.first);
        const dy_phrase *pa = c->atom[p->head];
        if (s > c->sn.first && (fwc(c, s - 1) & FW_PREP) &&
            (prep_norm(c, s - 1) == c->id_in || prep_norm(c, s - 1) == c->id_open) && pa &&
            (pa->kind == PK_COUNTRY || pa->kind == PK_METONYM))
            continue;
        bool verb = false;
        for (uint32_t t = c->sn.first; t < p->first && !verb; t++)
            verb = verb_reading(c, t, true);
        if (verb)
            return p;
    }
    return NULL;
}

/* "the three countries": the codes of the last M->groupn countries. */
static int group_codes(cctx *c, const ment *m, char out[][16], int max)
{
    /* "the three countries": the last so many countries named before
     * it (not organisations), each once */
    int n = 0;
    /* (the last subject, when it has that many: "Saudi Arabia, the UAE,
     * Bahrain and Egypt cut ties with Qatar … The four countries …") */
    if (c->dis.n_last_subj == m->groupn && m->groupn <= max) {
        for (int i = 0; i < m->groupn; i++)
            cp16(out[i], c->dis.last_subjs[i]);
        return m->groupn;
    }
    size_t self = (size_t)(m - &DY_AT(c->ments, ment, 0));
    for (size_t q = self; q-- > 0 && n < m->groupn && n < max;) {
        const ment *a = &DY_AT(c->ments, ment, q);
        if (!a->code[0] || a->pair || a->pron || a->adj_only || strlen(a->code) < 3 || !strncmp(a->code, "IGO", 3) ||
            (c->t[a->first].flags & TF_DATELINE))
            continue;
        /* (not a place: "at the summit in Madrid") */
        uint32_t z = np_start(c, a->first, 0);
        while (z > 0 && (fwc(c, z - 1) & FW_ART))
            z--;
        if (z > 0 && (fwc(c, z - 1) & FW_PREP) && prep_norm(c, z - 1) == c->id_in)
            continue;
        bool seen = false;
        for (int i = 0; i < n && !seen; i++)
            seen = !strncmp(out[i], a->code, 3);
        if (seen)
            continue;
        char cc[4] = {a->code[0], a->code[1], a->code[2], 0};
        set_code(out[n++], cc, m->role[0] ? m->role : "GOV");
    }
    return n == m->groupn ? n : 0;
}

/* "the two countries", "beide Länder": the pair's two codes. */
static int pair_codes(cctx *c, const ment *m, char out[][16], int max)
{
    if (max < 2)
        return 0;
    /* "Peru and Chile have quarrelled, but the two countries agreed":
     * a coordinated pair before it in its own sentence is the pair */
    const ment *pa = NULL, *pb = NULL;
    for (size_t q = c->sn.m0; q + 1 < c->ments.n; q++) {
        const ment *a = &DY_AT(c->ments, ment, q), *b = &DY_AT(c->ments, ment, q + 1);
        if (b->last > m->first)
            break;
        if (a->code[0] && b->code[0] && !a->pair && !b->pair && !a->pron && !b->pron &&
            !a->adj_only && !b->adj_only && b->first == a->last + 1 &&
            (fwc(c, a->last) & FW_CONJ) && strncmp(a->code, b->code, 3) &&
            strncmp(a->code, "IGO", 3) && strncmp(b->code, "IGO", 3)) {
            pa = a;
            pb = b;
        }
    }
    if (pa) {
        cp16(out[0], pa->code);
        cp16(out[1], pb->code);
    } else if (c->dis.have_pair) {
        cp16(out[0], c->dis.pair[0]);
        cp16(out[1], c->dis.pair[1]);
    } else {
        /* "Trump declined to side with his agencies over Putin …,
         * after the two leaders met": with no pair reported yet, the
         * first two persons of different countries named before it in
         * its sentence */
        int n = 0;
        for (size_t q = c->sn.m0; q < c->ments.n && n < 2; q++) {
            const ment *a = &DY_AT(c->ments, ment, q);
            if (a->last > m->first)
                break;
            if (!a->code[0] || a->pair || a->pron || a->adj_only || a->person < 0 ||
                !strncmp(a->code, "IGO", 3) ||
                (n == 1 && !strncmp(a->code, out[0], 3)))
                continue;
            cp16(out[n++], a->code);
        }
        if (n < 2)
            return 0;
    }
    /* "the armies of the two countries": each one's role */
    for (int i = 0; i < 2 && m->role[0] && strncmp(out[i], "IGO", 3); i++) {
        char cc[4] = {out[i][0], out[i][1], out[i][2], 0};
        set_code(out[i], cc, m->role);
    }
    return 2;
}

/* Expands a mention into codes (a pair gives two). */
int ment_codes(cctx *c, const ment *m, char out[][16], int max)
{
    if (m->pair && m->groupn >= 3)
        return group_codes(c, m, out, max);
    if (m->pair)
        return pair_codes(c, m, out, max);
    if (m->pron) {
        /* "they", "sie": every code of the last subject ("The United
         * States and the EU said they would …") */
        int n = 0;
        /* "we": the speaker's side, known to the clause (code_clause) */
        if (tok_in(c, m->first, c->rules->speaker_prons))
            return 0;
        /* "he", "she": one of them */
        if (tok_in(c, m->first, c->rules->singular_prons))
            max = max < 1 ? max : 1;
        /* "Trump said he had held a call with Putin and that they had
         * agreed …": "they" after one actor's event with another are the
         * two of them */
        /* « a convoqué l'ambassadeur russe et lui a demandé »: an object
         * clitic takes the actor an earlier verb of the sentence took */
        const ment *ref = clitic_referent(c, m);
        if (ref && max >= 1) {
            cp16(out[0], ref->code);
            return 1;
        }
        /* "spoke to his Armenian and Azerbaijani counterparts and urged
         * them to stop": a plural object pronoun after an event of the
         * sentence with several targets is all of them */
        if (m->obj && tok_in(c, m->first, c->rules->plural_prons) && c->events.n && max >= 2) {
            const dy_event *last = &DY_AT(c->events, dy_event, c->events.n - 1);
            if (last->sent == c->sn.index) {
                for (size_t q = c->events.n; q-- > 0 && n < max;) {
                    const dy_event *e = &DY_AT(c->events, dy_event, q);
                    if (e->sent != c->sn.index || e->pred_span.start != last->pred_span.start ||
                        strcmp(e->source, last->source))
                        break;
                    bool seen = false;
                    for (int i = 0; i < n; i++)
                        seen |= !strcmp(out[i], e->target);
                    if (!seen)
                        cp16(out[n++], e->target);
                }
                if (n >= 2)
                    return n;
                n = 0;
            }
        }
        if (tok_in(c, m->first, c->rules->plural_prons) &&
            c->dis.n_last_subj == 1 && c->sn.ev_src[0] && c->sn.ev_tgt[0] && max >= 2 &&
            (!strcmp(c->dis.last_subjs[0], c->sn.ev_src) || !strcmp(c->dis.last_subjs[0], c->sn.ev_tgt)) &&
            strncmp(c->sn.ev_src, c->sn.ev_tgt, 3)) {
            cp16(out[0], c->sn.ev_src);
            cp16(out[1], c->sn.ev_tgt);
            return 2;
        }
        /* "the Guards shot down a drone, saying it had …", "Trump said it
         * would …": "it" takes up no person and no plural subject */
        /* "… signed a declaration, with Trump hailing it as …": "it" as an
         * object after several subjects is the other side of the
         * sentence's last event ("cut ties with Qatar, accusing it of …"),
         * or a thing */
        if (c->dis.last_subj_num == 1 && tok_in(c, m->first, c->rules->neuter_prons) && m->first > 0 &&
            verb_reading(c, m->first - 1, false) && max >= 1) {
            const dy_event *e = c->events.n ? &DY_AT(c->events, dy_event, c->events.n - 1) : NULL;
            if (!e || e->sent != c->sn.index)
                return 0;
            for (int i = 0; i < c->dis.n_last_subj; i++)
                if (!strncmp(c->dis.last_subjs[i], e->target, 3))
                    return 0;
            cp16(out[0], e->target);
            return 1;
        }
        if (c->dis.last_subj_num && !m->obj && tok_in(c, m->first, c->rules->neuter_prons) &&
            m->last < c->n &&
            ((fwc(c, m->last) & (FW_PASTAUX | FW_FUTURE | FW_PASSIVE | FW_HYPO | FW_MODAL_INTENT |
                                 FW_MODAL_APPEAL | FW_MODAL_SPEC)) ||
             c->nverb[m->last]))
            return 0; /* (a subject: a verb or an auxiliary after it) */
        /* "Trump said they would …": "they" takes up no single person */
        if (c->dis.last_subj_num == 2 && c->dis.n_last_subj == 1 && !m->obj &&
            tok_in(c, m->first, c->rules->plural_prons) && c->rules->neuter_prons)
            return 0;
        for (int i = 0; i < c->dis.n_last_subj && n < max; i++)
            cp16(out[n++], c->dis.last_subjs[i]);
        return n;
    }
    const char *code = m->code;
    if (!code[0] && m->up)
        code = c->dis.up[m->up - 1].code; /* bound later in the article */
    if (!code[0])
        return 0;
    cp16(out[0], code);
    return 1;
}
