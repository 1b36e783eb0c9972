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

/* Whether token K may be an adjective by its ending (lang.h adj_suffixes;
 * a language without the list: any word may). */
static bool adj_ending(const cctx *c, uint32_t k)
{
    const char *const *l = c->rules->adj_suffixes;
    if (!l)
        return true;
    const dy_tok *t = &c->t[k];
    for (; *l; l++) {
        size_t n = strlen(*l);
        if (t->flen > n && !memcmp(t->fold + t->flen - n, *l, n))
            return true;
    }
    return false;
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
        /* Russian "о высылке 23 российских дипломатов": the genitive after
         * an event noun is its own phrase, not the noun's */
        if (c->rules->case_marks_roles && c->noun[k])
            break;
        /* lower-case adjectives and numbers inside the NP */
        if ((c->t[k].type == TK_WORD && !(c->t[k].flags & TF_CAP) &&
             !(fwc(c, k) & (FW_PREP | FW_NEG | FW_CONJ | FW_SUBORD | FW_PRON | FW_REL)) &&
             c->nverb[k] == 0 && adj_ending(c, k)) ||
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
    if (!c->rules->name_modifiers)
        return j;
    uint32_t k = j;
    while (k < e && k < j + 2 && !c->atom[k] && c->t[k].type == TK_WORD &&
           !(c->t[k].flags & TF_CAP) && !c->fw[k] && !c->nverb[k])
        k++;
    return k < e && c->atom[k] && c->atom[k]->kind == PK_ROLE ? k : j;
}


/* The mention being composed at token i of sentence [s, e). */
typedef struct mstate {
    uint32_t s, e, i;       /* the sentence; the token being read */
    const dy_phrase *p;     /* the actor phrase at i, or NULL */
    uint32_t fw;            /* its function-word classes */
    char country[16], role[16];
    int person;             /* person index, or -1 */
    bool gen, adj_only, have_head;
    const char *rule;
    uint32_t j, head, pstart; /* the end so far, the head token, the start */
    int kind;               /* the phrase's kind (PK_*) */
    int up;                 /* unknown person index + 1, or 0 */
} mstate;

/* What a step of build_mentions says: go on composing, go to the next
 * token (st->i is set), or stop (out of memory). */
enum { M_ON, M_NEXT, M_STOP, M_NONE };

/* The country named last (this sentence's mentions first: "Santos recalled
 * the country's ambassador"), or NULL. */
static const char *last_country(cctx *c)
{
    for (size_t q = c->ments.n; q-- > c->sn.m0;) {
        const ment *p = &DY_AT(c->ments, ment, q);
        if (strlen(p->code) >= 3 && strncmp(p->code, "IGO", 3) && !p->pron && !p->pair &&
            !p->anaph)
            return p->code;
    }
    return c->dis.last_country[0] ? c->dis.last_country : NULL;
}

/* "Manama wirft dem Emirat vor": the country named last that none of the
 * sentence's actors so far outside a phrase belongs to (an object is
 * another than its subject), or NULL. */
static const char *last_other_country(cctx *c)
{
    for (size_t q = c->ments.n; q-- > 0;) {
        const ment *p = &DY_AT(c->ments, ment, q);
        if (strlen(p->code) < 3 || !strncmp(p->code, "IGO", 3) || p->pron || p->pair || p->anaph)
            continue;
        /* (a phrase's actor is none, "bei einem Treffen mit X"; a place's
         * is, "die Regierung in Manama", whose role has no code yet) */
        bool own = false;
        for (size_t r = c->sn.m0; r < c->ments.n && !own; r++) {
            const ment *o = &DY_AT(c->ments, ment, r);
            uint32_t s0 = np_start(c, o->first, c->sn.first);
            bool pp = s0 > c->sn.first && (fwc(c, s0 - 1) & FW_PREP) && prep_norm(c, s0 - 1) != c->id_in &&
                      prep_norm(c, s0 - 1) != c->id_aus;
            own = !pp && !strncmp(o->code, p->code, 3);
        }
        if (!own)
            return p->code;
    }
    return NULL;
}

/* "schloss die Grenzen zu dem Nachbarland": the country of the story's
 * last pair, else the last country, that the sentence has not named
 * before (a neighbour is another country than the one acting), or NULL. */
static const char *neighbour_country(cctx *c)
{
    const char *cand[3];
    int n = 0;
    if (c->dis.have_pair) {
        cand[n++] = c->dis.pair[0];
        cand[n++] = c->dis.pair[1];
    }
    if (c->dis.last_country[0])
        cand[n++] = c->dis.last_country;
    for (int k = 0; k < n; k++) {
        bool named = false;
        for (size_t q = c->sn.m0; q < c->ments.n && !named; q++) {
            const ment *p = &DY_AT(c->ments, ment, q);
            named = strlen(p->code) >= 3 && !strncmp(p->code, cand[k], 3);
        }
        if (!named && strncmp(cand[k], "IGO", 3))
            return cand[k];
    }
    return NULL;
}

/* The country named before the last one named, another one ("Moscow
 * invaded its neighbour": not Russia), into OUT; false if none. */
static bool other_country(cctx *c, char out[4])
{
    char last[4] = "";
    for (size_t q = c->ments.n; q-- > 0;) {
        const ment *p = &DY_AT(c->ments, ment, q);
        if (strlen(p->code) < 3 || !strncmp(p->code, "IGO", 3) || p->pron || p->pair || p->anaph ||
            (c->t[p->first].flags & TF_DATELINE))
            continue;
        if (!last[0]) {
            memcpy(last, p->code, 3);
        } else if (strncmp(last, p->code, 3)) {
            memcpy(out, p->code, 3);
            out[3] = 0;
            return true;
        }
    }
    return false;
}

/* Is token I, a word of clitic_articles, an object clitic rather than an
 * article: a word before it that is no preposition, article or verb (as
 * atoms.c reads it), and a finite verb, an auxiliary or another object
 * pronoun after it (« l'a condamné », « les accuse », « le lui a dit »)? */
static bool clitic_object(cctx *c, uint32_t i, uint32_t e)
{
    if (!c->rules->clitic_articles || !tok_in(c, i, c->rules->clitic_articles) || i <= c->sn.first ||
        i + 1 >= e || c->t[i - 1].type != TK_WORD || c->t[i + 1].type != TK_WORD ||
        (fwc(c, i - 1) & (FW_PREP | FW_ART)) || c->nverb[i - 1] || c->atom[i + 1])
        return false;
    if (fwc(c, i + 1) & FW_PRON_OBJ)
        return true;
    return verb_reading(c, i + 1, true);
}

/* Mentions that take up countries named before: "the three countries",
 * "die vier", "die Länder", "its neighbour", "the country's", "dem
 * Nachbarland".  M_NONE when there is none at st->i. */
static int anaphoric_mention(cctx *c, mstate *st)
{
    /* English "the three countries", "the four nations": the article, a
     * group number and a country noun take up the last so many countries
     * named (ment_codes) */
    if (!st->p && (st->fw & FW_ART) && st->i + 2 < st->e && c->rules->group_numbers &&
        (fwc(c, st->i + 2) & FW_COUNTRYNOUN)) {
        int n = 0;
        const dy_tok *nt = &c->t[st->i + 1];
        for (int q = 0; c->rules->group_numbers[q] && !n; q++)
            if (nt->flen == strlen(c->rules->group_numbers[q]) &&
                !memcmp(nt->fold, c->rules->group_numbers[q], nt->flen))
                n = q + 3;
        if (nt->type == TK_NUM && nt->flen <= 2)
            n = atoi(nt->fold);
        if (n >= 3 && n <= 8) {
            ment *m = new_ment(c, st->i, st->i + 3);
            if (!m)
                return M_STOP;
            m->pair = true;
            m->groupn = n;
            st->i += 3;
            return M_NEXT;
        }
    }
    /* "Die vier verlangten …": the article and a number with no noun
     * after it take up the actors named last, like a plural pronoun */
    if (!st->p && (st->fw & FW_ART) && st->i + 1 < st->e && (c->fw2[st->i + 1] & FW2_GROUPNUM) &&

        tok_in(c, st->i, c->rules->pair_articles) &&
        (st->i + 2 >= st->e || c->t[st->i + 2].type != TK_WORD || !(c->t[st->i + 2].flags & TF_CAP) ||
         c->nverb[st->i + 2])) {
        ment *m = new_ment(c, st->i, st->i + 2);
        if (!m)
            return M_STOP;
        m->pron = true;
        st->i += 2;
        return M_NEXT;
    }
    if (!st->p && (st->fw & FW_ART) && st->i + 1 < st->e && (fwc(c, st->i + 1) & FW_COUNTRYNOUN) &&
        tok_in(c, st->i, c->rules->pair_articles)) {
        ment *m = new_ment(c, st->i, st->i + 2); /* "die Länder" */
        if (!m)
            return M_STOP;
        m->pair = true;
        st->i += 2;
        return M_NEXT;
    }
    /* English "invaded its neighbour", "help its neighbor": a possessive
     * and a neighbour noun take up the country named before the last one */
    char oc[4];
    if (!st->p && (c->fw2[st->i] & FW2_POSS) && st->i + 1 < st->e &&
        tok_in(c, st->i + 1, c->rules->neighbour_nouns) && other_country(c, oc)) {
        ment *m = new_ment(c, st->i, st->i + 2);
        if (!m)
            return M_STOP;
        set_code(m->code, oc, "GOV");
        m->head = st->i + 1;
        m->anaph = true;
        st->i = m->last;
        return M_NEXT;
    }
    /* "condemned the country's hysteria", "die Politik des Landes", "his
     * country": the country noun takes up the country named last */
    if (!st->p && (st->fw & FW_ART) && st->i + 1 < st->e &&
        tok_in(c, st->i + 1, c->rules->country_nouns)) {
        uint32_t j = st->i + 2;
        bool poss = j < st->e && poss_s(c, j);
        bool gen = !poss && c->rules->nouns_capitalised && st->i > st->s &&
                   tok_in(c, st->i, c->rules->gen_articles) && c->t[st->i - 1].type == TK_WORD &&
                   (c->t[st->i - 1].flags & TF_CAP) && !c->fw[st->i - 1];
        /* "announced that his country had broken off relations", « son
         * pays »: a possessive's country is the one named last, the
         * speaker's */
        bool own = (c->fw2[st->i] & FW2_POSS) != 0;
        /* "sicherte dem Land die Solidarität zu", "warf dem Emirat vor":
         * where nouns are capitalised, an object's article (in no phrase)
         * before a country noun takes up the country named last too */
        bool obj = c->rules->nouns_capitalised && !own && (fwc(c, st->i) & FW_OBJART) &&
                   !(st->i > st->s && (fwc(c, st->i - 1) & FW_PREP)) &&
                   !(j < st->e && c->t[j].type == TK_WORD && (c->t[j].flags & TF_CAP) && !c->fw[j]);
        const char *last = (poss || gen || own) ? last_country(c) : obj ? last_other_country(c) : NULL;
        if (last) {
            /* a copy: LAST may point into the mentions new_ment moves */
            char lastc[16];
            cp16(lastc, last);
            ment *m = new_ment(c, st->i, poss ? j + 1 : j);
            if (!m)
                return M_STOP;
            set_code(m->code, lastc, "GOV");
            m->head = st->i + 1;
            m->gen = poss || gen; /* "his country" itself is no possessor */
            m->anaph = true;
            st->i = m->last;
            return M_NEXT;
        }
    }
    if (!st->p && (st->fw & FW_ART) && st->i + 1 < st->e && tok_in(c, st->i + 1, c->rules->neighbour_nouns) &&
        !(st->i + 2 < st->e && c->atom[st->i + 2])) {
        const char *nb = neighbour_country(c);
        if (nb) {
            char nbc[16];
            cp16(nbc, nb);
            ment *m = new_ment(c, st->i, st->i + 2);
            if (!m)
                return M_STOP;
            set_code(m->code, nbc, "GOV");
            m->head = st->i + 1;
            m->anaph = true;
            st->i = m->last;
            return M_NEXT;
        }
    }
    return M_NONE;
}

/* A name learnt earlier in the article, or one next to a speech verb, at
 * st->i.  M_NONE when there is none. */
static int learnt_name_mention(cctx *c, mstate *st)
{
    if (!st->p && name_like(c, st->i)) {
        /* a name we learnt earlier in the article, or one next to a
         * speech verb: "sagte Zhang Hanhui", "Zhang sagte" */
        uint32_t j = name_end(c, st->i, st->e);
        int up = up_find(c, st->i);
        bool after = j < st->e && say_reading(c, j);
        /* German "Dann wies die Regierung … aus", "Zudem teilte …": one
         * capitalised word opening the sentence before a separable speech
         * verb is an adverb (only "hin|weisen" would speak) */
        if (after && c->rules->nouns_capitalised && st->i == st->s && j == st->i + 1) {
            after = false;
            for (int v = 0; v < c->nverb[j]; v++)
                if ((DY_AT(c->d->preds, dy_pred, c->verb[j][v]->ref).flags & VFL_SAY) &&
                    c->verb[j][v]->vform != VF_FIN_SEP)
                    after = true;
        }
        bool speech = (st->i > st->s && say_reading(c, st->i - 1)) || after;
        if (!up && speech && (st->i > st->s || after))
            up = up_add(c, st->i, j, NULL);
        if (up) {
            ment *m = new_ment(c, st->i, j);
            if (!m)
                return M_STOP;
            m->up = up;
            m->head = st->i;
            cp16(m->code, c->dis.up[up - 1].code);
            st->i = j;
            return M_NEXT;
        }
    }
    return M_NONE;
}

/* Mentions without an actor phrase at token i: the dateline (skipped),
 * pronouns, pairs ("beide Länder", "the two countries"), names learnt in
 * the article or next to a speech verb.  M_ON: an actor phrase starts here. */
static int plain_mention(cctx *c, mstate *st)
{
    if (c->t[st->i].flags & TF_DATELINE) {
        st->i++;
        return M_NEXT;
    }
    st->p = c->atom[st->i];
    st->fw = fwc(c, st->i);
    /* "der Giftgasangriff in Duma": an institution's name right after a
     * bare "in" is a place of that name ("in der Duma" is the parliament) */
    if (st->p && st->p->kind == PK_TITLE && st->p->ntok == 1 && c->rules->nouns_capitalised &&
        st->i > st->s && c->rules->prep_in && c->t[st->i - 1].flen == strlen(c->rules->prep_in) &&
        !memcmp(c->t[st->i - 1].fold, c->rules->prep_in, c->t[st->i - 1].flen)) {
        st->i++;
        return M_NEXT;
    }
    /* pronouns and "beide Länder"; an article that may be an object
     * clitic is one before a verb (clitic_object) */
    bool clitic = !st->p && clitic_object(c, st->i, st->e);
    /* Russian "призвал стороны прекратить огонь": "the sides" (a pronoun
     * that is a country noun) right after a verb is its object, the pair
     * the article reports on, as "обе стороны" is */
    if (!st->p && (st->fw & FW_PRON) && (st->fw & FW_COUNTRYNOUN) && st->i > st->s &&
        verb_reading(c, st->i - 1, true) && !(c->t[st->i - 1].flags & TF_CAP)) {
        ment *m = new_ment(c, st->i, st->i + 1);
        if (!m)
            return M_STOP;
        m->pair = true;
        st->i++;
        return M_NEXT;
    }
    if (!st->p && ((st->fw & FW_PRON) || clitic)) {
        ment *m = new_ment(c, st->i, st->i + 1);
        if (!m)
            return M_STOP;
        m->pron = true;
        m->obj = clitic || (st->fw & FW_PRON_OBJ) != 0;
        st->i++;
        return M_NEXT;
    }
    /* English "the two countries": "two" is a pair only before a
     * country noun */
    /* (« les deux camps se sont accusés »: a side noun before a verb,
     * its negation or its reflexive) */
    bool side = !st->p && (c->fw2[st->i] & FW2_PAIRNOUN) && st->i + 2 < st->e &&
                tok_in(c, st->i + 1, c->rules->side_nouns) &&
                (verb_reading(c, st->i + 2, true) || (c->fw2[st->i + 2] & FW2_REFL) ||
                 (fwc(c, st->i + 2) & FW_NEG));
    if (!st->p && (c->fw2[st->i] & FW2_PAIRNOUN) && st->i + 1 < st->e &&
        ((fwc(c, st->i + 1) & FW_COUNTRYNOUN) || side))
        st->fw |= FW_PAIR;
    if (!st->p && (st->fw & FW_PAIR)) {
        uint32_t j = st->i + 1;
        if (j < st->e && ((fwc(c, j) & FW_COUNTRYNOUN) || side))
            j++;
        ment *m = new_ment(c, st->i, j);
        if (!m)
            return M_STOP;
        m->pair = true;
        st->i = j;
        return M_NEXT;
    }
    if (!st->p) {
        int r = anaphoric_mention(c, st);
        if (r == M_NONE)
            r = learnt_name_mention(c, st);
        if (r != M_NONE)
            return r;
        st->i++;
        return M_NEXT;
    }
    return M_ON;
}

/* « les armées malienne et nigérienne », « des avions de combat
 * sud-coréens et américains »: for the adjective at st->i after a
 * conjunction, the noun (a plain lower-case word or a role) before the
 * adjective before the conjunction, after an article; 0 if none. */
static uint32_t shared_adj_head(cctx *c, const mstate *st)
{
    uint32_t a0 = st->i - 1; /* the conjunction; find the adjective ending there */
    uint32_t q = a0;
    while (q > st->s && q + 4 > a0 && !(c->atom[q - 1] && q - 1 + c->atom[q - 1]->ntok == a0))
        q--;
    if (q <= st->s || !c->atom[q - 1] || q - 1 + c->atom[q - 1]->ntok != a0 ||
        (c->atom[q - 1]->kind != PK_ADJ && c->atom[q - 1]->kind != PK_DEMONYM))
        return 0;
    uint32_t adj = q - 1;
    /* the role or noun ending right before the adjective */
    for (uint32_t r = adj; r-- > st->s && r + 5 > adj;) {
        if (c->atom[r] && c->atom[r]->kind == PK_ROLE && r + c->atom[r]->ntok == adj)
            return r > st->s && (fwc(c, r - 1) & FW_ART) ? r : 0;
        if (r + 1 == adj && !c->atom[r] && c->t[r].type == TK_WORD && !(c->t[r].flags & TF_CAP) && !c->fw[r] &&
            c->nverb[r] == 0 && !c->noun[r])
            return r > st->s && (fwc(c, r - 1) & FW_ART) ? r : 0;
    }
    return 0;
}

/* A country adjective: a compound modifier ("chinesisch-russische"), an
 * agent ("Russian-backed"), the country of a role or demonym after it, or
 * of any noun after it. */
static int compose_adj(cctx *c, mstate *st)
{
    cp16(st->country, atom_code(c, st->p));
    st->rule = DY_AT(c->d->actors, dy_actor_ent, st->p->ref).rule;
    st->j = st->i + st->p->ntok;
    /* chinesisch-russische: a second adjective after a hyphen makes
     * a compound modifier; record both as adjective mentions */
    if (st->j + 1 < st->e && c->t[st->j].type == TK_HYPHEN && c->atom[st->j + 1] &&
        c->atom[st->j + 1]->kind == PK_ADJ) {
        ment *m = new_ment(c, st->i, st->j);
        if (!m)
            return M_STOP;
        set_code(m->code, st->country, state_role(st->country, st->kind));
        m->adj_only = true;
        m->rule = st->rule;
        m->head = st->i;
        m->compound_next = true;
        st->i = st->j + 1;
        return M_NEXT;
    }
    /* English "a British-flagged tanker", "a Chinese-owned firm": a
     * participle of owning after the hyphen keeps the adjective the
     * noun's country, as "a British tanker" */
    if (st->j + 2 < st->e && c->t[st->j].type == TK_HYPHEN && !(c->t[st->j + 1].flags & TF_SPACE) &&
        tok_in(c, st->j + 1, c->rules->owner_participles))
        st->j += 2;
    /* English "Russian-backed separatists", "Saudi-led coalition":
     * the adjective names who backs or leads, not whose they are */
    if (st->j + 1 < st->e && c->t[st->j].type == TK_HYPHEN &&
        c->t[st->j + 1].type == TK_WORD && !(c->t[st->j + 1].flags & (TF_CAP | TF_SPACE)) &&
        tok_suffix(c, st->j + 1, c->rules->agent_suffix, 3)) {
        ment *m = new_ment(c, st->i, st->j);
        if (!m)
            return M_STOP;
        set_code(m->code, st->country, state_role(st->country, st->kind));
        m->adj_only = true;
        m->rule = st->rule;
        m->head = st->i;
        st->i = st->j + 2;
        return M_NEXT;
    }
    /* "der russische UN-Botschafter", "die deutsche EU-Botschafterin": a
     * country's diplomat at an organisation (the organisation's name and a
     * hyphen before the diplomat) is that country's, not the
     * organisation's */
    uint32_t h = st->j < st->e && c->atom[st->j] ? st->j + c->atom[st->j]->ntok : st->e;
    const char *org = h < st->e ? atom_code(c, c->atom[st->j]) : NULL;
    if (h + 1 < st->e && org && !strncmp(org, "IGO", 3) && c->t[h].type == TK_HYPHEN &&
        !(c->t[h + 1].flags & TF_SPACE) && c->atom[h + 1] && c->atom[h + 1]->kind == PK_ROLE &&
        (fwc(c, h + 1) & FW_DIPLO)) {
        snprintf(st->role, sizeof st->role, "%s", DY_AT(c->d->roles, dy_actor_ent, c->atom[h + 1]->ref).code);
        st->head = h + 1;
        st->j = h + 1 + c->atom[h + 1]->ntok;
        st->have_head = true;
    } else if (st->j < st->e && c->atom[st->j] && c->atom[st->j]->kind == PK_ROLE) {
        snprintf(st->role, sizeof st->role, "%s",
                 DY_AT(c->d->roles, dy_actor_ent, c->atom[st->j]->ref).code);
        st->head = st->j;
        st->j += c->atom[st->j]->ntok;
        st->have_head = true;
    } else if (st->j < st->e && c->atom[st->j] && c->atom[st->j]->kind == PK_DEMONYM) {
        st->head = st->j;
        st->j += c->atom[st->j]->ntok;
        st->have_head = true;
    } else {
        st->adj_only = true;
        /* an adjective before any capitalised noun names that
         * country's thing: "südkoreanischen Boden", "die deutschen
         * Grenzkontrollen" */
        /* English "the Chinese city of Wuhan", "Chinese apps": the
         * noun after a country adjective is lower case */
        if (st->j < st->e && c->t[st->j].type == TK_WORD &&
            ((c->t[st->j].flags & TF_CAP) ||
             (!c->rules->nouns_capitalised && !c->fw[st->j] && c->nverb[st->j] == 0)) &&
            !c->noun[st->j] && !c->atom[st->j] &&
            /* (« des missiles russes s'est abattue »: a reflexive pronoun
             * is no noun) */
            !(c->fw2[st->j] & FW2_REFL)) {
            st->head = st->j;
            st->j++;
            st->adj_only = false;
        } else if (c->rules->adj_after_noun && st->i > st->s && st->i - 1 > 0 &&
                   c->t[st->i - 1].type == TK_WORD && !(c->t[st->i - 1].flags & TF_CAP) &&
                   !c->fw[st->i - 1] && c->nverb[st->i - 1] == 0 && !c->noun[st->i - 1] &&
                   !c->atom[st->i - 1] &&
                   ((fwc(c, st->i - 2) & FW_ART) || (c->fw2[st->i - 2] & FW2_QUANT))) {
            /* the noun before its adjective: "des villes ukrainiennes",
             * « plusieurs villes ukrainiennes » (not after a bare number:
             * « 20 cadres ukrainiens interdits de visas » cost odd-fr a
             * false event) */
            st->head = st->pstart = st->i - 1;
            st->adj_only = false;
        } else if (c->rules->adj_after_noun && st->i >= st->s + 3 && (fwc(c, st->i - 1) & FW_CONJ) &&
                   (st->head = shared_adj_head(c, st)) != 0) {
            /* « les délégations russe et ukrainienne », « des avions de
             * combat sud-coréens et américains »: the second of two
             * adjectives after a noun shares its noun (and its role) */
            if (c->atom[st->head])
                snprintf(st->role, sizeof st->role, "%s",
                         DY_AT(c->d->roles, dy_actor_ent, c->atom[st->head]->ref).code);
            st->adj_only = false;
        }
    }
    return M_ON;
}

/* A role noun ("Präsident"), unless it names a place of others ("refugee
 * camp"). */
static int compose_role(cctx *c, mstate *st)
{
    /* English "the Jenin refugee camp", "a military hospital": a role
     * noun naming a place of others is no actor (a police station or
     * an army base stands for its force, and stays) */
    if (st->i + st->p->ntok < st->e) {
        uint32_t nx = st->i + st->p->ntok;
        if (tok_in(c, nx, c->rules->place_nouns)) {
            st->i = nx;
            return M_NEXT;
        }
        /* "the official decree", "an official visit": a role word used
         * as an adjective before a noun is no actor (not "an official
         * said") */
        if (tok_in(c, st->i, c->rules->adj_roles) && st->p->ntok == 1 && c->t[nx].type == TK_WORD &&
            !(c->t[nx].flags & TF_CAP) && !c->atom[nx] && !c->fw[nx] && !c->nverb[nx]) {
            st->i = nx;
            return M_NEXT;
        }
        /* "tens of thousands marched" is the crowd, but "thousands of
         * soldiers" are the soldiers: a count before "of" is no actor */
        if (tok_in(c, st->i, c->rules->count_roles) && tok_in(c, nx, c->rules->gen_preps)) {
            st->i = nx;
            return M_NEXT;
        }
    }
    /* "Tausende Soldaten", "Hunderte russische Raketen": a counting word
     * that is a role only standing alone ("Tausende protestierten") counts
     * the noun after it */
    if ((c->fw2[st->i] & FW2_QUANT) && st->i + st->p->ntok < st->e) {
        uint32_t nx = st->i + st->p->ntok;
        if (c->t[nx].type == TK_WORD && !c->fw[nx] &&
            ((c->t[nx].flags & TF_CAP) || c->nverb[nx] == 0)) {
            st->i = nx;
            return M_NEXT;
        }
    }
    snprintf(st->role, sizeof st->role, "%s",
             DY_AT(c->d->roles, dy_actor_ent, st->p->ref).code);
    st->rule = DY_AT(c->d->roles, dy_actor_ent, st->p->ref).rule;
    st->j = st->i + st->p->ntok;
    st->have_head = true;
    /* an adjective after its noun names the role's country: French "le
     * gouvernement malien", "les autorités maliennes" */
    /* (over one or two lower-case adjectives: « la chaîne publique
     * française », « les forces armées régulières maliennes ») */
    uint32_t aj = st->j;
    while (c->rules->adj_after_noun && aj < st->e && aj < st->j + 2 && c->t[aj].type == TK_WORD &&
           !(c->t[aj].flags & TF_CAP) && !c->atom[aj] && !c->fw[aj] && !c->nverb[aj] && !c->noun[aj] &&
           aj + 1 < st->e && (adj_ending(c, aj) || (c->atom[aj + 1] && c->atom[aj + 1]->kind == PK_ADJ)))
        aj++;
    if (aj > st->j && !(aj < st->e && c->atom[aj] && c->atom[aj]->kind == PK_ADJ))
        aj = st->j;
    if (c->rules->adj_after_noun && aj < st->e && c->atom[aj] &&
        c->atom[aj]->kind == PK_ADJ) {
        cp16(st->country, atom_code(c, c->atom[aj]));
        st->j = aj + c->atom[aj]->ntok;
    }
    return M_ON;
}

/* A person: the parts of a full name are learnt for later mentions. */
static int compose_person(cctx *c, mstate *st)
{
    st->person = (int)st->p->ref;
    cp16(st->country, atom_code(c, st->p));
    if (st->i + st->p->ntok < st->e && poss_s(c, st->i + st->p->ntok))
        st->gen = true; /* "Biden's visit" */
    bool de_gen = st->p->gcase == GC_OBLIQUE && !c->rules->case_marks_roles;
    if (de_gen)
        st->gen = true; /* "Putins Sprecher", "Nawalnys Freilassung" */
    /* "Kim Jong Un … Kim": the parts of a full name stand for the
     * person later in the article */
    if (st->p->ntok >= 2)
        up_add(c, st->i, st->i + st->p->ntok, st->country);
    st->rule = DY_AT(c->d->people, dy_person, st->p->ref).rule;
    st->j = st->i + st->p->ntok + (st->gen && !de_gen ? 1 : 0);
    st->have_head = true;
    return M_ON;
}

/* A country, metonym, title, organisation or demonym, with a role joined by
 * a hyphen ("US-Präsident") or after a possessive ("Südkoreas Präsident"). */
static int compose_state(cctx *c, mstate *st)
{
    /* country, metonym, title, org, demonym */
    /* English "the Paris agreement", "the Minsk talks", "the
     * Beijing Olympics": a city before an event noun names the
     * event, it is no actor */
    if (st->kind == PK_METONYM && c->rules->name_modifiers && st->i + st->p->ntok < st->e &&
        c->noun[st->i + st->p->ntok] && !(c->t[st->i + st->p->ntok].flags & TF_CAP)) {
        st->i += st->p->ntok;
        return M_NEXT;
    }
    /* (and with a plain modifier between: "the Paris climate agreement",
     * "the Doha peace talks") */
    if (st->kind == PK_METONYM && c->rules->name_modifiers && st->i + st->p->ntok + 1 < st->e) {
        uint32_t nx = st->i + st->p->ntok;
        if (c->t[nx].type == TK_WORD && !(c->t[nx].flags & TF_CAP) && !c->atom[nx] && !c->fw[nx] &&
            !c->noun[nx] && c->nverb[nx] == 0 && c->noun[nx + 1] && !(c->t[nx + 1].flags & TF_CAP)) {
            st->i = nx;
            return M_NEXT;
        }
    }
    /* "The Washington Post", "the Moscow Times": a city before a name it
     * is part of names no state */
    if (st->kind == PK_METONYM && !c->rules->nouns_capitalised && st->i + st->p->ntok < st->e) {
        uint32_t nx = st->i + st->p->ntok;
        const dy_tok *t = &c->t[nx];
        if (t->type == TK_WORD && (t->flags & TF_CAP) && !c->atom[nx] && !c->fw[nx] &&
            !c->noun[nx] && c->nverb[nx] == 0) {
            st->i = nx + 1;
            return M_NEXT;
        }
    }
    cp16(st->country, atom_code(c, st->p));
    st->rule = DY_AT(c->d->actors, dy_actor_ent, st->p->ref).rule;
    st->j = st->i + st->p->ntok;
    st->gen = is_gen_kind(st->kind);
    /* English "China's", "Russia’s" */
    if (st->j < st->e && poss_s(c, st->j)) {
        st->gen = true;
        st->j++;
    }
    st->have_head = true;
    if (st->kind == PK_DEMONYM && strlen(st->country) == 3)
        snprintf(st->role, sizeof st->role, "CVL");
    /* US-Präsident, EU-Kommission */
    if (st->j + 1 < st->e && c->t[st->j].type == TK_HYPHEN && !(c->t[st->j + 1].flags & TF_SPACE)) {
        const dy_phrase *q = c->atom[st->j + 1];
        if (q && q->kind == PK_ROLE) {
            snprintf(st->role, sizeof st->role, "%s",
                     DY_AT(c->d->roles, dy_actor_ent, q->ref).code);
            st->head = st->j + 1;
            st->j = st->j + 1 + q->ntok;
            st->gen = false;
        } else {
            /* "Ukraine-Konflikt", "China-Besuch": a modifier of the
             * compound; an event noun takes it as its target */
            ment *m = new_ment(c, st->i, st->j);
            if (!m)
                return M_STOP;
            set_code(m->code, st->country, state_role(st->country, st->kind));
            m->adj_only = true;
            m->compound_noun = true;
            m->rule = st->rule;
            m->head = st->i;
            st->i = st->j + 1;
            return M_NEXT;
        }
    } else if ((st->gen || (c->rules->name_modifiers && (st->kind == PK_COUNTRY ||
                                                    st->kind == PK_ORG))) &&
               (st->j = skip_modifiers(c, st->j, st->e)) < st->e && c->atom[st->j] &&
               c->atom[st->j]->kind == PK_ROLE) {
        /* Südkoreas Präsident; English "U.S. President", "EU foreign
         * policy chief" */
        snprintf(st->role, sizeof st->role, "%s",
                 DY_AT(c->d->roles, dy_actor_ent, c->atom[st->j]->ref).code);
        st->head = st->j;
        st->j += c->atom[st->j]->ntok;
        st->gen = false;
    }
    return M_ON;
}

/* A person's name after a role ("Präsident Wladimir Putin") or an unknown
 * name after a possessive country ("Brazil's Lula"). */
static int compose_name(cctx *c, mstate *st)
{
    /* role + person name: "Präsident Wladimir Putin" */
    if (st->have_head && st->person < 0 && st->j < st->e && c->atom[st->j] && c->atom[st->j]->kind == PK_PERSON) {
        st->person = (int)c->atom[st->j]->ref;
        if (c->rules->possessor_names)
            st->gen = false; /* "Hungary's Orban": the person, not a possessor */
        if (c->atom[st->j]->ntok >= 2)
            up_add(c, st->j, st->j + c->atom[st->j]->ntok, person_code(c->d, st->person, c->date));
        st->head = st->j;
        st->j += c->atom[st->j]->ntok;
    }
    /* "the militant group Hamas", "die Terrormiliz IS": a bare role
     * before an organisation's name describes it; the name is the actor,
     * of its country in the role the text gives it ("die Miliz RSF" is a
     * militia whatever its code was before) */
    if (st->role[0] && !st->country[0] && st->person < 0 && st->kind == PK_ROLE &&
        st->j < st->e && c->atom[st->j] && c->atom[st->j]->kind == PK_ORG) {
        cp16(st->country, atom_code(c, c->atom[st->j]));
        if (strlen(st->country) != 6)
            st->role[0] = 0;
        st->rule = DY_AT(c->d->actors, dy_actor_ent, c->atom[st->j]->ref).rule;
        st->head = st->j;
        st->j += c->atom[st->j]->ntok;
    }
    /* English "Brazil's Lula offered …": a possessive country before an
     * unknown name is that person's country */
    if (c->rules->possessor_names && st->gen && !st->role[0] && st->person < 0 &&
        st->kind == PK_COUNTRY &&
        st->j < st->e && c->t[st->j].type == TK_WORD && (c->t[st->j].flags & TF_CAP) && !c->atom[st->j] &&
        !c->fw[st->j] && !c->noun[st->j] && c->nverb[st->j] == 0) {
        uint32_t q = st->j + 1;
        if (q < st->e && c->t[q].type == TK_WORD && (c->t[q].flags & TF_CAP) && !c->atom[q] &&
            !c->fw[q] && !c->noun[q] && c->nverb[q] == 0)
            q++;
        /* the name ends the phrase: a verb, punctuation or a function
         * word follows ("Iran's Revolutionary Guards" is an org) */
        if (q >= st->e || c->t[q].type != TK_WORD || c->nverb[q] || c->fw[q]) {
            up_add(c, st->j, q, st->country);
            st->head = st->j;
            st->j = q;
            st->gen = false;
        }
    }
    return M_ON;
}

/* A role of the state (government, military, police, courts,
 * legislature, intelligence)? */
static bool state_role_code(const char *r)
{
    static const char *const st[] = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"};
    for (size_t i = 0; i < sizeof st / sizeof st[0]; i++)
        if (!strncmp(r, st[i], 3))
            return true;
    return false;
}

/* Country and role composed: "der Huthi-Sprecher", "ein Sprecher der
 * Hamas", "der Wagner-Chef": a state role (spokesman, chief, leadership)
 * of a group that is no part of a state (rebels, opposition, militias)
 * speaks for that group, not for its country's government. */
static void compose_code(cctx *c, char dst[16], const char *country, const char *role)
{
    if (role && rule_on(c, RF_GROUP_ROLE) && strlen(country) >= 6 && strncmp(country, "IGO", 3) && strncmp(country, "NGO", 3) &&
        state_role_code(role) && !state_role_code(country + 3)) {
        cp16(dst, country);
        return;
    }
    set_code(dst, country, role);
}


/* The actor in the genitive at K that gives the role its country: a
 * genitive country, organisation, metonym or title; an undeclined name
 * right after the role (Russian "посол США", "генсек ООН"). */
static bool genitive_actor(cctx *c, const mstate *st, uint32_t k)
{
    bool bare = k > st->j || c->rules->bare_country_genitive;
    return k < st->e && c->atom[k] &&
           (is_gen_kind(c->atom[k]->kind) || (c->atom[k]->kind == PK_ORG && bare) ||
            (c->atom[k]->kind == PK_METONYM && k > st->j) || (c->atom[k]->kind == PK_COUNTRY && bare) ||
            (c->atom[k]->kind == PK_TITLE && k > st->j));
}

/* Where the genitive has no preposition: one or two role nouns in the
 * genitive after the role at K, before its country ("представитель МИД
 * Армении", "начальник генштаба вооруженных сил Армении"); the token
 * after them, and in INNER the code of the first that is no government
 * role (a spokesman of the army speaks for the army), or "".  K if
 * none. */
static uint32_t inner_roles(cctx *c, const mstate *st, uint32_t k, char inner[16])
{
    inner[0] = 0;
    for (int n = 0; n < 2 && !c->rules->of_genitive && k < st->e && c->atom[k] && c->atom[k]->kind == PK_ROLE;
         n++) {
        const char *code = DY_AT(c->d->roles, dy_actor_ent, c->atom[k]->ref).code;
        if (!inner[0] && strncmp(code, "GOV", 3))
            cp16(inner, code);
        k += c->atom[k]->ntok;
    }
    return k;
}

/* A role with its country in the genitive or an "of" phrase ("Präsidenten
 * Polens", "the foreign minister of China"), a list of them sharing the role. */
static int role_genitives(cctx *c, mstate *st)
{
    /* role + genitive country or institution: "Präsidenten Polens",
     * "Pressesprecherin des Weißen Hauses", "Regierungschefs
     * Australiens, Indiens und Japans" (a list: one mention each) */
    if (st->role[0] && !st->country[0] && st->person < 0 && st->j < st->e) {
        uint32_t k = st->j;
        /* English "King Abdullah of Jordan", "President Ruto of Kenya":
         * a name between the role and its country */
        if (c->rules->of_genitive) {
            uint32_t q = k;
            while (q < st->e && q < st->j + 3 && c->t[q].type == TK_WORD && (c->t[q].flags & TF_CAP) &&
                   !c->atom[q] && !c->fw[q])
                q++;
            if (q > k && q + 1 < st->e && tok_in(c, q, c->rules->gen_preps))
                k = q;
        }
        /* « l'envoyée intérimaire des Nations unies », « le représentant
         * spécial de l'ONU »: where adjectives follow their noun, one or two
         * lower-case adjectives between the role and its genitive */
        if (c->rules->of_genitive && c->rules->adj_after_noun && k == st->j) {
            uint32_t q = k;
            while (q < st->e && q < st->j + 2 && c->t[q].type == TK_WORD && !(c->t[q].flags & TF_CAP) &&
                   !c->atom[q] && !c->fw[q] && !c->nverb[q] && !c->noun[q])
                q++;
            if (q > k && q + 1 < st->e && tok_in(c, q, c->rules->gen_preps))
                k = q;
        }
        /* English "the foreign minister of China" */
        if (c->rules->of_genitive && k + 1 < st->e && tok_in(c, k, c->rules->gen_preps))
            k++;
        /* German "die Armee von Burkina Faso", "der Präsident von
         * Frankreich": "von" and a country's plain name stand for the
         * genitive */
        else if (!c->rules->of_genitive && c->rules->verb_second && k + 1 < st->e && c->t[k].id &&
                 c->t[k].id == c->id_von && c->atom[k + 1] &&
                 (c->atom[k + 1]->kind == PK_COUNTRY || c->atom[k + 1]->kind == PK_METONYM))
            k++;
        if (k < st->e && (fwc(c, k) & (FW_ART)) && !(fwc(c, k) & FW_OBJART))
            k++;
        /* English "regions of eastern Ukraine" */
        if (k + 1 < st->e && k > st->j && tok_in(c, k, c->rules->compass_adjs))
            k++;
        /* English "the foreign ministers of the two countries", "the
         * leaders of both sides": the role of each of the pair */
        if (k > st->j && k + 1 < st->e && !c->atom[k] &&
            (((c->fw2[k] & FW2_PAIRNOUN) && (fwc(c, k + 1) & FW_COUNTRYNOUN)) ||
             ((fwc(c, k) & FW_PAIR) && (fwc(c, k + 1) & FW_COUNTRYNOUN)))) {
            ment *m = new_ment(c, st->pstart, k + 2);
            if (!m)
                return M_STOP;
            m->pair = true;
            cp16(m->role, st->role);
            m->rule = st->rule;
            m->head = st->head;
            st->i = k + 2;
            return M_NEXT;
        }
        /* adjectives: "der baltischen Staaten" */
        /* Russian "представитель МИД Армении", "начальник генштаба
         * вооруженных сил Армении": one or two roles in the genitive
         * between the role and its country (inner_roles) */
        char inner[16];
        uint32_t k0 = k;
        k = inner_roles(c, st, k, inner);
        /* Russian "посол США", "генсек ООН": an undeclined name right
         * after the role */
        if (k > k0 && !genitive_actor(c, st, k))
            k = k0;
        else if (k > k0 && inner[0] && !strncmp(st->role, "GOV", 3))
            cp16(st->role, inner);
        if (genitive_actor(c, st, k)) {
            /* first genitive: this mention */
            cp16(st->country, atom_code(c, c->atom[k]));
            uint32_t next = k + c->atom[k]->ntok;
            ment *m = new_ment(c, st->pstart, next);
            if (!m)
                return M_STOP;
            compose_code(c, m->code, st->country, st->role);
            m->rule = st->rule;
            m->head = st->head;
            m->role_list = true;
            size_t mi = c->ments.n - 1; /* M moves when the list adds mentions */
            /* further genitives in a list share the role */
            uint32_t q = next;
            while (q + 1 < st->e && (is_punct(c, q, ",") || (fwc(c, q) & FW_CONJ))) {
                uint32_t r = q + 1;
                if (r < st->e && (fwc(c, r) & FW_ART) && !(fwc(c, r) & FW_OBJART))
                    r++;
                /* English "the leaders of the United States, Japan and
                 * South Korea": plain country names in the list */
                if (r < st->e && c->atom[r] &&
                    (is_gen_kind(c->atom[r]->kind) ||
                     (c->rules->of_genitive && (c->atom[r]->kind == PK_COUNTRY ||
                                                  c->atom[r]->kind == PK_METONYM)))) {
                    ment *m2 = new_ment(c, r, r + c->atom[r]->ntok);
                    if (!m2)
                        return M_STOP;
                    set_code(m2->code, atom_code(c, c->atom[r]), st->role);
                    m2->rule = DY_AT(c->d->actors, dy_actor_ent, c->atom[r]->ref).rule;
                    m2->head = r;
                    m2->role_list = true;
                    q = r + c->atom[r]->ntok;
                } else if (r + 1 < st->e && c->atom[r] && c->atom[r]->kind == PK_ADJ &&
                           (fwc(c, r + 1) & FW_COUNTRYNOUN)) {
                    /* "und der baltischen Staaten": a region, skip */
                    q = r + 2;
                } else {
                    break;
                }
            }
            /* an apposition with the person's name: ", Jen Psaki," */
            if (q + 1 < st->e && is_punct(c, q, ",") && c->atom[q + 1] &&
                c->atom[q + 1]->kind == PK_PERSON) {
                m = &DY_AT(c->ments, ment, mi);
                m->last = q + 1 + c->atom[q + 1]->ntok;
                q = m->last;
            }
            st->i = q;
            return M_NEXT;
        }
    }
    return M_ON;
}

/* "der Oppositionsführer des Landes, Kato Mbabazi, …": a name of two to four
 * words we do not know, set off by commas after a role (and its genitive
 * country noun), is learnt with the role's code; a later "Mbabazi" finds
 * that person again.  Returns the unknown person's index + 1, or 0. */
static int apposed_name(cctx *c, const mstate *st)
{
    uint32_t q = st->j;
    while (q < st->e && q < st->j + 3 && !is_punct(c, q, ",") &&
           ((fwc(c, q) & FW_ART) || tok_in(c, q, c->rules->country_nouns) ||
            (c->t[q].type == TK_WORD && !(c->t[q].flags & TF_CAP) && !c->fw[q] && !c->nverb[q])))
        q++;
    if (!(q + 2 < st->e && is_punct(c, q, ",") && name_like(c, q + 1)))
        return 0;
    uint32_t r = name_end(c, q + 1, st->e);
    if (r < q + 3 || !(r == st->e || is_punct(c, r, ",")))
        return 0;
    return up_add(c, q + 1, r, NULL);
}

/* The composed mention, its code from person, country and role. */
static int finish_mention(cctx *c, mstate *st)
{
    /* a role followed by a name we do not know: the name is learnt
     * with the role's code ("Verteidigungsminister Awad Ibn Auf") */
    st->up = 0;
    if (st->role[0] && st->person < 0 && st->j < st->e && name_like(c, st->j)) {
        uint32_t q = name_end(c, st->j, st->e);
        st->up = up_add(c, st->j, q, NULL);
        st->j = q;
    } else if (st->role[0] && st->person < 0) {
        st->up = apposed_name(c, st);
    }
    ment *m = new_ment(c, st->pstart, st->j);
    if (!m)
        return M_STOP;
    m->up = st->up;
    m->rule = st->rule;
    m->head = st->head;
    m->gen = st->gen;
    m->adj_only = st->adj_only;
    if (st->person >= 0 && !strncmp(st->country, "IGO", 3) && st->kind != PK_PERSON) {
        /* "der AU-Gesandte Olusegun Obasanjo" speaks for the AU */
        m->person = st->person;
        cp16(m->code, st->country);
    } else if (st->person >= 0) {
        m->person = st->person;
        cp16(m->code, person_code(c->d, st->person, c->date));
        if (st->role[0] && strlen(m->code) == 3) {
            char tmp[16];
            set_code(tmp, m->code, st->role);
            cp16(m->code, tmp);
        }
    } else if (st->country[0]) {
        /* a state named as an actor ("China kritisierte …", "the
         * United States lifted sanctions") is its government: the
         * convention of the gold standard and of CAMEO practice */
        if (st->role[0])
            compose_code(c, m->code, st->country, st->role);
        else
            set_code(m->code, st->country, state_role(st->country, st->kind));
    } else if (st->role[0]) {
        m->role_only = true;
        cp16(m->role, st->role);
        m->diplo = (fwc(c, st->head) & FW_DIPLO) != 0;
    }
    st->i = st->j > st->i ? st->j : st->i + 1;
    return M_ON;
}

/* Builds the mentions of sentence [s, e): composition of country, role and
 * person atoms into one actor ("US-Präsident Joe Biden", "der chinesische
 * Diplomat", "Südkoreas Präsident Moon Jae In", "die Pressesprecherin des
 * Weißen Hauses, Jen Psaki", "Staats- und Regierungschefs Australiens,
 * Indiens und Japans"). */
/* "anti-government protesters", "pro-Kremlin media": a role or state after
 * a lower-case prefix and its hyphen, before a word, is part of a compound
 * modifier, no actor of its own (a dictionary phrase that spans the prefix,
 * "anti-riot police", starts before it and stays).  Drops such mentions of
 * the sentence whose tokens start at S. */
/* "Russia-Ukraine talks", "U.S.-China trade talks": two names joined by a
 * hyphen before an event noun (up to one lower-case word between) modify
 * it as a pair, like "Chinese-Russian talks": both become adjective
 * mentions of the noun. */
static void name_pairs(cctx *c, uint32_t s)
{
    size_t m0 = c->ments.n;
    while (m0 > 0 && DY_AT(c->ments, ment, m0 - 1).first >= s)
        m0--;
    for (size_t k = m0; k + 1 < c->ments.n; k++) {
        ment *m = &DY_AT(c->ments, ment, k), *m2 = &DY_AT(c->ments, ment, k + 1);
        if (!m->adj_only || !m->compound_noun || m2->first != m->last + 1 ||
            m2->adj_only || m2->gen || m2->person >= 0 ||
            !c->atom[m2->first] || c->atom[m2->first]->kind != PK_COUNTRY ||
            m2->last != m2->first + c->atom[m2->first]->ntok || m2->last >= c->sn.last)
            continue;
        uint32_t n = m2->last;
        if (!c->noun[n] && n + 1 < c->sn.last && c->t[n].type == TK_WORD &&
            !(c->t[n].flags & TF_CAP) && !c->fw[n] && !c->atom[n])
            n++;
        if (!c->noun[n])
            continue;
        m->compound_noun = false;
        m->compound_next = true;
        m2->adj_only = true;
    }
}

static void drop_prefixed(cctx *c, uint32_t s)
{
    size_t m0 = c->ments.n;
    while (m0 > 0 && DY_AT(c->ments, ment, m0 - 1).first >= s)
        m0--;
    size_t w = m0;
    for (size_t q = m0; q < c->ments.n; q++) {
        ment *m = &DY_AT(c->ments, ment, q);
        uint32_t f = m->first;
        bool prefixed = f >= s + 2 && c->t[f - 1].type == TK_HYPHEN &&
                        !(c->t[f - 1].flags & TF_SPACE) && !(c->t[f].flags & TF_SPACE) &&
                        c->t[f - 2].type == TK_WORD && !(c->t[f - 2].flags & TF_CAP) &&
                        !c->atom[f - 2] && m->last < c->sn.last &&
                        c->t[m->last].type == TK_WORD;
        if (!prefixed)
            DY_AT(c->ments, ment, w++) = *m;
    }
    c->ments.n = w;
}

/* "der Nato-Partner", "das EU-Mitglied": an organisation joined by a
 * hyphen to a member noun names one of its member states, not the
 * organisation; which one the words do not say (taking the country named
 * last was tried: it is often the wrong one), so the mention has no code.
 * Applies to the mentions of the sentence whose tokens start at S. */
static void member_states(cctx *c, uint32_t s)
{
    if (!c->rules->member_nouns)
        return;
    size_t m0 = c->ments.n;
    while (m0 > 0 && DY_AT(c->ments, ment, m0 - 1).first >= s)
        m0--;
    for (size_t q = m0; q < c->ments.n; q++) {
        ment *m = &DY_AT(c->ments, ment, q);
        if (strncmp(m->code, "IGO", 3))
            continue;
        for (uint32_t j = m->first; j + 1 < m->last + 1 && j + 1 < c->sn.last; j++)
            if (c->t[j].type == TK_HYPHEN && !(c->t[j].flags & TF_SPACE) &&
                tok_in(c, j + 1, c->rules->member_nouns)) {
                m->code[0] = 0;
                break;
            }
    }
}

/* Does the town or region at st->i (the gazetteer's longest name, longer
 * than the actor phrase st->p) lie in another country than the phrase
 * names?  Then st->i moves past it. */
static bool foreign_place(cctx *c, mstate *st, uint32_t e)
{
    uint32_t nx = st->i + st->p->ntok;
    if (nx >= e || !(c->t[nx].flags & TF_CAP) || c->atom[nx])
        return false;
    bool oom = false;
    const dy_geo *g = dy_dict_geo(c->d, &oom);
    if (oom)
        c->oom = true;
    const dy_geo_place *cand[1];
    size_t nc = 0;
    size_t len = g ? dy_geo_lookup(g, c->t, e, st->i, NULL, 0, cand, 1, &nc) : 0;
    const char *code = atom_code(c, st->p);
    if (len <= st->p->ntok || !nc || cand[0]->level == DY_GEO_COUNTRY || !code || strlen(code) < 3 ||
        !strncmp(cand[0]->country, code, 3))
        return false;
    st->i += (uint32_t)len;
    return true;
}

/* « l'Amérique latine », « l'Amérique du Sud »: a country's name that a
 * word after it (lang.h region_after; after a genitive preposition,
 * capitalised) makes a continent or a region of several states names no
 * actor.  True: st->i has moved past the region's name. */
static bool region_name(cctx *c, mstate *st, uint32_t e)
{
    uint32_t nx = st->i + st->p->ntok;
    if (!c->rules->region_after || nx >= e)
        return false;
    if (!(c->t[nx].flags & TF_CAP) && tok_in(c, nx, c->rules->region_after)) {
        st->i = nx + 1;
        return true;
    }
    if (nx + 1 < e && tok_in(c, nx, c->rules->gen_preps) && (c->t[nx + 1].flags & TF_CAP) &&
        tok_in(c, nx + 1, c->rules->region_after)) {
        st->i = nx + 2;
        return true;
    }
    return false;
}

/* "die pakistanischen Taliban", "the Pakistani Taliban": a country's
 * adjective right before an armed group that the dictionaries give to
 * another country names the group's own branch there (where adjectives
 * stand before their noun).  Applies to the mentions of the sentence whose
 * tokens start at S. */
static void adj_armed_group(cctx *c, uint32_t s)
{
    if (c->rules->adj_after_noun)
        return;
    static const char *const armed[] = {"REB", "INS", "SEP", NULL};
    size_t m0 = c->ments.n;
    while (m0 > 0 && DY_AT(c->ments, ment, m0 - 1).first >= s)
        m0--;
    for (size_t q = m0; q + 1 < c->ments.n; q++) {
        const ment *a = &DY_AT(c->ments, ment, q);
        ment *g = &DY_AT(c->ments, ment, q + 1);
        if (!a->adj_only || g->first != a->last || strlen(a->code) < 3 || strlen(g->code) != 6 ||
            !strncmp(a->code, "IGO", 3) || !strncmp(g->code, a->code, 3) || g->role_only)
            continue;
        bool side = false;
        for (int r = 0; armed[r]; r++)
            side = side || !strcmp(g->code + 3, armed[r]);
        char role[8];
        snprintf(role, sizeof role, "%s", g->code + 3);
        if (side)
            set_code(g->code, (char[4]){a->code[0], a->code[1], a->code[2], 0}, role);
    }
}

void build_mentions(cctx *c, uint32_t s, uint32_t e)
{
    mstate st;
    st.s = s;
    st.e = e;
    st.i = s;
    while (st.i < e && !c->oom) {
        int r = plain_mention(c, &st);
        if (r == M_STOP)
            return;
        if (r == M_NEXT)
            continue;
        /* "the South China Sea", "the Indian Ocean", "the Sea of Japan": a
         * country's name or adjective in the name of a body of water */
        if ((st.p->kind == PK_COUNTRY || st.p->kind == PK_ADJ) && c->rules->geo_features) {
            uint32_t nx = st.i + st.p->ntok;
            bool after = nx < e && (c->t[nx].flags & TF_CAP) && tok_in(c, nx, c->rules->geo_features);
            bool before = st.i >= s + 2 && tok_in(c, st.i - 1, c->rules->gen_preps) &&
                          (c->t[st.i - 2].flags & TF_CAP) &&
                          tok_in(c, st.i - 2, c->rules->geo_features);
            if (after || before) {
                st.i = after ? nx + 1 : nx;
                continue;
            }
        }
        if (st.p->kind == PK_COUNTRY && region_name(c, &st, e))
            continue;
        /* "in Surrey, British Columbia", "Kansas City": a country's name or
         * adjective that opens the name of a town or region of another
         * country (the gazetteer's) is part of that place's name */
        if ((st.p->kind == PK_COUNTRY || st.p->kind == PK_ADJ) && foreign_place(c, &st, e)) {
            continue;
        }
        /* an actor phrase starts here: compose */
        st.country[0] = st.role[0] = 0;
        st.person = -1;
        st.gen = st.adj_only = st.have_head = false;
        st.rule = NULL;
        st.j = st.head = st.pstart = st.i;
        st.kind = st.p->kind;
        /* French « des Tunisiens », « les Maliens »: where adjectives
         * follow their noun and are written in lower case, a capitalised
         * adjective form inside the sentence is the demonym (the two fold
         * alike) */
        if (st.kind == PK_ADJ && c->rules->adj_after_noun && st.i > s && (c->t[st.i].flags & TF_CAP) &&
            ((fwc(c, st.i - 1) & FW_ART) || tok_in(c, st.i - 1, c->rules->gen_articles)) &&
            !(c->fw2[st.i - 1] & FW2_POSS))
            st.kind = PK_DEMONYM;
        r = st.kind == PK_ADJ      ? compose_adj(c, &st)
            : st.kind == PK_ROLE   ? compose_role(c, &st)
            : st.kind == PK_PERSON ? compose_person(c, &st)
                                   : compose_state(c, &st);
        if (r == M_ON)
            r = compose_name(c, &st);
        if (r == M_ON)
            r = role_genitives(c, &st);
        if (r == M_ON)
            r = finish_mention(c, &st);
        if (r == M_STOP)
            return;
    }
    drop_prefixed(c, s);
    member_states(c, s);
    adj_armed_group(c, s);
    name_pairs(c, s);
}
