/* mentions.c: Mentions: actor atoms composed into actors ("US-Präsident Joe Biden",
 * "der chinesische Diplomat"), pronouns, pairs and unknown persons. */
#include "coder/stages.h"
#include <string.h>
#include <stdlib.h>

static ment *new_ment(cctx *c, uint32_t first, uint32_t last)
{
    ment *m = dy_vec_push(&c->ments);
    if (!m) {
        c->oom = true;
        return NULL;
    }
    m->first = first;
    m->last = last;
    m->person = -1;
    m->group = -1;
    return m;
}

static bool is_gen_kind(int k) { return k == PK_COUNTRY_GEN || k == PK_METONYM_GEN; }

const char *atom_code(cctx *c, const dy_phrase *p)
{
    if (p->kind == PK_PERSON)
        return person_code(c->d, (int)p->ref, c->date);
    if (p->kind == PK_ROLE)
        return NULL;
    return DY_AT(c->d->actors, dy_actor_ent, p->ref).code;
}

/* Skips articles and plain adjectives backwards from I-1: returns the index
 * of the first token of the noun phrase that ends with the token before I. */
uint32_t np_start(cctx *c, uint32_t i, uint32_t lo)
{
    while (i > lo) {
        uint32_t k = i - 1;
        if (fwc(c, k) & (FW_ART | FW_PAIR)) {
            i = k;
            continue;
        }
        /* "mit dem Hongkonger Aktivisten": a country adjective or demonym
         * inside the NP */
        if (c->atom[k] && (c->atom[k]->kind == PK_ADJ || c->atom[k]->kind == PK_DEMONYM) &&
            c->atom[k]->ntok == 1) {
            i = k;
            continue;
        }
        /* lower-case adjectives and numbers inside the NP */
        if ((c->t[k].type == TK_WORD && !(c->t[k].flags & TF_CAP) &&
             !(fwc(c, k) & (FW_PREP | FW_NEG | FW_CONJ | FW_SUBORD | FW_PRON)) &&
             c->nverb[k] == 0) ||
            c->t[k].type == TK_NUM) {
            i = k;
            continue;
        }
        break;
    }
    return i;
}

/* Could token I be part of a name we do not know? Capitalised, and no
 * dictionary or function word. */
static bool name_like(cctx *c, uint32_t i)
{
    const dy_tok *t = &c->t[i];
    return t->type == TK_WORD && (t->flags & TF_CAP) && !(t->flags & TF_DATELINE) &&
           !c->atom[i] && !c->noun[i] && c->nverb[i] == 0 && c->fw[i] == 0 &&
           !(t->flags & TF_ALLCAPS && t->flen > 4);
}

/* The end of the run of unknown-name tokens from I (at most four). */
static uint32_t name_end(cctx *c, uint32_t i, uint32_t e)
{
    uint32_t j = i;
    while (j < e && j < i + 4 && name_like(c, j))
        j++;
    return j;
}

/* The role a state's code takes when the text names none: its own (CHNMIL),
 * else GOV for a state named as such ("China", "Chinas", "chinesisch"),
 * else none. */
static const char *state_role(const char *country, int kind)
{
    if (strlen(country) > 3)
        return country + 3;
    return kind == PK_COUNTRY || kind == PK_COUNTRY_GEN || kind == PK_ADJ ? "GOV" : "";
}

/* The unknown person whose name has the token at I, or 0. */
static int up_find(cctx *c, uint32_t i)
{
    for (int k = c->dis.nup; k-- > 0;)
        for (int j = 0; j < c->dis.up[k].n; j++)
            if (!strcmp(c->dis.up[k].tok[j], c->t[i].fold))
                return k + 1;
    return 0;
}

/* Registers the name [a, b) as an unknown person; returns its index + 1. */
static int up_add(cctx *c, uint32_t a, uint32_t b, const char *code)
{
    int k = up_find(c, a);
    if (k)
        return k;
    if (c->dis.nup >= MAXUP)
        return 0;
    uperson *u = &c->dis.up[c->dis.nup];
    u->n = 0;
    for (uint32_t i = a; i < b && u->n < 4; i++)
        u->tok[u->n++] = c->t[i].fold;
    cp16(u->code, code ? code : "");
    return ++c->dis.nup;
}

/* English "EU trade commissioner", "U.S. special envoy": up to two
 * lower-case modifiers between a country and its role.  Returns the token
 * of the role if one follows them, else J unchanged. */
static uint32_t skip_modifiers(cctx *c, uint32_t j, uint32_t e)
{
    if (c->rules->verb_second)
        return j;
    uint32_t k = j;
    while (k < e && k < j + 2 && !c->atom[k] && c->t[k].type == TK_WORD &&
           !(c->t[k].flags & TF_CAP) && !c->fw[k])
        k++;
    return k < e && c->atom[k] && c->atom[k]->kind == PK_ROLE ? k : j;
}

/* Builds the mentions of sentence [s, e): composition of country, role and
 * person atoms into one actor ("US-Präsident Joe Biden", "der chinesische
 * Diplomat", "Südkoreas Präsident Moon Jae In", "die Pressesprecherin des
 * Weißen Hauses, Jen Psaki", "Staats- und Regierungschefs Australiens,
 * Indiens und Japans"). */
void build_mentions(cctx *c, uint32_t s, uint32_t e)
{
    uint32_t i = s;
    while (i < e && !c->oom) {
        if (c->t[i].flags & TF_DATELINE) {
            i++;
            continue;
        }
        const dy_phrase *p = c->atom[i];
        uint32_t fw = fwc(c, i);
        /* pronouns and "beide Länder" */
        if (!p && (fw & FW_PRON)) {
            ment *m = new_ment(c, i, i + 1);
            if (!m)
                return;
            m->pron = true;
            m->obj = (fw & FW_PRON_OBJ) != 0;
            i++;
            continue;
        }
        /* English "the two countries": "two" is a pair only before a
         * country noun */
        if (!p && (c->fw2[i] & FW2_PAIRNOUN) && i + 1 < e && (fwc(c, i + 1) & FW_COUNTRYNOUN))
            fw |= FW_PAIR;
        if (!p && (fw & FW_PAIR)) {
            uint32_t j = i + 1;
            if (j < e && (fwc(c, j) & FW_COUNTRYNOUN))
                j++;
            ment *m = new_ment(c, i, j);
            if (!m)
                return;
            m->pair = true;
            i = j;
            continue;
        }
        if (!p && (fw & FW_ART) && i + 1 < e && (fwc(c, i + 1) & FW_COUNTRYNOUN) &&
            !strcmp(c->t[i].fold, "die") ) {
            ment *m = new_ment(c, i, i + 2); /* "die Länder" */
            if (!m)
                return;
            m->pair = true;
            i += 2;
            continue;
        }
        if (!p && name_like(c, i)) {
            /* a name we learnt earlier in the article, or one next to a
             * speech verb: "sagte Zhang Hanhui", "Zhang sagte" */
            uint32_t j = name_end(c, i, e);
            int up = up_find(c, i);
            bool speech = (i > s && say_reading(c, i - 1)) || (j < e && say_reading(c, j));
            if (!up && speech && (i > s || (j < e && say_reading(c, j))))
                up = up_add(c, i, j, NULL);
            if (up) {
                ment *m = new_ment(c, i, j);
                if (!m)
                    return;
                m->up = up;
                m->head = i;
                cp16(m->code, c->dis.up[up - 1].code);
                i = j;
                continue;
            }
        }
        if (!p) {
            i++;
            continue;
        }
        /* an actor phrase starts here: compose */
        char country[16] = "", role[16] = "";
        int person = -1;
        bool gen = false, adj_only = false, have_head = false;
        const char *rule = NULL;
        uint32_t j = i, head = i;
        uint32_t pstart = i;
        int kind = p->kind;
        if (kind == PK_ADJ) {
            cp16(country, atom_code(c, p));
            rule = DY_AT(c->d->actors, dy_actor_ent, p->ref).rule;
            j = i + p->ntok;
            /* chinesisch-russische: a second adjective after a hyphen makes
             * a compound modifier; record both as adjective mentions */
            if (j + 1 < e && c->t[j].type == TK_HYPHEN && c->atom[j + 1] &&
                c->atom[j + 1]->kind == PK_ADJ) {
                ment *m = new_ment(c, i, j);
                if (!m)
                    return;
                set_code(m->code, country, state_role(country, kind));
                m->adj_only = true;
                m->rule = rule;
                m->head = i;
                m->compound_next = true;
                i = j + 1;
                continue;
            }
            /* English "Russian-backed separatists", "Saudi-led coalition":
             * the adjective names who backs or leads, not whose they are */
            if (!c->rules->verb_second && j + 1 < e && c->t[j].type == TK_HYPHEN &&
                c->t[j + 1].type == TK_WORD && !(c->t[j + 1].flags & (TF_CAP | TF_SPACE)) &&
                c->t[j + 1].flen > 3 && !strcmp(c->t[j + 1].fold + c->t[j + 1].flen - 2, "ed")) {
                ment *m = new_ment(c, i, j);
                if (!m)
                    return;
                set_code(m->code, country, state_role(country, kind));
                m->adj_only = true;
                m->rule = rule;
                m->head = i;
                i = j + 2;
                continue;
            }
            if (j < e && c->atom[j] && c->atom[j]->kind == PK_ROLE) {
                snprintf(role, sizeof role, "%s",
                         DY_AT(c->d->roles, dy_actor_ent, c->atom[j]->ref).code);
                head = j;
                j += c->atom[j]->ntok;
                have_head = true;
            } else if (j < e && c->atom[j] && c->atom[j]->kind == PK_DEMONYM) {
                head = j;
                j += c->atom[j]->ntok;
                have_head = true;
            } else {
                adj_only = true;
                /* an adjective before any capitalised noun names that
                 * country's thing: "südkoreanischen Boden", "die deutschen
                 * Grenzkontrollen" */
                /* English "the Chinese city of Wuhan", "Chinese apps": the
                 * noun after a country adjective is lower case */
                if (j < e && c->t[j].type == TK_WORD &&
                    ((c->t[j].flags & TF_CAP) ||
                     (!c->rules->verb_second && !c->fw[j] && c->nverb[j] == 0)) &&
                    !c->noun[j] && !c->atom[j]) {
                    head = j;
                    j++;
                    adj_only = false;
                }
            }
        } else if (kind == PK_ROLE) {
            /* English "the Jenin refugee camp", "a military hospital": a role
             * noun naming a place of others is no actor (a police station or
             * an army base stands for its force, and stays) */
            if (!c->rules->verb_second && i + p->ntok < e) {
                static const char *const places[] = {"camp", "camps", "hospital", "hospitals",
                                                     "airport", "airports", NULL};
                uint32_t nx = i + p->ntok;
                bool place = false;
                for (int q = 0; places[q] && !place; q++)
                    place = tok_eq(c, nx, places[q]);
                if (place) {
                    i = nx;
                    continue;
                }
            }
            snprintf(role, sizeof role, "%s",
                     DY_AT(c->d->roles, dy_actor_ent, p->ref).code);
            rule = DY_AT(c->d->roles, dy_actor_ent, p->ref).rule;
            j = i + p->ntok;
            have_head = true;
        } else if (kind == PK_PERSON) {
            person = (int)p->ref;
            cp16(country, atom_code(c, p));
            if (i + p->ntok < e && poss_s(c, i + p->ntok))
                gen = true; /* "Biden's visit" */
            /* "Kim Jong Un … Kim": the parts of a full name stand for the
             * person later in the article */
            if (p->ntok >= 2)
                up_add(c, i, i + p->ntok, country);
            rule = DY_AT(c->d->people, dy_person, p->ref).rule;
            j = i + p->ntok + (gen ? 1 : 0);
            have_head = true;
        } else {
            /* country, metonym, title, org, demonym */
            /* English "the Paris agreement", "the Minsk talks", "the
             * Beijing Olympics": a city before an event noun names the
             * event, it is no actor */
            if (kind == PK_METONYM && !c->rules->verb_second && i + p->ntok < e &&
                c->noun[i + p->ntok] && !(c->t[i + p->ntok].flags & TF_CAP)) {
                i += p->ntok;
                continue;
            }
            cp16(country, atom_code(c, p));
            rule = DY_AT(c->d->actors, dy_actor_ent, p->ref).rule;
            j = i + p->ntok;
            gen = is_gen_kind(kind);
            /* English "China's", "Russia’s" */
            if (j < e && poss_s(c, j)) {
                gen = true;
                j++;
            }
            have_head = true;
            if (kind == PK_DEMONYM && strlen(country) == 3)
                snprintf(role, sizeof role, "CVL");
            /* US-Präsident, EU-Kommission */
            if (j + 1 < e && c->t[j].type == TK_HYPHEN && !(c->t[j + 1].flags & TF_SPACE)) {
                const dy_phrase *q = c->atom[j + 1];
                if (q && q->kind == PK_ROLE) {
                    snprintf(role, sizeof role, "%s",
                             DY_AT(c->d->roles, dy_actor_ent, q->ref).code);
                    head = j + 1;
                    j = j + 1 + q->ntok;
                    gen = false;
                } else {
                    /* "Ukraine-Konflikt", "China-Besuch": a modifier of the
                     * compound; an event noun takes it as its target */
                    ment *m = new_ment(c, i, j);
                    if (!m)
                        return;
                    set_code(m->code, country, state_role(country, kind));
                    m->adj_only = true;
                    m->compound_noun = true;
                    m->rule = rule;
                    m->head = i;
                    i = j + 1;
                    continue;
                }
            } else if ((gen || (!c->rules->verb_second && (kind == PK_COUNTRY ||
                                                            kind == PK_ORG))) &&
                       (j = skip_modifiers(c, j, e)) < e && c->atom[j] &&
                       c->atom[j]->kind == PK_ROLE) {
                /* Südkoreas Präsident; English "U.S. President", "EU foreign
                 * policy chief" */
                snprintf(role, sizeof role, "%s",
                         DY_AT(c->d->roles, dy_actor_ent, c->atom[j]->ref).code);
                head = j;
                j += c->atom[j]->ntok;
                gen = false;
            }
        }
        /* role + person name: "Präsident Wladimir Putin" */
        if (have_head && person < 0 && j < e && c->atom[j] && c->atom[j]->kind == PK_PERSON) {
            person = (int)c->atom[j]->ref;
            if (!c->rules->verb_second)
                gen = false; /* "Hungary's Orban": the person, not a possessor */
            if (c->atom[j]->ntok >= 2)
                up_add(c, j, j + c->atom[j]->ntok, person_code(c->d, person, c->date));
            head = j;
            j += c->atom[j]->ntok;
        }
        /* English "Brazil's Lula offered …": a possessive country before an
         * unknown name is that person's country */
        if (!c->rules->verb_second && gen && !role[0] && person < 0 && kind == PK_COUNTRY &&
            j < e && c->t[j].type == TK_WORD && (c->t[j].flags & TF_CAP) && !c->atom[j] &&
            !c->fw[j] && !c->noun[j] && c->nverb[j] == 0) {
            uint32_t q = j + 1;
            if (q < e && c->t[q].type == TK_WORD && (c->t[q].flags & TF_CAP) && !c->atom[q] &&
                !c->fw[q] && !c->noun[q] && c->nverb[q] == 0)
                q++;
            /* the name ends the phrase: a verb, punctuation or a function
             * word follows ("Iran's Revolutionary Guards" is an org) */
            if (q >= e || c->t[q].type != TK_WORD || c->nverb[q] || c->fw[q]) {
                up_add(c, j, q, country);
                head = j;
                j = q;
                gen = false;
            }
        }
        /* role + genitive country or institution: "Präsidenten Polens",
         * "Pressesprecherin des Weißen Hauses", "Regierungschefs
         * Australiens, Indiens und Japans" (a list: one mention each) */
        if (role[0] && !country[0] && person < 0 && j < e) {
            uint32_t k = j;
            /* English "King Abdullah of Jordan", "President Ruto of Kenya":
             * a name between the role and its country */
            if (!c->rules->verb_second) {
                uint32_t q = k;
                while (q < e && q < j + 3 && c->t[q].type == TK_WORD && (c->t[q].flags & TF_CAP) &&
                       !c->atom[q] && !c->fw[q])
                    q++;
                if (q > k && q + 1 < e && tok_eq(c, q, "of"))
                    k = q;
            }
            /* English "the foreign minister of China" */
            if (!c->rules->verb_second && k + 1 < e && tok_eq(c, k, "of"))
                k++;
            if (k < e && (fwc(c, k) & (FW_ART)) && !(fwc(c, k) & FW_OBJART))
                k++;
            /* English "regions of eastern Ukraine" */
            if (!c->rules->verb_second && k + 1 < e && k > j &&
                (tok_eq(c, k, "eastern") || tok_eq(c, k, "western") ||
                 tok_eq(c, k, "northern") || tok_eq(c, k, "southern") ||
                 tok_eq(c, k, "central")))
                k++;
            /* adjectives: "der baltischen Staaten" */
            if (k < e && c->atom[k] && (is_gen_kind(c->atom[k]->kind) ||
                                       (c->atom[k]->kind == PK_ORG && k > j) ||
                                       (c->atom[k]->kind == PK_METONYM && k > j) ||
                                       (c->atom[k]->kind == PK_COUNTRY && k > j) ||
                                       (c->atom[k]->kind == PK_TITLE && k > j))) {
                /* first genitive: this mention */
                cp16(country, atom_code(c, c->atom[k]));
                uint32_t next = k + c->atom[k]->ntok;
                ment *m = new_ment(c, pstart, next);
                if (!m)
                    return;
                set_code(m->code, country, role);
                m->rule = rule;
                m->head = head;
                m->role_list = true;
                /* further genitives in a list share the role */
                uint32_t q = next;
                while (q + 1 < e && (is_punct(c, q, ",") || (fwc(c, q) & FW_CONJ))) {
                    uint32_t r = q + 1;
                    if (r < e && (fwc(c, r) & FW_ART) && !(fwc(c, r) & FW_OBJART))
                        r++;
                    /* English "the leaders of the United States, Japan and
                     * South Korea": plain country names in the list */
                    if (r < e && c->atom[r] &&
                        (is_gen_kind(c->atom[r]->kind) ||
                         (!c->rules->verb_second && (c->atom[r]->kind == PK_COUNTRY ||
                                                      c->atom[r]->kind == PK_METONYM)))) {
                        ment *m2 = new_ment(c, r, r + c->atom[r]->ntok);
                        if (!m2)
                            return;
                        set_code(m2->code, atom_code(c, c->atom[r]), role);
                        m2->rule = DY_AT(c->d->actors, dy_actor_ent, c->atom[r]->ref).rule;
                        m2->head = r;
                        m2->role_list = true;
                        q = r + c->atom[r]->ntok;
                    } else if (r + 1 < e && c->atom[r] && c->atom[r]->kind == PK_ADJ &&
                               (fwc(c, r + 1) & FW_COUNTRYNOUN)) {
                        /* "und der baltischen Staaten": a region, skip */
                        q = r + 2;
                    } else {
                        break;
                    }
                }
                /* an apposition with the person's name: ", Jen Psaki," */
                if (q + 1 < e && is_punct(c, q, ",") && c->atom[q + 1] &&
                    c->atom[q + 1]->kind == PK_PERSON) {
                    m->last = q + 1 + c->atom[q + 1]->ntok;
                    q = m->last;
                }
                i = q;
                continue;
            }
        }
        /* a role followed by a name we do not know: the name is learnt
         * with the role's code ("Verteidigungsminister Awad Ibn Auf") */
        int up = 0;
        if (role[0] && person < 0 && j < e && name_like(c, j)) {
            uint32_t q = name_end(c, j, e);
            up = up_add(c, j, q, NULL);
            j = q;
        }
        ment *m = new_ment(c, pstart, j);
        if (!m)
            return;
        m->up = up;
        m->rule = rule;
        m->head = head;
        m->gen = gen;
        m->adj_only = adj_only;
        if (person >= 0 && !strncmp(country, "IGO", 3) && kind != PK_PERSON) {
            /* "der AU-Gesandte Olusegun Obasanjo" speaks for the AU */
            m->person = person;
            cp16(m->code, country);
        } else if (person >= 0) {
            m->person = person;
            cp16(m->code, person_code(c->d, person, c->date));
            if (role[0] && strlen(m->code) == 3) {
                char tmp[16];
                set_code(tmp, m->code, role);
                cp16(m->code, tmp);
            }
        } else if (country[0]) {
            /* a state named as an actor ("China kritisierte …", "the
             * United States lifted sanctions") is its government: the
             * convention of the gold standard and of CAMEO practice */
            set_code(m->code, country, role[0] ? role : state_role(country, kind));
        } else if (role[0]) {
            m->role_only = true;
            cp16(m->role, role);
            m->diplo = (fwc(c, head) & FW_DIPLO) != 0;
        }
        i = j > i ? j : i + 1;
    }
}
