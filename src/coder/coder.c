/* coder.c: article -> events.
 *
 *   text ──► tokens ──► sentences ──► per sentence:
 *              atoms (dictionary matches) ──► actor mentions ──► groups
 *              clauses (cut at , ; : and conjunctions before a verb)
 *              per clause: predicate, mood, subject/objects, target slot
 *              ──► events (with the discourse state of the article)
 *
 * The language-specific words come from lang.h tables; the morphology from
 * de.c.  All per-document memory lives in one arena.
 */
#include "coder/coder.h"
#include <string.h>
#include <stdlib.h>

/* The names of the grammar's own rules, for an event's provenance. */
#define RULE_APPEAL "grammar:reported-appeal"
#define RULE_ACCUSE "grammar:reported-accusation"
#define RULE_VISIT "grammar:visit-from-dateline"

/* ------------------------------------------------------------ utilities */

/* Copies a code into a 16-byte field (cut at 15 bytes).  The coder copies
 * codes often; snprintf("%s") was a measurable share of the run. */
static inline void cp16(char dst[16], const char *src)
{
    size_t n = strnlen(src, 15);
    memmove(dst, src, n);
    dst[n] = 0;
}

static uint32_t fwc(const cctx *c, uint32_t i)
{
    return c->fw[i];
}

static bool tok_eq(const cctx *c, uint32_t i, const char *s)
{
    return !strcmp(c->t[i].fold, s);
}

static bool is_punct(const cctx *c, uint32_t i, const char *s)
{
    return (c->t[i].type == TK_PUNCT || c->t[i].type == TK_HYPHEN) && tok_eq(c, i, s);
}

static uint32_t prep_norm(const cctx *c, uint32_t i)
{
    return c->prep[i];
}

/* Does predicate P take a slot SLOT (a preposition, SLOT_OBJ ...)? */
static bool pred_has_slot(const dy_pred *p, uint32_t slot)
{
    for (int s = 0; s < p->nslots; s++)
        if (p->slots[s] == slot)
            return true;
    return false;
}

static const char *person_code(const dy_dict *d, int p, int32_t date)
{
    const dy_person *ps = &DY_AT(d->people, dy_person, p);
    for (uint32_t k = 0; k < ps->n_office; k++) {
        const dy_office *o = &DY_AT(d->offices, dy_office, ps->first_office + k);
        if (date >= o->from && date <= o->to)
            return o->code;
    }
    return ps->dflt;
}

static void set_code(char dst[16], const char *country, const char *role)
{
    /* country + role, without doubling an existing role: CHNGOV + MIL ->
     * CHNMIL; IGO codes are kept whole */
    char base[16];
    cp16(base, country);
    if (!strncmp(base, "IGO", 3) || !strncmp(base, "NGO", 3)) {
        cp16(dst, base);
        return;
    }
    if (strlen(base) > 3)
        base[3] = 0;
    snprintf(dst, 16, "%s%s", base, role ? role : "");
}

/* ------------------------------------------------------------ atoms */

static bool actor_kind(int k)
{
    return k == PK_COUNTRY || k == PK_COUNTRY_GEN || k == PK_ADJ ||
           k == PK_DEMONYM || k == PK_METONYM || k == PK_METONYM_GEN ||
           k == PK_TITLE || k == PK_ORG || k == PK_ROLE || k == PK_PERSON;
}

/* A phrase of this document's language (or of all), and an all-capital
 * short form only on all-capital text ("US", not "us"). */
static bool phrase_ok(const cctx *c, const dy_phrase *p, uint32_t i)
{
    if (p->lang && p->lang != c->lang1)
        return false;
    return !p->caps || (c->t[i].flags & TF_ALLCAPS);
}

/* Longest dictionary phrase of an actor kind at token I (within [I, END)). */
static const dy_phrase *match_actor(cctx *c, uint32_t i, uint32_t end)
{
    size_t n;
    const dy_phrase *ph = dy_dict_phrases(c->d, c->t[i].id, &n);
    for (size_t k = 0; k < n; k++) {
        const dy_phrase *p = &ph[k];
        if (!actor_kind(p->kind) || i + p->ntok > end || !phrase_ok(c, p, i))
            continue;
        const uint32_t *ids = dy_phrase_toks(c->d, p);
        bool ok = true;
        for (uint32_t j = 1; j < p->ntok && ok; j++)
            ok = c->t[i + j].id == ids[j];
        if (!ok)
            continue;
        /* a lower-case word is never a name or a role (German nouns and
         * names are capitalised): "die" is not DIE, "sie" not a role */
        if (c->rules->verb_second && p->kind != PK_ADJ &&
            !(c->t[i].flags & TF_CAP))
            continue;
        /* German adjectives are lower case; a capitalised one starts a
         * sentence or is a demonym-like noun: allow both */
        return p;
    }
    return NULL;
}

/* Verb and noun readings at I: verbs[] gets single-token verb phrases. */
static void match_preds(cctx *c, uint32_t i, uint32_t end)
{
    size_t n;
    const dy_phrase *ph = dy_dict_phrases(c->d, c->t[i].id, &n);
    c->nverb[i] = 0;
    c->noun[i] = NULL;
    bool cap = c->t[i].flags & TF_CAP;
    bool initial = i == c->s_first;
    /* English "the attack", "a visit": after an article a word that is
     * also a noun is the noun; so after a lower-case modifier ("all
     * sanctions", "regular talks"), except adverbs ("formally labeled") */
    bool after_art = false;
    if (!c->rules->verb_second && i > c->s_first) {
        bool noun_possible = false;
        for (size_t k = 0; k < n && !noun_possible; k++)
            noun_possible = ph[k].kind == PK_NOUN && phrase_ok(c, &ph[k], i);
        const dy_tok *q = &c->t[i - 1];
        /* "Chinese ships", "South Korean strikes": after a country
         * adjective a word is a noun */
        bool after_adj = false;
        for (uint32_t j = i > c->s_first + 3 ? i - 3 : c->s_first; j < i && !after_adj; j++)
            after_adj = c->atom[j] && c->atom[j]->kind == PK_ADJ && j + c->atom[j]->ntok == i;
        after_art = after_adj || (c->fw[i - 1] & FW_ART) ||
                    /* "respond with sanctions": after a preposition */
                    ((c->fw[i - 1] & FW_PREP) && !(c->fw[i - 1] & FW_ZU) &&
                     (c->t[i - 1].flags & TF_SPACE) && i > c->atom_end) ||
                    (noun_possible && q->type == TK_WORD && !(q->flags & TF_CAP) &&
                     !c->fw[i - 1] && !c->fw2[i - 1] && c->nverb[i - 1] == 0 &&
                     i > c->atom_end && !(q->flen > 2 && !strcmp(q->fold + q->flen - 2, "ly")));
    }
    for (size_t k = 0; k < n; k++) {
        const dy_phrase *p = &ph[k];
        if (i + p->ntok > end || !phrase_ok(c, p, i))
            continue;
        const uint32_t *ids = dy_phrase_toks(c->d, p);
        bool ok = true;
        for (uint32_t j = 1; j < p->ntok && ok; j++)
            ok = c->t[i + j].id == ids[j];
        if (!ok)
            continue;
        if (p->kind == PK_VERB && (!cap || initial || !c->rules->verb_second) && !after_art) {
            if (c->nverb[i] < MAXV)
                c->verb[i][c->nverb[i]++] = p;
        } else if (p->kind == PK_NOUN && !c->noun[i] &&
                   ((c->t[i + p->ntok - 1].flags & TF_CAP) || !c->rules->verb_second) &&
                   /* English "to strike", "will attack", "they visit": a verb */
                   !(!c->rules->verb_second && i > c->s_first &&
                     (c->fw[i - 1] & (FW_ZU | FW_FUTURE | FW_MODAL_APPEAL | FW_MODAL_SPEC |
                                      FW_PRON)) &&
                     !(c->fw[i - 1] & FW_ART))) {
            c->noun[i] = p;
        }
    }
}

/* ------------------------------------------------------------ mentions */

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

static const char *atom_code(cctx *c, const dy_phrase *p)
{
    if (p->kind == PK_PERSON)
        return person_code(c->d, (int)p->ref, c->date);
    if (p->kind == PK_ROLE)
        return NULL;
    return DY_AT(c->d->actors, dy_actor_ent, p->ref).code;
}

/* Skips articles and plain adjectives backwards from I-1: returns the index
 * of the first token of the noun phrase that ends with the token before I. */
static uint32_t np_start(cctx *c, uint32_t i, uint32_t lo)
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

/* Is token I the English possessive "'s" (or "’s")? */
static bool poss_s(cctx *c, uint32_t i)
{
    return tok_eq(c, i, "'s") || tok_eq(c, i, "\xe2\x80\x99s");
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

static bool say_reading(cctx *c, uint32_t i)
{
    for (int v = 0; v < c->nverb[i]; v++)
        if (DY_AT(c->d->preds, dy_pred, c->verb[i][v]->ref).flags & VFL_SAY)
            return true;
    return false;
}

/* The unknown person whose name has the token at I, or 0. */
static int up_find(cctx *c, uint32_t i)
{
    for (int k = c->nup; k-- > 0;)
        for (int j = 0; j < c->up[k].n; j++)
            if (!strcmp(c->up[k].tok[j], c->t[i].fold))
                return k + 1;
    return 0;
}

/* Registers the name [a, b) as an unknown person; returns its index + 1. */
static int up_add(cctx *c, uint32_t a, uint32_t b, const char *code)
{
    int k = up_find(c, a);
    if (k)
        return k;
    if (c->nup >= MAXUP)
        return 0;
    uperson *u = &c->up[c->nup];
    u->n = 0;
    for (uint32_t i = a; i < b && u->n < 4; i++)
        u->tok[u->n++] = c->t[i].fold;
    cp16(u->code, code ? code : "");
    return ++c->nup;
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
static void build_mentions(cctx *c, uint32_t s, uint32_t e)
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
                cp16(m->code, c->up[up - 1].code);
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

/* ------------------------------------------------------------ resolution */

static void remember_pair(cctx *c, const char *a, const char *b)
{
    if (!a[0] || !b[0] || !strncmp(a, b, 3))
        return;
    cp16(c->pair[0], a);
    cp16(c->pair[1], b);
    c->have_pair = true;
}

/* Notes a country code in the discourse: the last two distinct countries
 * form "the pair" that "beide Länder" refers to. */
static void note_country(cctx *c, const char *code)
{
    if (!code[0] || !strncmp(code, "IGO", 3))
        return;
    /* events and coordinations name the pair; mere mentions only until then */
    if (!c->have_pair && c->last_country[0] && strncmp(c->last_country, code, 3))
        remember_pair(c, c->last_country, code);
    cp16(c->last_country, code);
}

/* Resolves role-only mentions and pronouns of the sentence. */
static void resolve_mentions(cctx *c, size_t from)
{
    /* English "Indian and Pakistani officials", "U.S. and Iranian
     * negotiators": adjectives coordinated before one role noun share it */
    for (size_t k = from; k + 1 < c->ments.n && !c->rules->verb_second; k++) {
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
        if (m->role_only && !m->code[0]) {
            /* "das Militär im Sudan", "Aktivisten aus Hongkong" */
            uint32_t j = m->last;
            if (j + 1 < c->s_last && (fwc(c, j) & FW_PREP)) {
                uint32_t pn = prep_norm(c, j);
                bool loc = pn == c->id_in || pn == c->id_aus;
                if (loc && (!m->diplo || pn == c->id_aus)) {
                    uint32_t q = j + 1;
                    if (q < c->s_last && (fwc(c, q) & FW_ART))
                        q++;
                    const dy_phrase *a = q < c->s_last ? c->atom[q] : NULL;
                    if (a && (a->kind == PK_COUNTRY || a->kind == PK_METONYM)) {
                        set_code(m->code, atom_code(c, a), m->role);
                        m->absorbed_to = q + a->ntok;
                    }
                }
            }
            /* English "the country's military junta": the country named
             * last before it */
            if (!m->code[0] && !c->rules->verb_second && m->first >= 3 &&
                poss_s(c, m->first - 1) && tok_eq(c, m->first - 2, "country") &&
                (fwc(c, m->first - 3) & FW_ART)) {
                for (size_t q = k; !m->code[0] && q-- > 0;) {
                    const ment *p = &DY_AT(c->ments, ment, q);
                    if (p->code[0] && strncmp(p->code, "IGO", 3) && strlen(p->code) >= 3 &&
                        !p->pron && !p->pair && p->last <= m->first)
                        set_code(m->code, (char[4]){p->code[0], p->code[1], p->code[2], 0},
                                 m->role);
                }
            }
            /* English "Ukraine's Azov battalion": a possessive country
             * before a named unit is its country */
            if (!m->code[0] && k > from && !c->rules->verb_second) {
                const ment *p = &DY_AT(c->ments, ment, k - 1);
                bool named = p->gen && p->code[0] && strncmp(p->code, "IGO", 3) &&
                             p->last < m->first + 1;
                for (uint32_t q = p->last; named && q < m->first; q++)
                    named = (c->t[q].type == TK_WORD && (c->t[q].flags & TF_CAP) && !c->fw[q]) ||
                            (c->t[q].type == TK_PUNCT && poss_s(c, q));
                if (named)
                    set_code(m->code, p->code, m->role);
            }
            /* "die äthiopische Regierung und die Rebellen": a coordinated
             * partner names the country of a bare role */
            if (!m->code[0] && k > from) {
                ment *p = &DY_AT(c->ments, ment, k - 1);
                bool link = p->code[0] && strncmp(p->code, "IGO", 3) && p->last < m->first;
                bool conj = false;
                for (uint32_t q = p->last; link && q < m->first; q++) {
                    link = (fwc(c, q) & (FW_CONJ | FW_ART)) || is_punct(c, q, ",");
                    conj |= (fwc(c, q) & FW_CONJ) != 0;
                }
                link = link && conj;
                if (link)
                    set_code(m->code, p->code, m->role);
            }
            /* "Die Hamas hat Israel angegriffen. Hunderte Kämpfer drangen
             * ein": a bare role takes up the last actor with that role */
            for (size_t q = k; !m->code[0] && q-- > 0;) {
                const ment *p = &DY_AT(c->ments, ment, q);
                size_t pl = strlen(p->code);
                if (pl == 6 && !strcmp(p->code + 3, m->role) && strncmp(p->code, "IGO", 3))
                    cp16(m->code, p->code);
                if (k - q > 40)
                    break;
            }
            if (!m->code[0] && !m->diplo && c->home[0])
                set_code(m->code, c->home, m->role);
            /* no dateline: "Myanmar police opened fire on protesters" — the
             * country named before it in the sentence */
            for (size_t q = k; !m->code[0] && q-- > from;) {
                const ment *p = &DY_AT(c->ments, ment, q);
                if (p->code[0] && strncmp(p->code, "IGO", 3) && strlen(p->code) >= 3 &&
                    !m->diplo)
                    set_code(m->code, p->code, m->role);
            }
        }
        if (m->up && m->code[0] && !c->up[m->up - 1].code[0])
            cp16(c->up[m->up - 1].code, m->code);
    }
}

/* ------------------------------------------------------------ clauses */

/* Expands a mention into codes (a pair gives two). */
static int ment_codes(cctx *c, const ment *m, char out[][16], int max)
{
    if (m->pair) {
        if (!c->have_pair || max < 2)
            return 0;
        cp16(out[0], c->pair[0]);
        cp16(out[1], c->pair[1]);
        return 2;
    }
    if (m->pron) {
        /* "they", "sie": every code of the last subject ("The United
         * States and the EU said they would …") */
        int n = 0;
        const char *w = c->t[m->first].fold;
        /* "we": the speaker's side, known to the clause (code_clause) */
        if (!c->rules->verb_second && !strcmp(w, "we"))
            return 0;
        /* "he", "she": one of them */
        if (!c->rules->verb_second && (!strcmp(w, "he") || !strcmp(w, "she") ||
                                       !strcmp(w, "him") || !strcmp(w, "her")))
            max = max < 1 ? max : 1;
        /* "Trump said he had held a call with Putin and that they had
         * agreed …": "they" after one actor's event with another are the
         * two of them */
        if (!c->rules->verb_second && (!strcmp(w, "they") || !strcmp(w, "them")) &&
            c->n_last_subj == 1 && c->ev_src[0] && c->ev_tgt[0] && max >= 2 &&
            (!strcmp(c->last_subjs[0], c->ev_src) || !strcmp(c->last_subjs[0], c->ev_tgt)) &&
            strncmp(c->ev_src, c->ev_tgt, 3)) {
            cp16(out[0], c->ev_src);
            cp16(out[1], c->ev_tgt);
            return 2;
        }
        for (int i = 0; i < c->n_last_subj && n < max; i++)
            cp16(out[n++], c->last_subjs[i]);
        return n;
    }
    const char *code = m->code;
    if (!code[0] && m->up)
        code = c->up[m->up - 1].code; /* bound later in the article */
    if (!code[0])
        return 0;
    cp16(out[0], code);
    return 1;
}

enum { CL_MAIN = 0, CL_SUB, CL_REL, CL_ZU, CL_IF, CL_OB, CL_SAY };

typedef struct clause {
    uint32_t a, b;          /* tokens [a, b) */
    int kind;
    bool inherit;           /* "… und versucht": subject of the clause before */
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
    bool say;
    char subj[16];
    char subjs[8][16];      /* every code of the subject ("die Länder") */
    int nsubj;
    bool demanded;          /* the content of a demand: not coded itself */
    bool emitted;           /* code_clause produced an event */
    int subj_m;             /* mention index of the subject, or -1 */
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

static bool in_mention(cctx *c, size_t m0, uint32_t tok)
{
    for (size_t k = m0; k < c->ments.n; k++) {
        ment *m = &DY_AT(c->ments, ment, k);
        if (tok >= m->first && tok < m->last)
            return true;
    }
    return false;
}

static const ment *mention_at(cctx *c, size_t m0, uint32_t tok)
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
static bool in_name(cctx *c, size_t m0, uint32_t tok)
{
    for (size_t k = m0; k < c->ments.n; k++) {
        ment *m = &DY_AT(c->ments, ment, k);
        if (tok >= m->first && tok < m->last && (m->person >= 0 || m->up))
            return true;
    }
    return false;
}

/* Is the comma at I inside a list of actors ("Australiens, Indiens und
 * Japans") or an apposition that belongs to the mention before it? */
static bool list_comma(cctx *c, size_t m0, uint32_t i)
{
    if (in_mention(c, m0, i))
        return true;
    uint32_t j = i + 1;
    while (j < c->s_last && (fwc(c, j) & FW_ART))
        j++;
    const ment *m = mention_at(c, m0, j);
    if (!m || i == 0)
        return false;
    /* the token before the comma must end a mention */
    bool before = false;
    for (size_t k = m0; k < c->ments.n; k++)
        if (DY_AT(c->ments, ment, k).last == i)
            before = true;
    if (!before)
        return false;
    uint32_t after = m->last;
    return after < c->s_last && (is_punct(c, after, ",") || (fwc(c, after) & FW_CONJ));
}

/* Has token I a verb reading of form VF (English "travel" is finite and
 * infinitive at once)? */
static bool has_vform(cctx *c, uint32_t i, int vf)
{
    for (int v = 0; v < c->nverb[i]; v++)
        if (c->verb[i][v]->vform == vf)
            return true;
    return false;
}

static bool verb_reading(cctx *c, uint32_t i, bool finite)
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

/* Has [a, b) a verb, one we know or one that looks like a past form we do
 * not (German -te/-ten, English -ed: "the summit ended after …")? */
static bool has_verb(cctx *c, uint32_t a, uint32_t b)
{
    for (uint32_t i = a; i < b; i++) {
        if (verb_reading(c, i, false))
            return true;
        const dy_tok *t = &c->t[i];
        if (t->type != TK_WORD || (t->flags & TF_CAP) || t->flen <= 3)
            continue;
        const char *f = t->fold + t->flen;
        if (c->rules->verb_second ? (!strcmp(f - 2, "te") || !strcmp(f - 3, "ten"))
                                  : !strcmp(f - 2, "ed"))
            return true;
    }
    return false;
}

static int first_word(cctx *c, uint32_t a, uint32_t b)
{
    for (uint32_t i = a; i < b; i++)
        if (c->t[i].type == TK_WORD || c->t[i].type == TK_NUM)
            return (int)i;
    return -1;
}

/* The first mention starting in [a, a + n) within clause K (a phrase's
 * actor after its preposition, article and adjectives), or NULL. */
static const ment *mention_near(cctx *c, size_t m0, const clause *k, uint32_t a, uint32_t n)
{
    const ment *m = NULL;
    for (uint32_t z = a; z < k->b && z < a + n && !m; z++)
        m = mention_at(c, m0, z);
    return m;
}

/* The actor named in the noun phrase that starts at A, adjectives included:
 * "on 2.8 billion euros of U.S. goods", "of detained Saudi activists".  The
 * phrase ends at punctuation, a verb or a preposition other than "of". */
static const ment *slot_mention(cctx *c, size_t m0, const clause *k, uint32_t a, bool anyprep)
{
    for (uint32_t z = a; z < k->b && z < a + 8; z++) {
        const ment *m = mention_at(c, m0, z);
        if (m)
            return m;
        if (c->t[z].type == TK_PUNCT || (c->nverb[z] && !(c->t[z].flags & TF_CAP) && z > a) ||
            ((fwc(c, z) & FW_PREP) && !tok_eq(c, z, "of") && !anyprep) ||
            (fwc(c, z) & (FW_CONJ | FW_SUBORD | FW_REL)))
            return NULL;
    }
    return NULL;
}

/* Is there an actor mention starting in [a, b)? */
static bool mention_at_or_after(cctx *c, size_t m0, uint32_t a, uint32_t b)
{
    for (uint32_t i = a; i < b; i++)
        if (mention_at(c, m0, i))
            return true;
    return false;
}

/* Is the clause verb-final: does its first finite verb stand in its last
 * two words ("die sie gemacht haben", "mit dem der Kreml … vorgeht")?  "die
 * Länder würden … zusammenarbeiten" has the finite verb second. */
static bool last_word_is_verb(cctx *c, const clause *k)
{
    uint32_t i = k->b;
    while (i > k->a && c->t[i - 1].type != TK_WORD)
        i--;
    /* the last word is a verb we know, or a lower-case word after other
     * words: German verbs we lack in the lexicon ("…, das … vorsieht") */
    if (i <= k->a || !(verb_reading(c, i - 1, false) ||
                       (c->rules->verb_second && !(c->t[i - 1].flags & TF_CAP) &&
                        !c->fw[i - 1] && i - 1 > k->a + 1)))
        return false;
    uint32_t w = first_word(c, k->a, k->b) >= 0 ? (uint32_t)first_word(c, k->a, k->b) : k->a;
    for (uint32_t j = w + 1; j + 2 < i; j++)
        if (verb_reading(c, j, true) && c->t[j].type == TK_WORD && !(c->t[j].flags & TF_CAP))
            return false;
    return true;
}

/* An infinitive clause: a zu-infinitive and no finite verb ("…, die
 * Beziehungen zu stärken", "…, zusammenzuarbeiten"). */
static bool zu_clause(cctx *c, const clause *k)
{
    bool zu = false, fin = false;
    for (uint32_t i = k->a; i < k->b; i++) {
        for (int v = 0; v < c->nverb[i]; v++) {
            int f = c->verb[i][v]->vform;
            if (f == VF_ZUINF || (f == VF_INF && i > 0 && (fwc(c, i - 1) & FW_ZU)))
                zu = true;
            if ((f == VF_FIN || f == VF_FIN_SEP) && !(i > 0 && (fwc(c, i - 1) & FW_ZU)) &&
                !(i + 1 == k->b || c->t[i + 1].type != TK_WORD))
                fin = true;
        }
        if (fwc(c, i) & (FW_MODAL_INTENT | FW_MODAL_APPEAL | FW_FUTURE | FW_PASSIVE |
                         FW_PASTAUX | FW_HYPO | FW_MODAL_SPEC))
            fin = true;
    }
    return zu && !fin;
}

/* Cuts the sentence into clauses. */
static int cut_clauses(cctx *c, size_t m0, clause *cl)
{
    int n = 0;
    uint32_t a = c->s_first;
    while (a < c->s_last && (c->t[a].flags & TF_DATELINE))
        a++;
    bool say_pending = false; /* English: a speech verb whose content has not started */
    bool next_inherit = false; /* the next clause shares the subject ("… und nahm …") */
    for (uint32_t i = a; i <= c->s_last && n < MAXCL; i++) {
        bool cut = i == c->s_last, keep = false; /* keep: token i starts the next clause */
        if (!c->rules->verb_second && i > a && say_reading(c, i - 1) &&
            !(c->t[i - 1].flags & TF_CAP) && !in_mention(c, m0, i - 1))
            say_pending = true;
        if (!cut) {
            dy_tok *t = &c->t[i];
            if (t->type == TK_PUNCT &&
                (tok_eq(c, i, ";") || tok_eq(c, i, ":") || tok_eq(c, i, "(") ||
                 tok_eq(c, i, ")") || tok_eq(c, i, "\xe2\x80\x93") ||
                 tok_eq(c, i, "\xe2\x80\x94")))
                cut = true;
            else if (t->type == TK_PUNCT && tok_eq(c, i, ",") && !list_comma(c, m0, i))
                cut = true;
            /* English "the minister said China would …", "said on Monday
             * he had …": the content of a speech verb starts with its
             * subject; "… said that …": before the subordinator */
            else if (!c->rules->verb_second && i > a && i + 1 < c->s_last &&
                     c->t[i].type == TK_WORD &&
                     ((fwc(c, i) & FW_SUBORD) ||
                      (say_pending && !(fwc(c, i) & FW_PREP) &&
                       (say_reading(c, i - 1) || mention_at(c, m0, i) ||
                        (fwc(c, i) & (FW_PRON | FW_ART))) &&
                       !(i > 0 && (fwc(c, i - 1) & (FW_PREP | FW_ART)) && !say_reading(c, i - 1)))))
                cut = keep = true;
            /* English "… after he failed …", "after Kuwait and the United
             * States helped …": a temporal preposition before a subject
             * starts a clause */
            else if (!c->rules->verb_second && i > a && i + 1 < c->s_last &&
                     (c->fw2[i] & FW2_TEMPCONJ) &&
                     ((fwc(c, i + 1) & FW_PRON) || mention_at(c, m0, i + 1) ||
                      (i + 2 < c->s_last && (fwc(c, i + 1) & FW_ART) && mention_at(c, m0, i + 2))))
                cut = keep = true;
            else if ((fwc(c, i) & FW_CONJ) && i > a && i + 1 < c->s_last &&
                     !in_mention(c, m0, i)) {
                /* "… eingenommen und versucht, …": a conjunction before a
                 * finite verb starts a clause with the same subject */
                uint32_t j = i + 1;
                if (verb_reading(c, j, true) && has_verb(c, a, i) && !mention_at(c, m0, j)) {
                    memset(&cl[n], 0, sizeof cl[n]);
                    cl[n].a = a;
                    cl[n].b = i;
                    cl[n].inherit = next_inherit;
                    n++;
                    a = i + 1;
                    next_inherit = true;
                    continue;
                }
            }
        }
        if (!cut)
            continue;
        if (i > a) {
            memset(&cl[n], 0, sizeof cl[n]); /* only the clauses in use */
            cl[n].a = a;
            cl[n].b = i;
            cl[n].inherit = next_inherit;
            n++;
            next_inherit = false;
        }
        a = keep ? i : i + 1;
        say_pending = false;
    }
    /* classify */
    for (int k = 0; k < n; k++) {
        cl[k].gov = -1;
        cl[k].subj_m = -1;
        int w = first_word(c, cl[k].a, cl[k].b);
        if (w < 0)
            continue;
        uint32_t fw = fwc(c, (uint32_t)w);
        if (fw & FW_IF)
            cl[k].kind = CL_IF;
        else if (fw & FW_WHETHER)
            cl[k].kind = CL_OB;
        else if (fw & FW_SUBORD)
            cl[k].kind = CL_SUB;
        else if (k > 0 && zu_clause(c, &cl[k]) &&
                 /* English "…, after the United States abstained … to
                  * protect": a temporal clause has a subject of its own */
                 !(!c->rules->verb_second && (c->fw2[w] & FW2_TEMPCONJ)))
            cl[k].kind = CL_ZU; /* "…, die Anordnung zurückzunehmen" */
        else if (!c->rules->verb_second && k > 0 && (fw & FW_REL) && !(fw & FW_SUBORD))
            cl[k].kind = CL_REL; /* English "…, who …", "…, which …" */
        else if (k > 0 && ((fw & FW_REL) ||
                           ((fw & FW_PREP) && (uint32_t)w + 1 < cl[k].b &&
                            (fwc(c, (uint32_t)w + 1) & FW_REL))) &&
                 !verb_reading(c, (uint32_t)w + 1, true) &&
                 /* a relative clause ends with its finite verb */
                 last_word_is_verb(c, &cl[k]))
            cl[k].kind = CL_REL;
        else if (!strcmp(c->t[w].fold, "um"))
            cl[k].kind = CL_ZU;
    }
    /* verbless fragments (appositions, "Jetzt,") join their neighbour */
    int m = 0;
    for (int k = 0; k < n; k++) {
        /* ", so der Botschafter": a verbless speech frame after the content */
        int w = first_word(c, cl[k].a, cl[k].b);
        if (k > 0 && w >= 0 && tok_eq(c, (uint32_t)w, "so") && mention_at_or_after(c, m0, (uint32_t)w + 1, cl[k].b)) {
            cl[k].kind = CL_SAY;
            cl[m++] = cl[k];
            continue;
        }
        bool sub_start = w >= 0 && k > 0 && (fwc(c, (uint32_t)w) & (FW_REL | FW_SUBORD));
        if (!has_verb(c, cl[k].a, cl[k].b) && cl[k].kind == CL_MAIN && !sub_start) {
            if (m > 0) {
                cl[m - 1].b = cl[k].b;
                continue;
            }
            if (k + 1 < n) {
                cl[k + 1].a = cl[k].a;
                continue;
            }
        }
        cl[m++] = cl[k];
    }
    /* a subordinate clause is governed by the clause before it; the index
     * always decreases, so walking up the chain ends */
    for (int k = 0; k < m; k++)
        cl[k].gov = cl[k].kind != CL_MAIN && k > 0 ? k - 1 : -1;
    return m;
}

/* ------------------------------------------------------------ roles */

typedef struct grp {
    int m[8];
    int n;
    uint32_t first, last;
    uint32_t prep;          /* base preposition heading it, or 0 */
    uint32_t prep_tok;      /* the preposition's token */
    bool obj, genattr, subj_ok;
    bool say_src;           /* English "according to X": ends at its comma */
} grp;

static int find_groups(cctx *c, size_t m0, const clause *k, grp *g, int max)
{
    int n = 0;
    uint32_t poss_a = 0, poss_b = 0; /* a possessor skipped as part of the next actor */
    for (size_t i = m0; i < c->ments.n && n < max; i++) {
        ment *m = &DY_AT(c->ments, ment, i);
        if (m->first < k->a || m->first >= k->b)
            continue;
        if (m->adj_only)
            continue;
        /* English "Yemen's Houthi movement", "Ukraine's Azov battalion": a
         * possessor right before another actor is part of that actor */
        if (!c->rules->verb_second && m->gen && i + 1 < c->ments.n) {
            const ment *nx = &DY_AT(c->ments, ment, i + 1);
            if (nx->first >= m->last && nx->first <= m->last + 1 && !nx->adj_only &&
                nx->first < k->b) {
                poss_a = m->first;
                poss_b = nx->first;
                continue;
            }
        }
        /* "den Abzug ihrer Truppen", "its troops": a bare role owned by
         * the subject is not another actor */
        if (m->role_only && m->first > k->a && (c->fw2[m->first - 1] & FW2_POSS))
            continue;
        /* joins the previous group: "Kim und Südkoreas Präsident Moon" */
        if (n > 0 && g[n - 1].n < 8) {
            grp *p = &g[n - 1];
            uint32_t j = p->last;
            bool link = false;
            /* "die USA und die militant-islamistischen Taliban": articles,
             * lower-case adjectives and hyphens may stand in between */
            while (j < m->first && (is_punct(c, j, ",") || (fwc(c, j) & (FW_CONJ | FW_ART)) ||
                                    (j >= poss_a && j < poss_b) ||
                                    c->t[j].type == TK_HYPHEN ||
                                    (c->t[j].type == TK_WORD && !(c->t[j].flags & TF_CAP) &&
                                     !c->fw[j] && c->nverb[j] == 0))) {
                if (fwc(c, j) & FW_CONJ || is_punct(c, j, ","))
                    link = true;
                j++;
            }
            /* "According to the Israeli military, Hezbollah fired …": the
             * source of the report is no list with the subject */
            if (p->say_src)
                link = false;
            if (link && j == m->first && !(m->pron)) {
                p->m[p->n++] = (int)i;
                p->last = m->absorbed_to > m->last ? m->absorbed_to : m->last;
                continue;
            }
        }
        grp *q = &g[n++];
        memset(q, 0, sizeof *q);
        q->m[q->n++] = (int)i;
        q->first = m->first;
        q->last = m->absorbed_to > m->last ? m->absorbed_to : m->last;
        uint32_t s = np_start(c, m->first, k->a);
        q->obj = m->obj;
        for (uint32_t j = s; j < m->first; j++)
            if (fwc(c, j) & FW_OBJART)
                q->obj = true;
        /* English "dozens of Palestinians": the people counted are the
         * object itself; so "at least 18 people" */
        if (s > k->a + 1 && tok_eq(c, s - 1, "of") && (c->fw2[s - 2] & FW2_QUANT)) {
            q->prep = 0;
        } else if (s + 1 < m->first && tok_eq(c, s, "at") &&
                   (tok_eq(c, s + 1, "least") || tok_eq(c, s + 1, "most"))) {
            q->prep = 0;
        } else if (!c->rules->verb_second && s == k->a + 1 && k->a > c->s_first &&
                   ((c->fw2[k->a] & FW2_TEMPCONJ) ||
                    /* "…, with President Trump hailing it": the actor of an
                     * absolute construction is the subject of its -ing verb */
                    (tok_eq(c, k->a, "with") && q->last < k->b && c->nverb[q->last] &&
                     c->t[q->last].flen > 4 &&
                     !strcmp(c->t[q->last].fold + c->t[q->last].flen - 3, "ing")))) {
            /* English "…, after Ottawa called for …": the clause was cut at
             * a temporal conjunction, whose subject follows it */
            q->prep = 0;
        } else if (s > k->a && (fwc(c, s - 1) & FW_PREP)) {
            q->prep = prep_norm(c, s - 1);
            q->prep_tok = s - 1;
            q->say_src = !c->rules->verb_second && s - 1 > k->a && (fwc(c, s - 2) & FW_SAYPREP);
            /* "laut dem Minister": a source of speech, not an argument */
        } else if (s > k->a && (fwc(c, s - 1) & FW_PAIR) && s - 1 > k->a &&
                   (fwc(c, s - 2) & FW_PREP)) {
            q->prep = prep_norm(c, s - 2);
        }
        if (m->gen && !q->prep)
            q->genattr = true;
        /* "der USA" right after a noun: a genitive attribute */
        if (s > k->a && s == m->first - 1 && tok_eq(c, s, "der") &&
            c->t[s - 1].type == TK_WORD && (c->t[s - 1].flags & TF_CAP) &&
            !(fwc(c, s - 1) & FW_PREP) && !in_name(c, m0, s - 1))
            q->genattr = true;
        if (s < m->first && (fwc(c, s) & FW_GENART))
            q->genattr = true;
    }
    return n;
}

static int grp_codes(cctx *c, const grp *g, char out[][16], int max)
{
    int n = 0;
    for (int i = 0; i < g->n && n < max; i++) {
        ment *m = &DY_AT(c->ments, ment, g->m[i]);
        n += ment_codes(c, m, out + n, max - n);
    }
    return n;
}

/* ------------------------------------------------------------ mood */

static const char *intent_code(const dy_pred *p, char buf[6])
{
    if (p->intent[0])
        return p->intent;
    if (p->flags & VFL_NOINTENT)
        return p->code;
    const char *code = p->code;
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    switch (root) {
    case 4: return "036";
    case 5: return "030";
    case 6:
        snprintf(buf, 6, "031%c", code[2] >= '1' && code[2] <= '4' ? code[2] : 0);
        return buf[3] ? buf : "031";
    case 7:
        if (code[2] >= '1' && code[2] <= '4') {
            snprintf(buf, 6, "033%c", code[2]);
            return buf;
        }
        return "033";
    case 8: return "035";
    case 9: return "030";
    /* "said it would expel the ambassador": coercion is coded as the act;
     * force announced is a threat of force */
    case 17: return code;
    case 15: case 18: case 19: case 20: return "138";
    case 16: return "131";
    default: return code;
    }
}

/* ------------------------------------------------------------ dates */

static int days_in_month(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return d[m - 1];
}

static int32_t add_days(int32_t date, int n)
{
    int y = date / 10000, m = date / 100 % 100, d = date % 100;
    while (n > 0) {
        if (++d > days_in_month(y, m)) {
            d = 1;
            if (++m > 12) {
                m = 1;
                y++;
            }
        }
        n--;
    }
    while (n < 0) {
        if (--d < 1) {
            if (--m < 1) {
                m = 12;
                y--;
            }
            d = days_in_month(y, m);
        }
        n++;
    }
    return y * 10000 + m * 100 + d;
}

static int weekday(int32_t date) /* 0 = Monday */
{
    int y = date / 10000, m = date / 100 % 100, d = date % 100;
    static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if (m < 3)
        y -= 1;
    int w = (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7; /* 0 = Sunday */
    return (w + 6) % 7;
}

/* The date a clause speaks of: "am Freitag" (forward for intents, back for
 * deeds), "gestern", "nächste Woche". */
static int32_t clause_date(cctx *c, const clause *k)
{
    bool future = k->mood == DY_MOOD_INTENT;
    for (uint32_t i = k->a; i < k->b; i++) {
        uint32_t fw = fwc(c, i);
        if (fw & FW_WEEKDAY) {
            int w = c->fwval[i], today = weekday(c->date);
            int delta = future ? (w - today + 7) % 7 : -((today - w + 7) % 7);
            if (future && delta == 0)
                delta = 0;
            return add_days(c->date, delta);
        }
        if (fw & FW_DATEREL)
            return add_days(c->date, c->fwval[i]);
        if ((fw & (FW_NEXT | FW_LAST)) && i + 1 < k->b && (fwc(c, i + 1) & FW_WEEK))
            return add_days(c->date, (fw & FW_NEXT) ? 7 : -7);
    }
    return c->date;
}

/* ------------------------------------------------------------ events */

static void trace_span(cctx *c, uint32_t a, uint32_t b)
{
    if (!c->trace || a >= b)
        return;
    uint32_t s = c->t[a].off, e = c->t[b - 1].off + c->t[b - 1].len;
    dy_buf_add(c->trace, c->text + s, e - s);
}

static uint32_t span_end(cctx *c, uint32_t tok)
{
    /* the mention starting at TOK ends at its last token */
    for (size_t i = c->ments.n; i-- > 0;) {
        ment *m = &DY_AT(c->ments, ment, i);
        if (m->first == tok || m->head == tok)
            return m->last - 1;
    }
    return tok;
}

/* Sets an event's code and what follows from it: root, Goldstein weight
 * and quad class (0 for a code the table lacks). */
static void set_event_code(cctx *c, dy_event *e, const char *code)
{
    snprintf(e->code, sizeof e->code, "%s", code);
    snprintf(e->root, sizeof e->root, "%.2s", code);
    const dy_code_ent *ce = dy_dict_code(c->d, code);
    e->goldstein = ce ? ce->g[c->scale] : 0;
    e->quad = ce ? ce->quad[c->scale] : 0;
}

static void emit_event(cctx *c, const char *src, const char *tgt,
                       const char *code, dy_mood mood, const clause *k,
                       uint32_t src_tok, uint32_t tgt_tok, uint32_t pred_tok,
                       const char *rule)
{
    if (!src[0] || !tgt[0] || !strcmp(src, tgt))
        return;
    /* English "clashed": protesters and police riot (145), armed forces
     * fight (190), governments clash in words (110) */
    if (!c->rules->verb_second && !strcmp(code, "145")) {
        const char *rs = strlen(src) >= 6 ? src + 3 : "", *rt = strlen(tgt) >= 6 ? tgt + 3 : "";
        bool armed = !strcmp(rs, "MIL") || !strcmp(rs, "REB") || !strcmp(rs, "INS") ||
                     !strcmp(rt, "MIL") || !strcmp(rt, "REB") || !strcmp(rt, "INS");
        bool states = (!strcmp(rs, "GOV") || !strncmp(src, "IGO", 3)) &&
                      (!strcmp(rt, "GOV") || !strncmp(tgt, "IGO", 3));
        if (armed)
            code = "190";
        else if (states)
            code = "110";
    }
    /* same country, no role on either side: no event ("Russland … Moskau") */
    if (!strncmp(src, tgt, 3) && (strlen(src) <= 3 || strlen(tgt) <= 3) &&
        strncmp(src, "IGO", 3))
        return;
    /* the same (source, target, code) once per article; and "bei seinem
     * Besuch in Moskau … nach einem Treffen mit Lawrow": one article's
     * meetings of the same two countries are one meeting.  A hash set keeps
     * this linear in the number of events. */
    char key[64], mkey[64];
    int kn = snprintf(key, sizeof key, "%s\t%s\t%s", src, tgt, code);
    bool meeting = !strncmp(code, "04", 2) && strncmp(src, "IGO", 3) && strncmp(tgt, "IGO", 3);
    int mn = meeting ? snprintf(mkey, sizeof mkey, "%s\t%s\t04", src, tgt) : 0;
    if (kn < 0 || mn < 0)
        return;
    if (dy_map_get(&c->seen, key, (size_t)kn) != UINT32_MAX ||
        (meeting && dy_map_get(&c->seen, mkey, (size_t)mn) != UINT32_MAX))
        return;
    if (!dy_map_put(&c->seen, key, (size_t)kn, 1) ||
        (meeting && !dy_map_put(&c->seen, mkey, (size_t)mn, 1))) {
        c->oom = true;
        return;
    }
    dy_event *e = dy_vec_push(&c->events);
    if (!e) {
        c->oom = true;
        return;
    }
    e->sent = c->sent_index;
    int32_t d = clause_date(c, k);
    char db[32];
    snprintf(db, sizeof db, "%04d-%02d-%02d", (int)(d / 10000 % 10000), (int)(d / 100 % 100),
             (int)(d % 100));
    memcpy(e->date, db, 10);
    e->date[10] = 0;
    cp16(e->source, src); /* fields of 24 bytes: codes are at most 15 */
    cp16(e->target, tgt);
    set_event_code(c, e, code);
    e->mood = mood;
    dy_tok *a = &c->t[c->s_first], *b = &c->t[c->s_last - 1];
    e->evidence.start = a->off;
    e->evidence.end = b->off + b->len;
    uint32_t se = span_end(c, src_tok), te = span_end(c, tgt_tok);
    e->src_span.start = c->t[src_tok].off;
    e->src_span.end = c->t[se].off + c->t[se].len;
    e->tgt_span.start = c->t[tgt_tok].off;
    e->tgt_span.end = c->t[te].off + c->t[te].len;
    e->pred_span.start = c->t[pred_tok].off;
    e->pred_span.end = c->t[pred_tok].off + c->t[pred_tok].len;
    e->source_name = dy_arena_strndup(c->ar, c->text + e->src_span.start,
                                      e->src_span.end - e->src_span.start);
    e->target_name = dy_arena_strndup(c->ar, c->text + e->tgt_span.start,
                                      e->tgt_span.end - e->tgt_span.start);
    e->rule = rule;
    /* the two sides of the latest event are what "beide Länder" means;
     * English: a third party acting on one of the pair ("the U.N. urged
     * both sides") leaves the pair as it is */
    bool third = !c->rules->verb_second && c->have_pair && strcmp(src, c->pair[0]) &&
                 strcmp(src, c->pair[1]) && (!strcmp(tgt, c->pair[0]) || !strcmp(tgt, c->pair[1]));
    if (!third)
        remember_pair(c, src, tgt);
    /* English "both sides" of a conflict at home: Sudan's army and the
     * RSF (conflict codes 11-20 only) */
    if (!c->rules->verb_second && !third && !strncmp(src, tgt, 3) && strlen(src) >= 6 &&
        strlen(tgt) >= 6 && strcmp(src, tgt) && strncmp(src, "IGO", 3) &&
        ((code[0] == '1' && code[1] >= '1') || code[0] == '2')) {
        cp16(c->pair[0], src);
        cp16(c->pair[1], tgt);
        c->have_pair = true;
    }
    cp16(c->ev_src, src);
    cp16(c->ev_tgt, tgt);
    if (!e->source_name || !e->target_name)
        c->oom = true;
    if (c->trace)
        dy_buf_printf(c->trace, "    EVENT %s %s %s (%s) mood=%s date=%s rule=%s\n",
                      src, code, tgt, e->root, dy_mood_name(mood), e->date, rule);
}

static uint32_t grp_tok(cctx *c, const grp *g, int i)
{
    ment *m = &DY_AT(c->ments, ment, g->m[i < g->n ? i : 0]);
    return m->first;
}

/* The first usable predicate of the clause (verb first, then noun). */
/* The separable verb of reading P at token I has its particle closing the
 * clause: "warf ihm Vertuschung vor"; in "hat … vor einer Eskalation
 * gewarnt" the "vor" is a preposition. */
static bool particle_closes(cctx *c, const clause *k, uint32_t i, const dy_pred *pr)
{
    for (uint32_t j = i + 1; j < k->b; j++)
        if (c->t[j].id == pr->particle &&
            (j + 1 == k->b || c->t[j + 1].type == TK_PUNCT || c->t[j + 1].type == TK_QUOTE))
            return true;
    return false;
}

/* English: a "to" within the next few words ("plans to", "agreed on
 * Friday to hold") */
static bool to_follows(cctx *c, const clause *k, uint32_t i)
{
    for (uint32_t j = i; j < k->b && j < i + 5; j++)
        if ((fwc(c, j) & FW_ZU) && j + 1 < k->b && c->t[j + 1].type == TK_WORD &&
            !(c->t[j + 1].flags & TF_CAP) && !(fwc(c, j + 1) & (FW_ART | FW_PRON)))
            return true;
    return false;
}

/* The first token of [a, b) of function-word class CLS2, or b. */
/* The first token in [a, b) of function-word class CLS, or b. */
static uint32_t find_fw(cctx *c, uint32_t a, uint32_t b, uint32_t cls)
{
    for (uint32_t i = a; i < b; i++)
        if (fwc(c, i) & cls)
            return i;
    return b;
}

static uint32_t find2(cctx *c, uint32_t a, uint32_t b, uint16_t cls2)
{
    while (a < b && !(c->fw2[a] & cls2))
        a++;
    return a;
}

static bool clause_has2(cctx *c, const clause *k, uint16_t cls2)
{
    return find2(c, k->a, k->b, cls2) < k->b;
}

/* Makes an event noun of clause K its predicate: the verb's object (after
 * the finite verb, outside a phrase), else a noun in a phrase.  SUPPORT: the
 * object of a support verb, where German takes the last ("erteilte der
 * Forderung eine Absage") and English the first ("struck a trade deal,
 * averting the threat of tariffs"); otherwise the first object, and no noun
 * that only qualifies another ("the dispute mechanism of the Iran nuclear
 * deal").  Returns whether a noun was found. */
/* The first token of clause K with a finite verb reading, or K->b. */
static uint32_t first_finite(cctx *c, const clause *k)
{
    uint32_t fin = k->a;
    while (fin < k->b && !verb_reading(c, fin, true))
        fin++;
    return fin;
}

static bool use_object_noun(cctx *c, clause *k, bool support)
{
    bool last = support && c->rules->verb_second;
    int obj = -1, any = -1;
    uint32_t fin = first_finite(c, k);
    for (uint32_t i = k->a; i < k->b; i++) {
        if (!c->noun[i] || (support && k->kind == CL_MAIN && i < fin))
            continue;
        uint32_t s0 = np_start(c, i, k->a);
        bool pp = s0 > k->a && (fwc(c, s0 - 1) & FW_PREP);
        if (!c->rules->verb_second && !pp) {
            /* English "the dispute mechanism of the Iran nuclear deal": a
             * noun in an "of" phrase names a thing, it is not the object */
            uint32_t s1 = s0;
            while (s1 > k->a && (in_mention(c, c->sent_m0, s1 - 1) || (fwc(c, s1 - 1) & FW_ART)))
                s1--;
            if (s1 > k->a && tok_eq(c, s1 - 1, "of"))
                continue;
        }
        bool vorfeld = !support && k->kind == CL_MAIN && i < fin && fin < k->b;
        if (!pp && !vorfeld && (last || obj < 0))
            obj = (int)i;
        if (!support) {
            uint32_t s1 = s0;
            while (s1 > k->a && in_mention(c, c->sent_m0, s1 - 1))
                s1 = np_start(c, s1 - 1, k->a); /* "of the Iran nuclear deal" */
            if (s1 > k->a && ((fwc(c, s1 - 1) & FW_GENART) || tok_eq(c, s1 - 1, "of")))
                continue;
        }
        if (last || any < 0)
            any = (int)i;
    }
    int pick = obj >= 0 ? obj : any;
    if (pick < 0)
        return false;
    k->pred = c->noun[pick];
    k->pred_tok = (uint32_t)pick;
    k->noun_pred = true;
    return true;
}

static void choose_pred(cctx *c, clause *k)
{
    const dy_phrase *best = NULL;
    uint32_t best_tok = 0;
    bool support = false, eng_support_before = false;
    if (k->kind == CL_SAY) {
        k->say = true;
        return;
    }
    /* "nannte die Entscheidung „nicht gerechtfertigt“": words quoted inside
     * a clause whose verb stands outside the quotation are its complement */
    bool outside = false;
    for (uint32_t i = k->a; i < k->b && !outside; i++)
        outside = !c->inq[i] && c->nverb[i];
    for (uint32_t i = k->a; i < k->b; i++) {
        if (outside && c->inq[i])
            continue;
        /* "EU trade commissioner": a word inside an actor is no verb */
        if (in_mention(c, c->sent_m0, i))
            continue;
        if (fwc(c, i) & FW_SUPPORT)
            support = true;
        /* a separable reading whose particle is there wins the token:
         * "kündigte … an" is ankündigen, not kündigen */
        bool sep = false;
        for (int v = 0; v < c->nverb[i]; v++) {
            const dy_phrase *p = c->verb[i][v];
            if (p->vform == VF_FIN_SEP &&
                particle_closes(c, k, i, &DY_AT(c->d->preds, dy_pred, p->ref)))
                sep = true;
        }
        /* English "U.S.-supplied missiles", "Iran-backed militias": the
         * participle of a hyphenated adjective is no predicate */
        if (!c->rules->verb_second && i > k->a && c->t[i - 1].type == TK_HYPHEN &&
            !(c->t[i].flags & TF_SPACE) && !(c->t[i - 1].flags & TF_SPACE))
            continue;
        for (int v = 0; v < c->nverb[i]; v++) {
            const dy_phrase *p = c->verb[i][v];
            const dy_pred *pr = &DY_AT(c->d->preds, dy_pred, p->ref);
            if (sep != (p->vform == VF_FIN_SEP))
                continue;
            if (p->vform == VF_FIN_SEP && !particle_closes(c, k, i, pr))
                continue;
            /* "setzt sich für … ein" is not "setzte Tränengas ein" */
            if ((pr->flags & VFL_REFL) && !clause_has2(c, k, FW2_REFL))
                continue;
            if (pr->flags & VFL_SPEC)
                k->spec_verb = true;
            if (pr->flags & VFL_SAY)
                k->say = true;
            /* "will", "plant": the clause is an intent; a modal verb with a
             * code of its own ("bot Zusammenarbeit an") is the predicate too */
            /* English: "plans to", "aims to" — "aimed at ending" is no intent */
            if ((pr->flags & VFL_MODAL) && (c->rules->verb_second || to_follows(c, k, i + p->ntok))) {
                k->modal_verb = true;
                if (!k->modal_tok)
                    k->modal_tok = i + 1; /* 1 + token of the first modal verb */
            }
            if ((pr->flags & VFL_MODAL) && (pr->flags & VFL_SAY))
                k->announce = true; /* "announced", "kündigte an" */
            if (pr->flags & VFL_SUPPORT)
                support = true;
            if (!pr->code[0] || (pr->flags & (VFL_SPEC | VFL_SAY)))
                continue;
            /* English "helped broker the deal", "help find survivors": help
             * with a verb after it is an auxiliary, not aid */
            if (!c->rules->verb_second && !strncmp(pr->code, "07", 2) && i + p->ntok < k->b &&
                (c->nverb[i + p->ntok] ||
                 ((fwc(c, i + p->ntok) & FW_ZU) && i + p->ntok + 1 < k->b &&
                  c->nverb[i + p->ntok + 1])))
                continue;
            /* German: a separable reading beats a plain one, else the last
             * verb (the participle or infinitive at the end carries the
             * meaning); English: the first verb ("accused X of violating") */
            if (!c->rules->verb_second) {
                if (!best) {
                    best = p;
                    best_tok = i;
                    eng_support_before = support;
                }
            } else if (!best || p->vform == VF_FIN_SEP || best->vform != VF_FIN_SEP) {
                best = p;
                best_tok = i;
            }
        }
    }
    /* English "agreed to restore full ties with Qatar": an agreement to
     * establish or restore relations is that act itself (054), not an
     * intent */
    if (!c->rules->verb_second && best && best->vform != VF_PART &&
        !strncmp(DY_AT(c->d->preds, dy_pred, best->ref).code, "05", 2) &&
        (DY_AT(c->d->preds, dy_pred, best->ref).flags & VFL_MODAL)) {
        uint32_t z = best_tok + best->ntok;
        while (z < k->b && z < best_tok + best->ntok + 5 && !(fwc(c, z) & FW_ZU))
            z++; /* "agreed on Tuesday to restore" */
        /* "agreed to stop targeting each other", "agreed to end the
         * fighting": agreeing to end violence is a ceasefire */
        if (z + 2 < k->b && (fwc(c, z) & FW_ZU) && (c->fw2[z + 1] & FW2_END)) {
            bool violence = false;
            for (uint32_t q = z + 2; q < k->b && q <= z + 4 && !violence; q++) {
                for (int v = 0; v < c->nverb[q]; v++) {
                    const char *vc = DY_AT(c->d->preds, dy_pred, c->verb[q][v]->ref).code;
                    if (vc[0] == '1' && vc[1] >= '8')
                        violence = true;
                }
                if (c->noun[q]) {
                    const char *vc = DY_AT(c->d->preds, dy_pred, c->noun[q]->ref).code;
                    if ((vc[0] == '1' && vc[1] >= '8') || (vc[0] == '2' && vc[1] == '0'))
                        violence = true;
                }
            }
            if (violence) {
                k->truce = true;
                k->modal_verb = false;
                k->modal_tok = 0;
            }
        }
        if (z + 1 < k->b && (fwc(c, z) & FW_ZU))
            for (int v = 0; v < c->nverb[z + 1] && !k->truce; v++)
                if (!strcmp(DY_AT(c->d->preds, dy_pred, c->verb[z + 1][v]->ref).code, "054") &&
                    c->verb[z + 1][v]->vform == VF_INF) {
                    best = c->verb[z + 1][v];
                    best_tok = z + 1;
                    k->modal_verb = false;
                    k->modal_tok = 0;
                    break;
                }
    }
    /* English "offered to mediate", "pledged to send troops": a modal verb
     * of promise (03x) is the intent of the verb it governs, when that
     * verb codes an event */
    if (!c->rules->verb_second && best && !k->truce &&
        !strncmp(DY_AT(c->d->preds, dy_pred, best->ref).code, "03", 2) &&
        (DY_AT(c->d->preds, dy_pred, best->ref).flags & VFL_MODAL)) {
        uint32_t z = best_tok + best->ntok;
        while (z < k->b && z < best_tok + best->ntok + 3 && !(fwc(c, z) & FW_ZU))
            z++;
        if (z + 1 < k->b && (fwc(c, z) & FW_ZU))
            for (int v = 0; v < c->nverb[z + 1]; v++) {
                const dy_pred *vp = &DY_AT(c->d->preds, dy_pred, c->verb[z + 1][v]->ref);
                if (vp->code[0] && !(vp->flags & (VFL_SAY | VFL_SPEC | VFL_MODAL)) &&
                    c->verb[z + 1][v]->vform == VF_INF) {
                    best = c->verb[z + 1][v];
                    best_tok = z + 1;
                    break;
                }
            }
    }
    /* "haben Präsident Condé festgesetzt und die Auflösung verkündet": a
     * deed in the same clause is coded; the speech verb frames nothing */
    if (k->say && best && !(DY_AT(c->d->preds, dy_pred, best->ref).flags & VFL_SUPPORT))
        k->say = false;
    /* "announced a new security partnership", "kündigte Sanktionen an": a
     * speech verb of intent with an event noun object announces that event */
    if (k->say && k->announce && !best) {
        for (uint32_t i = first_finite(c, k); i < k->b; i++)
            if (c->noun[i]) {
                uint32_t s0 = np_start(c, i, k->a);
                if (!(s0 > k->a && (fwc(c, s0 - 1) & FW_PREP))) {
                    k->say = false;
                    /* German "kündigte Sanktionen an": intended; English
                     * "announced an inquiry" mostly reports it begun */
                    if (c->rules->verb_second)
                        k->modal_verb = true;
                    support = true;
                    break;
                }
            }
    }
    /* "habe ihre Unterstützung bekräftigt": a speech verb that also
     * supports an event noun reports that event, it does not frame speech */
    if (k->say && support && !best) {
        for (uint32_t i = k->a; i < k->b; i++)
            if (c->noun[i]) {
                k->say = false;
                break;
            }
    }
    /* English "will hold regular talks", "carried out its first execution
     * of a person convicted …": after a support verb, its object noun is
     * the predicate, not a later verb-like word */
    if (best && eng_support_before) {
        for (uint32_t i = k->a; i < best_tok; i++)
            if (c->noun[i] && !in_mention(c, c->sent_m0, i))
                best = NULL;
        if (best && c->noun[best_tok])
            best = NULL;
    }
    /* a support verb with an event noun: the noun is the predicate.  Of
     * several, the last one outside a phrase is the verb's object
     * ("erteilte der Forderung eine Absage"); else the last in a phrase
     * ("bat Namibia um Vergebung") */
    if (support && (!best || (DY_AT(c->d->preds, dy_pred, best->ref).flags & VFL_SUPPORT)) &&
        use_object_noun(c, k, true))
        return;
    if (best) {
        k->pred = best;
        k->pred_tok = best_tok;
        return;
    }
    /* a noun predicate: "Gespräche führen", "eine harte Haltung einnehmen";
     * the nouns of a speech frame are coded on their own (code_nouns) */
    if (k->say)
        return;
    /* the object noun (after the finite verb, outside a phrase) first:
     * "hat im Fall der Anschläge Haftbefehl gegen X erwirkt" */
    use_object_noun(c, k, false);
}

/* ------------------------------------------------------ verb patterns */

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
    uint32_t end = c->s_last;
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
    int ng = find_groups(c, c->sent_m0, k, g, 24);
    for (int i = 0; i < ng; i++)
        if (g[i].n >= 2 && !g[i].prep && g[i].last <= v)
            return 1;
    return 0;
}

/* The verb patterns of clause K: at its verb predicate or a verb before it
 * without a code of its own (a noun predicate: any verb before it; none:
 * any verb); the first verb with a match, and there the pattern with the
 * most words (the first in the file of equals). */
static void choose_pattern(cctx *c, clause *k)
{
    if (k->say || k->kind == CL_SAY || !c->d->pats.n)
        return;
    uint32_t toks[MAX_PAT_EL], tgt = 0;
    int best = 0, skip = 0;
    int comp = -1; /* a compound subject before the verb: unknown yet */
    bool verb_pred = k->pred && !k->noun_pred;
    uint32_t pred_tok = k->pred_tok;
    for (uint32_t i = k->a; i < k->b; i++) {
        /* after the predicate only a verb whose pattern takes the predicate
         * in as one of its words ("said would * now": act, not say) */
        bool later = k->pred && i > pred_tok;
        if (later && !verb_pred)
            break;
        if (in_mention(c, c->sent_m0, i))
            continue;
        /* a clause with no predicate at all: also a verb form the reading
         * of the words around it set aside ("raised its voice for") */
        const dy_phrase *vs[MAXV];
        int nvs = 0;
        for (int v = 0; v < c->nverb[i]; v++)
            vs[nvs++] = c->verb[i][v];
        /* (not after an article: "was in an accord" names no act) */
        bool art = i > k->a && (tok_eq(c, i - 1, "a") || tok_eq(c, i - 1, "an") ||
                                tok_eq(c, i - 1, "the"));
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
            /* before the predicate only verbs without a code of their own,
             * or whose pattern names words */
            bool need_words = verb_pred && i < pred_tok && vp->code[0];
            size_t np;
            const dy_pat *pats = dy_dict_patterns(c->d, ph->ref, &np);
            for (size_t q = 0; q < np; q++) {
                int w = pattern_match(c, k, &pats[q], i, ph->ntok, toks, &tgt, &skip);
                if (w < 0 || (need_words && w == 0))
                    continue;
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
}

static bool pat_word_at(const clause *k, uint32_t i)
{
    for (int q = 0; q < k->npat; q++)
        if (k->pat_tok[q] == i)
            return true;
    return false;
}

static void decide_mood(cctx *c, clause *cl, int ncl, int ki)
{
    clause *k = &cl[ki];
    /* English: a modal verb governs what follows it ("seeking to force …"
     * after the predicate does not make "entered Gambia" an intent) */
    bool modal = k->modal_verb &&
                 (c->rules->verb_second || !k->pred || k->noun_pred || !k->modal_tok ||
                  k->modal_tok - 1 <= k->pred_tok);
    bool neg = false, intent = modal, appeal = false, spec = k->spec_verb,
         hypo = false, future = false, passive = false;
    for (uint32_t i = k->a; i < k->b; i++) {
        uint32_t fw = fwc(c, i);
        /* "did not * over efforts": the words of a verb pattern are part
         * of its reading, not of the clause's mood */
        if (pat_word_at(k, i))
            fw &= ~(uint32_t)(FW_NEG | FW_MODAL_INTENT | FW_ADV_INTENT | FW_FUTURE | FW_HYPO |
                              FW_SPEC | FW_MODAL_SPEC | FW_MODAL_APPEAL);
        /* a negation quoted as the complement ("nannte den Schritt „nicht
         * nachvollziehbar“") does not negate the verb outside the quote */
        /* "no-confidence vote": a negation inside a compound */
        if ((fw & FW_NEG) && i + 1 < k->b && c->t[i + 1].type == TK_HYPHEN &&
            !(c->t[i + 1].flags & TF_SPACE))
            fw &= ~(uint32_t)FW_NEG;
        if ((fw & FW_NEG) && !(c->inq[i] && k->pred && !k->noun_pred && !c->inq[k->pred_tok]))
            neg = true;
        if (fw & (FW_MODAL_INTENT | FW_ADV_INTENT))
            intent = true;
        /* "zeigte sich offen für ein Treffen"; "ist völlig offen" is not */
        if ((c->fw2[i] & FW2_OPEN) && i + 1 < k->b && c->prep[i + 1] == c->id_open)
            intent = true;
        if (fw & FW_MODAL_APPEAL)
            appeal = true;
        /* "angeblich entführten Mädchens": a hedge on an attribute, not
         * on the clause */
        /* "would do „everything it can“": hedges quoted inside a clause
         * whose verb stands outside the quotation are its complement */
        if (c->inq[i] && k->pred && !k->noun_pred && !c->inq[k->pred_tok])
            fw &= ~(uint32_t)(FW_SPEC | FW_MODAL_SPEC);
        if ((fw & FW_SPEC) && i + 2 < k->b && c->t[i + 1].type == TK_WORD &&
            !(c->t[i + 1].flags & TF_CAP) &&
            ((c->t[i + 2].flags & TF_CAP) ||
             (i + 3 < k->b && !(c->t[i + 2].flags & TF_CAP) && (c->t[i + 3].flags & TF_CAP))))
            fw &= ~(uint32_t)FW_SPEC;
        if (fw & (FW_SPEC | FW_MODAL_SPEC))
            spec = true;
        if (fw & FW_HYPO)
            hypo = true;
        if ((fw & FW_FUTURE) && !(fw & FW_HYPO))
            future = true;
        if ((fw & FW_FUTURE) && (fw & FW_HYPO) && k->reported)
            future = true; /* "würde" in reported speech is a future */
        if (fw & FW_PASSIVE)
            passive = true;
    }
    (void)passive;
    /* "werden … reisen": the future announces an intent */
    if (future && k->pred && !k->noun_pred && has_vform(c, k->pred_tok, VF_INF))
        intent = true;
    if (future && k->noun_pred)
        intent = true;
    k->intent_word = intent && !k->modal_verb;
    /* governing clause: "Es wird geschätzt, dass …", "plant, … zu besuchen" */
    for (int g = k->gov; g >= 0 && g < ki; g = cl[g].gov) {
        clause *p = &cl[g];
        for (uint32_t i = p->a; i < p->b; i++)
            if (fwc(c, i) & (FW_SPEC))
                spec = true;
        if (p->spec_verb)
            spec = true;
        if (k->kind == CL_ZU && (p->modal_verb || p->mood == DY_MOOD_INTENT))
            intent = true;
        /* "failed to block", "nicht bereit, … zu": the infinitive shares
         * the negation of the clause it depends on */
        if (k->kind == CL_ZU && g == k->gov)
            for (uint32_t i = p->a; i < p->b; i++)
                if (fwc(c, i) & FW_NEG)
                    neg = true;
        if (cl[g].kind == CL_MAIN)
            break;
    }
    if (c->t[c->s_last - 1].type == TK_PUNCT && tok_eq(c, c->s_last - 1, "?"))
        k->mood = DY_MOOD_QUESTION;
    else if (k->kind == CL_OB || spec)
        k->mood = DY_MOOD_SPECULATION;
    else if (k->kind == CL_IF)
        k->mood = DY_MOOD_HYPOTHETICAL;
    else if (neg)
        k->mood = DY_MOOD_NEGATED;
    else if (hypo && !k->reported && !intent)
        k->mood = DY_MOOD_HYPOTHETICAL;
    else if (appeal && k->reported)
        k->mood = DY_MOOD_APPEAL;
    else if (intent || (hypo && future && k->reported))
        k->mood = DY_MOOD_INTENT; /* "die Länder würden zusammenarbeiten" */
    else
        k->mood = DY_MOOD_FACT;
}

/* The token of an anaphoric object in clause K ("dies", "die Maßnahme"),
 * or 0. */
static uint32_t anaphoric_object(cctx *c, const clause *k, const dy_pred *pr)
{
    for (uint32_t i = k->a; i < k->b; i++) {
        /* "verurteilte die Machtübernahme": an event noun whose phrase
         * names no actor is the event just reported */
        bool event_noun = c->noun[i] && !mention_at_or_after(c, c->sent_m0, i + 1,
                                                             i + 4 < k->b ? i + 4 : k->b);
        if (!(c->fw2[i] & FW2_ANAPH) && !event_noun)
            continue;
        uint32_t s = np_start(c, i, k->a);
        uint32_t want = s > k->a && (fwc(c, s - 1) & FW_PREP) ? prep_norm(c, s - 1) : SLOT_OBJ;
        /* the object, or a phrase the verb takes ("gegen das Verbot
         * vorgehen"); "nach dem Schritt" is circumstance */
        for (int q = 0; q < pr->nslots; q++)
            if (pr->slots[q] == want && i > k->a)
                return i;
    }
    return 0;
}

/* Speculation, questions, hypotheticals and negations are not coded. */
static bool mood_uncoded(dy_mood m)
{
    return m == DY_MOOD_SPECULATION || m == DY_MOOD_QUESTION || m == DY_MOOD_HYPOTHETICAL ||
           m == DY_MOOD_NEGATED;
}

/* Codes one clause. */
/* Is CODE a country's people or opposition (CVL, OPP, LAB, EDU …), whose
 * protest with no stated target is against their own government? */
static bool domestic_protester(const char *code)
{
    static const char *const roles[] = {"CVL", "OPP", "LAB", "EDU", "MED", "HLH", "REF", "BUS",
                                        "AGR", "NGO", NULL};
    if (strlen(code) != 6 || !strncmp(code, "IGO", 3))
        return false;
    for (int i = 0; roles[i]; i++)
        if (!strcmp(code + 3, roles[i]))
            return true;
    return false;
}

static void code_clause(cctx *c, size_t m0, clause *cl, int ncl, int ki)
{
    clause *k = &cl[ki];
    grp g[24];
    int ng = find_groups(c, m0, k, g, 24);
    if (c->trace) {
        dy_buf_printf(c->trace, "  clause %d [%s]: ", ki,
                      (const char *[]){"main", "sub", "rel", "zu", "if", "ob", "say"}[k->kind]);
        trace_span(c, k->a, k->b);
        dy_buf_puts(c->trace, "\n");
    }
    /* subject */
    int subj = -1;
    uint32_t fin = k->b;
    for (uint32_t i = k->a; i < k->b; i++)
        if (verb_reading(c, i, true) && !in_mention(c, m0, i)) {
            fin = i;
            break;
        }
    int w0 = first_word(c, k->a, k->b);
    /* "… und rief die Menschen auf": a coordinated verb shares the subject
     * of the clause before; the phrases after it are objects */
    /* English "…, rejecting Maduro's claim": a participle clause shares the
     * subject of the sentence's first clause */
    bool participle = !c->rules->verb_second && w0 >= 0 && c->nverb[w0] && ki > 0 &&
                      c->t[w0].flen > 4 && !strcmp(c->t[w0].fold + c->t[w0].flen - 3, "ing");
    bool shared = participle || (k->inherit && w0 >= 0 && verb_reading(c, (uint32_t)w0, true)) ||
                  /* "…, töteten Zivilisten und verschleppten …": a verb-first
                   * clause after a comma continues the subject before (a
                   * speech verb, ", sagte X", has its own after it) */
                  (ki > 0 && k->kind == CL_MAIN && !k->say && w0 >= 0 &&
                   (uint32_t)w0 == fin && cl[ki - 1].nsubj && !cl[ki - 1].say) ||
                  /* an infinitive clause has no subject of its own:
                   * "warf Israel vor, Krankenhäuser anzugreifen" */
                  k->kind == CL_ZU;
    if (shared) {
        /* keep subj = -1: inherited below */
    } else if (k->kind == CL_MAIN && c->rules->verb_second) {
        /* the Vorfeld holds one constituent: when it starts with a
         * preposition ("Nach einem Treffen von Maas mit Wong hat China …")
         * the subject follows the verb */
        bool pp_first = w0 >= 0 && (fwc(c, (uint32_t)w0) & FW_PREP);
        for (int i = 0; i < ng && subj < 0 && !pp_first; i++)
            if (!g[i].prep && !g[i].obj && !g[i].genattr && g[i].last <= fin)
                subj = i;
        for (int i = 0; i < ng && subj < 0; i++)
            if (!g[i].prep && !g[i].obj && !g[i].genattr && g[i].first > fin)
                subj = i;
        /* "Kräfte der TPLF hätten … angegriffen": the genitive of a Vorfeld
         * noun names who acted */
        for (int i = 0; i < ng && subj < 0 && !pp_first; i++)
            if (!g[i].prep && g[i].genattr && g[i].last <= fin && w0 >= 0 &&
                g[i].first <= (uint32_t)w0 + 3)
                subj = i;
    } else if (!c->rules->verb_second) {
        /* English: the subject precedes the verb; after it only when the
         * clause starts with the verb (", said the minister") */
        bool verb_first = w0 >= 0 && (uint32_t)w0 == fin && k->say;
        for (int i = 0; i < ng && subj < 0; i++)
            if (!g[i].prep && !g[i].obj && !g[i].genattr && (g[i].last <= fin || verb_first))
                subj = i;
    } else {
        for (int i = 0; i < ng && subj < 0; i++)
            if (!g[i].prep && !g[i].obj && !g[i].genattr)
                subj = i;
    }
    char scodes[8][16], tcodes[8][16];
    int ns = 0, nt = 0;
    uint32_t stok = k->a;
    if (subj >= 0) {
        ns = grp_codes(c, &g[subj], scodes, 8);
        stok = grp_tok(c, &g[subj], 0);
        /* '"We condemn this attack," the prime minister said': "we" in
         * reported speech is the speaker's side */
        const ment *sm = &DY_AT(c->ments, ment, g[subj].m[0]);
        if (!ns && sm->pron && k->speaker[0] && !c->rules->verb_second &&
            !strcmp(c->t[sm->first].fold, "we")) {
            cp16(scodes[0], k->speaker);
            ns = 1;
        }
    } else if (k->kind == CL_ZU && !c->rules->verb_second && ng > 0 && w0 >= 0 &&
               g[0].first == (uint32_t)w0 && !g[0].prep && !(ki > 0 && cl[ki - 1].nsubj)) {
        /* English "Cuban Foreign Minister Bruno Rodriguez, the first to visit
         * …": the actor that opens an infinitive apposition is its subject */
        subj = 0;
        ns = grp_codes(c, &g[0], scodes, 8);
        stok = grp_tok(c, &g[0], 0);
    } else if (participle && cl[0].nsubj) {
        ns = cl[0].nsubj;
        memcpy(scodes, cl[0].subjs, sizeof scodes);
        stok = k->a;
    } else if ((shared || k->inherit || k->kind == CL_ZU) && ki > 0 && cl[ki - 1].nsubj) {
        /* all of them: "die Länder täten gut daran, zusammenzuarbeiten" */
        ns = cl[ki - 1].nsubj;
        memcpy(scodes, cl[ki - 1].subjs, sizeof scodes);
        stok = k->a;
    }
    /* "Israeli airstrikes killed …", "russische Angriffe trafen …": an
     * attack named with its country's adjective acts for that country's
     * military */
    if (!ns && subj < 0) {
        for (size_t q = m0; q < c->ments.n && !ns; q++) {
            const ment *m = &DY_AT(c->ments, ment, q);
            if (!m->adj_only || m->compound_noun || m->first < k->a || m->last >= k->b ||
                m->last > fin || !c->noun[m->last])
                continue;
            const dy_pred *np = &DY_AT(c->d->preds, dy_pred, c->noun[m->last]->ref);
            if (np->code[0] == '1' && np->code[1] >= '8') {
                set_code(scodes[0], m->code, "MIL");
                ns = 1;
                stok = m->first;
            }
        }
    }
    /* "X, the first to visit Y, said …": a clause that starts with its
     * verb and has no subject takes the actor that opened the sentence */
    if (!ns && !c->rules->verb_second && w0 >= 0 && (uint32_t)w0 == fin && ki > 0 &&
        k->kind == CL_MAIN) {
        /* ", killing at least 18 people": the clause before acts on */
        const clause *from = cl[ki - 1].nsubj ? &cl[ki - 1] : &cl[0];
        ns = from->nsubj;
        memcpy(scodes, from->subjs, sizeof scodes);
        stok = k->a;
    }
    /* a verb pattern's source ('$' before the verb): the first actor
     * before the verb outside a phrase, a possessive too ("Eriador's death
     * toll has risen") */
    for (int i = 0; !ns && k->ppred && i < ng; i++)
        if (!g[i].prep && g[i].last <= k->pred_tok) {
            subj = i;
            ns = grp_codes(c, &g[i], scodes, 8);
            stok = grp_tok(c, &g[i], 0);
        }
    /* passive: "wurde von X empfangen" */
    bool passive = false;
    for (uint32_t i = k->a; i < k->b; i++)
        if (fwc(c, i) & FW_PASSIVE)
            passive = true;
    /* English non-restrictive relative clauses about an actor: "…, Kim
     * Jong Un, who greeted him at the airport" (the actor before the comma
     * is the subject), "Rwanda, which it accuses of sending troops" (the
     * actor is the object) */
    const ment *rel_ante = NULL;
    bool rel_obj = false;
    if (k->kind == CL_REL && !c->rules->verb_second && k->mood == DY_MOOD_FACT && k->pred &&
        !k->noun_pred && !(passive && has_vform(c, k->pred_tok, VF_PART))) {
        uint32_t r = k->a;
        while (r < k->b && !(fwc(c, r) & FW_REL))
            r++;
        const char *rw = r < k->b ? c->t[r].fold : "";
        if (r > c->s_first + 1 && is_punct(c, r - 1, ",") && r + 1 < k->b &&
            (!strcmp(rw, "who") || !strcmp(rw, "which") || !strcmp(rw, "whom"))) {
            for (size_t q = m0; q < c->ments.n && !rel_ante; q++) {
                const ment *m = &DY_AT(c->ments, ment, q);
                if (m->last == r - 1 && !m->adj_only && !m->pron && m->code[0])
                    rel_ante = m;
            }
            if (rel_ante && ns && stok < r) {
                /* the antecedent opens the clause and is its subject */
            } else if (rel_ante && strcmp(rw, "whom") &&
                       (verb_reading(c, r + 1, true) ||
                        (fwc(c, r + 1) & (FW_PASTAUX | FW_FUTURE)))) {
                ns = ment_codes(c, rel_ante, scodes, 8);
                stok = rel_ante->first;
                subj = -1;
            } else if (rel_ante && ns && stok > r) {
                rel_obj = true;
            } else {
                rel_ante = NULL;
            }
        }
    }
    if (ns)
        cp16(k->subj, scodes[0]);
    k->nsubj = ns;
    memcpy(k->subjs, scodes, sizeof k->subjs);
    int agent = -1;
    if (passive && k->pred && !k->noun_pred && has_vform(c, k->pred_tok, VF_PART))
        for (int i = 0; i < ng; i++)
            if (g[i].prep == c->id_von || g[i].prep == c->id_durch)
                agent = i;

    if (k->say) {
        if (ns)
            cp16(k->speaker, scodes[0]);
        if (c->trace)
            dy_buf_printf(c->trace, "    speech frame, speaker %s\n", ns ? scodes[0] : "(none)");
        return;
    }
    /* appeal in reported speech: the speaker appeals to the subject
     * ("die USA sollten die Fehler korrigieren, sagte Zhang") */
    if (k->mood == DY_MOOD_APPEAL && k->kind != CL_REL) {
        if (k->speaker[0] && ns && strncmp(k->speaker, scodes[0], 3)) {
            for (int a = 0; a < ns; a++)
                emit_event(c, k->speaker, scodes[a], "020", DY_MOOD_APPEAL, k, k->a, stok,
                           k->pred ? k->pred_tok : stok, RULE_APPEAL);
        } else if (c->trace) {
            dy_buf_puts(c->trace, "    appeal without a speaker or subject\n");
        }
        return;
    }
    if (!k->pred) {
        if (c->trace)
            dy_buf_puts(c->trace, "    no predicate in the dictionaries\n");
        return;
    }
    const dy_pred *pr = k->ppred ? k->ppred : &DY_AT(c->d->preds, dy_pred, k->pred->ref);
    /* "called on Rwanda": the particle of a phrasal verb heads no phrase */
    if (!k->noun_pred && k->pred->ntok > 1)
        for (int i = 0; i < ng; i++)
            if (g[i].prep && g[i].prep_tok > k->pred_tok &&
                g[i].prep_tok < k->pred_tok + k->pred->ntok)
                g[i].prep = 0;
    if (c->trace)
        dy_buf_printf(c->trace, "    predicate '%s' %s (%s) mood=%s subject=%s%s\n", pr->lemma,
                      pr->code, pr->rule, dy_mood_name(k->mood), ns ? scodes[0] : "-",
                      ns > 1 ? " (and more)" : "");
    if (k->kind == CL_REL && !rel_ante) {
        if (c->trace)
            dy_buf_puts(c->trace, "    relative clause: background, not coded\n");
        return;
    }
    if (k->noun_pred) {
        if (find2(c, k->a, k->pred_tok, FW2_END) < k->pred_tok) {
            if (c->trace)
                dy_buf_puts(c->trace, "    an event being ended: not coded\n");
            return;
        }
    }
    if (k->demanded) {
        if (c->trace)
            dy_buf_puts(c->trace, "    what was demanded: not an event of its own\n");
        return;
    }
    /* English "would not lift tariffs", "will not release the prisoners":
     * a concession refused for the future is a refusal to yield (124x) */
    char refuse[6] = "";
    if (k->mood == DY_MOOD_NEGATED && !c->rules->verb_second && !k->noun_pred &&
        !strncmp(pr->code, "08", 2) && find_fw(c, k->a, k->b, FW_FUTURE) < k->b) {
        static const char *const map[] = {"124", "1241", "1242", "124", "1243",
                                          "1244", "1245", "1246", "124", "124"};
        int d = pr->code[2] >= '0' && pr->code[2] <= '9' ? pr->code[2] - '0' : 0;
        snprintf(refuse, sizeof refuse, "%s", map[d]);
        k->mood = DY_MOOD_FACT;
        if (c->trace)
            dy_buf_printf(c->trace, "    a concession refused: %s\n", refuse);
    }
    if (mood_uncoded(k->mood)) {
        if (c->trace)
            dy_buf_printf(c->trace, "    not coded: %s\n", dy_mood_name(k->mood));
        return;
    }
    /* English agentless passive: "Haniyeh was killed in an Israeli strike"
     * — the subject suffered the act; the agent is the country whose
     * attack is named, else there is none (no event) */
    char pcodes[8][16];
    int npat = 0;
    if (!c->rules->verb_second && agent < 0 && !k->noun_pred && ns && subj >= 0 &&
        has_vform(c, k->pred_tok, VF_PART)) {
        bool aux = false;
        for (uint32_t q = k->pred_tok; q-- > k->a && q + 4 > k->pred_tok;) {
            if (fwc(c, q) & FW_PASSIVE) {
                aux = true;
                break;
            }
            if (c->t[q].type != TK_WORD || c->nverb[q])
                break;
        }
        if (aux) {
            npat = ns;
            memcpy(pcodes, scodes, sizeof pcodes);
            ns = 0;
            /* "were blocked by Chinese ships": an agent named by its
             * adjective */
            for (uint32_t q = k->pred_tok + k->pred->ntok; q + 1 < k->b && q < k->pred_tok + 4 && !ns;
                 q++)
                if ((fwc(c, q) & FW_PREP) && prep_norm(c, q) == c->id_von) {
                    const ment *m = slot_mention(c, m0, k, q + 1, false);
                    if (m && m->code[0] && strncmp(m->code, pcodes[0], 3)) {
                        ns = ment_codes(c, m, scodes, 8);
                        stok = m->first;
                    }
                    break;
                }
            for (size_t q = m0; q < c->ments.n && !ns; q++) {
                const ment *m = &DY_AT(c->ments, ment, q);
                if (!m->adj_only || m->compound_noun || m->first <= k->pred_tok ||
                    m->last >= k->b || !c->noun[m->last])
                    continue;
                const dy_pred *vp = &DY_AT(c->d->preds, dy_pred, c->noun[m->last]->ref);
                if ((vp->code[0] == '1' && vp->code[1] >= '8') ||
                    (vp->code[0] == '2' && vp->code[1] == '0')) {
                    set_code(scodes[0], m->code, "MIL");
                    ns = 1;
                    stok = m->first;
                    k->agent_noun = m->last + 1;
                }
            }
            if (!ns) {
                if (c->trace)
                    dy_buf_puts(c->trace, "    passive without an agent: no source\n");
                return;
            }
            if (c->trace)
                dy_buf_printf(c->trace, "    passive: %s acted on the subject %s\n", scodes[0],
                              pcodes[0]);
        }
    }
    /* "Kräfte der TPLF hätten einen Stützpunkt angegriffen, erklärte Abiy":
     * a speaker who reports violence by another side accuses it */
    if (k->reported && k->speaker[0] && ns && k->mood == DY_MOOD_FACT &&
        (pr->code[0] == '1' && pr->code[1] >= '5') && strcmp(k->speaker, scodes[0]) &&
        /* another country, or rebels and opposition at home */
        (strncmp(k->speaker, scodes[0], 3) ||
         (strlen(scodes[0]) >= 6 && (!strcmp(scodes[0] + 3, "REB") ||
                                     !strcmp(scodes[0] + 3, "OPP") ||
                                     !strcmp(scodes[0] + 3, "INS") ||
                                     !strcmp(scodes[0] + 3, "SEP")))))
        emit_event(c, k->speaker, scodes[0], "112", DY_MOOD_FACT, k, k->a, stok,
                   k->pred_tok, RULE_ACCUSE);
    /* target by the predicate's slots */
    int tgt = -1;
    if (agent >= 0 && subj >= 0) {
        ns = grp_codes(c, &g[agent], scodes, 8);
        stok = grp_tok(c, &g[agent], 0);
        tgt = subj;
    } else {
        /* a verb pattern's '+': the first actor after the word before it */
        int skip = k->pat_skip; /* "* iftar in ^ +": past one phrase */
        for (int i = 0; k->ppred && k->pat_tgt && i < ng && tgt < 0; i++)
            if (i != subj && g[i].first + 1 >= k->pat_tgt) {
                if (skip > 0)
                    skip--;
                else
                    tgt = i;
            }
        for (int s = 0; s < pr->nslots && tgt < 0; s++) {
            for (int i = 0; i < ng && tgt < 0; i++) {
                if (i == subj)
                    continue;
                /* "next": the first actor after the verb, in any phrase */
                if (pr->slots[s] == SLOT_NEXT) {
                    /* not a place ("celebrated in central Algiers") */
                    if (!k->noun_pred && g[i].first > k->pred_tok && g[i].prep != c->id_in)
                        tgt = i;
                    continue;
                }
                /* English objects follow the verb ("became the first U.S.
                 * president to visit Cuba") */
                if (pr->slots[s] == SLOT_OBJ && !c->rules->verb_second && !k->noun_pred &&
                    g[i].first < k->pred_tok)
                    continue;
                /* English "criticized the EU's plan to fund Ukraine's army":
                 * the possessor of the object noun is the target */
                bool eng_poss = pr->slots[s] == SLOT_OBJ && !c->rules->verb_second &&
                                !k->noun_pred && g[i].genattr && !g[i].prep &&
                                g[i].first > k->pred_tok &&
                                g[i].first <= k->pred_tok + k->pred->ntok + 1;
                if (eng_poss ||
                    (pr->slots[s] == SLOT_OBJ ? (!g[i].prep && !g[i].genattr)
                                             : g[i].prep == pr->slots[s] &&
                                                   /* a noun's phrase follows it */
                                                   (!k->noun_pred || g[i].first > k->pred_tok)))
                    tgt = i;
            }
            if (tgt < 0 && pr->slots[s] == SLOT_OBJ)
                for (int i = 0; i < ng && tgt < 0; i++)
                    if (i != subj && !g[i].prep && g[i].genattr && g[i].first > fin)
                        tgt = i;
        }
    }
    /* a verb pattern whose slots find no target: the first actor after
     * the verb, as TABARI and PETRARCH read their patterns */
    for (int i = 0; k->ppred && agent < 0 && tgt < 0 && i < ng; i++)
        if (i != subj && g[i].first > k->pred_tok)
            tgt = i;
    /* "hat Israel mit einem Großangriff überzogen": a noun predicate
     * whose own phrase names no one hits the clause's object */
    if (tgt < 0 && agent < 0 && k->noun_pred && !(ns >= 2 && (pr->flags & VFL_SYM)))
        for (int i = 0; i < ng && tgt < 0; i++)
            if (i != subj && !g[i].prep && !g[i].genattr)
                tgt = i;
    /* the object is an event noun whose phrase names the target: "lehnte
     * eine Lieferung an die Ukraine ab", "hat eine harte Haltung gegenüber
     * Peking eingenommen" (the noun's code when the verb is a support verb) */
    /* (not for the meetings of a plural subject: "the two leaders discussed
     * military aid for Ukraine" is a meeting of the two) */
    bool among = ns >= 2 && ((pr->flags & VFL_SYM) || !strncmp(pr->code, "04", 2));
    if (tgt < 0 && agent < 0 && !among) {
        for (uint32_t i = k->a; i < k->b && tgt < 0; i++) {
            const dy_phrase *np = c->noun[i];
            if (!np)
                continue;
            uint32_t s0 = np_start(c, i, k->a);
            if (s0 > k->a && (fwc(c, s0 - 1) & FW_PREP))
                continue; /* "bei ihrem Besuch in China warnte …": not the object */
            const dy_pred *npr = &DY_AT(c->d->preds, dy_pred, np->ref);
            for (int s = 0; s < npr->nslots && tgt < 0; s++)
                for (int q = 0; q < ng && tgt < 0; q++)
                    if (q != subj && g[q].prep == npr->slots[s] && g[q].first > i &&
                        g[q].first <= i + np->ntok + 8) {
                        tgt = q;
                        if (!k->noun_pred && (pr->flags & VFL_SUPPORT)) {
                            k->pred = np;
                            k->pred_tok = i;
                            k->noun_pred = true;
                            pr = npr;
                        }
                    }
        }
    }
    /* "Israel hat Ziele im Gazastreifen angegriffen", "struck targets in
     * Syria": violence against things in a place is against that place */
    if (tgt < 0 && agent < 0 && !k->noun_pred &&
        (!strncmp(pr->code, "18", 2) || !strncmp(pr->code, "19", 2) ||
         !strncmp(pr->code, "20", 2)))
        for (int i = 0; i < ng && tgt < 0; i++)
            if (i != subj && g[i].prep == c->id_in)
                tgt = i;
    /* "Die Ukraine hat das von Deutschland zugesagte System erhalten":
     * a verb of receiving turns the roles round */
    if ((pr->flags & VFL_RECV) && agent < 0) {
        int from = -1;
        for (int i = 0; i < ng && from < 0; i++)
            if (i != subj && g[i].prep == c->id_from)
                from = i;
        if (from < 0 || subj < 0) {
            if (c->trace)
                dy_buf_puts(c->trace, "    receiving without a giver\n");
            return;
        }
        tgt = subj;
        ns = grp_codes(c, &g[from], scodes, 8);
        stok = grp_tok(c, &g[from], 0);
    }
    if (tgt >= 0)
        nt = grp_codes(c, &g[tgt], tcodes, 8);
    if (npat) {
        tgt = -1;
        nt = npat;
        memcpy(tcodes, pcodes, sizeof tcodes);
    }
    /* "Omani Foreign Minister Badr Albusaidi": a name after its title is
     * the subject again, not a target (no event has the same two ends) */
    if (nt == 1 && ns == 1 && !strcmp(tcodes[0], scodes[0]) && !c->rules->verb_second) {
        nt = 0;
        tgt = -1;
    }
    uint32_t atok = 0;
    if (rel_ante && !rel_obj && !nt) {
        /* a relative clause names its own target; the discourse is not
         * asked ("…, who seized two cities earlier this year") */
        if (c->trace)
            dy_buf_puts(c->trace, "    relative clause without a target\n");
        return;
    }
    if (rel_obj) {
        tgt = -1;
        nt = ment_codes(c, rel_ante, tcodes, 8);
        atok = rel_ante->first;
    }
    /* English "retaliatory tariffs on U.S. goods", "called for the release
     * of detained Saudi activists": the slot phrase of the event noun names
     * its target by an adjective only */
    /* "condemned the Turkish strikes", "welcomed the Chinese proposal":
     * the adjective of an event noun in the object names whose act it is */
    if (tgt < 0 && agent < 0 && !among && !c->rules->verb_second && ns && !k->noun_pred &&
        !nt) {
        for (uint32_t j = k->pred_tok + k->pred->ntok; j < k->b && j < k->pred_tok + 5 && !nt;
             j++) {
            if ((fwc(c, j) & FW_PREP) || c->t[j].type == TK_PUNCT)
                break;
            const ment *m = mention_at(c, m0, j);
            if (!m)
                continue;
            if (m->adj_only && !m->compound_noun && m->last < k->b && c->noun[m->last] &&
                m->code[0] && strncmp(m->code, scodes[0], 3)) {
                nt = ment_codes(c, m, tcodes, 8);
                atok = m->first;
                if (c->trace)
                    dy_buf_printf(c->trace, "    target: whose act the object is: %s\n",
                                  tcodes[0]);
            }
            break;
        }
    }
    /* "protested against Israeli raids": the verb's own slot phrase names
     * its target by an adjective */
    if (tgt < 0 && agent < 0 && !among && !c->rules->verb_second && ns && !k->noun_pred)
        for (uint32_t j = k->pred_tok + k->pred->ntok; j < k->b && j < k->pred_tok + 4 && !nt;
             j++) {
            if (!(fwc(c, j) & FW_PREP))
                continue;
            uint32_t prep = prep_norm(c, j);
            if (prep == SLOT_OBJ || !pred_has_slot(pr, prep))
                break;
            const ment *m = slot_mention(c, m0, k, j + 1, false);
            if (m && m->code[0] && strncmp(m->code, scodes[0], 3)) {
                nt = ment_codes(c, m, tcodes, 8);
                atok = m->first;
                if (c->trace)
                    dy_buf_printf(c->trace, "    target in the verb's phrase: %s\n", tcodes[0]);
            }
            break;
        }
    if (tgt < 0 && agent < 0 && !among && !c->rules->verb_second && ns)
        for (uint32_t i = k->noun_pred ? k->pred_tok : k->pred_tok + 1; i < k->b && !nt; i++) {
            const dy_phrase *np = c->noun[i];
            if (!np)
                continue;
            const dy_pred *npr = &DY_AT(c->d->preds, dy_pred, np->ref);
            uint32_t j = i + np->ntok;
            if (j >= k->b || !(fwc(c, j) & FW_PREP))
                continue;
            if (!pred_has_slot(npr, prep_norm(c, j)))
                continue;
            const ment *m = slot_mention(c, m0, k, j + 1, false);
            if (m && m->code[0] && strncmp(m->code, scodes[0], 3)) {
                nt = ment_codes(c, m, tcodes, 8);
                atok = m->first;
                if (c->trace)
                    dy_buf_printf(c->trace, "    target in the phrase of '%s': %s\n",
                                  npr->lemma, tcodes[0]);
            }
        }
    /* "demanded an end to Israeli settlement building": what a demand
     * asks for names its target */
    if (!nt && tgt < 0 && agent < 0 && !c->rules->verb_second && ns && !k->noun_pred &&
        (!strncmp(pr->code, "02", 2) || !strncmp(pr->code, "10", 2))) {
        const ment *m = slot_mention(c, m0, k, k->pred_tok + k->pred->ntok, true);
        if (m && m->code[0] && strncmp(m->code, scodes[0], 3)) {
            nt = ment_codes(c, m, tcodes, 8);
            atok = m->first;
            if (c->trace)
                dy_buf_printf(c->trace, "    target in what is demanded: %s\n", tcodes[0]);
        }
    }
    /* "The United Nations called for an immediate ceasefire": a demand for
     * talks or a truce with no party named is addressed to the two sides */
    if (!nt && tgt < 0 && agent < 0 && !c->rules->verb_second && ns && !k->noun_pred &&
        c->have_pair && (!strncmp(pr->code, "02", 2) || !strncmp(pr->code, "10", 2)))
        for (uint32_t j = k->pred_tok + k->pred->ntok; j < k->b && j < k->pred_tok + 6 && !nt;
             j++) {
            if (!c->noun[j])
                continue;
            const char *vc = DY_AT(c->d->preds, dy_pred, c->noun[j]->ref).code;
            if ((!strncmp(vc, "04", 2) || !strncmp(vc, "08", 2)) &&
                strncmp(c->pair[0], scodes[0], 3) && strncmp(c->pair[1], scodes[0], 3)) {
                cp16(tcodes[0], c->pair[0]);
                cp16(tcodes[1], c->pair[1]);
                nt = 2;
                atok = j;
                if (c->trace)
                    dy_buf_printf(c->trace, "    a demand to both sides: %s, %s\n", tcodes[0],
                                  tcodes[1]);
            }
            break;
        }
    /* "wies dies zurück", "begrüßte die Zusage": the object takes up the
     * last reported event, and its other side is the target */
    /* its words reach into the clauses after this one: the first actor
     * there ("allowed that Mordor isn't a really pleasant place") */
    if (k->ppred && agent < 0 && tgt < 0 && k->npat && k->pat_tok[k->npat - 1] >= k->b)
        for (size_t q = m0; q < c->ments.n && !nt; q++) {
            const ment *m = &DY_AT(c->ments, ment, q);
            if (m->first >= k->b && m->first < k->pat_tok[k->npat - 1] && m->code[0]) {
                nt = ment_codes(c, m, tcodes, 8);
                atok = m->first;
            }
        }
    /* a pattern's target in the content clause right after its verb when
     * this one has none: "Gollum recently allowed that Mordor isn't …" (not
     * "struck a boat that Trump said …") */
    if (k->ppred && !nt && tgt < 0 && agent < 0 && ns && ki + 1 < ncl &&
        k->b <= k->pred_tok + k->pred->ntok + 1 && /* the clause ends with its verb */
        cl[ki + 1].kind == CL_SUB && cl[ki + 1].gov == ki) {
        grp sg[24];
        int nsg = find_groups(c, m0, &cl[ki + 1], sg, 24);
        for (int i = 0; i < nsg && !nt; i++)
            if (!sg[i].prep) {
                nt = grp_codes(c, &sg[i], tcodes, 8);
                atok = grp_tok(c, &sg[i], 0);
            }
    }
    if (!nt && ns && agent < 0 && pr->nslots &&
        (c->prev_src[0] || c->prev_agent[0]) && (atok = anaphoric_object(c, k, pr)) != 0) {
        const char *other = c->prev_agent[0] && strncmp(c->prev_agent, scodes[0], 3)
                                ? c->prev_agent
                            : c->prev_src[0] && strncmp(c->prev_src, scodes[0], 3) ? c->prev_src
                            : c->prev_tgt[0] && strncmp(c->prev_tgt, scodes[0], 3) ? c->prev_tgt
                                                                                 : NULL;
        /* "Nordkorea feuerte eine Rakete ab. Tokio forderte die Bevölkerung
         * auf … Kishida verurteilte den Test": further back, the last actor
         * of another country */
        for (int q = c->n_hist; !other && q-- > 0;)
            if (strncmp(c->hist[q], scodes[0], 3))
                other = c->hist[q];
        /* "wies die Vorwürfe aus Moskau zurück", "rejected the claims from
         * Beijing": the phrase after the noun names whose they are */
        const char *named = NULL;
        for (uint32_t z = atok + 1; z + 1 < k->b && z <= atok + 2 && !named; z++)
            if ((fwc(c, z) & FW_PREP) && (prep_norm(c, z) == c->id_aus ||
                                          prep_norm(c, z) == c->id_from)) {
                const ment *m = mention_at(c, m0, z + 1);
                if (!m && z + 2 < k->b && (fwc(c, z + 1) & FW_ART))
                    m = mention_at(c, m0, z + 2);
                if (m && m->code[0] && strncmp(m->code, scodes[0], 3))
                    named = m->code;
            }
        if (named)
            other = named;
        /* "verurteilte das Treffen": an event noun takes up the last event
         * of its kind (the meeting), not just the last actor */
        else if (c->noun[atok]) {
            const dy_pred *ap = &DY_AT(c->d->preds, dy_pred, c->noun[atok]->ref);
            /* the same code first ("den Besuch": the visit, not the talks
             * after it), else the same root */
            size_t best_q = SIZE_MAX;
            for (size_t q = c->events.n; q-- > 0 && best_q == SIZE_MAX;)
                if (!strcmp(DY_AT(c->events, dy_event, q).code, ap->code))
                    best_q = q;
            if (best_q == SIZE_MAX) {
                /* the first event of that root in the latest sentence that
                 * has one: "trafen sich" gives both directions, the first
                 * names the visitor */
                for (size_t q = c->events.n; q-- > 0;) {
                    const dy_event *e = &DY_AT(c->events, dy_event, q);
                    if (strncmp(e->code, ap->code, 2))
                        continue;
                    if (best_q != SIZE_MAX &&
                        e->sent != DY_AT(c->events, dy_event, best_q).sent)
                        break;
                    best_q = q;
                }
            }
            for (size_t q = best_q != SIZE_MAX ? best_q + 1 : 0; q-- > 0;) {
                const dy_event *e = &DY_AT(c->events, dy_event, q);
                if (strncmp(e->code, ap->code, 2))
                    continue;
                if (strncmp(e->source, scodes[0], 3))
                    other = e->source;
                else if (strncmp(e->target, scodes[0], 3))
                    other = e->target;
                break;
            }
        }
        if (other) {
            cp16(tcodes[0], other);
            nt = 1;
            if (c->trace)
                dy_buf_printf(c->trace, "    object refers to the last event: target %s\n", other);
        }
    }
    /* "verlangten, die Anordnung zurückzunehmen": a demand or appeal names
     * what is demanded in the infinitive clause after it, and that clause's
     * object (or the event it takes up) is the target */
    /* "warf Israel vor, Krankenhäuser anzugreifen", "rief X auf, … zu
     * bleiben": the infinitive after a speech act is its content, not a
     * deed of the speaker */
    bool speech_act = !strncmp(pr->code, "02", 2) || !strncmp(pr->code, "10", 2) ||
                      !strncmp(pr->code, "11", 2) || !strncmp(pr->code, "12", 2) ||
                      !strncmp(pr->code, "13", 2);
    if (speech_act && ki + 1 < ncl && cl[ki + 1].kind == CL_ZU && cl[ki + 1].gov == ki)
        cl[ki + 1].demanded = true;
    /* English "demanded that he be declared unfit": the subject of the
     * demanded content is the target */
    int w1 = ki + 1 < ncl ? first_word(c, cl[ki + 1].a, cl[ki + 1].b) : -1;
    bool that_clause = !c->rules->verb_second && ki + 1 < ncl && cl[ki + 1].kind == CL_SUB &&
                       w1 >= 0 && tok_eq(c, (uint32_t)w1, "that");
    if (!nt && ns && agent < 0 && ki + 1 < ncl && (cl[ki + 1].kind == CL_ZU || that_clause) &&
        cl[ki + 1].gov == ki && (!strncmp(pr->code, "02", 2) || !strncmp(pr->code, "10", 2))) {
        clause *z = &cl[ki + 1];
        z->demanded = true;
        grp zg[24];
        int nz = find_groups(c, m0, z, zg, 24);
        for (int i = 0; i < nz && !nt; i++)
            if (!zg[i].prep) {
                nt = grp_codes(c, &zg[i], tcodes, 8);
                atok = grp_tok(c, &zg[i], 0);
            }
        if (!nt && (atok = anaphoric_object(c, z, pr)) != 0) {
            const char *other = c->prev_agent[0] && strncmp(c->prev_agent, scodes[0], 3)
                                    ? c->prev_agent : NULL;
            if (other) {
                cp16(tcodes[0], other);
                nt = 1;
            }
        }
        if (nt && c->trace)
            dy_buf_printf(c->trace, "    target from the demanded clause: %s\n", tcodes[0]);
    }
    /* "Scholz widersprach.": a reaction of criticism or rejection with no
     * object at all answers the last actor */
    char rbuf[6];
    const char *rcode = k->mood == DY_MOOD_INTENT ? intent_code(pr, rbuf) : pr->code;
    if (!nt && ns && agent < 0 && ng <= 1 && pr->nslots &&
        (!strncmp(rcode, "11", 2) || !strncmp(rcode, "12", 2) || !strncmp(rcode, "13", 2)) &&
        (!k->noun_pred || !strncmp(rcode, "13", 2))) {
        /* also "warned of a serious response", "warnte vor einer
         * Eskalation": a warning or criticism whose phrases name no actor
         * is about the actor of the last event; an object that is no actor
         * ("kritisierte die Entscheidung" is handled above) blocks it */
        bool object = false;
        for (uint32_t i = k->pred_tok + 1; i < k->b && !object; i++) {
            if (c->t[i].type != TK_WORD && c->t[i].type != TK_NUM)
                continue;
            uint32_t s0 = np_start(c, i, k->a);
            bool in_pp = s0 > k->a && (fwc(c, s0 - 1) & FW_PREP);
            if (!in_pp && !(fwc(c, i) & (FW_PREP | FW_ART | FW_FUTURE | FW_PASTAUX)) &&
                c->t[i].flen > 2 && !c->inq[i])
                object = true;
            if (c->rules->verb_second)
                object = true; /* German: only a bare reaction */
        }
        const char *other = c->prev_agent[0] && strncmp(c->prev_agent, scodes[0], 3)
                                ? c->prev_agent : NULL;
        /* "Russia warned that NATO expansion would trigger a response": the
         * actor the content clause is about */
        if (!object && ki + 1 < ncl && cl[ki + 1].kind == CL_SUB && cl[ki + 1].gov == ki) {
            for (size_t q = m0; q < c->ments.n; q++) {
                const ment *m = &DY_AT(c->ments, ment, q);
                if (m->first >= cl[ki + 1].a && m->first < cl[ki + 1].b && m->code[0] &&
                    strncmp(m->code, scodes[0], 3)) {
                    cp16(tcodes[0], m->code);
                    nt = 1;
                    atok = m->first;
                    break;
                }
            }
            if (nt)
                other = NULL;
        }
        if (!object && other) {
            /* every actor of that subject ("Britain, France and Germany") */
            nt = 0;
            for (int q = 0; q < c->n_prev_agents && nt < 8; q++)
                if (strncmp(c->prev_agents[q], scodes[0], 3))
                    cp16(tcodes[nt++], c->prev_agents[q]);
            if (!nt)
                cp16(tcodes[nt++], other);
            atok = k->pred_tok;
            if (c->trace)
                dy_buf_printf(c->trace, "    no object: answers the last actor %s\n", other);
        }
    }
    /* English "would expel India's ambassador and suspend bilateral trade":
     * a coordinated verb with no actor of its own acts on the target of the
     * verb before it */
    if (!nt && ns && agent < 0 && !c->rules->verb_second && k->inherit && ki > 0 &&
        cl[ki - 1].emitted && cl[ki - 1].tgt[0] && pr->nslots &&
        (ng == 0 || (ng == 1 && subj == 0)) && strncmp(cl[ki - 1].tgt, scodes[0], 3)) {
        cp16(tcodes[0], cl[ki - 1].tgt);
        nt = 1;
        atok = k->pred_tok;
        if (c->trace)
            dy_buf_printf(c->trace, "    coordinated verb: target %s of the verb before\n",
                          tcodes[0]);
    }
    /* "…, with Oman's foreign minister shuttling between the two
     * delegations": a mediator with no party named works between the
     * parties of the clause before, or the last pair */
    if (!nt && ns && agent < 0 && !strcmp(pr->code, "045")) {
        if (ki > 0 && cl[ki - 1].nsubj >= 2) {
            for (int q = 0; q < cl[ki - 1].nsubj && nt < 8; q++)
                if (strncmp(cl[ki - 1].subjs[q], scodes[0], 3))
                    cp16(tcodes[nt++], cl[ki - 1].subjs[q]);
        } else if (c->have_pair && strncmp(c->pair[0], scodes[0], 3) &&
                   strncmp(c->pair[1], scodes[0], 3)) {
            cp16(tcodes[nt++], c->pair[0]);
            cp16(tcodes[nt++], c->pair[1]);
        }
        atok = k->pred_tok;
        if (nt && c->trace)
            dy_buf_printf(c->trace, "    mediation between the parties before: %s …\n", tcodes[0]);
    }
    /* English "Russia denied striking the building", "a charge Washington
     * denies": a denial answers the last actor of another country, who
     * made the charge */
    if (!nt && ns && agent < 0 && !c->rules->verb_second && !strncmp(rcode, "01", 2) &&
        !strcmp(pr->code, "016") && c->prev_agent[0] && strcmp(c->prev_agent, scodes[0]) &&
        (strncmp(c->prev_agent, scodes[0], 3) ||
         (strlen(scodes[0]) >= 6 && strlen(c->prev_agent) >= 6))) {
        cp16(tcodes[0], c->prev_agent);
        nt = 1;
        atok = k->pred_tok;
        if (c->trace)
            dy_buf_printf(c->trace, "    a denial answers the last actor %s\n", c->prev_agent);
    }
    const char *code = pr->code;
    char ibuf[6];
    if (k->mood == DY_MOOD_INTENT)
        code = intent_code(pr, ibuf);
    if (refuse[0])
        code = refuse;
    if (k->truce && k->mood == DY_MOOD_FACT)
        code = "0871";
    bool sym = pr->flags & VFL_SYM;
    /* a pattern's '%': the event holds among the members of the subject */
    if (k->ppred && k->pat_comp && ns >= 2 && agent < 0) {
        nt = 0;
        sym = true;
    }
    /* "Eriwan und Baku machten sich gegenseitig verantwortlich" */
    if (nt == 0 && ns >= 2 && clause_has2(c, k, FW2_RECIP))
        sym = true;
    /* "The two countries agreed to reopen embassies", "A and B clashed":
     * meetings, agreements, cooperation and fighting between the subjects */
    if (nt == 0 && ns >= 2 && agent < 0 &&
        (!strncmp(code, "03", 2) ||
         (!strncmp(code, "04", 2) && strcmp(code, "042") && strcmp(code, "043") &&
          strcmp(code, "045")) ||
         !strncmp(code, "05", 2) || !strncmp(code, "06", 2) || !strncmp(code, "19", 2)))
        sym = true;
    if (nt == 0 && ns >= 2 && sym) {
        for (int a = 0; a < ns; a++)
            for (int b = 0; b < ns; b++)
                if (a != b)
                    emit_event(c, scodes[a], scodes[b], code, k->mood, k, stok, stok,
                               k->pred_tok, pr->rule);
        return;
    }
    /* "Tens of thousands of Colombians marched in a national strike
     * against a tax reform": protest by the people names no target, and is
     * against their own government */
    if (ns && !nt && agent < 0 && !strncmp(code, "14", 2) && domestic_protester(scodes[0])) {
        set_code(tcodes[0], (char[4]){scodes[0][0], scodes[0][1], scodes[0][2], 0}, "GOV");
        nt = 1;
        atok = k->pred_tok;
        if (c->trace)
            dy_buf_printf(c->trace, "    protest against the own government: %s\n", tcodes[0]);
    }
    if (!ns || !nt) {
        if (c->trace)
            dy_buf_printf(c->trace, "    no %s\n", !ns ? "source" : "target");
        return;
    }
    /* "India banned 59 Chinese apps": curbing freedoms (1721) is done at
     * home; a ban on another country's goods or firms is an embargo (163) */
    if (!c->rules->verb_second && !strcmp(code, "1721") && ns && nt &&
        strncmp(scodes[0], tcodes[0], 3) && strncmp(scodes[0], "IGO", 3))
        code = "163";
    uint32_t ttok = tgt >= 0 ? grp_tok(c, &g[tgt], 0) : atok;
    cp16(k->tgt, tcodes[0]);
    for (int a = 0; a < ns; a++)
        for (int b = 0; b < nt; b++) {
            emit_event(c, scodes[a], tcodes[b], code, k->mood, k, stok, ttok,
                       k->pred_tok, pr->rule);
            if (sym && k->mood == DY_MOOD_FACT && tgt >= 0 && g[tgt].prep == c->id_mit)
                emit_event(c, tcodes[b], scodes[a], code, k->mood, k, ttok, stok,
                           k->pred_tok, pr->rule);
        }
}

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
static void code_nouns(cctx *c, size_t m0, clause *k)
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
static void code_mediation(cctx *c, size_t m0, clause *k)
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
        } else if (c->have_pair) {
            cp16(par[0], c->pair[0]);
            cp16(par[1], c->pair[1]);
            np = 2;
        }
        for (int a = 0; a < nm; a++)
            for (int b = 0; b < np; b++)
                emit_event(c, med[a], par[b], "045", DY_MOOD_FACT, k, mtok, mtok, i, pr->rule);
    }
}

/* Reported speech: "…, sagte X" (content before) or "X sagte, …" (after);
 * "laut X …", "so der Botschafter". */
static void mark_speech(cctx *c, size_t m0, clause *cl, int n)
{
    (void)m0;
    for (int k = 0; k < n; k++) {
        if (!cl[k].say)
            continue;
        /* the speaker: the say clause's subject (computed later); find the
         * first mention in the clause */
        char spk[16] = "";
        /* "… and told Zelenskiy that …": a coordinated speech verb has the
         * subject of the clause before; the actor after it is addressed */
        uint32_t from = cl[k].a, to = cl[k].b;
        if (cl[k].inherit && k > 0) {
            from = cl[k - 1].a;
            to = cl[k - 1].b;
        }
        for (size_t q = m0; q < c->ments.n && !spk[0]; q++) {
            ment *m = &DY_AT(c->ments, ment, q);
            if (m->first < from || m->first >= to || m->adj_only || m->obj)
                continue;
            char tmp[2][16];
            if (ment_codes(c, m, tmp, 2) >= 1) {
                cp16(spk, tmp[0]);
                /* "…, sagte Zhang Hanhui. … sagte der chinesische Diplomat":
                 * a definite description of the speaker names the country
                 * of the person we could not place */
                if (c->pending_up && !m->up && m->person < 0 && !m->pron && !m->pair &&
                    m->first > 0 && (fwc(c, m->first - 1) & FW_ART) &&
                    !c->up[c->pending_up - 1].code[0]) {
                    cp16(c->up[c->pending_up - 1].code, tmp[0]);
                    c->pending_up = 0;
                }
            } else if (m->up) {
                c->pending_up = m->up;
                break;
            } else if (m->role_only && c->last_speaker[0]) {
                cp16(spk, c->last_speaker); /* "so der Botschafter" */
            }
            if (spk[0])
                break;
        }
        int w = first_word(c, cl[k].a, cl[k].b);
        /* ", sagte Zhang" / ", the ambassador said": the content came
         * before; "… und sagte, …" / "and said Australia should …" (no
         * speaker in the frame): the content follows */
        bool has_speaker = false;
        for (size_t q = m0; q < c->ments.n && !has_speaker; q++) {
            const ment *m = &DY_AT(c->ments, ment, q);
            has_speaker = m->first >= cl[k].a && m->first < cl[k].b && !m->adj_only;
        }
        bool inverted = ((w >= 0 && verb_reading(c, (uint32_t)w, true)) && has_speaker) ||
                        cl[k].kind == CL_SAY;
        if (!c->rules->verb_second && !inverted && k > 0 && k == n - 1 && has_speaker)
            inverted = true; /* English ", the ministry said." at the end */
        if (inverted && k > 0) {
            for (int j = 0; j < k; j++) {
                cl[j].reported = true;
                cp16(cl[j].speaker, spk);
            }
        } else {
            for (int j = k + 1; j < n; j++) {
                cl[j].reported = true;
                cp16(cl[j].speaker, spk);
            }
        }
        if (spk[0])
            cp16(c->last_speaker, spk);
    }
    /* Konjunktiv I anywhere marks reported speech from the last speaker */
}

static void code_sentence(cctx *c)
{
    size_t m0 = c->ments.n;
    c->sent_m0 = m0;
    build_mentions(c, c->s_first, c->s_last);
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
    int n = cut_clauses(c, m0, cl);
    for (int k = 0; k < n; k++) {
        choose_pred(c, &cl[k]);
        choose_pattern(c, &cl[k]);
    }
    mark_speech(c, m0, cl, n);
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
            cp16(c->last_subj, cl[k].subj);
        if (cl[k].nsubj) {
            c->n_last_subj = cl[k].nsubj;
            memcpy(c->last_subjs, cl[k].subjs, sizeof c->last_subjs);
        }
        /* English "…, after the United States abstained": the background
         * of a temporal clause does not displace the sentence's agent */
        int w = first_word(c, cl[k].a, cl[k].b);
        bool background = !c->rules->verb_second && c->cur_agent[0] && w >= 0 &&
                          (c->fw2[w] & FW2_TEMPCONJ);
        /* English "North Korea fired a missile, South Korea's military
         * said": the speaker of a frame after the content is not its agent */
        if (!c->rules->verb_second && c->cur_agent[0] && cl[k].say && k > 0)
            background = true;
        if (cl[k].subj[0] && (cl[k].pred || cl[k].say) && !background) {
            cp16(c->cur_agent, cl[k].subj);
            c->n_cur_agents = cl[k].nsubj;
            memcpy(c->cur_agents, cl[k].subjs, sizeof c->cur_agents);
        }
    }
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
}

/* "ANKARA (AFP) – Die Türkei hat nach Gesprächen mit US-Vizepräsident Mike
 * Pence …": a meeting at the dateline's place between the host country and
 * a foreign side is a visit of the foreign side (042).  A meeting event of
 * the visitor toward the host becomes the visit; otherwise one is added. */
static void visits_from_dateline(cctx *c)
{
    if (!c->home[0])
        return;
    size_t n = c->events.n;
    int budget = 256; /* meetings looked at: bounds the work on huge articles */
    for (size_t i = 0; i < n && !c->oom && budget > 0; i++) {
        dy_event *e = &DY_AT(c->events, dy_event, i);
        if (strcmp(e->code, "040") && strcmp(e->code, "044") && strcmp(e->code, "046"))
            continue;
        budget--;
        if (e->mood != DY_MOOD_FACT || !strncmp(e->source, "IGO", 3) ||
            !strncmp(e->target, "IGO", 3))
            continue;
        bool src_home = !strncmp(e->source, c->home, 3), tgt_home = !strncmp(e->target, c->home, 3);
        if (src_home == tgt_home)
            continue;
        /* copies: pushing the visit below may move the events */
        char guest[16], host[16];
        cp16(guest, src_home ? e->target : e->source);
        cp16(host, src_home ? e->source : e->target);
        /* the guest's own meeting event toward the host becomes the visit */
        dy_event *mine = NULL;
        bool visited = false;
        for (size_t j = 0; j < c->events.n; j++) {
            dy_event *f = &DY_AT(c->events, dy_event, j);
            if (strncmp(f->source, guest, 3) || strncmp(f->target, host, 3))
                continue;
            if (!strcmp(f->code, "042"))
                visited = true;
            else if (!strncmp(f->code, "04", 2) && !mine)
                mine = f;
        }
        if (visited)
            continue;
        if (mine) {
            set_event_code(c, mine, "042");
            continue;
        }
        dy_event *v = dy_vec_push(&c->events);
        if (!v) {
            c->oom = true;
            return;
        }
        e = &DY_AT(c->events, dy_event, i); /* the vector may have moved */
        *v = *e;
        cp16(v->source, guest);
        cp16(v->target, host);
        const char *sn = src_home ? e->target_name : e->source_name;
        const char *tn = src_home ? e->source_name : e->target_name;
        dy_span ss = src_home ? e->tgt_span : e->src_span, ts = src_home ? e->src_span : e->tgt_span;
        v->source_name = sn;
        v->target_name = tn;
        v->src_span = ss;
        v->tgt_span = ts;
        set_event_code(c, v, "042");
        v->rule = RULE_VISIT;
    }
    /* the visits were appended in text order after the events, which are in
     * text order too: merge the two runs (each visit after the events of its
     * sentence), as the header promises */
    size_t total = c->events.n;
    if (total == n || c->oom)
        return;
    dy_event *tmp = dy_malloc(total * sizeof *tmp);
    if (!tmp) {
        c->oom = true;
        return;
    }
    dy_event *ev = c->events.items;
    size_t a = 0, b = n;
    for (size_t k = 0; k < total; k++)
        tmp[k] = b == total || (a < n && ev[a].sent <= ev[b].sent) ? ev[a++] : ev[b++];
    memcpy(ev, tmp, total * sizeof *tmp);
    dy_free(tmp);
}

/* A discard phrase (discards.txt) of scope STORY at token I, or NULL. */
static const dy_phrase *discard_at(cctx *c, uint32_t i, uint32_t end, uint32_t story)
{
    size_t n;
    const dy_phrase *ph = dy_dict_phrases(c->d, c->t[i].id, &n);
    for (size_t k = 0; k < n; k++) {
        const dy_phrase *p = &ph[k];
        if (p->kind != PK_DISCARD || p->ref != story || i + p->ntok > end || !phrase_ok(c, p, i))
            continue;
        const uint32_t *ids = dy_phrase_toks(c->d, p);
        bool ok = true;
        for (uint32_t j = 1; j < p->ntok && ok; j++)
            ok = c->t[i + j].id == ids[j];
        if (ok)
            return p;
    }
    return NULL;
}

/* The first discard phrase of scope STORY in [A, B): its token, or B. */
static uint32_t find_discard(cctx *c, uint32_t a, uint32_t b, uint32_t story)
{
    if (!c->d->n_discards)
        return b;
    for (uint32_t i = a; i < b; i++)
        if (c->t[i].id && discard_at(c, i, b, story))
            return i;
    return b;
}

void dy_code_sentences(cctx *c, const dy_vec *sents)
{
    /* a story discard ("typhoon", "World Golf Championships"): nothing of
     * the story is coded */
    uint32_t sd = c->n ? find_discard(c, 0, c->n, 1) : 0;
    if (sd < c->n) {
        if (c->trace) {
            dy_buf_puts(c->trace, "story discarded (discards.txt): ");
            trace_span(c, sd, sd + discard_at(c, sd, c->n, 1)->ntok);
            dy_buf_puts(c->trace, "\n");
        }
        return;
    }
    for (size_t s = 0; s < sents->n && !c->oom; s++) {
        dy_sent *se = &DY_AT(*sents, dy_sent, s);
        c->s_first = se->first;
        c->s_last = se->last;
        c->sent_index = (int)s;
        c->atom_end = 0;
        for (uint32_t i = se->first; i < se->last; i++) {
            c->atom[i] = match_actor(c, i, se->last);
            if (c->atom[i] && i + c->atom[i]->ntok > c->atom_end)
                c->atom_end = i + c->atom[i]->ntok; /* "the police cracked": no modifier */
            match_preds(c, i, se->last);
        }
        if (c->trace) {
            dy_buf_printf(c->trace, "sentence %zu: ", s);
            trace_span(c, se->first, se->last);
            dy_buf_puts(c->trace, "\n");
        }
        /* which tokens stand inside quotation marks */
        int depth = 0;
        for (uint32_t i = se->first; i < se->last; i++) {
            if (c->t[i].flags & TF_QCLOSE && depth > 0)
                depth--;
            c->inq[i] = depth > 0;
            if (c->t[i].flags & TF_QOPEN)
                depth++;
        }
        c->ev_src[0] = c->ev_tgt[0] = c->cur_agent[0] = 0;
        uint32_t dt = find_discard(c, se->first, se->last, 0);
        if (dt < se->last) {
            if (c->trace) {
                dy_buf_puts(c->trace, "  sentence discarded (discards.txt): ");
                trace_span(c, dt, dt + discard_at(c, dt, se->last, 0)->ntok);
                dy_buf_puts(c->trace, "\n");
            }
            continue;
        }
        code_sentence(c);
        if (c->ev_src[0]) {
            memcpy(c->prev_src, c->ev_src, 16);
            memcpy(c->prev_tgt, c->ev_tgt, 16);
        }
        /* the actor of the last clause that did or said something: "Ungarn
         * riegelte die Grenze ab. … Vučić kritisierte die Maßnahme" */
        if (c->cur_agent[0]) {
            if (c->n_hist == 8) { /* keep the last eight acting subjects */
                memmove(c->hist[0], c->hist[1], 7 * 16);
                c->n_hist = 7;
            }
            memcpy(c->hist[c->n_hist++], c->cur_agent, 16);
            memcpy(c->prev_agent, c->cur_agent, 16);
            c->n_prev_agents = c->n_cur_agents;
            memcpy(c->prev_agents, c->cur_agents, sizeof c->prev_agents);
        }
    }
    visits_from_dateline(c);
}
