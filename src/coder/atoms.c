/* atoms.c: Atoms: the dictionary matches at each token (actor phrases, verb and
 * noun readings, discard phrases), and the actor codes they stand for. */
#include "coder/stages.h"
#include <string.h>
#include <stdlib.h>

const char *person_code(const dy_dict *d, int p, int32_t date)
{
    const dy_person *ps = &DY_AT(d->people, dy_person, p);
    for (uint32_t k = 0; k < ps->n_office; k++) {
        const dy_office *o = &DY_AT(d->offices, dy_office, ps->first_office + k);
        if (date >= o->from && date <= o->to)
            return o->code;
    }
    return ps->dflt;
}

void set_code(char dst[16], const char *country, const char *role)
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
    dy_scat(dst, 16, dy_scat(dst, 16, 0, base, SIZE_MAX), role ? role : "", SIZE_MAX);
}

static bool actor_kind(int k)
{
    return k == PK_COUNTRY || k == PK_COUNTRY_GEN || k == PK_ADJ ||
           k == PK_DEMONYM || k == PK_METONYM || k == PK_METONYM_GEN ||
           k == PK_TITLE || k == PK_ORG || k == PK_ROLE || k == PK_PERSON;
}

/* A phrase of this document's language (or of all), and an all-capital
 * short form only on all-capital text ("US", not "us"). */
bool phrase_ok(const cctx *c, const dy_phrase *p, uint32_t i)
{
    if (p->lang && p->lang != c->lang1)
        return false;
    return !(p->caps & DY_CAPS_ALL) || (c->t[i].flags & TF_ALLCAPS);
}

/* Longest dictionary phrase of an actor kind at token I (within [I, END)). */
/* A capitalised compound the dictionary lacks whose head is a role noun of
 * the language's list (lang.h role_heads): that role noun's phrase. */
static const dy_phrase *role_compound(cctx *c, uint32_t i)
{
    const dy_tok *t = &c->t[i];
    if (!c->rules->role_heads || t->type != TK_WORD || !(t->flags & TF_CAP))
        return NULL;
    /* the heads' lengths and last bytes, once per thread and list (this
     * runs for every capitalised word of a language that lists heads) */
    static _Thread_local const char *const *lens_of;
    static _Thread_local uint8_t lens[64];
    static _Thread_local size_t nheads;
    if (lens_of != c->rules->role_heads) {
        nheads = 0;
        for (const char *const *h = c->rules->role_heads; *h && nheads < 64; h++) {
            size_t hl = strlen(*h);
            if (hl > 255)
                break; /* (a head that long is measured as it comes) */
            lens[nheads++] = (uint8_t)hl;
        }
        lens_of = c->rules->role_heads;
    }
    for (size_t q = 0; c->rules->role_heads[q]; q++) {
        const char *h = c->rules->role_heads[q];
        size_t hl = q < nheads ? lens[q] : strlen(h); /* (past 64: as they come) */
        if (t->flen < hl + 3 || !hl || t->fold[t->flen - 1] != h[hl - 1] ||
            memcmp(t->fold + t->flen - hl, h, hl))
            continue;
        size_t n;
        const dy_phrase *ph = dy_dict_phrases(c->d, dy_dict_id(c->d, h), &n);
        for (size_t k = 0; k < n; k++)
            if (ph[k].kind == PK_ROLE && ph[k].ntok == 1 && phrase_ok(c, &ph[k], i))
                return &ph[k];
    }
    return NULL;
}

const dy_phrase *match_actor(cctx *c, uint32_t i, uint32_t end)
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
        if (c->rules->nouns_capitalised && p->kind != PK_ADJ &&
            !(c->t[i].flags & TF_CAP))
            continue;
        /* Russian "того" is not Togo: names are capitalised, roles,
         * adjectives and demonyms are not */
        bool cap_after = false; /* "сектор Газа": a name after a common noun */
        for (uint32_t j = 1; j < p->ntok && !cap_after; j++)
            cap_after = (c->t[i + j].flags & TF_CAP) != 0;
        if (c->rules->names_capitalised && !(c->t[i].flags & TF_CAP) &&
            p->kind != PK_ADJ && p->kind != PK_ROLE && p->kind != PK_DEMONYM &&
            !(p->caps & DY_CAPS_LOWER) && /* written so: "хуситы" */
            /* a seat of power with its preposition: "в Кремле" */
            !(p->ntok > 1 && (fwc(c, i) & FW_PREP) && (c->t[i + 1].flags & TF_CAP)) &&
            !(p->ntok > 1 && cap_after && (p->kind == PK_COUNTRY || p->kind == PK_COUNTRY_GEN)))
            continue;
        /* Russian "Аббас Мусави": a person known by one name, right after
         * which another capitalised word no dictionary phrase starts with
         * goes on, is someone else whose first name it is (not "Песков
         * ТАСС": an all-capital word is a name of its own) */
        if (c->rules->names_capitalised && p->kind == PK_PERSON && p->ntok == 1 && i + 1 < end &&
            c->t[i + 1].type == TK_WORD && (c->t[i + 1].flags & TF_CAP) &&
            !(c->t[i + 1].flags & TF_ALLCAPS) && !c->fw[i + 1]) {
            size_t n2;
            dy_dict_phrases(c->d, c->t[i + 1].id, &n2);
            if (!n2)
                continue;
        }
        /* German adjectives are lower case; a capitalised one starts a
         * sentence or is a demonym-like noun: allow both.  Inside a
         * sentence, with no capitalised word after it ("hat einen
         * Deutschen festgenommen", not "der Deutschen Bank"), the form
         * that is also a demonym is the demonym */
        if (c->rules->nouns_capitalised && p->kind == PK_ADJ && p->ntok == 1 && (c->t[i].flags & TF_CAP) &&
            i > c->sn.first && c->t[i - 1].type == TK_WORD && !(c->t[i].flags & TF_ALLCAPS) &&
            !(i + 1 < end && ((c->t[i + 1].type == TK_WORD && (c->t[i + 1].flags & TF_CAP)) ||
                              c->t[i + 1].type == TK_HYPHEN)))
            for (size_t q = 0; q < n; q++)
                if (ph[q].kind == PK_DEMONYM && ph[q].ntok == 1 && phrase_ok(c, &ph[q], i))
                    return &ph[q];
        return p;
    }
    return n ? NULL : role_compound(c, i);
}

/* Where nouns are capitalised: is the lower-case word at I an attributive
 * participle after an agent phrase, before its noun ("die von Russland
 * annektierte Halbinsel", "der von Saudi-Arabien geführten Koalition",
 * "die von Israel besetzten Gebiete"), which a weak verb's preterite looks
 * like? */
static bool attributive_participle(cctx *c, uint32_t i, uint32_t end)
{
    const dy_tok *t = &c->t[i];
    if (!c->rules->nouns_capitalised || i <= c->sn.first || i + 1 >= end || (t->flags & TF_CAP) ||
        t->type != TK_WORD)
        return false;
    /* the ending of a weak preterite ("-te", "-ten"), which the inflected
     * participle shares */
    bool inflected = false;
    for (const char *const *l = c->rules->past_suffixes; l && *l && !inflected; l++)
        inflected = tok_suffix(c, i, *l, 3);
    if (!inflected)
        return false;
    /* right after a number or a preposition, where no finite verb stands,
     * before its noun, over lower-case adjectives: "mit 28 verurteilten
     * afghanischen Männern", "nach gescheiterten Gesprächen" */
    const dy_tok *pv = &c->t[i - 1];
    if (pv->type == TK_NUM || ((c->fw[i - 1] & FW_PREP) && !(c->fw[i - 1] & FW_ZU))) {
        for (uint32_t q = i + 1; q < end && q <= i + 3; q++) {
            const dy_tok *w = &c->t[q];
            if (w->type != TK_WORD || c->fw[q])
                return false;
            if (w->flags & TF_CAP)
                return true;
        }
        return false;
    }
    const dy_tok *nx = &c->t[i + 1];
    if (nx->type != TK_WORD || !(nx->flags & TF_CAP) || c->fw[i + 1])
        return false;
    /* after an agent phrase inside the noun phrase: determiner, von/durch,
     * capitalised words (the agent's name).  (Right after a determiner
     * alone, "die besetzten Gebiete", the reading was tried and lowered the
     * scores: "Das bestätigte Sprecher X" and the like) */
    for (uint32_t q = i; q-- > c->sn.first + 1 && q + 6 > i;) {
        const dy_tok *w = &c->t[q];
        if (w->id && (w->id == c->id_von || w->id == c->id_durch))
            return q < i - 1 && (c->fw[q - 1] & (FW_ART | FW_PREP)) && !(c->fw[q - 1] & FW_ZU);
        if (!((w->type == TK_WORD && (w->flags & TF_CAP)) || w->type == TK_HYPHEN ||
              (c->fw[q] & FW_ART)))
            return false;
    }
    return false;
}

/* Verb and noun readings at I: verbs[] gets single-token verb phrases. */
void match_preds(cctx *c, uint32_t i, uint32_t end)
{
    size_t n;
    const dy_phrase *ph = dy_dict_phrases(c->d, c->t[i].id, &n);
    c->nverb[i] = 0;
    c->noun[i] = NULL;
    bool cap = c->t[i].flags & TF_CAP;
    bool initial = i == c->sn.first;
    /* English "the attack", "a visit": after an article a word that is
     * also a noun is the noun; so after a lower-case modifier ("all
     * sanctions", "regular talks"), except adverbs ("formally labeled") */
    bool after_art = false;
    if (c->rules->noun_verb_homographs && i > c->sn.first) {
        bool noun_possible = false;
        for (size_t k = 0; k < n && !noun_possible; k++)
            noun_possible = ph[k].kind == PK_NOUN && phrase_ok(c, &ph[k], i);
        const dy_tok *q = &c->t[i - 1];
        /* "Chinese ships", "South Korean strikes": after a country
         * adjective a word is a noun */
        bool after_adj = false;
        for (uint32_t j = i > c->sn.first + 3 ? i - 3 : c->sn.first; j < i && !after_adj; j++)
            after_adj = c->atom[j] && c->atom[j]->kind == PK_ADJ && j + c->atom[j]->ntok == i;
        after_art = after_adj || (c->fw[i - 1] & FW_ART) ||
                    /* "respond with sanctions": after a preposition */
                    ((c->fw[i - 1] & FW_PREP) && !(c->fw[i - 1] & FW_ZU) &&
                     (c->t[i - 1].flags & TF_SPACE) && i > c->sn.atom_end &&
                     /* but "responded by expelling": a gerund of means */
                     !(c->rules->gerund_suffix && c->id_von && prep_norm(c, i - 1) == c->id_von &&
                       tok_suffix(c, i, c->rules->gerund_suffix, 4))) ||
                    /* "face-to-face talks", "long-range strikes": after a
                     * hyphenated modifier */
                    (noun_possible && i >= c->sn.first + 2 && q->type == TK_WORD &&
                     !(q->flags & TF_CAP) && c->t[i - 2].type == TK_HYPHEN &&
                     !(q->flags & TF_SPACE) && (c->t[i].flags & TF_SPACE)) ||
                    (noun_possible && q->type == TK_WORD && !(q->flags & TF_CAP) &&
                     !c->fw[i - 1] && !c->fw2[i - 1] && c->nverb[i - 1] == 0 &&
                     i > c->sn.atom_end && !tok_suffix(c, i - 1, c->rules->adverb_suffix, 2));
    }
    bool attributive = attributive_participle(c, i, end);
    /* "mit einigen Ministern", "in einigen afrikanischen Staaten": a verb
     * form that is also a determiner, before a word that is no function
     * word, is the determiner (a noun after it may carry a class of its
     * own: "von einigen Diplomaten", FW_DIPLO; in a language that
     * capitalises nouns a capital after it is that noun) */
    if (i + 1 < end && c->t[i + 1].type == TK_WORD &&
        (!c->fw[i + 1] || (c->rules->nouns_capitalised && (c->t[i + 1].flags & TF_CAP))) &&
        tok_in(c, i, c->rules->verb_determiners))
        attributive = true;
    /* English "Talks between A and B will …", "Attacks on …": a sentence
     * opening with a word that is noun and verb opens with the noun */
    if (c->rules->noun_verb_homographs && initial) {
        for (size_t k = 0; k < n && !after_art; k++)
            after_art = ph[k].kind == PK_NOUN && phrase_ok(c, &ph[k], i) && i + ph[k].ntok <= end;
    }
    if (c->rules->noun_after_article && !after_art && i > c->sn.first &&
        (c->fw[i - 1] & FW_ART)) {
        bool noun_possible = false;
        for (size_t k = 0; k < n && !noun_possible; k++)
            noun_possible = ph[k].kind == PK_NOUN && phrase_ok(c, &ph[k], i) &&
                            i + ph[k].ntok <= end;
        /* an article that may be a clitic is one only before a verb with
         * a subject before it: not after a preposition or a verb */
        bool clitic = tok_in(c, i - 1, c->rules->clitic_articles) && i - 1 > c->sn.first &&
                      !(c->fw[i - 2] & FW_PREP) && c->nverb[i - 2] == 0;
        after_art = noun_possible && !clitic;
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
        if (p->kind == PK_VERB && (!cap || initial || !c->rules->nouns_capitalised) && !after_art &&
            !attributive) {
            if (c->nverb[i] < MAXV)
                c->verb[i][c->nverb[i]++] = p;
        } else if (p->kind == PK_NOUN && !c->noun[i] &&
                   ((c->t[i + p->ntok - 1].flags & TF_CAP) || !c->rules->nouns_capitalised) &&
                   /* English "to strike", "will attack", "they visit": a verb */
                   !(c->rules->noun_verb_homographs && i > c->sn.first &&
                     (c->fw[i - 1] & (FW_ZU | FW_FUTURE | FW_MODAL_APPEAL | FW_MODAL_SPEC |
                                      FW_PRON)) &&
                     !(c->fw[i - 1] & FW_ART))) {
            c->noun[i] = p;
        }
    }
}

/* A discard phrase (discards.txt) of scope STORY at token I, or NULL. */
const dy_phrase *discard_at(cctx *c, uint32_t i, uint32_t end, uint32_t story)
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
uint32_t find_discard(cctx *c, uint32_t a, uint32_t b, uint32_t story)
{
    if (!c->d->n_discards)
        return b;
    for (uint32_t i = a; i < b; i++)
        if (c->t[i].id && discard_at(c, i, b, story))
            return i;
    return b;
}
