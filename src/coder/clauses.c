/* clauses.c: Clauses: the sentence cut at punctuation, subordinators and
 * conjunctions before a verb, and each clause classified (main, sub, rel,
 * zu, if, ob, say). */
#include "coder/stages.h"
#include <string.h>
#include <stdlib.h>

/* Is the comma at I inside a list of actors ("Australiens, Indiens und
 * Japans") or an apposition that belongs to the mention before it? */
static bool list_comma(cctx *c, size_t m0, uint32_t i)
{
    if (in_mention(c, m0, i))
        return true;
    uint32_t j = i + 1;
    while (j < c->sn.last && (fwc(c, j) & FW_ART))
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
    /* (a headline's list without "and": "accuses Rwanda, Uganda of
     * backing rebels", the second actor before a preposition) */
    return after < c->sn.last && (is_punct(c, after, ",") || (fwc(c, after) & FW_CONJ) ||
                                  (c->rules->subject_before_verb && !c->rules->case_marks_roles &&
                                   (fwc(c, after) & FW_PREP) &&
                                   !(fwc(c, after) & FW_CONJ) && after > m->first &&
                                   m->first == i + 1 && !m->gen));
}

/* "ist mit Tränengas, Pfefferspray und Gummigeschossen gegen … vorgegangen":
 * in a language that capitalises its nouns, a comma between a noun and a
 * capitalised word that, alone or with one more, runs up to "und"/"oder"
 * (or the next comma) lists nouns and cuts no clause. */
static bool noun_list_comma(cctx *c, uint32_t i)
{
    if (!c->rules->nouns_capitalised || !c->rules->verb_second || i == 0 || i + 2 >= c->sn.last ||
        c->t[i - 1].type != TK_WORD || !(c->t[i - 1].flags & TF_CAP) || c->fw[i - 1] ||
        c->t[i + 1].type != TK_WORD || !(c->t[i + 1].flags & TF_CAP) || c->fw[i + 1])
        return false;
    for (uint32_t j = i + 1; j < c->sn.last && j <= i + 3; j++) {
        if (verb_reading(c, j, false))
            return false;
        if (j > i + 1 && ((fwc(c, j) & FW_CONJ) || (c->t[j].type == TK_PUNCT && tok_eq(c, j, ","))))
            return (fwc(c, j) & FW_CONJ) || noun_list_comma(c, j);
        if (c->t[j].type != TK_WORD || c->fw[j])
            return false;
    }
    return false;
}

/* "hat den Bürgermeister Ekrem İmamoğlu, den wichtigsten Rivalen des
 * Präsidenten, festgenommen": a noun phrase between two commas right
 * after a name or noun, opened by an article of an object case and with no
 * verb, is an apposition to the object and cuts no clause (a subject's,
 * "Der Täter, ein Polizist, …", is left to the clause cut).
 * Returns the closing comma, or 0. */
static uint32_t apposition(cctx *c, size_t m0, uint32_t i)
{
    /* "ist der Kommandeur der Brigaden, General Ghassem Soleimani, getötet
     * worden": one actor alone between two commas, the clause's verb after
     * it, is an apposition whatever its case (it has no verb of its own) */
    const ment *am = c->rules->verb_second && i + 3 < c->sn.last && i > c->sn.first &&
                             c->t[i - 1].type == TK_WORD && (c->t[i - 1].flags & TF_CAP)
                         ? mention_at(c, m0, i + 1)
                         : NULL;
    uint32_t ae = am ? am->last : 0; /* (the rest of a name we do not know) */
    while (am && ae < c->sn.last && ae < am->last + 2 && c->t[ae].type == TK_WORD && (c->t[ae].flags & TF_CAP) &&
           !c->fw[ae] && !c->nverb[ae])
        ae++;
    if (am && ae + 1 < c->sn.last && is_punct(c, ae, ",") && (am->person >= 0 || am->up) &&
        verb_reading(c, ae + 1, false) && !mention_at(c, m0, ae + 1))
        return ae;
    if (!c->rules->verb_second || !c->rules->oblique_articles || i == 0 || i + 2 >= c->sn.last ||
        c->t[i - 1].type != TK_WORD || !(c->t[i - 1].flags & TF_CAP) || !(fwc(c, i + 1) & FW_ART) ||
        !tok_in(c, i + 1, c->rules->oblique_articles))
        return 0;
    for (uint32_t j = i + 2; j < c->sn.last && j <= i + 12; j++) {
        if (c->t[j].type == TK_PUNCT) {
            if (!tok_eq(c, j, ","))
                return 0;
            /* the clause's own verb follows it ("…, festgenommen") */
            return j + 1 < c->sn.last && verb_reading(c, j + 1, false) && !mention_at(c, m0, j + 1) ? j : 0;
        }
        if ((verb_reading(c, j, true) && !in_mention(c, m0, j)) ||
            (fwc(c, j) & (FW_SUBORD | FW_CONJ | FW_REL)))
            return 0;
    }
    return 0;
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
        for (const char *const *s = c->rules->past_suffixes; s && *s; s++)
            if (!strcmp(f - strlen(*s), *s))
                return true;
    }
    return false;
}

/* The first mention starting in [a, a + n) within clause K (a phrase's
 * actor after its preposition, article and adjectives), or NULL. */
const ment *mention_near(cctx *c, size_t m0, const clause *k, uint32_t a, uint32_t n)
{
    const ment *m = NULL;
    for (uint32_t z = a; z < k->b && z < a + n && !m; z++)
        m = mention_at(c, m0, z);
    return m;
}

/* The actor named in the noun phrase that starts at A, adjectives included:
 * "on 2.8 billion euros of U.S. goods", "of detained Saudi activists".  The
 * phrase ends at punctuation, a verb or a preposition other than "of". */
const ment *slot_mention(cctx *c, size_t m0, const clause *k, uint32_t a, bool anyprep)
{
    for (uint32_t z = a; z < k->b && z < a + 8; z++) {
        const ment *m = mention_at(c, m0, z);
        if (m)
            return m;
        if (c->t[z].type == TK_PUNCT || (c->nverb[z] && !(c->t[z].flags & TF_CAP) && z > a) ||
            ((fwc(c, z) & FW_PREP) && !tok_in(c, z, c->rules->gen_preps) && !anyprep) ||
            (fwc(c, z) & (FW_CONJ | FW_SUBORD | FW_REL)))
            return NULL;
    }
    return NULL;
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
                       (c->rules->verb_second && c->rules->nouns_capitalised &&
                        !(c->t[i - 1].flags & TF_CAP) &&
                        !c->fw[i - 1] && i - 1 > k->a + 1)))
        return false;
    uint32_t w = first_word(c, k->a, k->b) >= 0 ? (uint32_t)first_word(c, k->a, k->b) : k->a;
    for (uint32_t j = w + 1; j + 2 < i; j++)
        if (verb_reading(c, j, true) && c->t[j].type == TK_WORD && !(c->t[j].flags & TF_CAP))
            return false;
    /* "sagte, die EU werde … überprüfen": an auxiliary or modal in the
     * second place, not at the end, makes a verb-second main clause */
    const uint32_t aux = FW_FUTURE | FW_PASTAUX | FW_PASSIVE | FW_HYPO | FW_MODAL_INTENT |
                         FW_MODAL_APPEAL | FW_MODAL_SPEC;
    if (c->rules->verb_second)
        for (uint32_t j = w + 2; j + 1 < i; j++)
            if ((c->fw[j] & aux) && !(c->fw[j + 1] & aux) &&
                (in_mention(c, c->sn.m0, j - 1) || (c->t[j - 1].flags & TF_CAP)))
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
        /* German "…, der Ukraine den Status zu verleihen": "zu" before a
         * lower-case word with the infinitive's ending (rules->
         * infinitive_suffix, German "-n") that ends the clause is an infinitive, a
         * verb the lexicon does not know too */
        if (c->rules->nouns_capitalised && (fwc(c, i) & FW_ZU) && i + 1 < k->b &&
            c->t[i + 1].type == TK_WORD && !(c->t[i + 1].flags & TF_CAP) &&
            tok_suffix(c, i + 1, c->rules->infinitive_suffix, 3) &&
            (i + 2 == k->b || c->t[i + 2].type != TK_WORD))
            zu = true;
    }
    return zu && !fin;
}

/* Has [a, b) a finite auxiliary or modal (hat, wurde, will)? */
static uint32_t aux_in(cctx *c, uint32_t a, uint32_t b)
{
    for (uint32_t i = a; i < b; i++)
        if (fwc(c, i) & (FW_PASTAUX | FW_PASSIVE | FW_FUTURE | FW_MODAL_INTENT | FW_MODAL_APPEAL |
                         FW_MODAL_SPEC))
            return i + 1;
    return 0;
}

/* Has [a, b) a verb, and are its verbs all non-finite (participles,
 * infinitives)? */
static bool only_nonfinite(cctx *c, uint32_t a, uint32_t b)
{
    bool any = false;
    for (uint32_t i = a; i < b; i++)
        for (int v = 0; v < c->nverb[i]; v++) {
            int f = c->verb[i][v]->vform;
            if (f == VF_FIN || f == VF_FIN_SEP)
                return false;
            any = true;
        }
    return any;
}

/* Has [a, b) a participle or infinitive (the bracket is closed)? */
static bool nonfinite_in(cctx *c, uint32_t a, uint32_t b)
{
    for (uint32_t i = a; i < b; i++)
        for (int v = 0; v < c->nverb[i]; v++)
            if (c->verb[i][v]->vform == VF_PART || c->verb[i][v]->vform == VF_INF ||
                c->verb[i][v]->vform == VF_ZUINF)
                return true;
    return false;
}

/* German "Die Polizei hat den Oppositionsführer des Landes, Kizza Besigye,
 * festgenommen": the commas of an apposition split the verb bracket; a
 * clause of a participle or infinitive alone, with no actor and no
 * auxiliary of its own, closes the bracket its clause before opened. */
static int join_bracket(cctx *c, size_t m0, clause *cl, int n)
{
    if (!c->rules->verb_second)
        return n;
    int m = 0;
    for (int k = 0; k < n; k++) {
        int w = first_word(c, cl[k].a, cl[k].b);
        uint32_t aux = m > 0 ? aux_in(c, cl[m - 1].a, cl[m - 1].b) : 0;
        if (m > 0 && w >= 0 && cl[k].kind == CL_MAIN && cl[m - 1].kind == CL_MAIN && aux &&
            !(fwc(c, (uint32_t)w) & (FW_CONJ | FW_SUBORD | FW_REL)) &&
            only_nonfinite(c, cl[k].a, cl[k].b) && !aux_in(c, cl[k].a, cl[k].b) &&
            !nonfinite_in(c, aux, cl[m - 1].b) && !mention_at_or_after(c, m0, cl[k].a, cl[k].b)) {
            cl[m - 1].b = cl[k].b;
            continue;
        }
        cl[m++] = cl[k];
    }
    return m;
}

/* Is clause K one actor and nothing else ("Biden: We will …": the speaker
 * of what follows the colon)? */
static bool speaker_only(cctx *c, size_t m0, const clause *k)
{
    int w = first_word(c, k->a, k->b);
    const ment *m = w >= 0 ? mention_at(c, m0, (uint32_t)w) : NULL;
    if (!m)
        return false;
    for (uint32_t i = m->last; i < k->b; i++)
        if (c->t[i].type == TK_WORD)
            return false;
    return true;
}

/* A verbless speech frame: ", so der Botschafter" after the content, or
 * one actor alone before a colon whose content opens with an actor of its
 * own ("Merkel: Russland habe den Vertrag verletzt"; with a pronoun,
 * "Biden: We will …", the actor stays joined as the subject). */
static bool verbless_frame(cctx *c, size_t m0, const clause *cl, int n, int k)
{
    int w = first_word(c, cl[k].a, cl[k].b);
    if (k > 0 && w >= 0 && tok_in(c, (uint32_t)w, c->rules->frame_words) &&
        mention_at_or_after(c, m0, (uint32_t)w + 1, cl[k].b))
        return true;
    if (k + 1 < n && cl[k].kind == CL_MAIN && cl[k].b < c->sn.last && is_punct(c, cl[k].b, ":") &&
        !has_verb(c, cl[k].a, cl[k].b) && speaker_only(c, m0, &cl[k])) {
        int w1 = first_word(c, cl[k + 1].a, cl[k + 1].b);
        const ment *m1 = w1 >= 0 ? mention_at(c, m0, (uint32_t)w1) : NULL;
        return m1 && !m1->pron && m1->code[0];
    }
    return false;
}

/* "Bahrain protests: Police break up …", "Iran talks: …": a heading of at
 * most four words before a colon, whose only verb is also an event noun,
 * labels a topic and is no clause to code. */
static int drop_noun_headings(cctx *c, clause *cl, int n)
{
    int m = 0;
    for (int k = 0; k < n; k++) {
        bool heading = cl[k].kind == CL_MAIN && cl[k].b < c->sn.last &&
                       is_punct(c, cl[k].b, ":");
        int words = 0;
        for (uint32_t i = cl[k].a; heading && i < cl[k].b; i++) {
            if (c->t[i].type == TK_WORD)
                words++;
            if (verb_reading(c, i, false) && !c->noun[i])
                heading = false;
        }
        if (heading && words <= 4)
            continue;
        cl[m++] = cl[k];
    }
    return m;
}

/* ", et ont massacré …" (rules->comma_conj_shares): at token I, right
 * after the comma that closed clause PREV (which has a verb), a
 * conjunction before a finite verb starts a clause with the same subject */
static bool comma_conj(cctx *c, size_t m0, const clause *prev, uint32_t i)
{
    /* (or a perfect: « …, et ont massacré des civils ») */
    uint32_t v = i + 1;
    while (v + 1 < c->sn.last && (fwc(c, v) & FW_PASTAUX) && !(fwc(c, v) & FW_PASSIVE))
        v++;
    return c->rules->comma_conj_shares && (fwc(c, i) & FW_CONJ) && i + 1 < c->sn.last &&
           !in_mention(c, m0, i) && is_punct(c, i - 1, ",") &&
           (verb_reading(c, i + 1, true) || (v > i + 1 && verb_reading(c, v, false))) &&
           !mention_at(c, m0, i + 1) &&
           /* (English ", and attacks on …": a form that is also an event
            * noun is no verb here) */
           !(c->rules->noun_verb_homographs && c->noun[i + 1]) &&
           /* (a verb before a phrase cut off by commas: « sont entrés
            * dans la ville, sous le couvert de la nuit, et ont tué ») */
           (has_verb(c, prev->a, prev->b) ||
            (v > i + 1 && prev->a > c->sn.first && has_verb(c, c->sn.first, prev->a)));
}

/* Cuts the sentence into clauses. */
/* Does "as" at I open a clause: a subject (not a verb, and not "such as",
 * "as well as", "as part of") and a finite verb within a few words, before
 * any punctuation? */
static bool as_clause(cctx *c, size_t m0, uint32_t i)
{
    (void)m0;
    uint32_t nx = i + 1;
    if (c->t[nx].type != TK_WORD || verb_reading(c, nx, false) || (fwc(c, nx) & (FW_PREP | FW_NEG)) ||
        c->noun[nx] || tok_in(c, nx, c->rules->as_not_conj) || tok_in(c, i - 1, c->rules->as_not_conj))
        return false;
    for (uint32_t q = nx + 1; q < c->sn.last && q <= nx + 6; q++) {
        if (c->t[q].type == TK_PUNCT || (fwc(c, q) & (FW_SUBORD | FW_REL)))
            return false;
        if (verb_reading(c, q, true) && !(fwc(c, q - 1) & FW_ART))
            return true;
    }
    return false;
}

/* Is token J an object clitic before its verb (a language with
 * clitic_articles: French « lui », « les »)? */
static bool clitic_at(cctx *c, size_t m0, uint32_t j)
{
    const ment *m = c->rules->clitic_articles ? mention_at(c, m0, j) : NULL;
    return m && m->first == j && m->pron && m->obj;
}

/* The token at or after J past indirect object clitics before their verb
 * (« et lui a demandé », « et leur a imposé »; a direct « les » after
 * « et » may still be an article, so not past that). */
static uint32_t past_indirect_clitics(cctx *c, size_t m0, uint32_t j)
{
    while (j + 1 < c->sn.last && clitic_at(c, m0, j) && ((fwc(c, j) & FW_PRON_OBJ) || (c->fw2[j] & FW2_POSS)))
        j++;
    return j;
}

/* English "does not seek to challenge or displace the United States": a
 * conjunction right after an infinitive ("to" and a verb) before a verb J
 * with an infinitive form joins a second infinitive, in the same clause (its negation and mood), not a clause
 * of its own. */
static bool inf_pair(cctx *c, uint32_t a, uint32_t i, uint32_t j)
{
    return !c->rules->verb_second && i >= a + 2 && (fwc(c, i - 2) & FW_ZU) && c->t[i - 1].type == TK_WORD &&
           !fwc(c, i - 1) && !c->atom[i - 1] && has_vform(c, j, VF_INF);
}

/* English "Russia attacked Ukraine and China criticized the United
 * States": a coordinating conjunction after a clause with a verb, before
 * a subject of its own (an actor, or a pronoun) and its finite verb, starts
 * a clause with that subject. */
static bool coord_clause(cctx *c, size_t m0, uint32_t a, uint32_t i)
{
    if (!c->rules->subject_before_verb || c->rules->verb_second || !has_verb(c, a, i))
        return false;
    /* "talks between Lukashenko and Putin will …": the two sides of a
     * "between" phrase */
    for (size_t q = m0; q < c->ments.n; q++) {
        const ment *pm = &DY_AT(c->ments, ment, q);
        if (pm->last != i)
            continue;
        uint32_t f = pm->first;
        while (f > a && (fwc(c, f - 1) & FW_ART))
            f--;
        if (f > a && tok_in(c, f - 1, c->rules->between_preps))
            return false;
    }
    uint32_t j = i + 1, end;
    if (j < c->sn.last && (fwc(c, j) & FW_ART) && !(c->fw2[j] & FW2_POSS))
        j++;
    const ment *m = j < c->sn.last ? mention_at(c, m0, j) : NULL;
    /* (« les armées malienne et nigérienne ont … »: an adjective whose
     * noun stands before the conjunction is the list's second member) */
    if (m && m->first == j && m->head < i)
        return false;
    if (m && m->first == j && !m->adj_only && !clitic_at(c, m0, j))
        end = m->last;
    else if (j == i + 1 && (fwc(c, j) & FW_PRON) && !(fwc(c, j) & FW_PRON_OBJ))
        end = j + 1;
    else
        return false;
    /* an adverb between: "and Canada just cancelled" */
    if (end < c->sn.last && c->t[end].type == TK_WORD && !(c->t[end].flags & TF_CAP) &&
        !fwc(c, end) && !c->nverb[end] && !c->noun[end] && end + 1 < c->sn.last &&
        verb_reading(c, end + 1, true))
        end++;
    return end < c->sn.last && verb_reading(c, end, true) && !(fwc(c, end) & FW_NEG);
}

/* English "the minister said China would …", "said on Monday he had …":
 * does the content of a speech verb start at I (its subject, or "that")?
 * SAY_PENDING: a speech verb whose content has not started. */
static bool speech_content_starts(cctx *c, size_t m0, uint32_t a, uint32_t i, bool say_pending)
{
    if (!c->rules->bare_speech_content || i <= a || i + 1 >= c->sn.last || c->t[i].type != TK_WORD)
        return false;
    if (fwc(c, i) & FW_SUBORD)
        return true;
    if (!(say_pending && !(fwc(c, i) & FW_PREP) &&
          (say_reading(c, i - 1) || mention_at(c, m0, i) || (fwc(c, i) & (FW_PRON | FW_ART))) &&
          !((fwc(c, i - 1) & (FW_PREP | FW_ART)) && !say_reading(c, i - 1))))
        return false;
    /* "added Huawei to a blacklist", "noted Kyiv's role in …": an actor
     * followed by a preposition that opens no time phrase is the verb's
     * object (the verb is no speech here), not the subject of its content */
    const ment *sm = mention_at(c, m0, i);
    uint32_t i1 = (fwc(c, i) & FW_ART) && i + 1 < c->sn.last ? i + 1 : i;
    const ment *om = i1 > i ? mention_at(c, m0, i1) : sm;
    /* (after an article, the noun after an adjective of country: "a
     * Belgian arms maker to"; not "said Russia bears … for") */
    uint32_t pe = om && om->first == i1 ? om->last : 0;
    while (pe && i1 > i && pe < om->last + 3 && pe < c->sn.last && c->t[pe].type == TK_WORD && !fwc(c, pe) &&
           !(c->t[pe].flags & TF_CAP) && !c->nverb[pe])
        pe++;
    if (pe && pe + 1 < c->sn.last && (fwc(c, pe) & FW_PREP) && !(fwc(c, pe + 1) & FW_WEEKDAY) &&
        c->t[pe + 1].type != TK_NUM) {
        /* (unless an auxiliary follows the phrase: "said Beijing in a
         * statement would …") */
        for (uint32_t j = pe + 1; j < c->sn.last; j++) {
            if (fwc(c, j) & (FW_FUTURE | FW_PASTAUX | FW_PASSIVE | FW_MODAL_INTENT | FW_MODAL_APPEAL |
                             FW_MODAL_SPEC | FW_HYPO))
                return true;
            if ((fwc(c, j) & FW_CONJ) || is_punct(c, j, ",") || is_punct(c, j, "."))
                break;
        }
        return false;
    }
    if (sm || (fwc(c, i) & FW_PRON))
        return true;
    /* "declared martial law and said …", "reported one casualty and said
     * …": words (no actor, no pronoun) that reach a conjunction or a comma
     * before any verb are the speech verb's object, not its content */
    for (uint32_t j = i; j < c->sn.last; j++) {
        if (verb_reading(c, j, true) && !in_mention(c, m0, j))
            return true;
        if ((fwc(c, j) & FW_CONJ) || is_punct(c, j, ",") || is_punct(c, j, "."))
            return false;
    }
    return true;
}

/* French « a déclaré mardi qu'il rencontrerait … », « a indiqué que ses
 * troupes avaient … » (lang.h that_content): does a that-word at I, right
 * after a speech verb (a weekday or an adverb between), open the content
 * as a clause of its own?  (Demand and denial verbs measured no change:
 * they keep their content.) */
static bool that_content_starts(cctx *c, size_t m0, uint32_t a, uint32_t i)
{
    if (!c->rules->that_content || i <= a || i + 2 >= c->sn.last || !tok_in(c, i, c->rules->that_words))
        return false;
    uint32_t j = i - 1;
    while (j > a && c->t[j].type == TK_WORD && !c->nverb[j] &&
           ((fwc(c, j) & FW_WEEKDAY) || tok_suffix(c, j, c->rules->adverb_suffix, 3)))
        j--;
    /* (a noun after its article is no verb: « la demande que … ») */
    if (c->t[j].type != TK_WORD || in_mention(c, m0, j) || (j > a && (fwc(c, j - 1) & FW_ART)))
        return false;
    /* the content holds a verb of the dictionaries before its punctuation
     * (else its nouns stay with the frame: « a assuré que la Russie
     * transmettrait toute information sur des menaces ») */
    bool deed = false;
    for (uint32_t z = i + 1; z < c->sn.last && !deed && c->t[z].type != TK_PUNCT; z++)
        deed = c->nverb[z] > 0 && !in_mention(c, m0, z);
    if (!deed)
        return false;
    /* a content that opens with an actor stays with its frame: cut, « a
     * affirmé que la Russie avait … » cost even-fr P .703 -> .632 and
     * R .371 -> .343 with no gain on odd-fr or dev-fr; the pronouns and
     * possessives that open the content (« qu'il rencontrerait », « que
     * ses troupes avaient ») take the speaker below */
    if (mention_at(c, m0, i + 1) ||
        ((fwc(c, i + 1) & FW_ART) && !(c->fw2[i + 1] & FW2_POSS) && mention_at(c, m0, i + 2)))
        return false;
    for (uint32_t k = a; k <= j; k++)
        for (int v = 0; v < c->nverb[k]; v++) {
            if (k + c->verb[k][v]->ntok - 1 != j)
                continue;
            const dy_pred *pr = &DY_AT(c->d->preds, dy_pred, c->verb[k][v]->ref);
            if (pr->flags & VFL_SAY)
                return true;
        }
    return false;
}

/* Is the parenthesis at I one of an insertion of numbers only, the age
 * after a name ("Wladimir Putin (70)", "Maria Sacharowa (47)"): no clause
 * of its own, and none cut around it? */
static bool short_parens(cctx *c, uint32_t i)
{
    bool open = tok_eq(c, i, "(");
    for (uint32_t n = 1; n <= 3; n++) {
        if (open ? i + n >= c->sn.last : i < c->sn.first + n)
            return false;
        uint32_t q = open ? i + n : i - n;
        if (tok_eq(c, q, open ? ")" : "("))
            return n > 1;
        if (c->t[q].type != TK_NUM)
            return false;
    }
    return false;
}

/* Is the comma at I inside a quotation that a phrase of the clause opens
 * (after an article, a preposition or an adjective: "sprach von einem
 * „Stoß in den Rücken, ausgeführt von Komplizen“"), not quoted speech? */
static bool quoted_phrase_comma(cctx *c, uint32_t i)
{
    if (!c->inq[i])
        return false;
    uint32_t q = i;
    while (q > c->sn.first && c->t[q].type != TK_QUOTE)
        q--;
    if (c->t[q].type != TK_QUOTE || q == c->sn.first)
        return false;
    /* and it closes before the sentence ends */
    bool closes = false;
    for (uint32_t z = i + 1; z < c->sn.last && !closes; z++)
        closes = c->t[z].type == TK_QUOTE;
    uint32_t p = q - 1;
    return closes && c->t[p].type == TK_WORD && (fwc(c, p) & (FW_ART | FW_PREP)) && !(fwc(c, p) & FW_REL);
}

/* Punctuation that ends a clause: ";", ":", parentheses, dashes, and a
 * comma that does not join a list nor open or close an apposition
 * (*APPO_END: the comma that closes the apposition opened last). */
static bool punct_cut(cctx *c, size_t m0, uint32_t i, uint32_t *appo_end)
{
    if (c->t[i].type != TK_PUNCT)
        return false;
    if ((tok_eq(c, i, "(") || tok_eq(c, i, ")")) && short_parens(c, i))
        return false;
    if (tok_eq(c, i, ";") || tok_eq(c, i, ":") || tok_eq(c, i, "(") || tok_eq(c, i, ")") ||
        tok_eq(c, i, "\xe2\x80\x93") || tok_eq(c, i, "\xe2\x80\x94"))
        return true;
    if (!tok_eq(c, i, ",") || i == *appo_end) /* the comma that closes an apposition */
        return false;
    if (quoted_phrase_comma(c, i)) /* "von einem „Stoß in den Rücken, ausgeführt von …“" */
        return false;
    if (noun_list_comma(c, i)) /* "mit Tränengas, Pfefferspray und Gummigeschossen" */
        return false;
    return !list_comma(c, m0, i) && !(*appo_end = apposition(c, m0, i));
}

/* Appends the clause [A, B) to CL (zeroed first: only the clauses in use). */
static void push_clause(clause *cl, int *n, uint32_t a, uint32_t b, bool inherit, bool part)
{
    memset(&cl[*n], 0, sizeof cl[*n]);
    cl[*n].a = a;
    cl[*n].b = b;
    cl[*n].inherit = inherit;
    cl[*n].part_coord = part;
    (*n)++;
}

/* English "said China would …": is a speech verb before token I (in the
 * clause from A) waiting for its content?  PENDING: it was before I - 1. */
static bool speech_pending(cctx *c, size_t m0, uint32_t a, uint32_t i, bool pending)
{
    if (c->rules->bare_speech_content && i > a && say_reading(c, i - 1) &&
        !(c->t[i - 1].flags & TF_CAP) && !in_mention(c, m0, i - 1))
        pending = true;
    /* "responded by expelling a diplomat": a gerund of means after the
     * speech verb is its deed; its object is no speech content */
    if (pending && i > a + 1 && c->rules->gerund_suffix && c->id_von && prep_norm(c, i - 2) == c->id_von &&
        tok_suffix(c, i - 1, c->rules->gerund_suffix, 4) && c->nverb[i - 1])
        pending = false;
    return pending;
}

/* Verb-second languages: "hat das Kriegsrecht verhängt und es später
 * wieder aufgehoben": a conjunction at I right after a participle, in a
 * clause [A, I) with a perfect or passive auxiliary before it, and
 * another participle that ends the next part before any punctuation,
 * starts a clause with the same subject (and the same auxiliary). */
static bool coord_participle(cctx *c, size_t m0, uint32_t a, uint32_t i)
{
    if (!c->rules->verb_second || !(fwc(c, i) & FW_CONJ) || i <= a + 1 || in_mention(c, m0, i) ||
        !has_vform(c, i - 1, VF_PART) || !verb_reading(c, i - 1, false))
        return false;
    bool aux = false;
    for (uint32_t q = a; q + 1 < i && !aux; q++)
        aux = (fwc(c, q) & (FW_PASTAUX | FW_PASSIVE)) != 0;
    if (!aux)
        return false;
    for (uint32_t q = i + 1; q < c->sn.last && q < i + 12; q++) {
        if (c->t[q].type == TK_PUNCT || (fwc(c, q) & (FW_CONJ | FW_SUBORD)))
            return false;
        if (has_vform(c, q, VF_PART) && verb_reading(c, q, false))
            return q + 1 >= c->sn.last || c->t[q + 1].type == TK_PUNCT;
    }
    return false;
}

/* Verb-second languages: a conjunction at I, right after a comma, before
 * a finite verb and no actor ("…, zu sein, und verlangte …") */
static bool comma_conj_v2(cctx *c, size_t m0, uint32_t i)
{
    return c->rules->verb_second && (fwc(c, i) & FW_CONJ) && i + 1 < c->sn.last &&
           !in_mention(c, m0, i) && verb_reading(c, i + 1, true) && !mention_at(c, m0, i + 1);
}

/* « un accord dans lequel la Russie s'engage … », "a deal under which
 * Russia pledges …": does a preposition at I before a relative pronoun
 * open a relative clause (with or without a comma before it)? */
static bool prep_relative(cctx *c, size_t m0, uint32_t i)
{
    return i + 2 < c->sn.last && (fwc(c, i) & FW_PREP) && !in_mention(c, m0, i) &&
           tok_in(c, i + 1, c->rules->rel_prons);
}

/* The kind of each of the N clauses: by the word that opens it (a
 * condition, a question, a subordinate, an infinitive or a relative). */
static void classify_clauses(cctx *c, size_t m0, clause *cl, int n)
{
    for (int k = 0; k < n; k++) {
        cl[k].gov = -1;
        cl[k].subj_m = -1;
        int w = first_word(c, cl[k].a, cl[k].b);
        if (w < 0)
            continue;
        uint32_t fw = fwc(c, (uint32_t)w);
        if (fw & FW_IF)
            cl[k].kind = CL_IF;
        /* "Sollte Israel angreifen, …", "…, sollte Israel angreifen": a
         * verb-second language's clause opened by the finite verb is a
         * condition (not after a condition: "Wenn …, sollte die Nato
         * reagieren" is its consequence) */
        /* (nor after a verbless Vorfeld: "Jetzt, Jahre später, sollten die
         * USA …" is verb-second) */
        else if (c->rules->verb_second && (c->fw2[w] & FW2_V1IF) &&
                 !(k > 0 && (cl[k - 1].kind == CL_IF || cl[k - 1].kind == CL_SUB ||
                             !has_verb(c, cl[k - 1].a, cl[k - 1].b))))
            cl[k].kind = CL_IF;
        else if (fw & FW_WHETHER)
            cl[k].kind = CL_OB;
        else if (fw & FW_SUBORD)
            cl[k].kind = CL_SUB;
        else if (k > 0 && zu_clause(c, &cl[k]) &&
                 /* English "…, after the United States abstained … to
                  * protect": a temporal clause has a subject of its own */
                 !(c->fw2[w] & FW2_TEMPCONJ))
            cl[k].kind = CL_ZU; /* "…, die Anordnung zurückzunehmen" */
        /* without verb-final relative clauses, the pronoun alone opens one:
         * English "…, who …", "…, which …" */
        else if (!c->rules->verb_second && k > 0 &&
                 (((fw & FW_REL) && !(fw & FW_SUBORD)) || prep_relative(c, m0, (uint32_t)w)))
            cl[k].kind = CL_REL;
        else if (k > 0 && !cl[k].part_coord && ((fw & FW_REL) ||
                           ((fw & FW_PREP) && (uint32_t)w + 1 < cl[k].b &&
                            (fwc(c, (uint32_t)w + 1) & FW_REL))) &&
                 !verb_reading(c, (uint32_t)w + 1, true) &&
                 /* a relative clause ends with its finite verb */
                 last_word_is_verb(c, &cl[k]))
            cl[k].kind = CL_REL;
        else if (tok_in(c, (uint32_t)w, c->rules->purpose_words))
            cl[k].kind = CL_ZU;
    }
}

int cut_clauses(cctx *c, size_t m0, clause *cl)
{
    int n = 0;
    uint32_t a = c->sn.first;
    while (a < c->sn.last && (c->t[a].flags & TF_DATELINE))
        a++;
    bool say_pending = false; /* English: a speech verb whose content has not started */
    bool next_inherit = false, part_next = false; /* it shares the subject; a participle phrase */
    uint32_t appo_end = 0;     /* the comma that closes an apposition */
    for (uint32_t i = a; i <= c->sn.last && n < MAXCL; i++) {
        bool cut = i == c->sn.last, keep = false; /* keep: token i starts the next clause */
        say_pending = speech_pending(c, m0, a, i, say_pending);
        if (!cut) {
            if (punct_cut(c, m0, i, &appo_end))
                cut = true;
            /* English "the minister said China would …", "said on Monday
             * he had …": the content of a speech verb starts with its
             * subject; "… said that …": before the subordinator */
            else if (speech_content_starts(c, m0, a, i, say_pending) || that_content_starts(c, m0, a, i) ||
                     (i > a + 1 && prep_relative(c, m0, i) && c->t[i - 1].type == TK_WORD))
                cut = keep = true;
            /* English "… after he failed …", "after Kuwait and the United
             * States helped …": a temporal preposition before a subject
             * starts a clause */
            else if (i > a && i + 1 < c->sn.last && (c->fw2[i] & FW2_TEMPCONJ) &&
                     ((fwc(c, i + 1) & FW_PRON) || mention_at(c, m0, i + 1) ||
                      (i + 2 < c->sn.last && (fwc(c, i + 1) & FW_ART) && mention_at(c, m0, i + 2))))
                cut = keep = true;
            /* English "detained 250 protesters as tens of thousands marched
             * in the capital": "as" before a subject and its finite verb */
            else if (i > a && i + 2 < c->sn.last && (c->fw2[i] & FW2_ASCONJ) && as_clause(c, m0, i))
                cut = keep = true;
            else if ((fwc(c, i) & FW_CONJ) && i > a && i + 2 < c->sn.last && !in_mention(c, m0, i) &&
                     coord_clause(c, m0, a, i))
                cut = true;
            else if (coord_participle(c, m0, a, i) || (i == a && n > 0 && comma_conj(c, m0, &cl[n - 1], i))) {
                if (i > a)
                    push_clause(cl, &n, a, i, next_inherit, false), part_next = true;
                a = i + 1;
                next_inherit = true;
                continue;
            } else if ((fwc(c, i) & FW_CONJ) && i > a && i + 1 < c->sn.last &&
                     !in_mention(c, m0, i)) {
                /* "… eingenommen und versucht, …": a conjunction before a
                 * finite verb starts a clause with the same subject */
                uint32_t j = past_indirect_clitics(c, m0, i + 1);
                if (verb_reading(c, j, true) && has_verb(c, a, i) && !mention_at(c, m0, j) && !inf_pair(c, a, i, j)) {
                    push_clause(cl, &n, a, i, next_inherit, false);
                    a = i + 1;
                    next_inherit = true;
                    continue;
                }
            } else if (i == a && n > 0 && comma_conj_v2(c, m0, i)) {
                /* "…, zu sein, und verlangte …": after a comma a
                 * conjunction before a finite verb likewise starts a clause
                 * with the same subject (verb-second languages: there the
                 * word after it is the verb; English "and attacks" may be a
                 * noun) */
                next_inherit = true;
                a = i + 1;
                continue;
            }
        }
        if (!cut)
            continue;
        if (i > a) {
            push_clause(cl, &n, a, i, next_inherit, part_next);
            next_inherit = part_next = false;
        }
        a = keep ? i : i + 1;
        say_pending = false;
    }
    classify_clauses(c, m0, cl, n);
    /* verbless fragments (appositions, "Jetzt,") join their neighbour */
    int m = 0;
    for (int k = 0; k < n; k++) {
        int w = first_word(c, cl[k].a, cl[k].b);
        if (verbless_frame(c, m0, cl, n, k)) {
            cl[k].kind = CL_SAY;
            cl[m++] = cl[k];
            continue;
        }
        bool sub_start = w >= 0 && k > 0 && (fwc(c, (uint32_t)w) & (FW_REL | FW_SUBORD));
        /* "Cyberangriffe und der Fall Nawalny: Trotz … haben Biden und
         * Putin …": a verbless heading before a colon names topics, not
         * the subject of what follows */
        bool heading = cl[k].b < c->sn.last && is_punct(c, cl[k].b, ":") &&
                       !speaker_only(c, m0, &cl[k]);
        if (!has_verb(c, cl[k].a, cl[k].b) && cl[k].kind == CL_MAIN && !sub_start && !heading) {
            /* not across a colon: "Bahrain protests: Police break up …" */
            if (m > 0 && !(cl[m - 1].b < c->sn.last && is_punct(c, cl[m - 1].b, ":"))) {
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
    m = join_bracket(c, m0, cl, m);
    m = drop_noun_headings(c, cl, m);
    /* a subordinate clause is governed by the clause before it; the index
     * always decreases, so walking up the chain ends */
    for (int k = 0; k < m; k++)
        cl[k].gov = cl[k].kind != CL_MAIN && k > 0 ? k - 1 : -1;
    return m;
}
