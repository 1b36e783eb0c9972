/* predicate.c: Predicate: the verb or event noun of a clause that codes its event. */
#include "coder/stages.h"
#include <string.h>

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

/* Does token I end as an infinitive may (the language's
 * infinitive_endings; any word where it lists none)? */
static bool inf_ending(cctx *c, uint32_t i)
{
    const char *const *l = c->rules->infinitive_endings;
    if (!l)
        return true;
    for (; *l; l++) {
        size_t n = strlen(*l);
        if (c->t[i].flen > n && !memcmp(c->t[i].fold + c->t[i].flen - n, *l, n))
            return true;
    }
    return false;
}

/* English: a "to" within the next few words ("plans to", "agreed on
 * Friday to hold") */
static bool to_follows(cctx *c, const clause *k, uint32_t i)
{
    for (uint32_t j = i; j < k->b && j < i + 5; j++)
        if ((fwc(c, j) & FW_ZU) && j + 1 < k->b && c->t[j + 1].type == TK_WORD &&
            !(c->t[j + 1].flags & TF_CAP) && !(fwc(c, j + 1) & (FW_ART | FW_PRON)) &&
            inf_ending(c, j + 1))
            return true;
    return false;
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

/* Is a verb of [a, b) a support verb of a material act (roots 06 to
 * 20: "deployed police officers to …"), not one of speech, appeal or
 * agreement ("urged both sides to hold talks")? */
static bool material_support(cctx *c, uint32_t a, uint32_t b)
{
    for (uint32_t i = a; i < b; i++)
        for (int v = 0; v < c->nverb[i]; v++) {
            const dy_pred *pr = &DY_AT(c->d->preds, dy_pred, c->verb[i][v]->ref);
            if ((pr->flags & VFL_SUPPORT) && pr->code[0] && strncmp(pr->code, "06", 2) >= 0)
                return true;
        }
    return false;
}

/* Is a token of [a, b) in an actor phrase of the sentence? */
static bool actor_between(cctx *c, uint32_t a, uint32_t b)
{
    for (uint32_t q = a; q < b; q++)
        if (in_mention(c, c->sn.m0, q))
            return true;
    return false;
}

/* Is token I the verb that a gerund after a preposition governs ("for
 * plotting to attack"), or one coordinated with it at the start of the
 * next clause ("for plotting to support terrorists and kill …")? */
static bool gerund_governed(cctx *c, const clause *k, uint32_t i)
{
    if (!c->rules->gerund_suffix || c->rules->verb_second)
        return false;
    uint32_t lo = k->a;
    /* a bare infinitive opening a clause cut at a conjunction: look into
     * the clause before, back to its governed verb with no verb between
     * ("… and pledged to help" is finite: the sentence's own verb) */
    int w = first_word(c, k->a, k->b);
    bool first = w >= 0 && ((uint32_t)w == i || ((fwc(c, (uint32_t)w) & FW_CONJ) && (uint32_t)w + 1 == i));
    if (first && has_vform(c, i, VF_INF) && (i > k->a ? (fwc(c, i - 1) & FW_CONJ) : k->a > c->sn.first && (fwc(c, k->a - 1) & FW_CONJ))) {
        lo = k->a > c->sn.first + 8 ? k->a - 8 : c->sn.first;
        for (uint32_t j = (i > k->a ? i - 1 : k->a - 1); j-- > lo + 2;) {
            if (is_punct(c, j, ",") || is_punct(c, j, ";"))
                return false;
            if (c->nverb[j])
                return (fwc(c, j - 1) & FW_ZU) && tok_suffix(c, j - 2, c->rules->gerund_suffix, 4) &&
                       j >= lo + 3 && (fwc(c, j - 3) & FW_PREP);
        }
        return false;
    }
    return i >= lo + 3 && (fwc(c, i - 1) & FW_ZU) && tok_suffix(c, i - 2, c->rules->gerund_suffix, 4) &&
           (fwc(c, i - 3) & FW_PREP);
}

/* "aimed at ending fighting", "to stop the shelling", "ending years of
 * war": a word of ending (FW2_END) before the word at I, across an
 * article, a possessive and a quantity phrase ("years of"), ends that
 * event; it is no fact of its own. */
static bool ended_by(cctx *c, const clause *k, uint32_t i)
{
    uint32_t j = i;
    for (int n = 0; n < 4 && j > k->a; n++) {
        j--;
        if (c->fw2[j] & FW2_END)
            return !c->inq[j] || c->inq[i];
        if (c->t[j].type != TK_WORD || in_mention(c, c->sn.m0, j) || c->nverb[j] || c->noun[j])
            return false;
        if (!(fwc(c, j) & FW_ART) && !(c->fw2[j] & FW2_POSS) && !(fwc(c, j) & FW_PREP) &&
            ((c->t[j].flags & TF_CAP) || c->fw[j]))
            return false;
    }
    return false;
}

static bool use_object_noun(cctx *c, clause *k, bool support)
{
    bool last = support && c->rules->verb_second;
    int obj = -1, any = -1;
    uint32_t fin = first_finite(c, k);
    for (uint32_t i = k->a; i < k->b; i++) {
        /* English "deployed police officers to prepare for protests": a
         * purpose infinitive after an actor object ends the support verb's
         * reach ("agreed to resume talks" has none) */
        if (support && !c->rules->verb_second && i > fin + 2 && (fwc(c, i - 1) & FW_ZU) && c->nverb[i] &&
            !c->noun[i] && material_support(c, fin, i) && actor_between(c, fin + 1, i - 1))
            break;
        /* English "signed a memorandum addressing Ankara's concerns": a
         * participle after the object noun opens a phrase of its own; the
         * support verb's object is before it */
        if (support && !c->rules->verb_second && c->rules->gerund_suffix && i > fin + 2 && !c->noun[i] &&
            c->t[i].type == TK_WORD && tok_suffix(c, i, c->rules->gerund_suffix, 4) &&
            c->t[i - 1].type == TK_WORD && !c->fw[i - 1] && !in_mention(c, c->sn.m0, i - 1))
            break;
        /* (a coordinated participle phrase has no Vorfeld: "… und den
         * Ausnahmezustand verhängt") */
        if (!c->noun[i] || (support && k->kind == CL_MAIN && !k->part_coord && i < fin))
            continue;
        if (c->nverb[i] && gerund_governed(c, k, i))
            continue; /* "for plotting to … and attack": the charge */
        /* "der Krieg dauert an": a state is an event only as a support
         * verb's object ("führt Krieg gegen") */
        /* (over all its words: "in a trade war" holds no "war") */
        if (!support && (DY_AT(c->d->preds, dy_pred, c->noun[i]->ref).flags & VFL_STATE)) {
            i += c->noun[i]->ntok - 1;
            continue;
        }
        uint32_t s0 = np_start(c, i, k->a);
        /* French « De violents combats ont éclaté »: a genitive article
         * opening the clause has no noun before it to attach to; it is the
         * article of its noun, not a preposition */
        bool open_art = s0 == k->a + 1 && (fwc(c, k->a) & FW_GENART) && (fwc(c, k->a) & FW_PREP);
        bool pp = s0 > k->a && (fwc(c, s0 - 1) & FW_PREP) && !open_art;
        if (c->rules->of_genitive && !pp && !open_art) {
            /* English "the dispute mechanism of the Iran nuclear deal": a
             * noun in an "of" phrase names a thing, it is not the object */
            uint32_t s1 = s0;
            while (s1 > k->a && (in_mention(c, c->sn.m0, s1 - 1) || (fwc(c, s1 - 1) & FW_ART)))
                s1--;
            if (s1 > k->a && tok_in(c, s1 - 1, c->rules->gen_preps))
                continue;
        }
        /* English "agreed to reopen the border in their first talks": a
         * noun with a plural possessive in a phrase is a circumstance of
         * the subjects, not the support verb's object (code_nouns codes it) */
        if (support && pp) {
            bool their = false;
            for (uint32_t z = s0; z < i && !their; z++)
                their = (c->fw2[z] & FW2_POSS) && tok_in(c, z, c->rules->plural_poss);
            if (their)
                continue;
        }
        bool vorfeld = !support && k->kind == CL_MAIN && !k->part_coord && i < fin && fin < k->b;
        if (!pp && !vorfeld && (last || obj < 0))
            obj = (int)i;
        if (!support) {
            uint32_t s1 = s0;
            while (s1 > k->a && in_mention(c, c->sn.m0, s1 - 1))
                s1 = np_start(c, s1 - 1, k->a); /* "of the Iran nuclear deal" */
            /* (French « après de longues discussions »: a genitive article
             * right after a preposition is the plural article before an
             * adjective, not a genitive) */
            bool art_after_prep = s1 > k->a + 1 && (fwc(c, s1 - 1) & FW_GENART) && (fwc(c, s1 - 2) & FW_PREP) &&
                                  !tok_in(c, s1 - 2, c->rules->gen_preps);
            if (s1 > k->a && !open_art && !art_after_prep &&
                ((fwc(c, s1 - 1) & FW_GENART) || tok_in(c, s1 - 1, c->rules->gen_preps)))
                continue;
            /* "über die Einhaltung des Abkommens": a noun in the genitive
             * after another noun names a thing, it is not the object */
            if (c->rules->nouns_capitalised && s0 < i && (fwc(c, s0) & FW_GENART) && s0 > k->a &&
                c->t[s0 - 1].type == TK_WORD && (c->t[s0 - 1].flags & TF_CAP) &&
                !in_mention(c, c->sn.m0, s0 - 1))
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
/* The predicate being chosen. */
typedef struct pstate {
    const dy_phrase *best;  /* the best verb reading so far, or NULL */
    uint32_t best_tok;
    bool support;           /* a support verb in the clause */
    bool eng_support_before; /* English: one before the best verb */
} pstate;

/* The clause's verb readings: its marks (speech, modal, speculation) and
 * the best predicate (German: a separable reading, else the last verb;
 * English: the first). */
static void verb_readings(cctx *c, clause *k, pstate *st)
{
    /* "nannte die Entscheidung „nicht gerechtfertigt“": words quoted inside
     * a clause whose verb stands outside the quotation are its complement */
    bool outside = false;
    for (uint32_t i = k->a; i < k->b && !outside; i++)
        outside = !c->inq[i] && c->nverb[i];
    for (uint32_t i = k->a; i < k->b; i++) {
        if (outside && c->inq[i])
            continue;
        /* "EU trade commissioner": a word inside an actor is no verb */
        if (in_mention(c, c->sn.m0, i))
            continue;
        /* (a word with no verb reading and no support flag does nothing
         * below: most words, so the checks that follow are skipped) */
        if (!c->nverb[i] && !(fwc(c, i) & FW_SUPPORT))
            continue;
        /* English "jailed for plotting to attack Americans": the verb a
         * gerund after a preposition governs belongs to that phrase (a
         * charge, a reason), not to the clause */
        if (gerund_governed(c, k, i))
            continue;
        if (ended_by(c, k, i))
            continue;
        /* English "was considering sanctions against", "threatened
         * sanctions": a form that is also an event noun, right after a
         * word with a verb reading, is that verb's object (the noun), not
         * a verb of its own */
        if (c->rules->noun_verb_homographs && !c->rules->verb_second && c->noun[i] && i > k->a &&
            c->nverb[i - 1] && !in_mention(c, c->sn.m0, i - 1) && !(fwc(c, i - 1) & (FW_ART | FW_PREP)) &&
            c->rules->gerund_suffix && tok_suffix(c, i - 1, c->rules->gerund_suffix, 4))
            continue;
        if (fwc(c, i) & FW_SUPPORT)
            st->support = true;
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
        if (rule_on(c, RF_HYPHEN_PARTICIPLE) && i > k->a && c->t[i - 1].type == TK_HYPHEN &&
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
            /* "in retaliation for what Washington says was interference":
             * a speech verb in a free relative frames nothing */
            bool freerel = false;
            for (uint32_t z = i > k->a + 4 ? i - 4 : k->a; z < i && (pr->flags & VFL_SAY); z++)
                freerel = freerel || (z > k->a && tok_in(c, z, c->rules->free_relatives));
            if ((pr->flags & VFL_SAY) && !freerel)
                k->say = true;
            /* "will", "plant": the clause is an intent; a modal verb with a
             * code of its own ("bot Zusammenarbeit an") is the predicate too */
            /* English: "plans to", "aims to" — "aimed at ending" is no intent */
            /* (not a plain verb's reading where an idiom of it matched:
             * "set fire to parliament" is no "is set to") */
            bool idiom = false, support_idiom = false;
            for (int v2 = 0; v2 < c->nverb[i] && p->ntok == 1; v2++) {
                const dy_phrase *q = c->verb[i][v2];
                idiom = idiom || q->ntok > 1;
                support_idiom = support_idiom ||
                                (q->ntok > 1 && (DY_AT(c->d->preds, dy_pred, q->ref).flags & VFL_SUPPORT));
            }
            /* (English "is considering sanctions", "is preparing an
             * offensive", "sought talks": a modal verb of no code of its
             * own and no speech with an event noun as its object) */
            uint32_t on = i + p->ntok;
            while (on < k->b && on < i + p->ntok + 2 && (fwc(c, on) & FW_ART))
                on++;
            /* (where one form is noun and verb: the noun follows bare) */
            bool noun_obj = c->rules->modal_to_infinitive && c->rules->noun_verb_homographs && !pr->code[0] &&
                            !(pr->flags & (VFL_SAY | VFL_SUPPORT)) && on < k->b && c->noun[on];
            if ((pr->flags & VFL_MODAL) && !idiom &&
                (!c->rules->modal_to_infinitive || to_follows(c, k, i + p->ntok) || noun_obj)) {
                k->modal_verb = true;
                if (!k->modal_tok)
                    k->modal_tok = i + 1; /* 1 + token of the first modal verb */
            }
            if ((pr->flags & VFL_MODAL) && (pr->flags & VFL_SAY))
                k->announce = true; /* "announced", "kündigte an" */
            if (pr->flags & VFL_SUPPORT)
                st->support = true;
            /* English "entered into talks with": where a support idiom of
             * the verb matched, its plain reading ("entered Ukraine", 190)
             * is not the predicate; the idiom's noun gives the code */
            if (support_idiom)
                continue;
            /* (a verb of speculation with an accusation of its own,
             * "alleged that …", is the accusation: 11x) */
            if (!pr->code[0] || (pr->flags & VFL_SAY) ||
                ((pr->flags & VFL_SPEC) && strncmp(pr->code, "11", 2)))
                continue;
            /* English "helped broker the deal", "help find survivors": help
             * with a verb after it is an auxiliary, not aid */
            if (rule_on(c, RF_HELP_AUX) && !strncmp(pr->code, "07", 2) && i + p->ntok < k->b &&
                (c->nverb[i + p->ntok] ||
                 ((fwc(c, i + p->ntok) & FW_ZU) && i + p->ntok + 1 < k->b &&
                  c->nverb[i + p->ntok + 1])))
                continue;
            /* German: a separable reading beats a plain one, else the last
             * verb (the participle or infinitive at the end carries the
             * meaning); English: the first verb ("accused X of violating") */
            if (!c->rules->verb_second) {
                if (!st->best) {
                    st->best = p;
                    st->best_tok = i;
                    st->eng_support_before = st->support;
                }
            } else if (!st->best || p->vform == VF_FIN_SEP || st->best->vform != VF_FIN_SEP) {
                st->best = p;
                st->best_tok = i;
            }
        }
    }
}

/* English "signed a decree recognizing the independence of …", "signed an
 * executive order banning …": a support verb whose object is a document
 * noun (document_nouns) followed by a gerund with a code of its own: the
 * gerund names the document's content and is the predicate. */
static void document_content(cctx *c, clause *k, pstate *st)
{
    if (!st->best || !c->rules->document_nouns || !c->rules->gerund_suffix ||
        !(DY_AT(c->d->preds, dy_pred, st->best->ref).flags & VFL_SUPPORT))
        return;
    for (uint32_t d = st->best_tok + st->best->ntok; d + 1 < k->b && d <= st->best_tok + st->best->ntok + 4;
         d++) {
        if (c->t[d].type != TK_WORD)
            return;
        if (!tok_in(c, d, c->rules->document_nouns))
            continue;
        uint32_t g = d + 1;
        /* (over a day: "signed a proclamation on Monday recognizing") */
        if (g + 2 < k->b && (fwc(c, g) & FW_PREP) && (fwc(c, g + 1) & FW_WEEKDAY))
            g += 2;
        if (!tok_suffix(c, g, c->rules->gerund_suffix, 4))
            return;
        for (int v = 0; v < c->nverb[g]; v++) {
            const dy_pred *pr = &DY_AT(c->d->preds, dy_pred, c->verb[g][v]->ref);
            if (pr->code[0] && !(pr->flags & (VFL_SAY | VFL_SPEC | VFL_MODAL))) {
                st->best = c->verb[g][v];
                st->best_tok = g;
                st->support = false;
                return;
            }
        }
        return;
    }
}

/* English "agreed to restore ties", "offered to mediate": the verb a
 * modal of agreement or promise governs is the predicate, or a truce. */
static void governed_verb(cctx *c, clause *k, pstate *st)
{
    /* English "agreed to restore full ties with Qatar": an agreement to
     * establish or restore relations is that act itself (054), not an
     * intent */
    if (c->rules->modal_to_infinitive && st->best && st->best->vform != VF_PART &&
        !strncmp(DY_AT(c->d->preds, dy_pred, st->best->ref).code, "05", 2) &&
        (DY_AT(c->d->preds, dy_pred, st->best->ref).flags & VFL_MODAL)) {
        uint32_t z = st->best_tok + st->best->ntok;
        while (z < k->b && z < st->best_tok + st->best->ntok + 5 && !(fwc(c, z) & FW_ZU))
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
                    st->best = c->verb[z + 1][v];
                    st->best_tok = z + 1;
                    k->modal_verb = false;
                    k->modal_tok = 0;
                    break;
                }
    }
    /* English "offered to mediate", "pledged to send troops": a modal verb
     * of promise (03x) is the intent of the verb it governs, when that
     * verb codes an event */
    if (c->rules->modal_to_infinitive && st->best && !k->truce &&
        !strncmp(DY_AT(c->d->preds, dy_pred, st->best->ref).code, "03", 2) &&
        (DY_AT(c->d->preds, dy_pred, st->best->ref).flags & VFL_MODAL)) {
        uint32_t z = st->best_tok + st->best->ntok;
        while (z < k->b && z < st->best_tok + st->best->ntok + 3 && !(fwc(c, z) & FW_ZU))
            z++;
        if (z + 1 < k->b && (fwc(c, z) & FW_ZU))
            for (int v = 0; v < c->nverb[z + 1]; v++) {
                const dy_pred *vp = &DY_AT(c->d->preds, dy_pred, c->verb[z + 1][v]->ref);
                if (vp->code[0] && !(vp->flags & (VFL_SAY | VFL_SPEC | VFL_MODAL)) &&
                    c->verb[z + 1][v]->vform == VF_INF) {
                    st->best = c->verb[z + 1][v];
                    st->best_tok = z + 1;
                    break;
                }
            }
    }
}

/* A speech verb with a deed or an event noun in its clause reports that
 * event; after an English support verb its object noun is the predicate. */
static void speech_or_support(cctx *c, clause *k, pstate *st)
{
    /* "haben Präsident Condé festgesetzt und die Auflösung verkündet": a
     * deed in the same clause is coded; the speech verb frames nothing */
    if (k->say && st->best && !(DY_AT(c->d->preds, dy_pred, st->best->ref).flags & VFL_SUPPORT))
        k->say = false;
    /* "announced a new security partnership", "kündigte Sanktionen an": a
     * speech verb of intent with an event noun object announces that event */
    if (k->say && k->announce && !st->best) {
        for (uint32_t i = first_finite(c, k); i < k->b; i++)
            if (c->noun[i]) {
                uint32_t s0 = np_start(c, i, k->a);
                /* (a genitive article right after the verb is the French
                 * partitive: « a annoncé de nouvelles sanctions ») */
                bool partitive = s0 > k->a + 1 && (fwc(c, s0 - 1) & FW_GENART) && c->nverb[s0 - 2];
                if (!(s0 > k->a && (fwc(c, s0 - 1) & FW_PREP)) || partitive) {
                    k->say = false;
                    /* German "kündigte Sanktionen an": intended; English
                     * "announced an inquiry" mostly reports it begun */
                    if (c->rules->announce_is_intent)
                        k->modal_verb = true;
                    st->support = true;
                    break;
                }
            }
    }
    /* "habe ihre Unterstützung bekräftigt": a speech verb that also
     * supports an event noun reports that event, it does not frame speech */
    if (k->say && st->support && !st->best) {
        for (uint32_t i = k->a; i < k->b; i++)
            if (c->noun[i]) {
                k->say = false;
                break;
            }
    }
    /* English "will hold regular talks", "carried out its first execution
     * of a person convicted …": after a support verb, its object noun is
     * the predicate, not a later verb-like word */
    if (st->best && st->eng_support_before) {
        for (uint32_t i = k->a; i < st->best_tok; i++)
            if (c->noun[i] && !in_mention(c, c->sn.m0, i))
                st->best = NULL;
        if (st->best && c->noun[st->best_tok])
            st->best = NULL;
    }
}

/* English "called them off", "turned the offer down", "handed him over to
 * Kenya": a phrasal verb (a two-word verb phrase of the dictionary) whose
 * particle follows a short object (a pronoun, or an article and up to two
 * words) is the predicate, not the verb alone. */
static const dy_phrase *split_at(cctx *c, const clause *k, uint32_t i, const dy_phrase *plain)
{
    size_t n;
    const dy_phrase *ph = dy_dict_phrases(c->d, c->t[i].id, &n);
    for (uint32_t j = i + 2; j < k->b && j <= i + 4; j++) {
        /* the object between: a pronoun, or an article and nouns */
        const uint32_t o = i + 1;
        bool obj = (j == o + 1 && (fwc(c, o) & FW_PRON)) || (j > o + 1 && (fwc(c, o) & FW_ART));
        for (uint32_t q = o + 1; q < j && obj && !(fwc(c, o) & FW_PRON); q++)
            obj = c->t[q].type == TK_WORD && !c->fw[q] && (!c->nverb[q] || c->noun[q]);
        if (!obj || c->t[j].type != TK_WORD || !tok_in(c, j, c->rules->split_particles))
            continue;
        for (size_t q = 0; q < n; q++) {
            const dy_phrase *p = &ph[q];
            if (p->kind == PK_VERB && p->ntok == 2 && phrase_ok(c, p, i) &&
                (plain ? p->vform == plain->vform : p->vform != VF_INF) &&
                dy_phrase_toks(c->d, p)[1] == c->t[j].id)
                return p;
        }
    }
    return NULL;
}

static void split_particle(cctx *c, clause *k, pstate *st)
{
    if (!c->rules->split_particles || (st->best && st->best->ntok != 1))
        return;
    const dy_phrase *p = NULL;
    if (st->best)
        p = split_at(c, k, st->best_tok, st->best);
    /* "handed him over": a verb with no reading of its own */
    for (uint32_t i = k->a; !st->best && !p && i + 2 < k->b; i++)
        if (c->t[i].type == TK_WORD && !in_mention(c, c->sn.m0, i) && (p = split_at(c, k, i, NULL)) != NULL)
            st->best_tok = i;
    if (p)
        st->best = p;
}

/* English "responded by expelling a diplomat", "retaliated on Tuesday by
 * imposing tariffs": a gerund after the agent preposition names the deed
 * by which the subject acted; it, not the verb of reacting, is the
 * predicate (and no speech frame). */
static void means_gerund(cctx *c, clause *k, pstate *st)
{
    if (c->rules->verb_second || !c->rules->gerund_suffix || !c->id_von)
        return;
    for (uint32_t i = k->a + 1; i + 1 < k->b; i++) {
        if (!(fwc(c, i) & FW_PREP) || prep_norm(c, i) != c->id_von ||
            !tok_suffix(c, i + 1, c->rules->gerund_suffix, 4))
            continue;
        /* the verb of reacting comes first: "by" after it */
        if (st->best && st->best_tok > i)
            return;
        for (int v = 0; v < c->nverb[i + 1]; v++) {
            const dy_phrase *p = c->verb[i + 1][v];
            const dy_pred *pr = &DY_AT(c->d->preds, dy_pred, p->ref);
            if (!pr->code[0] || (pr->flags & (VFL_SAY | VFL_SPEC | VFL_MODAL)) || p->vform != VF_INF)
                continue;
            st->best = p;
            st->best_tok = i + 1;
            k->say = false;
            return;
        }
        return;
    }
}

/* English "…, a major policy shift announced during a visit to Riyadh":
 * a clause after a comma that opens with an indefinite article and a noun
 * followed by the participle of a speech verb, no actor before it, is an
 * apposition with a reduced relative: no speech frame; its head noun
 * renames the event before, and what else it names (the visit) is the
 * clause before's subject's. */
static void reduced_relative_speech(cctx *c, clause *k)
{
    if (!k->say || !c->rules->subject_before_verb || !c->rules->indef_articles)
        return;
    /* (past a closing quotation mark: '… “a chance,” a major shift …') */
    uint32_t a = k->a, b0 = k->a;
    while (a < k->b && c->t[a].type == TK_QUOTE)
        a++;
    while (b0 > c->sn.first && c->t[b0 - 1].type == TK_QUOTE)
        b0--;
    if (b0 < c->sn.first + 1 || !is_punct(c, b0 - 1, ",") || a >= k->b || !tok_in(c, a, c->rules->indef_articles))
        return;
    for (uint32_t i = a + 1; i < k->b && i < a + 6; i++) {
        if (in_mention(c, c->sn.m0, i) || c->t[i].type != TK_WORD || c->fw[i])
            return;
        for (int v = 0; v < c->nverb[i]; v++) {
            const dy_phrase *p = c->verb[i][v];
            if ((DY_AT(c->d->preds, dy_pred, p->ref).flags & VFL_SAY) && p->vform == VF_PART) {
                /* (a noun before it: "a shift announced") */
                if (i >= a + 2 && !c->nverb[i - 1]) {
                    k->say = false;
                    k->inherit = true; /* (what it names is the clause before's subject's) */
                    /* its head noun renames the event before: no event
                     * of its own ("a major policy shift") */
                    for (uint32_t j = a + 1; j < i; j++)
                        c->noun[j] = NULL;
                }
                return;
            }
        }
        if (c->nverb[i])
            return;
    }
}

/* The predicate of clause K: a verb, a verb governed by a modal, or an
 * event noun (the object of a support verb, else the clause's object). */
void choose_pred(cctx *c, clause *k)
{
    pstate st = {NULL, 0, false, false};
    if (k->kind == CL_SAY) {
        k->say = true;
        return;
    }
    verb_readings(c, k, &st);
    reduced_relative_speech(c, k);
    split_particle(c, k, &st);
    means_gerund(c, k, &st);
    governed_verb(c, k, &st);
    document_content(c, k, &st);
    speech_or_support(c, k, &st);
    /* a support verb with an event noun: the noun is the predicate.  Of
     * several, the last one outside a phrase is the verb's object
     * ("erteilte der Forderung eine Absage"); else the last in a phrase
     * ("bat Namibia um Vergebung") */
    if (st.support && (!st.best || (DY_AT(c->d->preds, dy_pred, st.best->ref).flags & VFL_SUPPORT)) &&
        use_object_noun(c, k, true)) {
        /* English "offered Ecuador talks", "pledged aid to Kyiv": a modal
         * support verb (offer, pledge, promise, propose, vow) makes its
         * event noun an intent, as its to-infinitive is */
        if (st.best && c->rules->modal_to_infinitive && !k->modal_verb &&
            (DY_AT(c->d->preds, dy_pred, st.best->ref).flags & VFL_MODAL) &&
            !(DY_AT(c->d->preds, dy_pred, st.best->ref).flags & VFL_SAY) && st.best_tok < k->pred_tok &&
            /* (a verb that is itself an offer or promise, nointent, or has
             * no code: "agreed new sanctions" decides them) */
            ((DY_AT(c->d->preds, dy_pred, st.best->ref).flags & VFL_NOINTENT) ||
             !DY_AT(c->d->preds, dy_pred, st.best->ref).code[0]) &&
            /* (its object: "agreed on a set of sanctions", "offered a
             * bounty for his capture" decide or name no offered act) */
            !(fwc(c, np_start(c, k->pred_tok, k->a) - 1) & FW_PREP)) {
            k->modal_verb = true;
            k->modal_tok = st.best_tok + 1;
        }
        return;
    }
    if (st.best) {
        k->pred = st.best;
        k->pred_tok = st.best_tok;
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
