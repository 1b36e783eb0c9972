/* mood.c: Mood: fact, intent, appeal, speculation, question, hypothetical or
 * negated, from the clause's words and its governing clauses; and the
 * intent code of a predicate. */
#include "coder/stages.h"
#include <string.h>
#include <stdlib.h>

const char *intent_code(const dy_pred *p, char buf[6])
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

/* Is clause K the content of a speech verb: reported speech, or after a
 * speech verb and a subordinator inside it (« a assuré que la Russie
 * soutiendrait … », « a déclaré lundi que … », where no comma cuts the
 * clause)? */
static bool speech_content(cctx *c, const clause *k)
{
    if (k->reported)
        return true;
    for (uint32_t z = k->a; k->pred && z < k->pred_tok; z++)
        if (fwc(c, z) & FW_SUBORD)
            for (uint32_t y = z; y-- > k->a;) {
                if (say_reading(c, y))
                    return true;
                if (verb_reading(c, y, true) || c->t[y].type == TK_PUNCT)
                    break;
            }
    return false;
}

/* Whether the negation word at I negates the clause K's predicate. */
static bool negates(cctx *c, const clause *k, uint32_t i)
{
    /* a negation quoted as the complement ("nannte den Schritt „nicht
     * nachvollziehbar“") does not negate the verb outside the quote */
    if (c->inq[i] && k->pred && !k->noun_pred && !c->inq[k->pred_tok])
        return false;
    /* "no-confidence vote": a negation inside a compound */
    if (i + 1 < k->b && c->t[i + 1].type == TK_HYPHEN && !(c->t[i + 1].flags & TF_SPACE))
        return false;
    /* "met Pence, but not Trump", "traf Pence, aber nicht Trump": a
     * negation before a last conjunct negates only that actor */
    if (k->pred && i > k->pred_tok + k->pred->ntok && i + 1 < k->b &&
        ((fwc(c, i - 1) & FW_CONJ) || is_punct(c, i - 1, ",")) &&
        mention_at_or_after(c, c->sn.m0, i + 1, i + 4 < k->b ? i + 4 : k->b))
        return false;
    /* a negating preposition after the predicate before an infinitive
     * negates that verb, not the predicate: « les a accusés de trahison sans
     * le consulter »; before the predicate it does (« sans aller jusqu'à
     * expulser ») */
    /* (an adverb may stand between: « sans vraiment présenter »; not
     * before a bare noun: « sans fondement » measured, even-fr P -.04) */
    uint32_t v = i + 1;
    while (v < k->b && (tok_in(c, v, c->rules->clitic_articles) ||
                        (c->rules->adverb_suffix && tok_suffix(c, v, c->rules->adverb_suffix, 2))))
        v++;
    if ((fwc(c, i) & FW_PREP) && k->pred && i >= k->pred_tok + k->pred->ntok && v < k->b &&
        verb_reading(c, v, false))
        return false;
    /* « tenter de convaincre la Russie qu'elle n'a aucun intérêt à … »: a
     * negation in a that-clause after the predicate is that clause's */
    for (uint32_t z = k->pred && !k->noun_pred ? k->pred_tok + k->pred->ntok : i; z < i; z++)
        if (tok_in(c, z, c->rules->that_words) && c->rules->that_content)
            return false;
    return true;
}

/* The word classes of token I as clause K's mood reads them: without
 * those of a name's word, of a verb pattern's words, and without a hedge
 * that is on an attribute, a quotation or a free relative, not on the
 * clause. */
static uint32_t mood_flags(cctx *c, const clause *k, uint32_t i)
{
    uint32_t fw = fwc(c, i);
    /* "Theresa May met …": a word of an actor's name is no modal */
    if (c->t[i].type == TK_WORD && (c->t[i].flags & TF_CAP) && in_mention(c, c->sn.m0, i) &&
        !(fw & FW_PRON))
        fw &= ~(uint32_t)(FW_NEG | FW_MODAL_INTENT | FW_ADV_INTENT | FW_FUTURE | FW_HYPO |
                          FW_SPEC | FW_MODAL_SPEC | FW_MODAL_APPEAL);
    /* "did not * over efforts": the words of a verb pattern are part
     * of its reading, not of the clause's mood */
    if (pat_word_at(k, i))
        fw &= ~(uint32_t)(FW_NEG | FW_MODAL_INTENT | FW_ADV_INTENT | FW_FUTURE | FW_HYPO |
                          FW_SPEC | FW_MODAL_SPEC | FW_MODAL_APPEAL);
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
    /* "welcomed Merkel for what is likely her final visit": a hedge
     * in a free relative after the verb is on that phrase */
    if ((fw & FW_SPEC) && k->pred && !k->noun_pred && i > k->pred_tok + 1 && c->rules->free_relatives)
        for (uint32_t z = i > k->pred_tok + 3 ? i - 3 : k->pred_tok + 1; z < i; z++)
            if (tok_in(c, z, c->rules->free_relatives))
                fw &= ~(uint32_t)FW_SPEC;
    return fw;
}

/* An event noun with a verb in the synthetic future as its support
 * ("проведет переговоры", "нанесет удар", « tiendra des pourparlers »,
 * "переговоры пройдут в среду"): a verb of the clause whose every reading
 * is a finite future. */
static bool support_future(cctx *c, const clause *k)
{
    for (uint32_t i = k->a; i < k->b; i++) {
        bool fut = c->nverb[i] > 0;
        for (int v = 0; v < c->nverb[i] && fut; v++)
            fut = c->verb[i][v]->vform == VF_FIN && c->verb[i][v]->vtense == VT_FUT;
        if (fut)
            return true;
    }
    return false;
}

/* "expressed readiness to talk with", "its willingness to negotiate": an
 * infinitive after a noun of intent (a 03x event noun) in its own clause
 * is that intent, not a deed. */
static bool intent_noun_before(const cctx *c, const clause *k)
{
    for (uint32_t i = k->a; k->kind == CL_ZU && k->pred && !k->noun_pred && i < k->pred_tok; i++)
        if (c->noun[i] && !strncmp(DY_AT(c->d->preds, dy_pred, c->noun[i]->ref).code, "03", 2))
            return true;
    return false;
}

/* "denied that it had attacked …": what a denial (016) in the governing
 * clause P denies is no fact. */
static bool denial_content(const cctx *c, const clause *k, const clause *p)
{
    return (k->kind == CL_SUB || k->kind == CL_ZU) && p->pred && !p->noun_pred &&
           !strcmp(DY_AT(c->d->preds, dy_pred, p->pred->ref).code, "016");
}

/* « n'a pas confirmé que ses soldats avaient … »: the content of a
 * negated speech verb P (the clause K depends on) is no fact */
static bool negated_speech_content(cctx *c, const clause *k, const clause *p)
{
    int w = first_word(c, k->a, k->b);
    if (k->kind != CL_SUB || !c->rules->that_content || !p->say || w < 0 ||
        !tok_in(c, (uint32_t)w, c->rules->that_words))
        return false;
    for (uint32_t i = p->a; i < p->b; i++)
        if (fwc(c, i) & FW_NEG)
            return true;
    return false;
}

void decide_mood(cctx *c, clause *cl, int ncl, int ki)
{
    clause *k = &cl[ki];
    /* a modal verb with an infinitive marker governs what follows it
     * ("seeking to force …" after the predicate does not make "entered
     * Gambia" an intent) */
    bool modal = k->modal_verb &&
                 (!c->rules->modal_to_infinitive || !k->pred || k->noun_pred || !k->modal_tok ||
                  k->modal_tok - 1 <= k->pred_tok);
    /* "alleged that …": the allegation itself is no speculation, its
     * content is */
    bool own_spec = k->pred && !k->noun_pred &&
                    (DY_AT(c->d->preds, dy_pred, k->pred->ref).flags & VFL_SPEC);
    bool neg = false, intent = modal, appeal = false, spec = k->spec_verb && !own_spec,
         hypo = false, future = false, passive = false, alleged = false, condaux = false;
    for (uint32_t i = k->a; i < k->b; i++) {
        uint32_t fw = mood_flags(c, k, i);
        if ((fw & FW_NEG) && negates(c, k, i))
            neg = true;
        if (fw & (FW_MODAL_INTENT | FW_ADV_INTENT))
            intent = true;
        /* "zeigte sich offen für ein Treffen"; "ist völlig offen" is not */
        if ((c->fw2[i] & FW2_OPEN) && i + 1 < k->b && c->prep[i + 1] == c->id_open)
            intent = true;
        if (fw & FW_MODAL_APPEAL)
            appeal = true;
        if (fw & (FW_SPEC | FW_MODAL_SPEC))
            spec = true;
        if (fw & FW_HYPO)
            hypo = true;
        if ((fw & FW_FUTURE) && !(fw & FW_HYPO))
            future = true;
        if ((fw & FW_FUTURE) && (fw & FW_HYPO) && k->reported)
            future = true; /* "würde" in reported speech is a future */
        /* "pledged that Greece would help": so in the content of a promise
         * (a modal verb's that-clause) */
        if ((fw & FW_FUTURE) && (fw & FW_HYPO) && k->kind == CL_SUB && k->gov >= 0 && k->gov < ncl &&
            cl[k->gov].pred && !cl[k->gov].noun_pred &&
            (DY_AT(c->d->preds, dy_pred, cl[k->gov].pred->ref).flags & VFL_MODAL))
            future = true;
        if (fw & FW_PASSIVE)
            passive = true;
        /* "reportedly attacked", "haben angeblich angegriffen"; not the
         * hedge on an attribute after an article ("the allegedly rigged
         * vote", "eines angeblich entführten Mädchens") */
        if ((c->fw2[i] & FW2_ALLEGED) && !pat_word_at(k, i) &&
            !(i > k->a && (fwc(c, i - 1) & (FW_ART | FW_OBJART | FW_GENART))))
            alleged = true;
        /* "auraient tué", "aurait été arrêté": the conditional auxiliary
         * of the clause's participle */
        if ((c->fw2[i] & FW2_CONDAUX) && k->pred && !k->noun_pred && i < k->pred_tok &&
            has_vform(c, k->pred_tok, VF_PART))
            condaux = true;
    }
    (void)passive;
    /* A synthetic future ("attaquera") announces, as "will" does.  A
     * conditional ("attaquerait", "aurait attaqué") is a hypothetical
     * where the sentence states a condition ("si …"); in reported speech
     * the present one is a future in the past, an intent ("a assuré que
     * la Russie transmettrait"); else it is the conditional of an
     * unconfirmed report, coded as the deed in its own mood. */
    bool counterfactual = false;
    if (k->pred && !k->noun_pred && k->pred->vtense == VT_FUT)
        intent = true;
    if (k->pred && k->noun_pred && support_future(c, k))
        intent = true;
    if (condaux || (k->pred && !k->noun_pred && k->pred->vtense == VT_COND)) {
        bool condition = hypo;
        for (int j = 0; j < ncl && !condition; j++)
            if (cl[j].kind == CL_IF)
                condition = true;
        bool content = speech_content(c, k);
        if (condition && condaux)
            counterfactual = true; /* "si …, la France aurait riposté" */
        else if (content && !condaux)
            intent = true; /* a future in the past; a conditional threat */
        else if (condition)
            hypo = future = true;
        else
            alleged = true;
    }
    /* "Die Armee soll Städte beschossen haben": "soll" with a perfect
     * infinitive in the writer's own voice reports hearsay: the deed is
     * coded in the mood "reported", as "reportedly shelled" is (with
     * a bare infinitive, "soll sich zurückziehen", a duty or plan: reading
     * it as an intent lowered the scores, so it is left as it was) */
    if (!k->reported && k->pred && !k->noun_pred && find2(c, k->a, k->b, FW2_HEARSAY) < k->b &&
        has_vform(c, k->pred_tok, VF_PART))
        for (uint32_t z = k->pred_tok + k->pred->ntok; z < k->b && z <= k->pred_tok + k->pred->ntok + 1; z++)
            if (fwc(c, z) & FW_PASTAUX)
                alleged = true;
    /* "werden … reisen": the future announces an intent */
    if (future && k->pred && !k->noun_pred && has_vform(c, k->pred_tok, VF_INF))
        intent = true;
    if (future && k->noun_pred)
        intent = true;
    k->intent_word = intent && !k->modal_verb;
    if (intent_noun_before(c, k))
        intent = true;
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
        if (g == k->gov && (negated_speech_content(c, k, p) || denial_content(c, k, p)))
            neg = true;
        if (cl[g].kind == CL_MAIN)
            break;
    }
    /* "rejected claims that it had attacked Peru", "Western suggestions
     * that it had ordered the killing": a that-clause right after a noun
     * of claim is what is claimed, no fact */
    int w0 = first_word(c, k->a, k->b);
    if (k->kind == CL_SUB && w0 > (int)c->sn.first && tok_in(c, (uint32_t)w0, c->rules->that_words) &&
        tok_in(c, (uint32_t)w0 - 1, c->rules->claim_nouns))
        spec = true;
    if (c->t[c->sn.last - 1].type == TK_PUNCT && tok_eq(c, c->sn.last - 1, "?"))
        k->mood = DY_MOOD_QUESTION;
    else if (k->kind == CL_OB || spec)
        k->mood = DY_MOOD_SPECULATION;
    else if (k->kind == CL_IF || counterfactual)
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
    k->hearsay = alleged && k->mood == DY_MOOD_FACT;
}

/* Speculation, questions, hypotheticals and negations are not coded. */
bool mood_uncoded(dy_mood m)
{
    return m == DY_MOOD_SPECULATION || m == DY_MOOD_QUESTION || m == DY_MOOD_HYPOTHETICAL ||
           m == DY_MOOD_NEGATED;
}
