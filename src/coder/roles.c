/* roles.c: subject, agent and target of one clause, and its events.
 *
 * code_clause runs the stages below in order on one roles record: the
 * subject (choose_subject, subject_codes, relative_antecedent), the gates
 * that end a clause without an event (frame_or_appeal, predicate_gates,
 * agentless_passive), the target from the predicate's slots and phrases
 * (target_by_*), from the discourse (target_anaphoric, target_by_reaction),
 * and the events (emit_clause_events).  A stage that returns true ends the
 * clause. */
#include "coder/stages.h"
#include <string.h>
#include <stdlib.h>

/* The token of an anaphoric object in clause K ("dies", "die Maßnahme"),
 * or 0. */
static uint32_t anaphoric_object(cctx *c, const clause *k, const dy_pred *pr)
{
    for (uint32_t i = k->a; i < k->b; i++) {
        /* "verurteilte die Machtübernahme": an event noun whose phrase
         * names no actor is the event just reported */
        bool event_noun = c->noun[i] && !mention_at_or_after(c, c->sn.m0, i + 1,
                                                             i + 4 < k->b ? i + 4 : k->b);
        /* "declared martial law": a word of the predicate's own pattern
         * that names the same event (its code) is this event, no earlier
         * one; not a reaction's ("выразил сожаление", "expressed regret"
         * answer the event just reported: roots 01, 05, 11, 12) */
        const char *pc = k->ppred ? k->ppred->code : "";
        bool reaction = (pc[0] == '0' && (pc[1] == '1' || pc[1] == '5')) ||
                        (pc[0] == '1' && (pc[1] == '1' || pc[1] == '2'));
        if (k->ppred && !reaction && c->noun[i] && pat_word_at(k, i) &&
            !strcmp(DY_AT(c->d->preds, dy_pred, c->noun[i]->ref).code, k->ppred->code))
            continue;
        /* "beklagte ukrainische Angriffe": an actor's adjective names whose
         * they are; it is no anaphor */
        for (size_t q = c->sn.m0; event_noun && q < c->ments.n; q++) {
            const ment *m = &DY_AT(c->ments, ment, q);
            if (m->adj_only && m->last == i && m->code[0])
                event_noun = false;
        }
        /* "unterstützt den Kampf gegen die Korruption": a noun whose own
         * phrase follows it names what it is about, even no actor */
        /* (not the clause's own noun predicate: "приносит извинения за …"
         * apologises to the one the story is about) */
        /* (but "rejected criticism of the decision": a rejection's or a
         * denial's accusation noun answers the accusation just reported) */
        bool answer = (!strcmp(pr->code, "016") || !strncmp(pr->code, "12", 2)) &&
                      tok_in(c, i, c->rules->accusation_words);
        if (event_noun && !answer && !(k->noun_pred && i == k->pred_tok) && i + c->noun[i]->ntok < k->b &&
            (fwc(c, i + c->noun[i]->ntok) & FW_PREP) &&
            pred_has_slot(&DY_AT(c->d->preds, dy_pred, c->noun[i]->ref), prep_norm(c, i + c->noun[i]->ntok)))
            event_noun = false;
        if (!(c->fw2[i] & FW2_ANAPH) && !event_noun)
            continue;
        /* "Schritt für Schritt", "step by step": a noun repeated across a
         * preposition is a manner adverbial, no object */
        if ((i + 2 < k->b && (fwc(c, i + 1) & FW_PREP) && !strcmp(c->t[i].fold, c->t[i + 2].fold)) ||
            (i >= k->a + 2 && (fwc(c, i - 1) & FW_PREP) && !strcmp(c->t[i].fold, c->t[i - 2].fold)))
            continue;
        uint32_t s = np_start(c, i, k->a);
        /* "forderten eine unabhängige Untersuchung", "wird eine vernünftige
         * Entscheidung treffen": an indefinite noun is a new event, it takes
         * up none ("eine solche Umsiedlung" does) */
        bool indef = false, such = false;
        for (uint32_t z = s; z < i; z++) {
            indef = indef || tok_in(c, z, c->rules->indef_articles);
            such = such || tok_in(c, z, c->rules->such_words);
        }
        /* "condemned what he called an unprovoked attack": a noun that a
         * free relative names is the object, however introduced */
        for (uint32_t z = s; indef && !such && z-- > k->a && z + 6 > s;)
            such = tok_in(c, z, c->rules->free_relatives);
        /* "…, a claim Kyiv denied", "…, a step Kyiv hailed as historic": an
         * indefinite noun in apposition to the clause before, with a
         * relative clause of its own (no "that"), takes that clause up */
        if (indef && !such && c->rules->subject_before_verb && (int)s == first_word(c, k->a, k->b) &&
            k->a > c->sn.first && is_punct(c, k->a - 1, ",") && i + 1 < k->b &&
            mention_at(c, c->sn.m0, i + 1) && i + 1 < k->pred_tok && !k->noun_pred)
            such = true;
        if (indef && !such)
            continue;
        uint32_t want = s > k->a && (fwc(c, s - 1) & FW_PREP) ? prep_norm(c, s - 1) : SLOT_OBJ;
        /* the object, or a phrase the verb takes ("gegen das Verbot
         * vorgehen"); "nach dem Schritt" is circumstance */
        for (int q = 0; q < pr->nslots; q++)
            if (pr->slots[q] == want && i > k->a)
                return i;
    }
    return 0;
}

/* The people (CVL) of the country of CODE, written into BUF; NULL for an
 * organisation or a code without a country. */
static const char *own_people(const char *code, char buf[16])
{
    if (strlen(code) < 3 || !strncmp(code, "IGO", 3) || !strncmp(code, "NGO", 3))
        return NULL;
    snprintf(buf, 16, "%.3sCVL", code);
    return buf;
}

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


/* The state of the clause being coded: its actor groups, the subject and
 * target found so far, and the predicate. */
typedef struct roles {
    size_t m0;              /* the sentence's first mention */
    clause *cl;             /* the sentence's clauses */
    int ncl, ki;            /* their number; this clause's index */
    clause *k;              /* this clause */
    grp g[24];              /* its actor groups */
    int ng;
    int subj;               /* group of the subject, or -1 */
    uint32_t fin;           /* its first finite verb outside a mention, or k->b */
    int w0;                 /* its first word, or -1 */
    bool participle;        /* English "…, rejecting …": a participle clause */
    bool shared;            /* the subject is the clause before's */
    char scodes[8][16], tcodes[8][16]; /* source and target codes */
    char opeople[16];       /* own_people()'s buffer */
    int ns, nt;
    uint32_t stok;          /* the source's token */
    bool passive;           /* a passive auxiliary in the clause */
    bool bare_passive;      /* a headline's participle: a passive without auxiliary */
    const ment *rel_ante;   /* the antecedent of a relative clause */
    bool rel_obj;           /* … which is its object */
    int agent;              /* group of a passive's agent, or -1 */
    const dy_pred *pr;      /* the predicate's reading */
    char refuse[6];         /* a concession refused: its code */
    char act[6];            /* the attack that named a passive's agent: its code */
    char pcodes[8][16];     /* the patient of an agentless passive */
    int npat;
    int tgt;                /* group of the target, or -1 */
    bool among;             /* an event among the subjects */
    uint32_t atok;          /* the target's token when no group names it */
} roles;

/* The subject group: the verb-second Vorfeld, the phrase before the verb
 * (subject before the verb), or none when the clause shares the subject of
 * the clause before (a coordinated verb, a participle, an infinitive). */
/* "…, warnte Merz.", "…, kritisierte der Minister.": a clause of words
 * (a verbal code, roots 01 to 13) that ends the sentence with its verb
 * first and an actor after it frames what came before; the actor is its
 * subject, not an object of the subject before. */
static bool inverted_frame(cctx *c, roles *st)
{
    clause *k = st->k;
    if (!k->pred || k->noun_pred || st->ki + 1 != st->ncl)
        return false;
    const dy_pred *pr = k->ppred ? k->ppred : &DY_AT(c->d->preds, dy_pred, k->pred->ref);
    int root = atoi(pr->code) / (strlen(pr->code) > 3 ? 100 : 10);
    if (root < 1 || root > 13)
        return false;
    for (int i = 0; i < st->ng; i++) {
        if (st->g[i].prep || st->g[i].first <= st->fin)
            continue;
        /* the actor ends the clause, but for a date ("am Freitag"): "…,
         * warnte Russland aber vor Einmischung" goes on */
        for (uint32_t q = st->g[i].last; q < k->b; q++)
            if (c->t[q].type == TK_WORD && !c->fwval[q] &&
                !((fwc(c, q) & (FW_PREP | FW_ART)) && q + 1 < k->b &&
                  (c->fwval[q + 1] || (q + 2 < k->b && c->fwval[q + 2]))))
                return false;
        return true;
    }
    return false;
}

/* Does genitive group G follow a noun of relation ("die Verbündeten
 * Israels", "die Partner der Ukraine"; lang.h relation_nouns)? */
static bool after_relation_noun(cctx *c, const clause *k, const grp *g)
{
    uint32_t s = np_start(c, g->first, k->a); /* (over its article: "der Ukraine") */
    return c->rules->relation_nouns && s > k->a && tok_in(c, s - 1, c->rules->relation_nouns);
}

/* Does clause K's noun predicate open it, with no preposition or actor
 * before it ("Ответственность за теракт …")? */
static bool noun_opens_clause(cctx *c, const clause *k)
{
    for (uint32_t i = k->a; i < k->pred_tok; i++)
        if ((fwc(c, i) & FW_PREP) || in_mention(c, c->sn.m0, i) || c->nverb[i])
            return false;
    return true;
}

static void choose_subject(cctx *c, roles *st)
{
    size_t m0 = st->m0;
    clause *cl = st->cl;
    int ki = st->ki;
    clause *k = st->k;
    /* subject */
    st->subj = -1;
    st->fin = k->b;
    for (uint32_t i = k->a; i < k->b; i++)
        if (verb_reading(c, i, true) && !in_mention(c, m0, i)) {
            st->fin = i;
            break;
        }
    st->w0 = first_word(c, k->a, k->b);
    /* English "will impose sanctions, close their borders, and sever
     * ties": the last of a list of three or more verbs opens with its
     * conjunction (the one before it opened with its verb) */
    int wv = st->w0;
    if (wv >= 0 && c->rules->subject_before_verb && (fwc(c, (uint32_t)wv) & FW_CONJ) && ki > 0 &&
        k->a > c->sn.first && is_punct(c, k->a - 1, ",")) {
        int pw = first_word(c, cl[ki - 1].a, cl[ki - 1].b);
        if (pw >= 0 && cl[ki - 1].pred && !cl[ki - 1].noun_pred && (uint32_t)pw == cl[ki - 1].pred_tok)
            wv = first_word(c, (uint32_t)wv + 1, k->b);
        /* "visited the zone on Sunday, the first such trip …, and pledged
         * …", "said it would sanction …, and halted cooperation": a
         * conjunction right before the clause's finite verb opens a
         * coordinated verb phrase, whose subject is the one before (a
         * clause with a verb: not a list in apposition, « dont
         * l'Argentine et le Chili, et exigé … ») */
        else if (pw >= 0 && cl[ki - 1].nsubj && (uint32_t)wv + 1 == st->fin &&
                 ((cl[ki - 1].pred && !cl[ki - 1].noun_pred) || cl[ki - 1].say))
            wv = (int)st->fin;
    }
    /* "… und rief die Menschen auf": a coordinated verb shares the subject
     * of the clause before; the phrases after it are objects */
    /* English "…, rejecting Maduro's claim": a participle clause shares the
     * subject of the sentence's first clause */
    /* (also after a subordinator: "while visiting Beijing", "after
     * meeting Putin": the gerund's subject is the sentence's) */
    int wg = st->w0;
    if (wg >= 0 && rule_on(c, RF_PARTICIPLE_SUBJ) &&
        ((fwc(c, (uint32_t)wg) & FW_SUBORD) || (c->fw2[wg] & FW2_TEMPCONJ)))
        wg = first_word(c, (uint32_t)wg + 1, k->b);
    st->participle = rule_on(c, RF_PARTICIPLE_SUBJ) && wg >= 0 && c->nverb[wg] && ki > 0 &&
                      tok_suffix(c, (uint32_t)wg, c->rules->gerund_suffix, 4);
    st->shared = st->participle || (k->inherit && st->w0 >= 0 && verb_reading(c, (uint32_t)st->w0, true)) ||
                  k->part_coord ||
                  /* "…, töteten Zivilisten und verschleppten …": a verb-first
                   * clause after a comma continues the subject before (a
                   * speech verb, ", sagte X", has its own after it) */
                  (ki > 0 && k->kind == CL_MAIN && !k->say && wv >= 0 &&
                   (uint32_t)wv == st->fin && cl[ki - 1].nsubj && !cl[ki - 1].say &&
                   !inverted_frame(c, st)) ||
                  /* an infinitive clause has no subject of its own:
                   * "warf Israel vor, Krankenhäuser anzugreifen" */
                  k->kind == CL_ZU;
    if (st->shared) {
        /* keep subj = -1: inherited below */
    } else if (k->kind == CL_MAIN && c->rules->verb_second) {
        /* the Vorfeld holds one constituent: when it starts with a
         * preposition ("Nach einem Treffen von Maas mit Wong hat China …")
         * the subject follows the verb */
        bool pp_first = st->w0 >= 0 && (fwc(c, (uint32_t)st->w0) & FW_PREP);
        for (int i = 0; i < st->ng && st->subj < 0 && !pp_first; i++)
            if (!st->g[i].prep && !st->g[i].obj && !st->g[i].genattr && st->g[i].last <= st->fin)
                st->subj = i;
        for (int i = 0; i < st->ng && st->subj < 0; i++)
            if (!st->g[i].prep && !st->g[i].obj && !st->g[i].genattr && st->g[i].first > st->fin)
                st->subj = i;
        /* "Kräfte der TPLF hätten … angegriffen": the genitive of a Vorfeld
         * noun names who acted */
        /* (not after a noun of relation: "die Verbündeten Israels" are
         * others than Israel) */
        for (int i = 0; i < st->ng && st->subj < 0 && !pp_first; i++)
            if (!st->g[i].prep && st->g[i].genattr && st->g[i].last <= st->fin && st->w0 >= 0 &&
                st->g[i].first <= (uint32_t)st->w0 + 3 && !after_relation_noun(c, k, &st->g[i]))
                st->subj = i;
    } else if (c->rules->subject_before_verb) {
        /* English: the subject precedes the verb; after it only when the
         * clause starts with the verb (", said the minister") */
        bool verb_first = st->w0 >= 0 && (uint32_t)st->w0 == st->fin && k->say;
        /* a form that can only be a nominative, wherever it stands:
         * "Лаврову позвонил Си Цзиньпин", "Поддержку Мадуро выразила
         * Турция" */
        for (int i = 0; c->rules->case_marks_roles && i < st->ng && st->subj < 0; i++)
            if (!st->g[i].prep && !st->g[i].obj && !st->g[i].genattr && grp_nominative(c, &st->g[i]))
                st->subj = i;
        for (int i = 0; i < st->ng && st->subj < 0; i++)
            if (!st->g[i].prep && !st->g[i].obj && !st->g[i].genattr && (st->g[i].last <= st->fin || verb_first))
                st->subj = i;
        /* Russian "в Москве были задержаны сторонники оппозиции": a passive
         * has no accusative object, so the bare actor after the verb, in a
         * nominative that could be an accusative, is its subject */
        bool passive = false;
        for (uint32_t i = k->a; c->rules->case_marks_roles && i < k->b && st->subj < 0; i++)
            passive |= (fwc(c, i) & FW_PASSIVE) != 0;
        if (c->rules->case_marks_roles && st->subj < 0 && k->pred && !k->noun_pred &&
            has_vform(c, k->pred_tok, VF_PART))
            for (const char *const *l = c->rules->passive_endings; l && *l && !passive; l++)
                passive = tok_suffix(c, k->pred_tok, *l, 3);
        /* (so an intransitive verb, which takes no object: "в Москву
         * прибыла делегация", "в Дамаск вошла вооруженная оппозиция") */
        if (c->rules->case_marks_roles && st->subj < 0 && k->pred && !k->noun_pred && !passive) {
            const dy_pred *vp = &DY_AT(c->d->preds, dy_pred, k->pred->ref);
            passive = vp->nslots > 0 && !pred_has_slot(vp, SLOT_OBJ) &&
                      !(k->ppred && pred_has_slot(k->ppred, SLOT_OBJ));
        }
        /* (so an active support verb whose object is the bare event noun
         * opening the clause: "Ответственность за теракт взяли на себя
         * хуситы"; not "в учениях участвуют …", nor "дело будет
         * прекращено") */
        if (c->rules->case_marks_roles && st->subj < 0 && k->pred && k->noun_pred && k->pred_tok < st->fin &&
            st->fin < k->b && !passive && noun_opens_clause(c, k)) {
            bool part = false;
            for (const char *const *l = c->rules->passive_endings; l && *l && !part; l++)
                part = tok_suffix(c, st->fin, *l, 3);
            passive = !part;
        }
        /* (and an intransitive support verb before its noun: "в Лиме
         * прошла встреча министров …", "состоялись переговоры …") */
        if (c->rules->case_marks_roles && st->subj < 0 && k->pred && k->noun_pred && st->fin < k->pred_tok &&
            c->nverb[st->fin] == 1 && !DY_AT(c->d->preds, dy_pred, c->verb[st->fin][0]->ref).nslots &&
            (DY_AT(c->d->preds, dy_pred, c->verb[st->fin][0]->ref).flags & VFL_SUPPORT))
            passive = true;
        for (int i = 0; passive && i < st->ng && st->subj < 0; i++)
            if (!st->g[i].prep && !st->g[i].obj && !st->g[i].genattr && st->g[i].first > st->fin)
                st->subj = i;
    } else {
        for (int i = 0; i < st->ng && st->subj < 0; i++)
            if (!st->g[i].prep && !st->g[i].obj && !st->g[i].genattr)
                st->subj = i;
    }
}

/* The subject's codes: its group's, else inherited from the clause
 * before, an attack's adjective, the sentence's opening actor, or the
 * actor before a verb pattern. */
/* The clause an infinitive clause KI takes its subject from: the one
 * before it, or for an infinitive (ZU) the nearest before it over
 * inserted phrases with neither subject nor predicate ("a décidé,
 * dimanche dans la soirée, de geler …") */
static int zu_from(const clause *cl, int ki, bool zu)
{
    int j = ki - 1;
    while (zu && j > 0 && !cl[j].nsubj && !cl[j].pred && !cl[j].say)
        j--;
    return j;
}

/* English "after activist X, a supporter of Y, was shot": a verb-first
 * clause after an apposition (a comma, an article, no verb up to the
 * clause's end) continues the actor the apposition describes, not the
 * subject before it; that actor's mention, or NULL */
static const ment *apposed_actor(cctx *c, size_t m0, const clause *p, uint32_t a)
{
    uint32_t q = p->b < a ? p->b : a;
    if (q > p->a && is_punct(c, q - 1, ","))
        q--;
    while (q-- > p->a + 1) {
        if (verb_reading(c, q, true))
            return NULL;
        if (!is_punct(c, q, ","))
            continue;
        if (!(fwc(c, q + 1) & FW_ART))
            return NULL;
        for (size_t i = m0; i < c->ments.n; i++) {
            const ment *m = &DY_AT(c->ments, ment, i);
            if (m->last == q && m->first >= p->a && m->code[0] && !m->adj_only)
                return m;
        }
        return NULL;
    }
    return NULL;
}

/* The root of clause K's predicate, or 0. */
static int clause_root(cctx *c, const clause *k)
{
    if (!k->pred)
        return 0;
    const dy_pred *pr = k->ppred ? k->ppred : &DY_AT(c->d->preds, dy_pred, k->pred->ref);
    return pr->code[0] ? atoi(pr->code) / (strlen(pr->code) > 3 ? 100 : 10) : 0;
}

/* "An official said the rebels had stormed a checkpoint, killing 15
 * policemen", "…, a day after police opened fire on protesters, killing
 * 19": a participle of violence (roots 18-20) is the result of the
 * nearest violent act before it (a storming 14x, roots 17-20), whose
 * subject is its own;
 * the index of that clause, or -1. */
static int violent_cause(cctx *c, const roles *st)
{
    int r = clause_root(c, st->k);
    if (r < 18)
        return -1;
    for (int j = st->ki - 1; j >= 0; j--) {
        int rj = clause_root(c, &st->cl[j]);
        if (st->cl[j].nsubj && (rj == 14 || rj >= 17))
            return j;
    }
    return -1;
}

/* A subject dropped where the language may drop it (lang.h
 * content_pro_drop, rel_phrase_pro_drop): the speaker of a content clause,
 * the subject before a relative phrase. */
static void pro_drop_subject(cctx *c, roles *st)
{
    clause *cl = st->cl;
    int ki = st->ki;
    clause *k = st->k;
    /* Russian "заявил, что не признает независимость": a content clause
     * right after its frame, with an active finite verb and no subject,
     * dropped the speaker's pronoun (lang.h content_pro_drop; not a
     * passive, "что были задержаны", nor a noun's clause) */
    if (!st->ns && st->subj < 0 && c->rules->content_pro_drop && k->kind == CL_SUB && k->reported &&
        k->speaker[0] && ki > 0 && cl[ki - 1].say && k->pred && !k->noun_pred && st->w0 >= 0 &&
        tok_in(c, (uint32_t)st->w0, c->rules->that_words) && !has_vform(c, k->pred_tok, VF_PART)) {
        bool passive = false;
        for (uint32_t i = k->a; i < k->b; i++)
            passive |= (fwc(c, i) & FW_PASSIVE) != 0;
        if (!passive && cl[ki - 1].nsubj) {
            /* all of them: "ЕС и США заявили, что не признают …" */
            st->ns = cl[ki - 1].nsubj;
            memcpy(st->scodes, cl[ki - 1].subjs, sizeof st->scodes);
            st->stok = k->a;
        } else if (!passive) {
            cp16(st->scodes[0], k->speaker);
            st->ns = 1;
            st->stok = k->a;
        }
    }
    /* "Встреча с президентом Китая состоялась в Пекине, сообщил Кремль":
     * cooperation (roots 03-08) named by a noun in reported content with
     * no party of its own but its partner is the speaker's (content_pro_drop;
     * not violence: "удар по Киеву был нанесен ночью, сообщил МИД Украины") */
    const char *nc = k->pred && k->noun_pred ? DY_AT(c->d->preds, dy_pred, k->pred->ref).code : "";
    if (!st->ns && st->subj < 0 && c->rules->content_pro_drop && k->reported && k->speaker[0] &&
        k->kind == CL_MAIN && nc[0] == '0' && nc[1] >= '3' && nc[1] <= '8' && ki + 1 < st->ncl && cl[ki + 1].say) {
        cp16(st->scodes[0], k->speaker);
        st->ns = 1;
        st->stok = k->a;
    }
    /* « a indiqué que ses troupes avaient saisi … », « que ses hommes
     * faisaient demi-tour »: a content clause whose subject opens with a
     * possessive right after its that-word names the speaker's own people
     * (that_content; a bare role keeps its role) */
    if (!st->ns && st->subj < 0 && c->rules->that_content && k->kind == CL_SUB && k->reported &&
        k->speaker[0] && ki > 0 && cl[ki - 1].say && k->pred && st->w0 >= 0 &&
        tok_in(c, (uint32_t)st->w0, c->rules->that_words) && (uint32_t)st->w0 + 2 < k->b &&
        (c->fw2[st->w0 + 1] & FW2_POSS)) {
        const ment *m = mention_at(c, st->m0, (uint32_t)st->w0 + 2);
        if (m && m->role_only && strncmp(k->speaker, "IGO", 3))
            snprintf(st->scodes[0], 16, "%.3s%.12s", k->speaker, m->role);
        else
            cp16(st->scodes[0], k->speaker);
        st->ns = 1;
        st->stok = (uint32_t)st->w0 + 2;
    }
    /* Russian "провели переговоры, по итогам которых приняли заявление": a
     * clause opening with a phrase that holds a relative pronoun, with an
     * active verb, no subject and no bare actor after the verb (which
     * would be its subject: "в ходе которой погибли 13 человек") goes on
     * with the subject before (lang.h rel_phrase_pro_drop) */
    if (!st->ns && st->subj < 0 && c->rules->rel_phrase_pro_drop && ki > 0 && cl[ki - 1].nsubj &&
        k->pred && st->w0 >= 0 && (fwc(c, (uint32_t)st->w0) & FW_PREP) && k->a > c->sn.first &&
        is_punct(c, k->a - 1, ",") && !has_vform(c, k->pred_tok, VF_PART)) {
        bool rel = false, passive = false, bare = false;
        for (uint32_t i = (uint32_t)st->w0; i < k->b && i < (uint32_t)st->w0 + 4 && i < k->pred_tok; i++)
            rel |= (fwc(c, i) & FW_REL) != 0;
        for (uint32_t i = k->a; i < k->b; i++)
            passive |= (fwc(c, i) & FW_PASSIVE) != 0;
        for (int i = 0; i < st->ng; i++)
            bare |= !st->g[i].prep && !st->g[i].obj && st->g[i].first > k->pred_tok;
        if (rel && !passive && !bare) {
            st->ns = cl[ki - 1].nsubj;
            memcpy(st->scodes, cl[ki - 1].subjs, sizeof st->scodes);
            st->stok = k->a;
        }
    }
}

static void subject_codes(cctx *c, roles *st)
{
    size_t m0 = st->m0;
    clause *cl = st->cl;
    int ki = st->ki;
    clause *k = st->k;
    const ment *am;
    int vj;
    st->ns = 0;
    st->nt = 0;
    st->stok = k->a;
    if (st->subj >= 0) {
        st->ns = grp_codes(c, &st->g[st->subj], st->scodes, 8);
        st->stok = grp_tok(c, &st->g[st->subj], 0);
        /* '"We condemn this attack," the prime minister said': "we" in
         * reported speech is the speaker's side */
        const ment *sm = &DY_AT(c->ments, ment, st->g[st->subj].m[0]);
        if (!st->ns && sm->pron && k->speaker[0] &&
            tok_in(c, sm->first, c->rules->speaker_prons)) {
            cp16(st->scodes[0], k->speaker);
            st->ns = 1;
        }
    } else if (k->kind == CL_ZU && rule_on(c, RF_INF_APPOSITION) && st->ng > 0 && st->w0 >= 0 &&
               st->g[0].first == (uint32_t)st->w0 && !st->g[0].prep && !(ki > 0 && cl[ki - 1].nsubj)) {
        /* English "Cuban Foreign Minister Bruno Rodriguez, the first to visit
         * …": the actor that opens an infinitive apposition is its subject */
        st->subj = 0;
        st->ns = grp_codes(c, &st->g[0], st->scodes, 8);
        st->stok = grp_tok(c, &st->g[0], 0);
    } else if (st->participle && (vj = violent_cause(c, st)) >= 0) {
        st->ns = cl[vj].nsubj;
        memcpy(st->scodes, cl[vj].subjs, sizeof st->scodes);
        st->stok = k->a;
    } else if (st->participle && cl[ki - 1].say && cl[ki - 1].nsubj && ki > 1) {
        /* « "…", a réagi le Premier ministre, promettant une réponse »: a
         * participle right after a speech frame that follows its content
         * has the speaker as its subject */
        st->ns = cl[ki - 1].nsubj;
        memcpy(st->scodes, cl[ki - 1].subjs, sizeof st->scodes);
        st->stok = k->a;
    } else if (st->participle && cl[0].nsubj) {
        st->ns = cl[0].nsubj;
        memcpy(st->scodes, cl[0].subjs, sizeof st->scodes);
        st->stok = k->a;
    } else if (st->shared && !st->participle && k->kind == CL_MAIN && ki > 0 &&
               c->rules->subject_before_verb && (am = apposed_actor(c, m0, &cl[ki - 1], k->a)) != NULL) {
        st->ns = ment_codes(c, am, st->scodes, 8);
        st->stok = am->first;
    } else if ((st->shared || k->inherit || k->kind == CL_ZU) && ki > 0 &&
               cl[zu_from(cl, ki, k->kind == CL_ZU)].nsubj) {
        /* all of them: "die Länder täten gut daran, zusammenzuarbeiten" */
        int f = zu_from(cl, ki, k->kind == CL_ZU);
        st->ns = cl[f].nsubj;
        memcpy(st->scodes, cl[f].subjs, sizeof st->scodes);
        st->stok = cl[f].subj_tok ? cl[f].subj_tok - 1 : k->a;
    } else if ((st->shared || k->inherit) && k->kind == CL_MAIN && ki > 0 && cl[ki - 1].kind != CL_MAIN) {
        /* "warf X vor, … zu sein, und verlangte …", "sagte Hilfe zu, die
         * …, und forderte …": a coordinated verb after an embedded clause
         * with no actor shares the subject of the main clause before it */
        int j = ki - 1;
        while (j > 0 && cl[j].kind != CL_MAIN && !cl[j].nsubj)
            j--;
        if (cl[j].kind == CL_MAIN && cl[j].nsubj) {
            st->ns = cl[j].nsubj;
            memcpy(st->scodes, cl[j].subjs, sizeof st->scodes);
            st->stok = cl[j].subj_tok ? cl[j].subj_tok - 1 : k->a;
        }
    }
    /* "Israeli airstrikes killed …", "russische Angriffe trafen …": an
     * attack named with its country's adjective acts for that country's
     * military */
    if (!st->ns && st->subj < 0) {
        for (size_t q = m0; q < c->ments.n && !st->ns; q++) {
            const ment *m = &DY_AT(c->ments, ment, q);
            /* (« des tirs d'artillerie turcs »: a role noun that ends the
             * attack noun's own words, with its country adjective) */
            const dy_phrase *inner = NULL;
            for (uint32_t z = m->first; !m->adj_only && z-- > k->a && z + 4 > m->first && !inner;)
                if (c->noun[z] && z + c->noun[z]->ntok == m->head + 1 && m->head == m->first)
                    inner = c->noun[z];
            if ((!m->adj_only && !inner) || m->compound_noun || m->first < k->a || m->last >= k->b ||
                m->last > st->fin || (!inner && !adj_noun(c, m)))
                continue;
            const dy_pred *np = &DY_AT(c->d->preds, dy_pred, (inner ? inner : adj_noun(c, m))->ref);
            if (np->code[0] == '1' && np->code[1] >= '8') {
                set_code(st->scodes[0], m->code, "MIL");
                st->ns = 1;
                st->stok = m->first;
            }
        }
    }
    /* Russian "в Кремле заявили", "во внешнеполитическом ведомстве
     * подчеркнули": a verb of saying with no subject after an opening
     * "in" phrase that names an actor: the actor says it ("в Грузии
     * возбудили дела" is done by someone there, not by the state) */
    bool said = k->say;
    if (!said && k->pred && !k->noun_pred) {
        /* or a verb of saying something: comment, appeal, demand,
         * disapproval, rejection, threat (CAMEO roots 01, 02, 10-13) */
        const dy_pred *vp = k->ppred ? k->ppred : &DY_AT(c->d->preds, dy_pred, k->pred->ref);
        int r = atoi(vp->code) / (strlen(vp->code) > 3 ? 100 : 10);
        said = vp->code[0] && (r == 1 || r == 2 || (r >= 10 && r <= 13));
    }
    if (!st->ns && st->subj < 0 && c->rules->seat_subject && said && k->kind != CL_REL && st->w0 >= 0) {
        for (int i = 0; i < st->ng; i++) {
            if (st->g[i].prep != c->id_in || st->g[i].prep_tok != (uint32_t)st->w0 ||
                st->g[i].last > st->fin)
                continue;
            st->ns = grp_codes(c, &st->g[i], st->scodes, 8);
            st->stok = grp_tok(c, &st->g[i], 0);
            break;
        }
    }
    pro_drop_subject(c, st);
    /* "X, the first to visit Y, said …": a clause that starts with its
     * verb and has no subject takes the actor that opened the sentence */
    if (!st->ns && c->rules->subject_before_verb && st->w0 >= 0 && (uint32_t)st->w0 == st->fin && ki > 0 &&
        k->kind == CL_MAIN) {
        /* ", killing at least 18 people": the clause before acts on */
        const clause *from = cl[ki - 1].nsubj ? &cl[ki - 1] : &cl[0];
        st->ns = from->nsubj;
        memcpy(st->scodes, from->subjs, sizeof st->scodes);
        st->stok = k->a;
    }
    /* a verb pattern's source ('$' before the verb): the first actor
     * before the verb outside a phrase, a possessive too ("Eriador's death
     * toll has risen") */
    for (int i = 0; !st->ns && k->ppred && i < st->ng; i++)
        if (!st->g[i].prep && st->g[i].last <= k->pred_tok) {
            st->subj = i;
            st->ns = grp_codes(c, &st->g[i], st->scodes, 8);
            st->stok = grp_tok(c, &st->g[i], 0);
        }
}

/* A non-restrictive relative clause about an actor: the antecedent is
 * its subject or its object; and the subject is stored in the clause. */
static void relative_antecedent(cctx *c, roles *st)
{
    size_t m0 = st->m0;
    clause *k = st->k;
    /* passive: "wurde von X empfangen" */
    st->passive = false;
    st->bare_passive = false;
    for (uint32_t i = k->a; i < k->b; i++)
        if (fwc(c, i) & FW_PASSIVE)
            st->passive = true;
    /* "Ihm wird Spionage vorgeworfen": in a verb-second language the
     * future's auxiliary with a participle (no infinitive) is the present
     * passive */
    for (uint32_t i = k->a; !st->passive && c->rules->verb_second && k->pred && !k->noun_pred && i < k->b; i++)
        if ((fwc(c, i) & FW_FUTURE) && !(fwc(c, i) & FW_HYPO) && has_vform(c, k->pred_tok, VF_PART) &&
            !has_vform(c, k->pred_tok, VF_INF) && i < k->pred_tok)
            st->passive = true;
    /* Russian "задержаны 35 человек": a short participle is a passive
     * with no auxiliary (lang.h passive_endings) */
    if (!st->passive && k->pred && !k->noun_pred && has_vform(c, k->pred_tok, VF_PART))
        for (const char *const *l = c->rules->passive_endings; l && *l; l++)
            if (tok_suffix(c, k->pred_tok, *l, 3))
                st->passive = true;
    /* English headlines and reduced relatives: "Russia Attacked by
     * Ukrainian Drones", "soldiers killed by rebels": a participle right
     * before the agent's "by" is a passive without its auxiliary */
    /* (French too, « le ministre, arrêté lundi par des soldats »: a day
     * may stand before the agent; not a perfect's participle, « a frappé
     * par surprise ») */
    if (!st->passive && c->rules->subject_before_verb && !c->rules->verb_second && k->pred &&
        !k->noun_pred) {
        uint32_t nx = k->pred_tok + k->pred->ntok;
        while (nx < k->b && (fwc(c, nx) & (FW_WEEKDAY | FW_DATEREL)))
            nx++;
        bool perfect = false;
        for (uint32_t q = k->a; q < k->pred_tok && c->rules->adj_after_noun; q++)
            perfect |= (fwc(c, q) & FW_PASTAUX) != 0;
        /* (not a verb whose target stands after "by": "India stood by
         * Russia" is no passive) */
        if (nx < k->b && (fwc(c, nx) & FW_PREP) && prep_norm(c, nx) == c->id_von &&
            has_vform(c, k->pred_tok, VF_PART) && k->pred_tok > k->a && !perfect &&
            !pred_has_slot(&DY_AT(c->d->preds, dy_pred, k->pred->ref), c->id_von))
            st->passive = true;
        /* a headline in title case, "US Ambassador Killed in Libya
         * Attack": its verbs are in the present, a participle after the
         * subject is a passive without its auxiliary */
        if (!perfect && !c->rules->nouns_capitalised &&
            k->pred_tok > k->a && (c->t[k->pred_tok].flags & TF_CAP) &&
            has_vform(c, k->pred_tok, VF_PART) && c->rules->agent_suffix &&
            tok_suffix(c, k->pred_tok, c->rules->agent_suffix, 4) && !is_punct(c, c->sn.last - 1, "."))
            st->passive = st->bare_passive = true;
    }
    /* English non-restrictive relative clauses about an actor: "…, Kim
     * Jong Un, who greeted him at the airport" (the actor before the comma
     * is the subject), "Rwanda, which it accuses of sending troops" (the
     * actor is the object) */
    st->rel_ante = NULL;
    st->rel_obj = false;
    if (k->kind == CL_REL && c->rules->rel_prons && k->mood == DY_MOOD_FACT && k->pred &&
        !k->noun_pred && !(st->passive && has_vform(c, k->pred_tok, VF_PART))) {
        uint32_t r = k->a;
        while (r < k->b && !(fwc(c, r) & FW_REL))
            r++;
        if (r > c->sn.first + 1 && is_punct(c, r - 1, ",") && r + 1 < k->b &&
            tok_in(c, r, c->rules->rel_prons)) {
            for (size_t q = m0; q < c->ments.n && !st->rel_ante; q++) {
                const ment *m = &DY_AT(c->ments, ment, q);
                if (m->last == r - 1 && !m->adj_only && !m->pron && m->code[0])
                    st->rel_ante = m;
            }
            if (st->rel_ante && st->ns && st->stok < r) {
                /* the antecedent opens the clause and is its subject */
            } else if (st->rel_ante && !tok_in(c, r, c->rules->rel_obj_prons) &&
                       (verb_reading(c, r + 1, true) ||
                        (fwc(c, r + 1) & (FW_PASTAUX | FW_FUTURE)))) {
                st->ns = ment_codes(c, st->rel_ante, st->scodes, 8);
                st->stok = st->rel_ante->first;
                st->subj = -1;
            } else if (st->rel_ante && st->ns && st->stok > r) {
                st->rel_obj = true;
            } else {
                st->rel_ante = NULL;
            }
        }
    }
    if (st->ns)
        cp16(k->subj, st->scodes[0]);
    k->nsubj = st->ns;
    /* the span a shared subject points to: its mention in the clause it
     * came from, not the verb that opens this one */
    if (st->ns && mention_at(c, m0, st->stok))
        k->subj_tok = st->stok + 1;
    memcpy(k->subjs, st->scodes, sizeof k->subjs);
}

/* An agentless passive of an act only the state's forces do: "1400
 * Menschen wurden festgenommen", "protesters were detained" — the police of
 * the country of those it was done to (their country known, and not the
 * state's own forces).  The codes are CAMEO's: arrest (173), repression by
 * force (175). */
/* Russian "в Ереване задержали 35 человек": an impersonal plural (lang.h
 * seat_subject) with no subject at all is a passive in meaning; its bare
 * object after the verb suffered the act.  The object's group, or -1. */
static int impersonal_object(cctx *c, roles *st)
{
    clause *k = st->k;
    if (st->passive || st->ns || st->subj >= 0 || !c->rules->seat_subject || !k->pred || k->noun_pred ||
        k->kind == CL_REL || has_vform(c, k->pred_tok, VF_PART))
        return -1;
    for (int i = 0; i < st->ng; i++)
        if (!st->g[i].prep && st->g[i].first > k->pred_tok)
            return i;
    return -1;
}

static bool implied_agent(cctx *c, roles *st)
{
    static const char *const acts[][2] = {{"173", "COP"}, {"175", "COP"}};
    clause *k = st->k;
    int obj = impersonal_object(c, st);
    if (obj >= 0 && (!strncmp(st->pr->code, "173", 3) || !strncmp(st->pr->code, "175", 3))) {
        st->ns = grp_codes(c, &st->g[obj], st->scodes, 8);
        st->subj = obj;
        st->passive = st->ns == 1;
        if (!st->passive)
            st->ns = 0, st->subj = -1;
    }
    if (!st->passive || st->agent >= 0 || k->noun_pred || !k->pred || st->ns != 1 ||
        st->subj < 0 || (obj < 0 && !has_vform(c, k->pred_tok, VF_PART)) || strlen(st->scodes[0]) < 6 ||
        !strncmp(st->scodes[0], "IGO", 3))
        return false;
    /* (soldiers arrested, "2,800 soldiers were detained": the government
     * acted on its own forces) */
    static const char *const state[] = {"GOV", "COP", "MIL", "JUD", "SPY", "LEG"};
    const char *by = NULL;
    for (size_t r = 0; r < sizeof state / sizeof *state; r++)
        if (!strcmp(st->scodes[0] + 3, state[r]))
            by = r == 2 && !strncmp(st->pr->code, "173", 3) ? "GOV" : "";
    if (by && !*by)
        return false;
    for (size_t a = 0; a < sizeof acts / sizeof *acts; a++) {
        if (strncmp(st->pr->code, acts[a][0], strlen(acts[a][0])))
            continue;
        st->npat = 1;
        cp16(st->pcodes[0], st->scodes[0]);
        char country[4] = {st->scodes[0][0], st->scodes[0][1], st->scodes[0][2], 0};
        /* "the businessman was arrested in Canada": the forces are those
         * of the country it happened in, named by a locative of the clause
         * (a country or its capital), not those of the person's country */
        for (int i = 0; i < st->ng; i++) {
            if (i == st->subj || st->g[i].prep != c->id_in || st->g[i].n != 1)
                continue;
            /* not a noun's attribute: "protests against the invasion of
             * Ukraine" */
            uint32_t pt = st->g[i].prep_tok;
            if (pt > c->sn.first && (c->noun[pt - 1] || (c->t[pt - 1].type == TK_WORD &&
                                                       !fwc(c, pt - 1) && !c->nverb[pt - 1])))
                continue;
            const ment *pm = &DY_AT(c->ments, ment, st->g[i].m[0]);
            const dy_phrase *pa = c->atom[pm->head];
            if (pm->adj_only || pm->pron || pm->person >= 0 || !pa ||
                (pa->kind != PK_COUNTRY && pa->kind != PK_METONYM) || strlen(pm->code) < 3 ||
                !strncmp(pm->code, "IGO", 3))
                continue;
            memcpy(country, pm->code, 3);
            break;
        }
        set_code(st->scodes[0], country, by ? by : acts[a][1]);
        if (c->trace)
            dy_buf_printf(c->trace, TM_PASSIVE_IMPLIED_AGENT, st->scodes[0], st->pcodes[0]);
        return true;
    }
    return false;
}

/* Is the preposition at P the attribute of the noun of a prepositional
 * phrase before it ("nach Angaben von Aktivisten", "according to reports by
 * activists"): the source of a report, not the passive's agent? */
static bool noun_attribute(cctx *c, uint32_t p, uint32_t a)
{
    if (p < a + 2)
        return false;
    uint32_t n = p - 1;
    if (c->t[n].type != TK_WORD || c->fw[n] || c->nverb[n] || c->atom[n] || c->fwval[n])
        return false;
    for (uint32_t q = n; q-- > a && q + 3 >= n;) {
        if (fwc(c, q) & FW_PREP)
            return true;
        if (c->t[q].type != TK_WORD || c->nverb[q] || (c->fw[q] && !(fwc(c, q) & FW_ART)))
            return false;
    }
    return false;
}

/* Is actor A another side than B: another country, or both with roles
 * and different ones (MLIREB against MLIMIL)? */
static bool other_side(const char *a, const char *b)
{
    return strncmp(a, b, 3) || (strlen(a) >= 6 && strlen(b) >= 6 && strcmp(a + 3, b + 3));
}

/* "Иран признал, что самолет был сбит по ошибке": a speech verb of
 * admission (015) as a fact admits to the first actor of its content of
 * another country than the speaker, else of another side at home
 * ("признал, что его бойцы допустили нарушения"): the one the admitted
 * deed concerns. */
static void admission(cctx *c, roles *st)
{
    const clause *k = st->k;
    /* (the speech verb: a frame has no predicate) */
    const dy_pred *pr = NULL;
    uint32_t vt = k->a;
    for (uint32_t i = k->a; i < k->b && !pr; i++)
        for (int v = 0; v < c->nverb[i] && !pr; v++) {
            const dy_pred *vp = &DY_AT(c->d->preds, dy_pred, c->verb[i][v]->ref);
            if ((vp->flags & VFL_SAY) && !strcmp(vp->code, "015"))
                pr = vp, vt = i;
        }
    if (!st->ns || !pr || k->mood != DY_MOOD_FACT)
        return;
    uint32_t b = k->b;
    for (int j = st->ki + 1; j < st->ncl && st->cl[j].reported; j++)
        b = st->cl[j].b;
    for (int pass = 0; pass < 2; pass++)
        for (size_t q = st->m0; q < c->ments.n; q++) {
            const ment *m = &DY_AT(c->ments, ment, q);
            if (m->first < k->b || m->first >= b || !m->code[0] || m->pron ||
                (pass == 0 ? !strncmp(m->code, st->scodes[0], 3) : !other_side(m->code, st->scodes[0])))
                continue;
            emit_event(c, st->scodes[0], m->code, "015", DY_MOOD_FACT, k, st->stok, m->first, vt, pr->rule);
            return;
        }
}

/* The passive's agent; a speech frame (records its speaker), an appeal in
 * reported speech, a clause without predicate: all end here. */
static bool frame_or_appeal(cctx *c, roles *st)
{
    clause *k = st->k;
    st->agent = -1;
    if (st->passive && k->pred && !k->noun_pred && has_vform(c, k->pred_tok, VF_PART))
        for (int i = 0; i < st->ng; i++)
            /* (the words of the verb's pattern before "by" are none: "a
             * été placé en résidence surveillée par l'armée") */
            /* (a language with no agent preposition, Russian: a bare
             * phrase, the instrumental "полицией", but not the subject) */
            if ((st->g[i].prep || (i != st->subj && st->g[i].obj)) &&
                (st->g[i].prep == c->id_von || st->g[i].prep == c->id_durch) &&
                ((st->g[i].prep_tok > k->a && pat_word_at(k, st->g[i].prep_tok - 1)) ||
                 !noun_attribute(c, st->g[i].prep_tok, k->a)))
                st->agent = i;

    if (k->say) {
        if (st->ns)
            cp16(k->speaker, st->scodes[0]);
        if (c->trace)
            dy_buf_printf(c->trace, TM_SPEECH_FRAME_SPEAKER, st->ns ? st->scodes[0] : TM_NONE);
        admission(c, st);
        return true;
    }
    /* appeal in reported speech: the speaker appeals to the subject
     * ("die USA sollten die Fehler korrigieren, sagte Zhang") */
    if (k->mood == DY_MOOD_APPEAL && k->kind != CL_REL) {
        /* (not "ich muss …", "wir sollten …": the speaker's own duty) */
        bool own = false;
        for (uint32_t q = k->a; q < k->b && !own; q++)
            own = tok_in(c, q, c->rules->first_person);
        if (k->speaker[0] && st->ns && strncmp(k->speaker, st->scodes[0], 3) && !own) {
            for (int a = 0; a < st->ns; a++)
                emit_event(c, k->speaker, st->scodes[a], "020", DY_MOOD_APPEAL, k, k->a, st->stok,
                           k->pred ? k->pred_tok : st->stok, RULE_APPEAL);
        } else if (c->trace) {
            dy_buf_puts(c->trace, TM_APPEAL_WITHOUT_A_SPEAKER_OR);
        }
        return true;
    }
    if (!k->pred) {
        if (c->trace)
            dy_buf_puts(c->trace, TM_NO_PREDICATE_IN_THE_DICTIONARIES);
        return true;
    }
    return false;
}

/* Is the negated clause a refusal for what lies ahead: a future ("will
 * not negotiate", "wird nicht verhandeln"), or, in a verb-second
 * language, a readiness or will denied in the clause that governs the
 * infinitive ("ist nicht bereit, mit X zu verhandeln"; "will nicht …
 * treffen" itself was tried: it negates a detail as often, odd-de P
 * .938 -> .931)? */
static bool refused_ahead(cctx *c, const roles *st)
{
    const clause *k = st->k;
    const uint32_t want = FW_FUTURE | FW_MODAL_INTENT | FW_ADV_INTENT;
    if (find_fw(c, k->a, k->b, FW_FUTURE) < k->b)
        return true;
    if (k->kind != CL_ZU || k->gov < 0 || !c->rules->verb_second)
        return false;
    const clause *g = &st->cl[k->gov];
    return find_fw(c, g->a, g->b, want) < g->b;
}

/* The predicate's reading, and the gates that leave a clause uncoded:
 * background relatives, events being ended, demanded content, moods that
 * are not coded; a concession refused for the future becomes a refusal. */
static bool predicate_gates(cctx *c, roles *st)
{
    clause *k = st->k;
    st->pr = k->ppred ? k->ppred : &DY_AT(c->d->preds, dy_pred, k->pred->ref);
    /* "called on Rwanda": the particle of a phrasal verb heads no phrase */
    if (!k->noun_pred && k->pred->ntok > 1)
        for (int i = 0; i < st->ng; i++)
            if (st->g[i].prep && st->g[i].prep_tok > k->pred_tok &&
                st->g[i].prep_tok < k->pred_tok + k->pred->ntok)
                st->g[i].prep = 0;
    if (c->trace)
        dy_buf_printf(c->trace, TM_PREDICATE_MOOD_SUBJECT, st->pr->lemma,
                      st->pr->code, st->pr->rule, dy_mood_name(k->mood), st->ns ? st->scodes[0] : "-",
                      st->ns > 1 ? TM_AND_MORE : "");
    if (!st->pr->code[0]) {
        /* a pattern coded "-": the words read as no event ("called the
         * strike retaliation" names, it does not disapprove) */
        if (c->trace)
            dy_buf_puts(c->trace, TM_NO_EVENT_READING);
        return true;
    }
    if (k->kind == CL_REL && !st->rel_ante) {
        if (c->trace)
            dy_buf_puts(c->trace, TM_RELATIVE_CLAUSE_BACKGROUND_NOT_CODED);
        return true;
    }
    /* "the worst fighting since the two countries fought a war", "since
     * the two neighbours joined together after World War II": a clause
     * opened by "since" is the point the story's time is measured from */
    int w0 = first_word(c, k->a, k->b);
    if (w0 >= 0 && k->a > c->sn.first && (c->fw2[w0] & FW2_TEMPCONJ) &&
        tok_in(c, (uint32_t)w0, c->rules->since_conjs)) {
        if (c->trace)
            dy_buf_puts(c->trace, TM_SINCE_CLAUSE_BACKGROUND_NOT_CODED);
        return true;
    }
    /* "NATO said Russia bears responsibility": a verb of blame in reported
     * speech is the speaker's accusation of its subject; unreported, none */
    if (st->pr->flags & VFL_BLAMED) {
        if (k->reported && k->speaker[0] && st->ns && k->mood == DY_MOOD_FACT &&
            strncmp(k->speaker, st->scodes[0], 3))
            emit_event(c, k->speaker, st->scodes[0], st->pr->code, DY_MOOD_FACT, k, k->a, st->stok,
                       k->pred_tok, st->pr->rule);
        return true;
    }
    if (k->noun_pred) {
        if (ended_at(c, k, k->pred_tok)) {
            if (c->trace)
                dy_buf_puts(c->trace, TM_AN_EVENT_BEING_ENDED_NOT);
            return true;
        }
        /* "wurden Opfer eines Anschlags", "Opfer von Angriffen": the
         * subject suffered the event, it is not its actor */
        uint32_t s = np_start(c, k->pred_tok, k->a);
        if (s > k->a && (tok_in(c, s - 1, c->rules->victim_words) ||
                         (s > k->a + 1 && (fwc(c, s - 1) & FW_PREP) &&
                          tok_in(c, s - 2, c->rules->victim_words)))) {
            if (c->trace)
                dy_buf_puts(c->trace, TM_THE_SUBJECT_IS_ITS_VICTIM);
            return true;
        }
        /* "Kenia, zwei Tage nach dem Anschlag auf die Universität": a
         * noun in a phrase of occasion names another happening than the
         * subject's deed (nouns.c), unless a meeting or cooperation */
        const char *nc = st->pr->code;
        if (s > k->a && (fwc(c, s - 1) & FW_PREP) &&
            tok_in(c, s - 1, c->rules->occasion_preps) &&
            !(nc[0] == '0' && nc[1] >= '3' && nc[1] <= '8') && st->subj >= 0 &&
            grp_tok(c, &st->g[st->subj], 0) < s - 1) {
            if (c->trace)
                dy_buf_puts(c->trace, TM_AN_OCCASION_NOT_THE_SUBJECT_S);
            return true;
        }
    }
    if (k->demanded) {
        if (c->trace)
            dy_buf_puts(c->trace, TM_WHAT_WAS_DEMANDED_NOT_AN);
        return true;
    }
    /* English "would not lift tariffs", "will not release the prisoners":
     * a concession refused for the future is a refusal to yield (124x) */
    st->refuse[0] = 0;
    bool ahead = refused_ahead(c, st);
    if (k->mood == DY_MOOD_NEGATED && rule_on(c, RF_REFUSAL) && !k->noun_pred &&
        !strncmp(st->pr->code, "08", 2) && ahead) {
        static const char *const map[] = {"124", "1241", "1242", "124", "1243",
                                          "1244", "1245", "1246", "124", "124"};
        int d = st->pr->code[2] >= '0' && st->pr->code[2] <= '9' ? st->pr->code[2] - '0' : 0;
        snprintf(st->refuse, sizeof st->refuse, "%s", map[d]);
        k->mood = DY_MOOD_FACT;
        if (c->trace)
            dy_buf_printf(c->trace, TM_A_CONCESSION_REFUSED, st->refuse);
    }
    /* English "China neither accepts nor recognizes the ruling", "would
     * not recognize agreements made without Kyiv": acceptance (019) or
     * recognition (054) denied is a rejection (120) */
    /* (and a meeting or negotiation refused for the future, "will not
     * negotiate with", "would not meet": a refusal to meet, 125) */
    /* (also "had not been prepared to discuss a truce", "is not willing
     * to negotiate": a willingness denied) */
    bool meet = !strncmp(st->pr->code, "04", 2) && strcmp(st->pr->code, "042") &&
                (ahead || find_fw(c, k->a, k->pred_tok, FW_ADV_INTENT) < k->pred_tok);
    if (k->mood == DY_MOOD_NEGATED && rule_on(c, RF_REFUSAL) && !k->noun_pred && !st->refuse[0] &&
        (!strcmp(st->pr->code, "019") || !strcmp(st->pr->code, "054") || meet)) {
        snprintf(st->refuse, sizeof st->refuse, "%s", meet ? "125" : "120");
        k->mood = DY_MOOD_FACT;
        if (c->trace)
            dy_buf_printf(c->trace, TM_A_CONCESSION_REFUSED, st->refuse);
    }
    if (mood_uncoded(k->mood)) {
        if (c->trace)
            dy_buf_printf(c->trace, TM_NOT_CODED, dy_mood_name(k->mood));
        return true;
    }
    return false;
}

/* Is the event noun PH an attack (18x-20x, as the adjective agent of an
 * agentless passive is read)? */
static bool attack_noun(cctx *c, const dy_phrase *ph)
{
    const char *code = ph ? DY_AT(c->d->preds, dy_pred, ph->ref).code : "";
    return (code[0] == '1' && code[1] >= '8') || (code[0] == '2' && code[1] == '0');
}

/* A verb-second language's agentless passive names its agent's attack
 * before the participle: "bei russischen Angriffen sind zwei Soldaten
 * getötet worden" (an adjective: the country's forces), "bei Angriffen der
 * Miliz …" (a genitive: the actor itself).  True when found. */
static bool attack_agent_before(cctx *c, roles *st)
{
    clause *k = st->k;
    for (size_t q = st->m0; q < c->ments.n; q++) {
        const ment *m = &DY_AT(c->ments, ment, q);
        if (m->first < k->a || m->last > k->pred_tok || !m->code[0] || !strcmp(m->code, st->pcodes[0]))
            continue;
        uint32_t nt = 0;
        /* "bei einem US-Drohnenangriff": a country joined to the attack noun */
        if (m->compound_noun) {
            uint32_t h = m->last < k->b && c->t[m->last].type == TK_HYPHEN ? m->last + 1 : m->last;
            if (h < k->b && h < k->pred_tok && attack_noun(c, c->noun[h]) && strlen(m->code) >= 3) {
                cp16(st->scodes[0], m->code);
                snprintf(st->act, sizeof st->act, "%s", DY_AT(c->d->preds, dy_pred, c->noun[h]->ref).code);
                /* "Nato-Luftangriff": the alliance itself; "Hamas-Angriff":
                 * the armed group itself, not a state's forces */
                if (strncmp(m->code, "IGO", 3) && (strlen(m->code) == 3 || !strcmp(m->code + 3, "GOV")))
                    set_code(st->scodes[0], m->code, "MIL");
                st->ns = 1;
                st->stok = m->first;
                k->agent_noun = h + 1;
                return true;
            }
            continue;
        }
        if (m->adj_only && attack_noun(c, c->noun[m->last]))
            nt = m->last;
        /* the genitive: "Angriffen der Miliz", "Luftangriffen Russlands" */
        uint32_t z = m->first;
        /* (over an adjective: "Angriffe mutmaßlicher Dschihadisten") */
        if (!m->adj_only && z > k->a + 1 && c->t[z - 1].type == TK_WORD && !(c->t[z - 1].flags & TF_CAP) &&
            !c->fw[z - 1] && !c->nverb[z - 1] && !c->atom[z - 1])
            z--;
        if (!m->adj_only && z > k->a + 1 && tok_in(c, z - 1, c->rules->gen_articles))
            z--;
        if (!m->adj_only && z > k->a && attack_noun(c, c->noun[z - 1]))
            nt = z - 1;
        if (!nt)
            continue;
        cp16(st->scodes[0], m->code);
        snprintf(st->act, sizeof st->act, "%s", DY_AT(c->d->preds, dy_pred, c->noun[nt]->ref).code);
        if (m->adj_only)
            set_code(st->scodes[0], m->code, "MIL");
        st->ns = 1;
        st->stok = m->first;
        k->agent_noun = nt + 1;
        return true;
    }
    return false;
}

/* A verb-second passive whose clash names the other side: "bei Gefechten
 * mit der Hisbollah sind drei israelische Soldaten getötet worden", "bei
 * Kämpfen zwischen indischen und chinesischen Soldaten wurden 20 indische
 * Soldaten getötet" — the side of another country than the victims' did
 * it.  The victims must name their country themselves (not a role that
 * took it from the sides).  True when found. */
static bool clash_side_agent(cctx *c, roles *st)
{
    clause *k = st->k;
    const ment *pm = mention_at(c, st->m0, st->stok);
    if (!pm || pm->role_only || strlen(st->pcodes[0]) < 3 || !strncmp(st->pcodes[0], "IGO", 3))
        return false;
    for (uint32_t i = k->a; i < k->pred_tok && i < st->stok; i++) {
        if (!c->noun[i] || !attack_noun(c, c->noun[i]))
            continue;
        uint32_t j = i + c->noun[i]->ntok;
        if (j >= st->stok || !(fwc(c, j) & FW_PREP))
            continue;
        bool with = prep_norm(c, j) == c->id_mit, between = tok_in(c, j, c->rules->between_preps);
        if (!with && !between)
            continue;
        const ment *side = NULL;
        bool own = false, two = false;
        for (size_t q = st->m0; q < c->ments.n; q++) {
            const ment *m = &DY_AT(c->ments, ment, q);
            if (m->first <= j || m->first >= st->stok || m->first > j + 8 || strlen(m->code) < 3 || m->pron)
                continue;
            if (!strncmp(m->code, st->pcodes[0], 3))
                own = true;
            else if (side && strncmp(side->code, m->code, 3))
                two = true;
            else
                side = m;
        }
        if (!side || two || (between && !own))
            return false;
        cp16(st->scodes[0], side->code);
        if (side->adj_only || strlen(side->code) == 3)
            set_code(st->scodes[0], side->code, "MIL");
        st->ns = 1;
        st->stok = side->first;
        return true;
    }
    return false;
}

/* A verb-second passive with no "von" agent whose attack names it: "bei
 * russischen Angriffen sind zwei Soldaten getötet worden" is RUSMIL's
 * attack on the soldiers.  With no such attack the clause is left as it
 * was read. */
static bool attack_agent_passive(cctx *c, roles *st)
{
    clause *k = st->k;
    if (!c->rules->verb_second || !st->passive || st->agent >= 0 || k->noun_pred || !k->pred ||
        !st->ns || st->subj < 0 || !has_vform(c, k->pred_tok, VF_PART))
        return false;
    st->npat = st->ns;
    memcpy(st->pcodes, st->scodes, sizeof st->pcodes);
    st->ns = 0;
    uint32_t ptok = st->stok;
    if (!attack_agent_before(c, st) && !clash_side_agent(c, st)) {
        st->stok = ptok;
        st->ns = st->npat;
        st->npat = 0;
        memcpy(st->scodes, st->pcodes, sizeof st->scodes);
        return false;
    }
    if (c->trace)
        dy_buf_printf(c->trace, TM_PASSIVE_ACTED_ON_THE_SUBJECT, st->scodes[0], st->pcodes[0]);
    return true;
}

/* Is CODE one of violence (roots 18-20)? */
static bool attack_code(const char *code)
{
    return (code[0] == '1' && code[1] >= '8') || (code[0] == '2' && code[1] == '0');
}

/* An agentless passive: the subject suffered the act, the agent is the
 * country whose attack is named, else no event; a speaker reporting
 * violence by another side accuses it. */
/* "Zudem wurden 2700 Richter ihres Amtes enthoben", "wurde eine
 * Ausgangssperre verhängt": an agentless passive of a coercion only a
 * state does (172x: removal from office, bans, curfews, states of
 * emergency; 173 arrests that implied_agent left) was done by the state
 * where it happened: the dateline's country, else the patient's (its
 * police for an arrest; RF_STATE_COERCION: English and French lost by
 * it, odd-en .710 -> .708, even-fr .453 -> .449). */
static void state_coercion_agent(cctx *c, roles *st)
{
    const char *code = st->pr->code;
    bool arrest = !strcmp(code, "173");
    if (!arrest && strncmp(code, "172", 3))
        return;
    if (!rule_on(c, RF_STATE_COERCION) || st->k->mood != DY_MOOD_FACT || !st->npat ||
        !strncmp(st->pcodes[0], "IGO", 3))
        return;
    char cc[4] = {0};
    const char *from = c->home[0] ? c->home : st->pcodes[0];
    /* (a country, its capital or a town the clause names after "in"
     * first: "российский дипломат был задержан в Гааге" by the Dutch
     * police) */
    bool found = false;
    for (int i = 0; i < st->ng && !found; i++) {
        if (i == st->subj || st->g[i].prep != c->id_in || st->g[i].n != 1)
            continue;
        const ment *pm = &DY_AT(c->ments, ment, st->g[i].m[0]);
        const dy_phrase *pa = c->atom[pm->head];
        found = !pm->adj_only && !pm->pron && pm->person < 0 && pa &&
                (pa->kind == PK_COUNTRY || pa->kind == PK_METONYM) && strlen(pm->code) >= 3 &&
                strncmp(pm->code, "IGO", 3);
        if (found)
            from = pm->code;
    }
    for (uint32_t q = st->k->a; !found && q + 1 < st->k->b; q++)
        if ((fwc(c, q) & FW_PREP) && prep_norm(c, q) == c->id_in && place_country_at(c, q + 1, st->k->b)) {
            from = place_country_at(c, q + 1, st->k->b);
            break;
        }
    memcpy(cc, from, 3);
    set_code(st->scodes[0], cc, arrest ? "COP" : "GOV");
    if (!strcmp(st->scodes[0], st->pcodes[0]))
        return;
    st->ns = 1;
    st->stok = st->k->pred_tok;
}

static bool agentless_passive(cctx *c, roles *st)
{
    size_t m0 = st->m0;
    clause *k = st->k;
    /* English agentless passive: "Haniyeh was killed in an Israeli strike"
     * — the subject suffered the act; the agent is the country whose
     * attack is named, else there is none (no event) */
    st->npat = 0;
    st->act[0] = 0;
    if (implied_agent(c, st) || attack_agent_passive(c, st))
        return false;
    /* "Montenegro joined NATO and was praised by the United States": a
     * passive whose subject is the clause before's acted on that subject */
    if (st->agent >= 0 && st->subj < 0 && st->ns && st->shared) {
        st->npat = st->ns;
        memcpy(st->pcodes, st->scodes, sizeof st->pcodes);
        st->ns = grp_codes(c, &st->g[st->agent], st->scodes, 8);
        st->stok = grp_tok(c, &st->g[st->agent], 0);
        if (c->trace)
            dy_buf_printf(c->trace, TM_PASSIVE_ACTED_ON_THE_SUBJECT, st->scodes[0], st->pcodes[0]);
        return !st->ns;
    }
    if (rule_on(c, RF_AGENTLESS_PASSIVE) && st->agent < 0 && !k->noun_pred && st->ns &&
        st->subj >= 0 &&
        has_vform(c, k->pred_tok, VF_PART)) {
        /* a verb-second language's auxiliary stands anywhere in the
         * clause: "wurden bei dem Anschlag 40 Zivilisten getötet", "sind …
         * getötet worden" */
        bool aux = (c->rules->verb_second && st->passive) || st->bare_passive;
        for (uint32_t q = k->pred_tok; !aux && q-- > k->a && q + 4 > k->pred_tok;) {
            if (fwc(c, q) & FW_PASSIVE) {
                aux = true;
                break;
            }
            if (c->t[q].type != TK_WORD || c->nverb[q])
                break;
        }
        if (aux) {
            st->npat = st->ns;
            memcpy(st->pcodes, st->scodes, sizeof st->pcodes);
            st->ns = 0;
            /* "were blocked by Chinese ships": an agent named by its
             * adjective */
            for (uint32_t q = k->pred_tok + k->pred->ntok; q + 1 < k->b && q < k->pred_tok + 4 && !st->ns;
                 q++)
                if ((fwc(c, q) & FW_PREP) && prep_norm(c, q) == c->id_von) {
                    const ment *m = slot_mention(c, m0, k, q + 1, false);
                    if (m && m->code[0] && strncmp(m->code, st->pcodes[0], 3)) {
                        st->ns = ment_codes(c, m, st->scodes, 8);
                        st->stok = m->first;
                    }
                    break;
                }
            for (size_t q = m0; q < c->ments.n && !st->ns; q++) {
                const ment *m = &DY_AT(c->ments, ment, q);
                if (!m->adj_only || m->compound_noun || m->first <= k->pred_tok ||
                    m->last >= k->b || !adj_noun(c, m))
                    continue;
                const dy_pred *vp = &DY_AT(c->d->preds, dy_pred, adj_noun(c, m)->ref);
                if ((vp->code[0] == '1' && vp->code[1] >= '8') ||
                    (vp->code[0] == '2' && vp->code[1] == '0')) {
                    set_code(st->scodes[0], m->code, "MIL");
                    st->ns = 1;
                    st->stok = m->first;
                    k->agent_noun = c->noun[m->last] ? m->last + 1 : m->last;
                }
            }
            if (!st->ns)
                state_coercion_agent(c, st);
            if (!st->ns) {
                if (c->trace)
                    dy_buf_puts(c->trace, TM_PASSIVE_WITHOUT_AN_AGENT_NO);
                /* kept for a claim of the deed that follows ("Al-Shabaab
                 * bekannte sich zu dem Anschlag") */
                if (attack_code(st->pr->code) && k->mood == DY_MOOD_FACT) {
                    snprintf(c->dis.pend_code, sizeof c->dis.pend_code, "%s", st->pr->code);
                    cp16(c->dis.pend_tgt, st->pcodes[0]);
                    c->dis.pend_sent = c->sn.index + 1;
                    c->dis.pend_nominal = false;
                }
                return true;
            }
            if (c->trace)
                dy_buf_printf(c->trace, TM_PASSIVE_ACTED_ON_THE_SUBJECT, st->scodes[0],
                              st->pcodes[0]);
        }
    }
    /* "Kräfte der TPLF hätten einen Stützpunkt angegriffen, erklärte Abiy":
     * a speaker who reports violence by another side accuses it; so one
     * who reports a breach of an agreement (128) */
    /* (a news agency or paper reporting it only reports: no accusation;
     * nor does an international body: "сообщил гендиректор ВОЗ") */
    if (rule_on(c, RF_REPORTED_ACCUSATION) && k->reported && k->speaker[0] && st->ns &&
        (strlen(k->speaker) < 6 || strcmp(k->speaker + 3, "MED")) && strncmp(k->speaker, "IGO", 3) &&
        !(st->passive && st->agent < 0 && st->subj >= 0 && !k->noun_pred && k->pred &&
          has_vform(c, k->pred_tok, VF_PART)) &&
        k->mood == DY_MOOD_FACT &&
        ((st->pr->code[0] == '1' && st->pr->code[1] >= '5') ||
         /* "Israel habe die Waffenruhe gebrochen, sagte die Hamas" */
         !strcmp(st->pr->code, "128")) &&
        strcmp(k->speaker, st->scodes[0]) &&
        /* another country, or rebels and opposition at home */
        (strncmp(k->speaker, st->scodes[0], 3) ||
         (strlen(st->scodes[0]) >= 6 && (!strcmp(st->scodes[0] + 3, "REB") ||
                                     !strcmp(st->scodes[0] + 3, "OPP") ||
                                     !strcmp(st->scodes[0] + 3, "INS") ||
                                     !strcmp(st->scodes[0] + 3, "SEP")))))
        emit_event(c, k->speaker, st->scodes[0], "112", DY_MOOD_FACT, k, k->a, st->stok,
                   k->pred_tok, RULE_ACCUSE);
    return false;
}

/* Is the token before S (a phrase's start) a preposition?  None before
 * the document's first token. */
static bool prep_before(cctx *c, uint32_t s)
{
    return s > 0 && (fwc(c, s - 1) & FW_PREP);
}

/* The target group by the predicate's slots (a pattern's '+' first;
 * the agent of a passive makes the subject the target). */
/* Is group G an object pronoun of a language whose object clitics stand
 * before the verb (clitic_articles: French « les », « lui »)? */
static bool clitic_group(cctx *c, const grp *g)
{
    if (!c->rules->clitic_articles || !g->obj || g->n != 1 || g->prep)
        return false;
    return DY_AT(c->ments, ment, g->m[0]).pron;
}

/* Has clause K a support verb ("verhängen", "führen", "üben")? */
static bool support_in(cctx *c, const clause *k)
{
    for (uint32_t i = k->a; i < k->b; i++)
        for (int v = 0; v < c->nverb[i]; v++)
            if (DY_AT(c->d->preds, dy_pred, c->verb[i][v]->ref).flags & VFL_SUPPORT)
                return true;
    return false;
}

/* Is there a subordinating or temporal conjunction between tokens A and B
 * ("denied the ship permission … after refusing the arrival of …"): a
 * verb pattern's target is not sought past it. */
static bool conj_between(cctx *c, uint32_t a, uint32_t b)
{
    for (uint32_t q = a + 1; q < b; q++)
        if ((fwc(c, q) & FW_SUBORD) || (c->fw2[q] & FW2_TEMPCONJ))
            return true;
    return false;
}

/* "signed the accord on Monday, with the UN chief among the guests": a
 * with-phrase after a comma stands apart (accompaniment, an absolute
 * phrase), no partner of the verb or its noun; so does a phrase past a
 * conjunction after the verb ("denied the ship permission to dock after
 * refusing the arrival of another carrying 600 people") */
static bool with_apart(cctx *c, const roles *st, int i)
{
    const clause *k = st->k;
    if (rule_on(c, RF_CONJ_APART) && k->pred && !k->noun_pred && st->g[i].first > k->pred_tok &&
        conj_between(c, k->pred_tok + k->pred->ntok, st->g[i].first))
        return true;
    return st->g[i].prep && st->g[i].prep == c->id_mit && st->g[i].prep_tok > st->k->a &&
           is_punct(c, st->g[i].prep_tok - 1, ",");
}

/* "hat gegen Russland neue Sanktionen verhängt", "führte mit Peking
 * Gespräche": where the middle field orders freely, a support verb's
 * event-noun object may follow its own phrase — one the clause itself
 * governs (after the subject, not the phrase of a noun before it) */
static void target_before_support_noun(cctx *c, roles *st)
{
    const clause *k = st->k;
    if (st->tgt < 0 && st->agent < 0 && (c->rules->verb_second || rule_on(c, RF_PHRASE_BEFORE_NOUN)) &&
        k->noun_pred && support_in(c, k))
        for (int s = 0; s < st->pr->nslots && st->tgt < 0; s++)
            for (int i = 0; i < st->ng && st->tgt < 0; i++) {
                uint32_t pt = st->g[i].prep_tok;
                if (i == st->subj || !st->g[i].prep || st->g[i].prep != st->pr->slots[s] ||
                    st->g[i].last > k->pred_tok || pt <= k->a ||
                    (st->subj >= 0 && st->g[i].first < st->g[st->subj].last) || c->noun[pt - 1])
                    continue;
                bool other = false; /* no other event noun between */
                for (uint32_t q = st->g[i].last; q < k->pred_tok && !other; q++)
                    other = c->noun[q] != NULL;
                if (!other)
                    st->tgt = i;
            }
}

/* "kritisierte den Abschuss der Drohne durch die Luftabwehr": a reaction
 * (11, 12) to an act whose doer a "durch" phrase names after its object
 * noun is aimed at that doer (where nouns are capitalised: the word before
 * "durch" ends that noun phrase). */
static void target_durch_doer(cctx *c, roles *st)
{
    clause *k = st->k;
    if (st->tgt >= 0 || st->agent >= 0 || !c->id_durch || c->id_durch == c->id_aus || !k->pred || k->noun_pred ||
        !c->rules->nouns_capitalised || (strncmp(st->pr->code, "11", 2) && strncmp(st->pr->code, "12", 2)) ||
        !st->pr->nslots || st->pr->slots[0] != SLOT_OBJ)
        return;
    for (int i = 0; i < st->ng && st->tgt < 0; i++)
        if (i != st->subj && st->g[i].prep == c->id_durch && st->g[i].prep_tok > k->pred_tok + 2 &&
            c->t[st->g[i].prep_tok - 1].type == TK_WORD && (c->t[st->g[i].prep_tok - 1].flags & TF_CAP))
            st->tgt = i;
}

/* "The meeting was hosted by Turkey's foreign minister": the host or
 * mediator (the passive's agent) of the meeting just reported acts toward
 * its parties. */
static void hosted_meeting(cctx *c, roles *st)
{
    st->ns = grp_codes(c, &st->g[st->agent], st->scodes, 8);
    st->stok = grp_tok(c, &st->g[st->agent], 0);
    for (size_t q = c->events.n; q-- > 0 && !st->nt;) {
        const dy_event *e = &DY_AT(c->events, dy_event, q);
        if (strncmp(e->code, "04", 2) || !st->ns || !strncmp(e->source, st->scodes[0], 3) ||
            !strncmp(e->target, st->scodes[0], 3))
            continue;
        cp16(st->tcodes[st->nt++], e->source);
        cp16(st->tcodes[st->nt++], e->target);
    }
    st->atok = st->k->a + 1;
}

/* Does the preposition at P follow an object's noun: an article, up to
 * two lower-case words and a capitalised noun right before it, in no
 * phrase of its own ("die Festnahme von", "die umstrittene Wiederwahl
 * von")? */
static bool object_noun_before(cctx *c, const clause *k, uint32_t p)
{
    if (p < k->a + 2)
        return false;
    uint32_t n = p - 1;
    if (c->t[n].type != TK_WORD || !(c->t[n].flags & TF_CAP) || c->fw[n] || c->nverb[n] || c->atom[n])
        return false;
    for (uint32_t q = n; q-- > k->a && q + 4 > n;) {
        if (fwc(c, q) & FW_ART)
            return q == k->a || !(fwc(c, q - 1) & FW_PREP);
        if (c->t[q].type != TK_WORD || (c->t[q].flags & TF_CAP) || c->fw[q] || c->nverb[q] || c->atom[q])
            return false;
    }
    return false;
}

/* "kritisierte die Festnahme von Nawalny", "hat die Wiederwahl von
 * Präsident X für ungültig erklärt": where nouns are capitalised, the agent
 * preposition right after the object's noun stands for its genitive (an
 * active clause); the group, or -1. */
static int von_object(cctx *c, const roles *st)
{
    const clause *k = st->k;
    if (!c->rules->nouns_capitalised || !c->id_von || k->noun_pred || !k->pred || st->passive || st->agent >= 0)
        return -1;
    for (int i = 0; i < st->ng; i++)
        if (i != st->subj && st->g[i].prep == c->id_von && object_noun_before(c, k, st->g[i].prep_tok))
            return i;
    return -1;
}

static void target_by_slots(cctx *c, roles *st)
{
    clause *k = st->k;
    /* target by the predicate's slots */
    st->tgt = -1;
    if (st->agent >= 0 && st->subj >= 0) {
        st->ns = grp_codes(c, &st->g[st->agent], st->scodes, 8);
        st->stok = grp_tok(c, &st->g[st->agent], 0);
        st->tgt = st->subj;
    } else if (st->agent >= 0 && st->subj < 0 && (!strcmp(st->pr->code, "043") || !strcmp(st->pr->code, "045")) &&
               (fwc(c, k->a) & FW_ART) && k->a + 1 < k->b && c->noun[k->a + 1] &&
               !strncmp(DY_AT(c->d->preds, dy_pred, c->noun[k->a + 1]->ref).code, "04", 2)) {
        hosted_meeting(c, st);
    } else {
        /* a verb pattern's '+': the first actor after the word before it */
        int skip = k->pat_skip; /* "* iftar in ^ +": past one phrase */
        for (int i = 0; k->ppred && k->pat_tgt && i < st->ng && st->tgt < 0; i++)
            if (i != st->subj && st->g[i].first + 1 >= k->pat_tgt) {
                if (skip > 0)
                    skip--;
                else
                    st->tgt = i;
            }
        for (int s = 0; s < st->pr->nslots && st->tgt < 0; s++) {
            for (int i = 0; i < st->ng && st->tgt < 0; i++) {
                if (i == st->subj)
                    continue;
                /* "next": the first actor after the verb, in any phrase */
                if (st->pr->slots[s] == SLOT_NEXT) {
                    /* not a place ("celebrated in central Algiers") */
                    if (!k->noun_pred && st->g[i].first > k->pred_tok && st->g[i].prep != c->id_in)
                        st->tgt = i;
                    continue;
                }
                /* English objects follow the verb ("became the first U.S.
                 * president to visit Cuba") */
                if (st->pr->slots[s] == SLOT_OBJ && c->rules->subject_before_verb && !k->noun_pred &&
                    st->g[i].first < k->pred_tok &&
                    !(c->rules->case_marks_roles && st->g[i].obj) && /* "Лаврову позвонил" */
                    !clitic_group(c, &st->g[i])) /* « la France l'a condamné » */
                    continue;
                /* nor an event noun's after the verb: a name in apposition
                 * to the subject before the verb is none ("Премьер-министр
                 * Великобритании Тереза Мэй объявила о высылке …") */
                if (st->pr->slots[s] == SLOT_OBJ && c->rules->subject_before_verb && k->noun_pred &&
                    st->subj >= 0 && st->fin < k->pred_tok && st->g[i].last < st->fin &&
                    !(c->rules->case_marks_roles && st->g[i].obj))
                    continue;
                /* English "criticized the EU's plan to fund Ukraine's army":
                 * the possessor of the object noun is the target */
                bool eng_poss = st->pr->slots[s] == SLOT_OBJ && c->rules->subject_before_verb &&
                                !k->noun_pred && st->g[i].genattr && !st->g[i].prep &&
                                st->g[i].first > k->pred_tok &&
                                st->g[i].first <= k->pred_tok + k->pred->ntok + 1;
                if (with_apart(c, st, i))
                    continue;
                if (eng_poss ||
                    (st->pr->slots[s] == SLOT_OBJ ? (!st->g[i].prep && !st->g[i].genattr)
                                             : st->g[i].prep == st->pr->slots[s] &&
                                                   /* a noun's phrase follows it */
                                                   (!k->noun_pred || st->g[i].first > k->pred_tok)))
                    st->tgt = i;
            }
            if (st->tgt < 0 && st->pr->slots[s] == SLOT_OBJ)
                for (int i = 0; i < st->ng && st->tgt < 0; i++)
                    if (i != st->subj && !st->g[i].prep && st->g[i].genattr &&
                        (st->g[i].first > st->fin ||
                         /* "…, woraufhin Ankara Stellungen der Armee
                          * angegriffen hatte": a verb-final clause has its
                          * objects before the verb */
                         (c->rules->verb_second && k->kind != CL_MAIN && st->g[i].last < st->fin)))
                        st->tgt = i;
            /* English "criticized the policies of Mali", "condemned the
             * actions of the soldiers": the "of" phrase of the object noun
             * right after the verb names whose they are */
            if (st->tgt < 0 && st->pr->slots[s] == SLOT_OBJ && c->rules->subject_before_verb && !c->rules->adj_after_noun &&
                !k->noun_pred && k->pred)
                for (int i = 0; i < st->ng && st->tgt < 0; i++) {
                    uint32_t pt = st->g[i].prep_tok, v = k->pred_tok + k->pred->ntok;
                    if (i == st->subj || !st->g[i].prep || !tok_in(c, pt, c->rules->gen_preps) || pt <= v + 0)
                        continue;
                    /* not a place "east of the capital" */
                    bool plain = pt - v <= 4 && !tok_in(c, pt - 1, c->rules->place_of_heads);
                    for (uint32_t q = v; q < pt && plain; q++)
                        plain = c->t[q].type == TK_WORD && !(fwc(c, q) & ~(FW_ART)) && !c->nverb[q] &&
                                !in_mention(c, st->m0, q);
                    if (plain)
                        st->tgt = i;
                }
            if (st->tgt < 0 && st->pr->slots[s] == SLOT_OBJ)
                st->tgt = von_object(c, st);
            /* "einen Luftangriff auf führende Vertreter der Hamas": the
             * genitive actor of the noun in the slot's phrase */
            if (st->tgt < 0 && st->pr->slots[s] != SLOT_OBJ && st->pr->slots[s] != SLOT_NEXT &&
                c->rules->nouns_capitalised && k->noun_pred)
                for (int i = 0; i < st->ng && st->tgt < 0; i++) {
                    if (i == st->subj || st->g[i].prep || !st->g[i].genattr ||
                        (k->noun_pred && st->g[i].first <= k->pred_tok))
                        continue;
                    for (uint32_t q = st->g[i].first; q-- > k->a && q + 5 > st->g[i].first;) {
                        if (!(fwc(c, q) & FW_PREP))
                            continue;
                        if (prep_norm(c, q) == st->pr->slots[s] && (!k->noun_pred || q > k->pred_tok))
                            st->tgt = i;
                        break;
                    }
                }
        }
    }
    target_durch_doer(c, st);
    target_before_support_noun(c, st);
    /* a verb pattern whose slots find no target: the first actor after
     * the verb, as TABARI and PETRARCH read their patterns */
    for (int i = 0; k->ppred && st->agent < 0 && st->tgt < 0 && i < st->ng; i++)
        if (i != st->subj && st->g[i].first > k->pred_tok && !with_apart(c, st, i))
            st->tgt = i;
    /* "hat den Abzug der russischen Truppen verlangt": where the verb
     * stands last, a pattern's word before it takes the place of the verb,
     * and the actor right after that word is the target */
    for (int i = 0; c->rules->verb_second && k->ppred && k->npat && st->agent < 0 && st->tgt < 0 &&
                    k->pat_tok[0] < k->pred_tok && i < st->ng; i++)
        if (i != st->subj && st->g[i].first > k->pat_tok[0] && st->g[i].first <= k->pat_tok[0] + 3 &&
            st->g[i].first < k->pred_tok && (st->g[i].genattr || !st->g[i].prep))
            st->tgt = i;
    /* "hat Israel mit einem Großangriff überzogen": a noun predicate
     * whose own phrase names no one hits the clause's object */
    if (st->tgt < 0 && st->agent < 0 && k->noun_pred && !(st->ns >= 2 && (st->pr->flags & VFL_SYM)))
        for (int i = 0; i < st->ng && st->tgt < 0; i++)
            if (i != st->subj && !st->g[i].prep && !st->g[i].genattr)
                st->tgt = i;
    /* "erklärte zwei Mitarbeiter der russischen Botschaft zu unerwünschten
     * Personen": a noun predicate in a phrase after the clause's object,
     * whose own phrase names no one, has that object's genitive actor */
    if (st->tgt < 0 && st->agent < 0 && k->noun_pred && st->subj >= 0 && st->ns &&
        c->rules->verb_second && k->pred_tok > k->a && prep_before(c, np_start(c, k->pred_tok, k->a)))
        for (int i = 0; i < st->ng && st->tgt < 0; i++)
            if (i != st->subj && !st->g[i].prep && st->g[i].genattr && st->g[i].last < k->pred_tok &&
                st->g[i].first > st->g[st->subj].last)
                st->tgt = i;
    /* "das Gericht ordnete Nawalnys Verhaftung an": with a subject of its
     * own, the clause's noun predicate has its possessor as the target */
    if (st->tgt < 0 && st->agent < 0 && k->noun_pred && st->subj >= 0 && st->ns)
        for (int i = 0; i < st->ng && st->tgt < 0; i++)
            if (i != st->subj && !st->g[i].prep && st->g[i].genattr && st->g[i].last == k->pred_tok)
                st->tgt = i;
}

/* « au Liban », « aux États-Unis »: is group G a country's name after a
 * preposition that is a locative before one (place_in_preps)? */
static bool country_in(cctx *c, const grp *g)
{
    if (!g->prep || g->n != 1 || !tok_in(c, g->prep_tok, c->rules->place_in_preps))
        return false;
    const ment *m = &DY_AT(c->ments, ment, g->m[0]);
    const dy_phrase *pa = c->atom[m->head];
    return pa && pa->kind == PK_COUNTRY && !m->adj_only && m->first == g->prep_tok + 1;
}

/* The target named in the phrase of an object event noun, a place of
 * violence, the giver of a verb of receiving; the target's codes. */
static bool target_by_object_noun(cctx *c, roles *st)
{
    clause *k = st->k;
    /* the object is an event noun whose phrase names the target: "lehnte
     * eine Lieferung an die Ukraine ab", "hat eine harte Haltung gegenüber
     * Peking eingenommen" (the noun's code when the verb is a support verb) */
    /* (not for the meetings of a plural subject: "the two leaders discussed
     * military aid for Ukraine" is a meeting of the two) */
    st->among = st->ns >= 2 && ((st->pr->flags & VFL_SYM) || !strncmp(st->pr->code, "04", 2));
    /* "verurteilte den russischen Angriff auf die Ukraine": disapproval
     * is aimed at whose act it is when the noun names it by an adjective
     * (found later), not at the act's target ("lehnte eine Lieferung an
     * die Ukraine ab" is aimed at the receiver) */
    bool judged = !strncmp(st->pr->code, "11", 2);
    /* (praise too, in a language whose agent phrase is unambiguous:
     * "welcomed the release of the fishermen by Peru") */
    bool praised = !strcmp(st->pr->code, "051") && c->rules->of_genitive;
    /* « a condamné le massacre commis à Homs par les forces syriennes »,
     * « l'attaque de l'ambassade par des manifestants », "condemned the
     * attack on the embassy by protesters": criticism of a deed whose
     * agent phrase follows its noun (in the same stretch: no comma,
     * conjunction or subordinator between) is aimed at that agent */
    if ((judged || praised) && st->tgt < 0 && st->agent < 0 && !st->passive && !k->noun_pred && k->pred &&
        c->id_von) {
        for (int q = 0; q < st->ng && st->tgt < 0; q++) {
            const grp *g = &st->g[q];
            if (q == st->subj || (g->prep != c->id_von && g->prep != c->id_durch) ||
                g->prep_tok <= k->pred_tok + k->pred->ntok || g->prep_tok > k->pred_tok + 12)
                continue;
            bool deed = false, clean = true;
            for (uint32_t z = k->pred_tok + k->pred->ntok; z < g->prep_tok && clean; z++) {
                deed = deed || c->noun[z] || (c->fw2[z] & FW2_ANAPH);
                clean = !is_punct(c, z, ",") && !is_punct(c, z, ";") && !is_punct(c, z, ":") &&
                        !(fwc(c, z) & (FW_SUBORD | FW_CONJ | FW_REL));
            }
            if (deed && clean) {
                st->tgt = q;
                if (c->trace)
                    dy_buf_puts(c->trace, TM_CRITICISM_OF_DEED_AGENT);
            }
        }
    }
    if (st->tgt < 0 && st->agent < 0 && !st->among) {
        for (uint32_t i = k->a; i < k->b && st->tgt < 0; i++) {
            const dy_phrase *np = c->noun[i];
            if (!np)
                continue;
            uint32_t s0 = np_start(c, i, k->a);
            if (s0 > k->a && (fwc(c, s0 - 1) & FW_PREP))
                continue; /* "bei ihrem Besuch in China warnte …": not the object */
            if (judged && i > k->a && c->atom[i - 1] && c->atom[i - 1]->kind == PK_ADJ)
                continue;
            /* where adjectives follow their noun: « a condamné les frappes
             * russes contre l'Ukraine » */
            if (judged && c->rules->adj_after_noun && i + np->ntok < k->b && c->atom[i + np->ntok] &&
                c->atom[i + np->ntok]->kind == PK_ADJ)
                continue;
            const dy_pred *npr = &DY_AT(c->d->preds, dy_pred, np->ref);
            for (int s = 0; s < npr->nslots && st->tgt < 0; s++)
                for (int q = 0; q < st->ng && st->tgt < 0; q++)
                    if (q != st->subj && st->g[q].prep == npr->slots[s] && st->g[q].first > i &&
                        st->g[q].first <= i + np->ntok + 8 && !with_apart(c, st, q)) {
                        st->tgt = q;
                        if (!k->noun_pred && (st->pr->flags & VFL_SUPPORT)) {
                            k->pred = np;
                            k->pred_tok = i;
                            k->noun_pred = true;
                            st->pr = npr;
                        }
                    }
        }
    }
    /* "Israel hat Ziele im Gazastreifen angegriffen", "struck targets in
     * Syria": violence against things in a place is against that place */
    if (st->tgt < 0 && st->agent < 0 && !k->noun_pred &&
        (!strncmp(st->pr->code, "18", 2) || !strncmp(st->pr->code, "19", 2) ||
         !strncmp(st->pr->code, "20", 2)))
        for (int i = 0; i < st->ng && st->tgt < 0; i++)
            if (i != st->subj && (st->g[i].prep == c->id_in || country_in(c, &st->g[i])))
                st->tgt = i;
    /* "Die Ukraine hat das von Deutschland zugesagte System erhalten":
     * a verb of receiving turns the roles round */
    if ((st->pr->flags & VFL_RECV) && st->agent < 0) {
        int from = -1;
        for (int i = 0; i < st->ng && from < 0; i++)
            if (i != st->subj && st->g[i].prep == c->id_from)
                from = i;
        /* "The remarks drew criticism from U.S. lawmakers": criticism of
         * a thing (an article, no actor) is of the last agent before */
        const char *agent = NULL;
        if (from >= 0 && st->subj < 0 && !strncmp(st->pr->code, "11", 2) && (fwc(c, k->a) & FW_ART) &&
            c->dis.prev_agent[0])
            agent = c->dis.prev_agent;
        if (from < 0 || (st->subj < 0 && !agent)) {
            if (c->trace)
                dy_buf_puts(c->trace, TM_RECEIVING_WITHOUT_A_GIVER);
            return true;
        }
        st->ns = grp_codes(c, &st->g[from], st->scodes, 8);
        st->stok = grp_tok(c, &st->g[from], 0);
        if (agent) {
            if (st->ns && !strncmp(agent, st->scodes[0], 3))
                return true;
            cp16(st->tcodes[0], agent);
            st->nt = 1;
            st->atok = k->pred_tok;
            return false;
        }
        st->tgt = st->subj;
    }
    if (st->tgt >= 0) {
        st->nt = grp_codes(c, &st->g[st->tgt], st->tcodes, 8);
        /* "beide Seiten" with a pair that was only named, the subject's
         * country one of it: the two other sides named last */
        const ment *tm = &DY_AT(c->ments, ment, st->g[st->tgt].m[0]);
        if (st->g[st->tgt].n == 1 && tm->pair && st->ns && weak_pair_sides(c, st->scodes[0], st->tcodes))
            st->nt = 2;
    }
    if (st->npat) {
        st->tgt = -1;
        st->nt = st->npat;
        memcpy(st->tcodes, st->pcodes, sizeof st->tcodes);
    }
    return false;
}

/* English "after Quito revoked his asylum", "froze her assets": an object
 * opened by a singular possessive names the person it belongs to, the
 * last person named before the verb who is not the subject. */
static void target_possessive_object(cctx *c, roles *st)
{
    clause *k = st->k;
    if (st->nt || !st->ns || st->agent >= 0 || !k->pred || k->noun_pred || !c->rules->singular_poss ||
        !pred_has_slot(st->pr, SLOT_OBJ) || mood_uncoded(k->mood))
        return;
    uint32_t o = k->pred_tok + k->pred->ntok;
    while (o < k->b && tok_suffix(c, o, c->rules->adverb_suffix, 3) && !c->fw[o])
        o++;
    if (o >= k->b || !tok_in(c, o, c->rules->singular_poss))
        return;
    for (size_t q = c->ments.n; q-- > 0;) {
        const ment *m = &DY_AT(c->ments, ment, q);
        if (m->first >= k->pred_tok || m->person < 0 || !m->code[0] || m->pron)
            continue;
        if (!strcmp(m->code, st->scodes[0]))
            return; /* "Putin praised his army": his own */
        cp16(st->tcodes[0], m->code);
        st->nt = 1;
        st->atok = o;
        return;
    }
}

/* "agreed to resume military aid to Kyiv": a bare role word before an
 * event noun (its country only from the context) is what kind of act it
 * is, not whom it is aimed at. */
static void target_not_modifier(cctx *c, roles *st)
{
    if (st->tgt < 0 || st->tgt == st->subj || st->g[st->tgt].n != 1 || !c->rules->subject_before_verb)
        return;
    const ment *m = &DY_AT(c->ments, ment, st->g[st->tgt].m[0]);
    /* "struck what New Delhi called a militant camp": after a free
     * relative the actor is that relative's speaker; a deed (roots 06-09,
     * 14-20) is not done to it ("rejected what Washington described as
     * unfair" answers Washington, and stays) */
    int root = atoi(st->pr->code) / (strlen(st->pr->code) > 3 ? 100 : 10);
    if (m->first > st->k->a && tok_in(c, m->first - 1, c->rules->free_relatives) &&
        ((root >= 6 && root <= 9) || root >= 14)) {
        st->tgt = -1;
        st->nt = 0;
        return;
    }
    if (!m->role_only || m->last != m->first + 1 || m->last >= st->k->b || !c->noun[m->last] ||
        (c->t[m->first].flags & TF_CAP) || m->gen)
        return;
    st->tgt = -1;
    st->nt = 0;
}

/* "the minister said that the United States was weak and accused it of
 * …": a coordinated verb after a content clause took that clause's
 * subject, but its pronoun object names that very subject, which a
 * pronoun (not reflexive) cannot: the verb is the main clause's, and its
 * subject is that clause's.  True when the subject was taken over. */
static bool subject_of_main(roles *st)
{
    /* (also a content clause without "that": "said Chile was weak and
     * warned it …") */
    if (st->subj >= 0 || !(st->shared || st->k->inherit) || st->ki < 2 ||
        (st->cl[st->ki - 1].kind == CL_MAIN && !st->cl[st->ki - 1].reported))
        return false;
    int j = st->ki - 2;
    while (j > 0 && (st->cl[j].kind != CL_MAIN || st->cl[j].reported))
        j--;
    const clause *m = &st->cl[j];
    if (m->kind != CL_MAIN || !m->nsubj)
        return false;
    for (int s = 0; s < m->nsubj; s++)
        for (int t = 0; t < st->nt; t++)
            if (!strcmp(m->subjs[s], st->tcodes[t]))
                return false;
    st->ns = m->nsubj;
    memcpy(st->scodes, m->subjs, sizeof st->scodes);
    st->stok = m->subj_tok ? m->subj_tok - 1 : st->k->a;
    return true;
}

/* "Kenya cut ties with Burundi, accusing it of backing rebels": a
 * pronoun (not reflexive) in the clause never means the clause's own
 * subject; without those codes it takes the other side of the
 * sentence's last event, or names no one. */
static void target_not_subject(cctx *c, roles *st)
{
    if (st->tgt < 0 || st->tgt == st->subj || !st->nt || !st->ns || st->g[st->tgt].n != 1)
        return;
    const ment *m = &DY_AT(c->ments, ment, st->g[st->tgt].m[0]);
    if (!m->pron || m->pair)
        return;
    /* "condemned what he called an attack": a pronoun before a verb is
     * that verb's subject, not this one's target (not where object
     * pronouns stand before their verb: French « il les attaque ») */
    if (m->last < st->k->b && c->nverb[m->last] && !(c->t[m->last].flags & TF_CAP) && !m->obj &&
        !c->rules->clitic_articles) {
        st->nt = 0;
        st->tgt = -1;
        return;
    }
    int n = 0;
    for (int t = 0; t < st->nt; t++) {
        bool own = false;
        for (int s = 0; s < st->ns; s++)
            own |= !strcmp(st->tcodes[t], st->scodes[s]);
        if (!own)
            memmove(st->tcodes[n++], st->tcodes[t], 16);
    }
    if (n == st->nt || (!n && subject_of_main(st)))
        return;
    bool other = c->sn.ev_tgt[0] != 0;
    for (int s = 0; s < st->ns && other; s++)
        other = strcmp(c->sn.ev_tgt, st->scodes[s]) != 0;
    if (!n && other)
        cp16(st->tcodes[n++], c->sn.ev_tgt);
    /* « Le président français a reçu le président russe. Il l'a accusé
     * de … »: with no event of its own sentence, the other side of the
     * last event reported (its target, else its source) */
    for (int pass = 0; !n && !c->sn.ev_tgt[0] && c->rules->clitic_articles && pass < 2; pass++) {
        const char *o = pass ? c->dis.prev_src : c->dis.prev_tgt;
        bool ok = o[0] != 0;
        for (int s = 0; s < st->ns && ok; s++)
            ok = strcmp(o, st->scodes[s]) != 0;
        if (ok)
            cp16(st->tcodes[n++], o);
    }
    if (c->trace)
        dy_buf_printf(c->trace, TM_PRONOUN_NOT_SUBJECT, n ? st->tcodes[0] : "-");
    st->nt = n;
    if (!n)
        st->tgt = -1;
}

static void target_protesters(cctx *c, roles *st);

/* « L'UA a condamné le coup d'État. Paris l'a également condamné »: a
 * singular object clitic (le, la, l') that takes up no actor of its own
 * sentence names the act the last event of the verb's root was aimed at:
 * its target, when another source did it. */
static void target_clitic_same_act(cctx *c, roles *st)
{
    if (st->tgt < 0 || st->g[st->tgt].n != 1 || !st->ns || !st->pr)
        return;
    const ment *m = &DY_AT(c->ments, ment, st->g[st->tgt].m[0]);
    if (!m->pron || !m->obj || m->pair || !tok_in(c, m->first, c->rules->clitic_articles) ||
        !tok_in(c, m->first, c->rules->singular_prons))
        return;
    /* (an actor of its own sentence before it: the clitic's referent) */
    for (size_t q = c->sn.m0; q < c->ments.n; q++) {
        const ment *p = &DY_AT(c->ments, ment, q);
        if (p->last < m->first && p->code[0] && !p->pron && !p->adj_only &&
            st->stok != p->first && strncmp(p->code, st->scodes[0], 3))
            return;
    }
    for (size_t q = c->events.n; q-- > 0;) {
        const dy_event *e = &DY_AT(c->events, dy_event, q);
        if (strncmp(e->code, st->pr->code, 2))
            continue;
        if (!strcmp(e->source, st->scodes[0]) || !strncmp(e->target, st->scodes[0], 3))
            return;
        cp16(st->tcodes[0], e->target);
        st->nt = 1;
        return;
    }
}

static bool harm_code(const char *code);

/* Targets named by adjectives and in the phrases after the verb or its
 * object noun; a relative clause names its own target or none. */
static bool target_in_phrases(cctx *c, roles *st)
{
    size_t m0 = st->m0;
    clause *k = st->k;
    /* "Omani Foreign Minister Badr Albusaidi": a name after its title is
     * the subject again, not a target (no event has the same two ends) */
    if (st->nt == 1 && st->ns == 1 && !strcmp(st->tcodes[0], st->scodes[0]) &&
        rule_on(c, RF_SAME_ENDS)) {
        st->nt = 0;
        st->tgt = -1;
    }
    st->atok = 0;
    /* (but coercion by an actor of a country where its people protest
     * is aimed at them: « la police, qui a tiré à balles réelles ») */
    if (st->rel_ante && !st->rel_obj && !st->nt)
        target_protesters(c, st);
    /* (and "Egypt, which mediated the truce": a mediator with no party
     * named works between the last pair, below) */
    bool mediation = !strcmp(st->pr->code, "045") && c->dis.have_pair && st->ns &&
                     strncmp(c->dis.pair[0], st->scodes[0], 3) && strncmp(c->dis.pair[1], st->scodes[0], 3);
    if (st->rel_ante && !st->rel_obj && !st->nt && !mediation) {
        /* a relative clause names its own target; the discourse is not
         * asked ("…, who seized two cities earlier this year") */
        if (c->trace)
            dy_buf_puts(c->trace, TM_RELATIVE_CLAUSE_WITHOUT_A_TARGET);
        return true;
    }
    if (st->rel_obj) {
        st->tgt = -1;
        st->nt = ment_codes(c, st->rel_ante, st->tcodes, 8);
        st->atok = st->rel_ante->first;
    }
    /* English "retaliatory tariffs on U.S. goods", "called for the release
     * of detained Saudi activists": the slot phrase of the event noun names
     * its target by an adjective only */
    /* "condemned the Turkish strikes", "welcomed the Chinese proposal":
     * the adjective of an event noun in the object names whose act it is */
    /* (also over an object group further on: "rejected Russian demands
     * to bar Ukraine from joining NATO" answers Russia) */
    bool later = st->tgt >= 0 && !st->rel_obj && !st->npat &&
                 !st->g[st->tgt].genattr && st->g[st->tgt].first > k->pred_tok + 3;
    if ((st->tgt < 0 || later) && st->agent < 0 && !st->among && rule_on(c, RF_PHRASE_TARGETS) && st->ns &&
        !k->noun_pred &&
        (!st->nt || later)) {
        /* (quotation marks count for nothing: « a dénoncé une « agression »
         * américaine ») */
        uint32_t nq = 0;
        for (uint32_t j = k->pred_tok + k->pred->ntok; j < k->b && j < k->pred_tok + 5 + nq && (!st->nt || later);
             j++) {
            if (c->t[j].type == TK_QUOTE) {
                nq++;
                continue;
            }
            if ((fwc(c, j) & FW_PREP) || c->t[j].type == TK_PUNCT)
                break;
            const ment *m = mention_at(c, m0, j);
            if (!m)
                continue;
            if (m->adj_only && !m->compound_noun && m->last < k->b && adj_noun(c, m) &&
                m->code[0] && strncmp(m->code, st->scodes[0], 3) &&
                (!later || st->g[st->tgt].first > m->last)) {
                st->tgt = -1;
                later = false;
                st->nt = ment_codes(c, m, st->tcodes, 8);
                st->atok = m->first;
                if (c->trace)
                    dy_buf_printf(c->trace, TM_TARGET_WHOSE_ACT_THE_OBJECT,
                                  st->tcodes[0]);
            }
            break;
        }
    }
    /* "protested against Israeli raids": the verb's own slot phrase names
     * its target by an adjective */
    if (st->tgt < 0 && st->agent < 0 && !st->among && rule_on(c, RF_PHRASE_TARGETS) && st->ns &&
        !k->noun_pred)
        for (uint32_t j = k->pred_tok + k->pred->ntok; j < k->b && j < k->pred_tok + 4 && !st->nt;
             j++) {
            if (!(fwc(c, j) & FW_PREP))
                continue;
            uint32_t prep = prep_norm(c, j);
            if (prep == SLOT_OBJ || !pred_has_slot(st->pr, prep))
                break;
            const ment *m = slot_mention(c, m0, k, j + 1, false);
            if (m && m->code[0] && strncmp(m->code, st->scodes[0], 3)) {
                st->nt = ment_codes(c, m, st->tcodes, 8);
                st->atok = m->first;
                if (c->trace)
                    dy_buf_printf(c->trace, TM_TARGET_IN_THE_VERB_S, st->tcodes[0]);
            }
            break;
        }
    /* (not for a mutual act, an agreement or meeting: "einigten sich auf
     * ein Sanktionspaket gegen Russland" is no agreement with Russia; its
     * partner is named by its own slot) */
    if (st->tgt < 0 && st->agent < 0 && !st->among && rule_on(c, RF_PHRASE_TARGETS) && st->ns &&
        !(st->pr->flags & VFL_SYM))
        for (uint32_t i = k->noun_pred ? k->pred_tok : k->pred_tok + 1; i < k->b && !st->nt; i++) {
            const dy_phrase *np = c->noun[i];
            if (!np)
                continue;
            const dy_pred *npr = &DY_AT(c->d->preds, dy_pred, np->ref);
            uint32_t j = i + np->ntok, ns0 = np_start(c, i, k->a);
            /* "retaliation for the killing of X": a deed of force after a
             * reason's preposition is the cause, its victim no target */
            if (j >= k->b || !(fwc(c, j) & FW_PREP) ||
                (i != k->pred_tok && ns0 > k->a && tok_in(c, ns0 - 1, c->rules->reason_preps) &&
                 harm_code(npr->code)))
                continue;
            if (!pred_has_slot(npr, prep_norm(c, j)))
                continue;
            const ment *m = slot_mention(c, m0, k, j + 1, false);
            if (m && m->code[0] && strncmp(m->code, st->scodes[0], 3)) {
                st->nt = ment_codes(c, m, st->tcodes, 8);
                st->atok = m->first;
                if (c->trace)
                    dy_buf_printf(c->trace, TM_TARGET_IN_THE_PHRASE_OF,
                                  npr->lemma, st->tcodes[0]);
            }
        }
    return false;
}

/* What a demand asks for, a demand for talks to the two sides, a verb
 * pattern's words reaching into the next clause. */
static void target_by_demand_or_pattern(cctx *c, roles *st)
{
    size_t m0 = st->m0;
    clause *cl = st->cl;
    int ncl = st->ncl;
    int ki = st->ki;
    clause *k = st->k;
    /* "demanded an end to Israeli settlement building": what a demand
     * asks for names its target */
    if (!st->nt && st->tgt < 0 && st->agent < 0 && rule_on(c, RF_DEMAND_TARGETS) && st->ns &&
        !k->noun_pred &&
        (!strncmp(st->pr->code, "02", 2) || !strncmp(st->pr->code, "10", 2)) &&
        /* "forderte die Freilassung Condés": whom a release is demanded
         * for is the prisoner, not the addressee */
        strcmp(st->pr->code, "1053") && strcmp(st->pr->code, "0253")) {
        const ment *m = slot_mention(c, m0, k, k->pred_tok + k->pred->ntok, true);
        if (m && m->code[0] && strncmp(m->code, st->scodes[0], 3)) {
            st->nt = ment_codes(c, m, st->tcodes, 8);
            st->atok = m->first;
            if (c->trace)
                dy_buf_printf(c->trace, TM_TARGET_IN_WHAT_IS_DEMANDED, st->tcodes[0]);
        }
    }
    /* "The United Nations called for an immediate ceasefire": a demand for
     * talks or a truce with no party named is addressed to the two sides */
    if (!st->nt && st->tgt < 0 && st->agent < 0 && rule_on(c, RF_DEMAND_TARGETS) && st->ns &&
        !k->noun_pred &&
        c->dis.have_pair && (!strncmp(st->pr->code, "02", 2) || !strncmp(st->pr->code, "10", 2)) &&
        strcmp(st->pr->code, "1053") && strcmp(st->pr->code, "0253"))
        for (uint32_t j = k->pred_tok + k->pred->ntok; j < k->b && j < k->pred_tok + 6 && !st->nt;
             j++) {
            if (!c->noun[j])
                continue;
            const char *vc = DY_AT(c->d->preds, dy_pred, c->noun[j]->ref).code;
            /* "Kiew, die Europäer und Trump fordern eine Waffenruhe": a
             * side among several demanders is no addressee, the other side
             * is; a lone demander that is a side addresses neither ("Peking
             * fordert eine Waffenruhe" after a pair of China and Russia:
             * the pair is not the two sides it means) */
            /* (a pair that was only named, with the demander's country
             * in it: the two other sides named last, weak_pair_sides) */
            char pair[2][16];
            memcpy(pair, c->dis.pair, sizeof pair);
            if (st->ns == 1)
                weak_pair_sides(c, st->scodes[0], pair);
            bool own[2] = {false, false};
            for (int a = 0; a < st->ns; a++)
                for (int p = 0; p < 2; p++)
                    own[p] = own[p] || !strncmp(pair[p], st->scodes[a], 3);
            if ((!strncmp(vc, "04", 2) || !strncmp(vc, "08", 2)) && !(own[0] && own[1]) &&
                (!(own[0] || own[1]) || st->ns > 1)) {
                for (int p = 0; p < 2; p++)
                    if (!own[p])
                        cp16(st->tcodes[st->nt++], pair[p]);
                st->atok = j;
                if (c->trace)
                    dy_buf_printf(c->trace, TM_A_DEMAND_TO_BOTH_SIDES, st->tcodes[0],
                                  st->nt > 1 ? st->tcodes[1] : "-");
            }
            break;
        }
    /* "wies dies zurück", "begrüßte die Zusage": the object takes up the
     * last reported event, and its other side is the target */
    /* its words reach into the clauses after this one: the first actor
     * there ("allowed that Mordor isn't a really pleasant place") */
    if (k->ppred && st->agent < 0 && st->tgt < 0 && k->npat && k->pat_tok[k->npat - 1] >= k->b)
        for (size_t q = m0; q < c->ments.n && !st->nt; q++) {
            const ment *m = &DY_AT(c->ments, ment, q);
            if (m->first >= k->b && m->first < k->pat_tok[k->npat - 1] && m->code[0]) {
                st->nt = ment_codes(c, m, st->tcodes, 8);
                st->atok = m->first;
            }
        }
    /* a pattern's target in the content clause right after its verb when
     * this one has none: "Gollum recently allowed that Mordor isn't …" (not
     * "struck a boat that Trump said …") */
    /* "prüft, ob Russland den Vertrag verletzt hat": the subject of a
     * whether-clause after a verb with an object slot is what it is about */
    bool whether = !k->noun_pred && st->pr->nslots && st->pr->slots[0] == SLOT_OBJ && ki + 1 < ncl &&
                   cl[ki + 1].kind == CL_OB;
    if ((k->ppred || whether) && !st->nt && st->tgt < 0 && st->agent < 0 && st->ns && ki + 1 < ncl &&
        k->b <= k->pred_tok + k->pred->ntok + 1 && /* the clause ends with its verb */
        (cl[ki + 1].kind == CL_SUB || whether) && cl[ki + 1].gov == ki) {
        grp sg[24];
        int nsg = find_groups(c, m0, &cl[ki + 1], sg, 24);
        for (int i = 0; i < nsg && !st->nt; i++)
            if (!sg[i].prep) {
                st->nt = grp_codes(c, &sg[i], st->tcodes, 8);
                st->atok = grp_tok(c, &sg[i], 0);
            }
    }
}

static bool state_role(const char *code);

/* An anaphoric object ("dies", "the move"): the other side of the last
 * event, of the last event of its kind, or the phrase naming whose it is. */
/* "Der Gerichtshof wies den Antrag ab. … Berlin begrüßte die Entscheidung":
 * a ruling taken up is the last one by a court (a JUD source) of another
 * country than the subject's, or none. */
static const char *ruling_source(cctx *c, roles *st)
{
    if (!tok_in(c, st->atok, c->rules->ruling_words))
        return NULL;
    for (size_t q = c->events.n; q-- > 0;) {
        const dy_event *e = &DY_AT(c->events, dy_event, q);
        if (strstr(e->source, "JUD") && strncmp(e->source, st->scodes[0], 3))
            return e->source;
    }
    return NULL;
}

/* a code of force: coerce, assault, fight, mass violence (roots 17-20) */
static bool harm_code(const char *code)
{
    return (code[0] == '1' && code[1] >= '7' && code[1] <= '9') || (code[0] == '2' && code[1] == '0');
}

/* English "both sides blame the other", "accused one another": an
 * object of the language's reciprocal words (an article or "one" before,
 * no noun after) in clause K. */
static bool reciprocal_object(cctx *c, const clause *k)
{
    for (uint32_t i = k->a + 1; c->rules->recip_words && i < k->b; i++)
        if (tok_in(c, i, c->rules->recip_words) && ((fwc(c, i - 1) & FW_ART) || c->t[i - 1].type == TK_NUM ||
                                                     tok_in(c, i - 1, c->rules->recip_words)) &&
            (i + 1 >= k->b || c->t[i + 1].type != TK_WORD || (fwc(c, i + 1) & FW_PREP)))
            return true;
    return false;
}

/* The other side that an anaphoric event noun (st->atok) takes up: the
 * last event of its kind, or OTHER (the last actor) when none is found. */
static const char *kind_referent(cctx *c, roles *st, const char *other)
{
    const dy_pred *ap = &DY_AT(c->d->preds, dy_pred, c->noun[st->atok]->ref);
    /* the same code first ("den Besuch": the visit, not the talks
     * after it), else the same root */
    size_t best_q = SIZE_MAX;
    for (size_t q = c->events.n; q-- > 0 && best_q == SIZE_MAX;)
        if (!strcmp(DY_AT(c->events, dy_event, q).code, ap->code))
            best_q = q;
    /* "telefonierte mit Putin … kritisierte das Telefonat": of a
     * symmetric pair (both directions, one after the other) the
     * first names who acted */
    if (best_q != SIZE_MAX && best_q > 0) {
        const dy_event *e1 = &DY_AT(c->events, dy_event, best_q);
        const dy_event *e0 = &DY_AT(c->events, dy_event, best_q - 1);
        if (e0->sent == e1->sent && !strcmp(e0->code, e1->code) &&
            !strcmp(e0->source, e1->target) && !strcmp(e0->target, e1->source))
            best_q--;
    }
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
    /* "begründeten die Absetzung", "überwachte die Freilassung": the noun
     * that is the clause's own predicate names the subject's act; it goes
     * on with an event of its kind by the subject (its target), and takes
     * no one from an event of another actor or of another kind.  And a
     * noun whose event is found ("rechtfertigten die Absetzung" after
     * their own coup) takes its other side from that event or none, not
     * the last actor of another event */
    /* (not a reaction: "выразил сожаление", "äußerte Kritik" answer the
     * last actor; comments, approval, disapproval, rejection: roots 01,
     * 05, 11, 12) */
    bool reaction = (ap->code[0] == '0' && (ap->code[1] == '1' || ap->code[1] == '5')) ||
                    (ap->code[0] == '1' && (ap->code[1] == '1' || ap->code[1] == '2'));
    bool self = st->k->noun_pred && st->k->pred_tok == st->atok && !reaction;
    if (self || best_q != SIZE_MAX)
        other = NULL;
    for (size_t q = best_q != SIZE_MAX ? best_q + 1 : 0; q-- > 0;) {
        const dy_event *e = &DY_AT(c->events, dy_event, q);
        if (strncmp(e->code, ap->code, 2))
            continue;
        if (strncmp(e->source, st->scodes[0], 3))
            other = self ? NULL : e->source;
        /* "The Taliban condemned the bombing" (by an Afghan group, of
         * Americans): criticism of a deed of force is aimed at its doer,
         * of the critic's country or not */
        else if (c->rules->patient_nouns && !strncmp(st->pr->code, "11", 2) && harm_code(e->code) &&
                 strcmp(e->source, st->scodes[0]))
            other = self ? NULL : e->source;
        else if (strncmp(e->target, st->scodes[0], 3))
            other = e->target;
        /* at home: "Demonstranten blockierten das Parlament. Die
         * Regierungschefin verurteilte die Proteste" */
        else if (!self && rule_on(c, RF_REACTION_CHAIN) && strcmp(e->source, st->scodes[0]) &&
                 !(state_role(e->source) && state_role(st->scodes[0])))
            other = e->source;
        break;
    }
    /* "X was shot dead by gunmen … Y condemned the killing": a deed of
     * force with no event of its kind, whose doer the passive did not
     * name (kept pending), takes up no one, not its victim */
    if (best_q == SIZE_MAX && harm_code(ap->code) && other && c->dis.pend_code[0] &&
        !strcmp(other, c->dis.pend_tgt))
        other = NULL;
    /* "die Polizei löste die Kundgebungen auf", "untersagte die
     * Proteste": a protest that coercion (17x) acts on and no event
     * has reported yet is one of the country's people (CVL), not
     * the last actor named ("rejected the protest" is no such) */
    /* (so is one that a criticism condemns: "verurteilte die
     * Proteste als organisierte Unruhen") */
    if (best_q == SIZE_MAX && !strncmp(ap->code, "14", 2) &&
        (!strncmp(st->pr->code, "17", 2) ||
         (!strncmp(st->pr->code, "11", 2) && rule_on(c, RF_REACTION_CHAIN))))
        other = own_people(st->scodes[0], st->opeople);
    return other;
}

/* "Der Sicherheitsrat verabschiedete … Teheran wies die Resolution
 * zurück": a resolution taken up is the last one of an organisation (IGO)
 * or legislature (LEG) that acted, of another country than the subject's,
 * or none. */
static bool assembly(const char *code)
{
    return !strncmp(code, "IGO", 3) || (strlen(code) >= 6 && !strncmp(code + 3, "LEG", 3));
}

static const char *assembly_source(cctx *c, roles *st)
{
    if (!tok_in(c, st->atok, c->rules->assembly_words))
        return NULL;
    for (size_t q = c->events.n; q-- > 0;) {
        const dy_event *e = &DY_AT(c->events, dy_event, q);
        if (assembly(e->source) && strncmp(e->source, st->scodes[0], 3))
            return e->source;
    }
    for (int q = c->dis.n_hist; q-- > 0;)
        if (assembly(c->dis.hist[q]) && strncmp(c->dis.hist[q], st->scodes[0], 3))
            return c->dis.hist[q];
    return NULL;
}

/* English "vetoed a U.S.-drafted resolution", "welcomed a French-sponsored
 * plan": the country before a hyphen and a participle in the object names
 * its author, whom the act answers */
static void target_author(cctx *c, roles *st)
{
    clause *k = st->k;
    /* (verbal answers, roots 01-13: "fighting the Iran-aligned movement"
     * names an ally, no author) */
    if (st->nt || st->ns != 1 || st->agent >= 0 || (st->pr->flags & VFL_SYM) || atoi(st->pr->code) / 10 > 13 ||
        strlen(st->pr->code) != 3)
        return;
    if (!c->rules->agent_suffix || c->rules->verb_second || !k->pred || k->noun_pred)
        return;
    for (size_t q = st->m0; q < c->ments.n; q++) {
        const ment *m = &DY_AT(c->ments, ment, q);
        if (!m->adj_only || !m->code[0] || m->first <= k->pred_tok || m->last + 1 >= k->b ||
            c->t[m->last].type != TK_HYPHEN || (c->t[m->last + 1].flags & (TF_CAP | TF_SPACE)) ||
            !tok_suffix(c, m->last + 1, c->rules->agent_suffix, 3) || !strncmp(m->code, st->scodes[0], 3))
            continue;
        /* (the object itself, right after the verb: "a U.S.-drafted
         * resolution", not a phrase further on) */
        uint32_t v = k->pred_tok + k->pred->ntok;
        bool obj = m->first >= v && m->first <= v + 2;
        for (uint32_t z = v; obj && z < m->first; z++)
            obj = (fwc(c, z) & FW_ART) || (c->t[z].type == TK_WORD && !c->fw[z] && !(c->t[z].flags & TF_CAP));
        if (!obj)
            continue;
        cp16(st->tcodes[0], m->code);
        st->nt = 1;
        st->atok = m->first;
        return;
    }
}

/* Is the country of CODE a source or target of an event of the article? */
static bool in_events(const cctx *c, const char *code)
{
    for (size_t q = 0; q < c->events.n; q++) {
        const dy_event *e = &DY_AT(c->events, dy_event, q);
        if (!strncmp(e->source, code, 3) || !strncmp(e->target, code, 3))
            return true;
    }
    return false;
}

static void target_anaphoric(cctx *c, roles *st)
{
    size_t m0 = st->m0;
    clause *k = st->k;
    if (st->ns >= 2 && reciprocal_object(c, k))
        return; /* among the subjects (emit_clause_events) */
    /* the doer of the last event of this sentence, of another country than
     * the subject ("…, a step Kyiv hailed as historic") */
    /* (one done to the subject's country first) */
    const char *here = NULL, *last = NULL;
    bool appos = !k->noun_pred && k->a > c->sn.first && is_punct(c, k->a - 1, ",");
    for (size_t q = c->events.n; appos && q-- > 0 && !here;) {
        const dy_event *e = &DY_AT(c->events, dy_event, q);
        if (e->sent != c->sn.index)
            break;
        if (!st->ns || !strncmp(e->source, st->scodes[0], 3))
            continue;
        if (!strncmp(e->target, st->scodes[0], 3))
            here = e->source;
        else if (!last)
            last = e->source;
    }
    if (!here)
        here = last;
    /* (a claim of a deed, 015, aims at whom the deed struck, not at the
     * last actor: target_claimed_deed) */
    if (!st->nt && st->ns && st->agent < 0 && st->pr->nslots && strcmp(st->pr->code, "015") &&
        (c->dis.prev_src[0] || c->dis.prev_agent[0] || here) &&
        (st->atok = anaphoric_object(c, k, st->pr)) != 0) {
        const char *other = here && st->atok < k->pred_tok ? here
                            : c->dis.prev_agent[0] && strncmp(c->dis.prev_agent, st->scodes[0], 3)
                                ? c->dis.prev_agent
                            : c->dis.prev_src[0] && strncmp(c->dis.prev_src, st->scodes[0], 3) ? c->dis.prev_src
                            : c->dis.prev_tgt[0] && strncmp(c->dis.prev_tgt, st->scodes[0], 3) ? c->dis.prev_tgt
                                                                                 : NULL;
        /* "Nordkorea feuerte eine Rakete ab. Tokio forderte die Bevölkerung
         * auf … Kishida verurteilte den Test": further back, the last actor
         * of another country */
        for (int q = c->dis.n_hist; !other && q-- > 0;)
            if (strncmp(c->dis.hist[q], st->scodes[0], 3))
                other = c->dis.hist[q];
        /* "wies die Vorwürfe aus Moskau zurück", "rejected the claims from
         * Beijing": the phrase after the noun names whose they are */
        const char *named = ruling_source(c, st);
        /* a resolution with no assembly that acted takes up no one */
        bool no_ref = !named && tok_in(c, st->atok, c->rules->assembly_words);
        if (no_ref)
            named = assembly_source(c, st);
        for (uint32_t z = st->atok + 1; z + 1 < k->b && z <= st->atok + 2 && !named; z++)
            if ((fwc(c, z) & FW_PREP) && (prep_norm(c, z) == c->id_aus ||
                                          prep_norm(c, z) == c->id_from)) {
                const ment *m = mention_at(c, m0, z + 1);
                if (!m && z + 2 < k->b && (fwc(c, z + 1) & FW_ART))
                    m = mention_at(c, m0, z + 2);
                if (m && m->code[0] && strncmp(m->code, st->scodes[0], 3))
                    named = m->code;
            }
        /* "Kigali denies the charges", "rejected the allegations": a
         * denial of an accusation answers its accuser, the source of the
         * last accusation or criticism (11x) against the denier; with none
         * reported, not the actor further back that an anaphor would take */
        bool denial = !strcmp(st->pr->code, "016") || !strncmp(st->pr->code, "12", 2);
        if (!named && denial && tok_in(c, st->atok, c->rules->accusation_words)) {
            other = NULL;
            size_t at = 0;
            for (size_t q = c->events.n; q-- > 0 && !other;) {
                const dy_event *e = &DY_AT(c->events, dy_event, q);
                if ((!strncmp(e->root, "11", 2) || !strncmp(e->root, "13", 2)) &&
                    !strncmp(e->target, st->scodes[0], 3) &&
                    strncmp(e->source, st->scodes[0], 3))
                    other = e->source, at = q;
            }
            /* "A, B und C werfen X vor …; X wies die Vorwürfe zurück": the
             * first of the accusers of one accusation answers for them */
            for (size_t q = at; other && q-- > 0;) {
                const dy_event *e = &DY_AT(c->events, dy_event, q), *l = &DY_AT(c->events, dy_event, at);
                if (e->sent != l->sent || strcmp(e->code, l->code) || strcmp(e->target, l->target))
                    break;
                other = e->source;
            }
            named = other;
            if (!named)
                st->atok = 0; /* left to the denial's own rule (the last actor) */
        }
        /* "condemned the attack and promised severe sanctions": a
         * coordinated reaction or threat (11-13) takes the target of the
         * verb before it */
        const clause *pk = st->ki > 0 ? &st->cl[st->ki - 1] : NULL;
        bool coord = !named && st->atok && k->inherit && pk && pk->tgt[0] &&
                     strncmp(pk->tgt, st->scodes[0], 3) && st->pr->code[0] == '1' &&
                     st->pr->code[1] >= '1' && st->pr->code[1] <= '3';
        if (coord)
            other = pk->tgt;
        else if (named)
            other = named;
        else if (!st->atok || no_ref)
            other = NULL;
        /* "verurteilte das Treffen": an event noun takes up the last event
         * of its kind (the meeting), not just the last actor */
        else if (c->noun[st->atok])
            other = kind_referent(c, st, other);
        /* "called the diversion shocking", "condemned the violence": an
         * act named by a word that is no event noun of its own takes up the
         * last actor of another country; where that one took part in no
         * event of the article, the doer of the last event reported */
        else if (other && !denial && !in_events(c, other))
            for (size_t q = c->events.n; q-- > 0;) {
                const dy_event *e = &DY_AT(c->events, dy_event, q);
                if (strncmp(e->source, st->scodes[0], 3)) {
                    other = e->source;
                    break;
                }
            }
        /* "les deux pays s'y engagent": a subject of two or more that
         * holds the other side already acts among its members */
        bool among = false;
        for (int a = 0; other && a < st->ns && st->ns >= 2; a++)
            among = among || !strcmp(st->scodes[a], other);
        /* "Die Opposition hatte die Abstimmung boykottiert": the people's
         * protest (14x) taken up from another country's event is against
         * their own government (left to the protest rule), not that country */
        if (other && !strncmp(st->pr->code, "14", 2) && domestic_protester(st->scodes[0]) &&
            strncmp(other, st->scodes[0], 3))
            other = NULL;
        if (other && !among) {
            cp16(st->tcodes[0], other);
            st->nt = 1;
            if (c->trace)
                dy_buf_printf(c->trace, TM_OBJECT_REFERS_TO_THE_LAST, other);
        }
    }
}

/* A demand or appeal: the infinitive or that-clause after it is its
 * content, and that clause's subject or object the target. */
/* "forderte, auch die zivilen Geiseln freizulassen": a demanded release
 * (084x) is addressed to whoever holds those it names: the doer of the
 * story's last release, abduction or arrest (0841, 18x, 17x) of their
 * country, when another than the demander. */
static void release_holder(cctx *c, roles *st, const clause *z)
{
    const dy_pred *zp = z->ppred ? z->ppred : z->pred ? &DY_AT(c->d->preds, dy_pred, z->pred->ref) : NULL;
    if (!st->nt || !zp || strncmp(zp->code, "084", 3))
        return;
    for (size_t q = c->events.n; q-- > 0;) {
        const dy_event *e = &DY_AT(c->events, dy_event, q);
        if ((strncmp(e->code, "084", 3) && strncmp(e->code, "18", 2) && strncmp(e->code, "17", 2)) ||
            strncmp(e->target, st->tcodes[0], 3) || !strcmp(e->source, st->scodes[0]) ||
            !strcmp(e->source, st->tcodes[0]))
            continue;
        cp16(st->tcodes[0], e->source);
        st->nt = 1;
        return;
    }
}

static void target_demanded_clause(cctx *c, roles *st)
{
    size_t m0 = st->m0;
    clause *cl = st->cl;
    int ncl = st->ncl;
    int ki = st->ki;
    /* "verlangten, die Anordnung zurückzunehmen": a demand or appeal names
     * what is demanded in the infinitive clause after it, and that clause's
     * object (or the event it takes up) is the target */
    /* "warf Israel vor, Krankenhäuser anzugreifen", "rief X auf, … zu
     * bleiben": the infinitive after a speech act is its content, not a
     * deed of the speaker */
    bool speech_act = !strncmp(st->pr->code, "02", 2) || !strncmp(st->pr->code, "10", 2) ||
                      !strncmp(st->pr->code, "11", 2) || !strncmp(st->pr->code, "12", 2) ||
                      !strncmp(st->pr->code, "13", 2);
    if (speech_act && ki + 1 < ncl && cl[ki + 1].kind == CL_ZU && cl[ki + 1].gov == ki)
        cl[ki + 1].demanded = true;
    /* English "demanded that he be declared unfit": the subject of the
     * demanded content is the target */
    int w1 = ki + 1 < ncl ? first_word(c, cl[ki + 1].a, cl[ki + 1].b) : -1;
    bool that_clause = ki + 1 < ncl && cl[ki + 1].kind == CL_SUB && w1 >= 0 &&
                       tok_in(c, (uint32_t)w1, c->rules->that_words);
    if (!st->nt && st->ns && st->agent < 0 && ki + 1 < ncl && (cl[ki + 1].kind == CL_ZU || that_clause) &&
        cl[ki + 1].gov == ki &&
        (!strncmp(st->pr->code, "02", 2) || !strncmp(st->pr->code, "10", 2) ||
         /* "alleged that Peru had …": an allegation accuses the subject
          * of its content */
         (!strncmp(st->pr->code, "11", 2) && (st->pr->flags & VFL_SPEC)) ||
         /* "sprachen sich dafür aus, der Ukraine den Status zu
          * verleihen": support for a step names whom it is for */
         (!strcmp(st->pr->code, "051") && !(st->pr->flags & VFL_SYM)))) {
        clause *z = &cl[ki + 1];
        z->demanded = true;
        grp zg[24];
        int nz = find_groups(c, m0, z, zg, 24);
        for (int i = 0; i < nz && !st->nt; i++)
            if (!zg[i].prep) {
                st->nt = grp_codes(c, &zg[i], st->tcodes, 8);
                st->atok = grp_tok(c, &zg[i], 0);
            }
        /* 'urged that "this dispute is not …"': a word that takes up
         * something inside a quotation the demand frames speaks of the
         * speaker's own world; it names no addressee */
        if (!st->nt && (st->atok = anaphoric_object(c, z, st->pr)) != 0 && c->inq[st->atok] &&
            !c->inq[st->k->pred_tok])
            st->atok = 0;
        if (!st->nt && st->atok) {
            const char *other = c->dis.prev_agent[0] && strncmp(c->dis.prev_agent, st->scodes[0], 3)
                                    ? c->dis.prev_agent : NULL;
            if (other) {
                cp16(st->tcodes[0], other);
                st->nt = 1;
            }
        }
        release_holder(c, st, z);
        if (st->nt && c->trace)
            dy_buf_printf(c->trace, TM_TARGET_FROM_THE_DEMANDED_CLAUSE, st->tcodes[0]);
    }
}

/* "Die Polizei setzte Tränengas ein": repression (17x) that names no
 * target, after a protest (14x) by people of the same country, is aimed at
 * the protesters. */
static void target_protesters(cctx *c, roles *st)
{
    if (st->nt || !st->ns || st->agent >= 0 || strncmp(st->pr->code, "17", 2) ||
        st->k->mood != DY_MOOD_FACT)
        return;
    for (size_t q = c->events.n; q-- > 0;) {
        const dy_event *e = &DY_AT(c->events, dy_event, q);
        if (strncmp(e->code, "14", 2) || strncmp(e->source, st->scodes[0], 3) ||
            !strcmp(e->source, st->scodes[0]))
            continue;
        cp16(st->tcodes[0], e->source);
        st->nt = 1;
        st->atok = st->k->pred_tok;
        return;
    }
    /* "police used tear gas and rubber bullets to clear protesters from
     * the square", "fired rubber bullets … to prevent people from
     * voting": with no protest reported, the people of the same country
     * named after the predicate in the sentence (a purpose clause) are
     * the target of the security forces' repression */
    /* (coercion, 17x, by the police or the army) */
    if (strlen(st->scodes[0]) < 6 ||
        (strcmp(st->scodes[0] + 3, "COP") && strcmp(st->scodes[0] + 3, "MIL")))
        return;
    for (size_t q = st->m0; q < c->ments.n; q++) {
        const ment *m = &DY_AT(c->ments, ment, q);
        if (m->first <= st->k->pred_tok || m->adj_only || !m->code[0] || m->first >= c->sn.last ||
            !domestic_protester(m->code) || strncmp(m->code, st->scodes[0], 3) ||
            !strcmp(m->code, st->scodes[0]))
            continue;
        cp16(st->tcodes[0], m->code);
        st->nt = 1;
        st->atok = m->first;
        return;
    }
}

/* A role of the state (government, military, police, courts,
 * legislature, intelligence): two of one country are one side. */
static bool state_role(const char *code)
{
    static const char *const r[] = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"};
    if (strlen(code) < 6)
        return false;
    for (size_t i = 0; i < sizeof r / sizeof r[0]; i++)
        if (!strncmp(code + 3, r[i], 3))
            return true;
    return false;
}

/* "Die Armee begann eine Offensive gegen die YPG. Zuvor hatten Kampfjets
 * 100 Ziele bombardiert": violence (18-20) that names no target, by the
 * source of the last violent event, goes on against its target. */
static void target_same_campaign(cctx *c, roles *st)
{
    if (st->nt || !st->ns || st->agent >= 0 || !rule_on(c, RF_REACTION_CHAIN) ||
        st->k->mood != DY_MOOD_FACT ||
        (!(st->pr->code[0] == '1' && st->pr->code[1] >= '8') && st->pr->code[0] != '2'))
        return;
    for (size_t q = c->events.n; q-- > 0;) {
        const dy_event *e = &DY_AT(c->events, dy_event, q);
        if (!(e->code[0] == '1' && e->code[1] >= '8') && e->code[0] != '2')
            continue;
        if (!strcmp(e->source, st->scodes[0]) && strcmp(e->target, st->scodes[0]) &&
            (strncmp(e->target, st->scodes[0], 3) || !(state_role(e->target) && state_role(st->scodes[0])))) {
            cp16(st->tcodes[0], e->target);
            st->nt = 1;
            st->atok = st->k->pred_tok;
        }
        return;
    }
}

/* "drohte den Verantwortlichen mit Rache", "verurteilte die Täter": a
 * demand, criticism or threat (roots 10-13) aimed at those behind a deed is
 * aimed at the doer of the story's last violence (18-20), another side. */
static void target_culprits(cctx *c, roles *st)
{
    const clause *k = st->k;
    int root = atoi(st->pr->code) / (strlen(st->pr->code) > 3 ? 100 : 10);
    if (st->nt || !st->ns || st->agent >= 0 || !c->rules->culprit_words || root < 10 || root > 13)
        return;
    bool named = false;
    for (uint32_t i = k->a + 1; i < k->b && !named; i++)
        named = tok_in(c, i, c->rules->culprit_words) && (fwc(c, i - 1) & FW_ART) && !in_mention(c, st->m0, i);
    for (size_t q = c->events.n; named && q-- > 0;) {
        const dy_event *e = &DY_AT(c->events, dy_event, q);
        if (!(e->code[0] == '1' && e->code[1] >= '8') && e->code[0] != '2')
            continue;
        /* (at home, another side: not the state's own forces) */
        if (strcmp(e->source, st->scodes[0]) &&
            (strncmp(e->source, st->scodes[0], 3) || !(state_role(e->source) && state_role(st->scodes[0])))) {
            cp16(st->tcodes[0], e->source);
            st->nt = 1;
            st->atok = k->pred_tok;
        }
        return;
    }
}

/* Is token I a quotation mark? */
static bool quote_mark(cctx *c, uint32_t i)
{
    return c->t[i].type == TK_QUOTE;
}

/* "Al-Shabaab bekannte sich zu dem Anschlag", "claimed responsibility for
 * the attack": a claim of a deed (015) that names no one is aimed at whom
 * the last violence of the story (18-20) struck, when that was not the
 * claimant's own side. */
static void target_claimed_deed(cctx *c, roles *st)
{
    if (st->nt || !st->ns || st->agent >= 0 || strcmp(st->pr->code, "015") || st->k->mood != DY_MOOD_FACT)
        return;
    /* "räumte den Abschuss des ukrainischen Flugzeugs ein": the deed's own
     * phrase names whom it struck (an actor of another country after the
     * attack noun in the clause, not its subject) */
    uint32_t deed = 0; /* 1 + the token of the violent deed (18-20) the clause names */
    /* (where nouns are capitalised: the attack noun is the verb's object;
     * English "admitted shooting down …" names it otherwise) */
    for (uint32_t i = st->k->a; c->rules->nouns_capitalised && i < st->k->b && !deed; i++)
        if (c->noun[i] && attack_noun(c, c->noun[i]))
            deed = i + 1;
    for (size_t q = st->m0; deed && q < c->ments.n; q++) {
        const ment *m = &DY_AT(c->ments, ment, q);
        if (m->first < deed || m->last > st->k->b || !m->code[0] || m->pron ||
            !strncmp(m->code, st->scodes[0], 3) || (st->subj >= 0 && m->first >= st->g[st->subj].first &&
                                                    m->first < st->g[st->subj].last))
            continue;
        cp16(st->tcodes[0], m->code);
        st->nt = 1;
        st->atok = m->first;
        return;
    }
    for (size_t q = c->events.n; q-- > 0;) {
        const dy_event *e = &DY_AT(c->events, dy_event, q);
        if (!(e->code[0] == '1' && e->code[1] >= '8') && e->code[0] != '2')
            continue;
        /* (a later deed that no one was named for: below) */
        if (c->dis.pend_sent > e->sent + 1)
            break;
        /* (not a deed another country did to the claimant's: "Israel
         * struck Lebanon … Hezbollah claimed the rocket fire") */
        if (strcmp(e->target, st->scodes[0]) &&
            !(strncmp(e->source, st->scodes[0], 3) && !strncmp(e->target, st->scodes[0], 3))) {
            cp16(st->tcodes[0], e->target);
            st->nt = 1;
            st->atok = st->k->pred_tok;
        }
        return;
    }
    /* "Bei dem Anschlag sind 30 Menschen getötet worden. Al-Shabaab bekannte
     * sich zu der Tat": the claimant did the deed an agentless passive of
     * the last sentences reported, to whom it struck */
    if (c->dis.pend_sent && c->dis.pend_sent + 2 >= c->sn.index + 1 &&
        strcmp(c->dis.pend_tgt, st->scodes[0])) {
        cp16(st->tcodes[0], c->dis.pend_tgt);
        st->nt = 1;
        st->atok = st->k->pred_tok;
        for (int s = 0; s < st->ns && !c->dis.pend_nominal; s++)
            emit_event(c, st->scodes[s], c->dis.pend_tgt, c->dis.pend_code, DY_MOOD_FACT, st->k, st->stok,
                       st->k->pred_tok, st->k->pred_tok, RULE_CLAIM);
        c->dis.pend_sent = 0;
    }
}

/* The actor a reaction with no object answers, from OTHER (the last
 * actor of another side): when that actor's own last event was a reaction
 * too, the actor it answered; an actor's adjective in the reaction's
 * phrases; the first actor of another country in the content before a
 * warning that opens its clause (*CHAINED: one of these was taken). */
static const char *reaction_chain(cctx *c, roles *st, const char *other, const char *rcode, bool object,
                                  bool *chained)
{
    const clause *k = st->k, *cl = st->cl;
    /* "Das Militär setzte die Regierung ab. Guterres verurteilte das
     * Vorgehen. Biden drohte mit Sanktionen": when the last actor's
     * own last event was a reaction too (criticism, rejection,
     * threat), this one answers the same actor it answered */
    /* (its last sentence's reaction: "verurteilte den Putsch und forderte
     * die Militärs auf, …" reacts to the putschists first) */
    if (other && rule_on(c, RF_REACTION_CHAIN)) {
        bool seen = false;
        int last_sent = -1;
        for (size_t q = c->events.n; q-- > 0;) {
            const dy_event *e = &DY_AT(c->events, dy_event, q);
            if (strcmp(e->source, other))
                continue;
            if (seen && e->sent != last_sent)
                break;
            seen = true;
            last_sent = e->sent;
            /* not a rejection: "Erdoğan warf Israel vor, … Scholz
             * widersprach" answers the accuser */
            if (rcode[1] != '2' &&
                e->code[0] == '1' && e->code[1] >= '0' && e->code[1] <= '3' && e->target[0] &&
                strncmp(e->target, st->scodes[0], 3) && strncmp(e->target, other, 3)) {
                other = e->target;
                *chained = true;
                break;
            }
        }
    }
    /* "sprach von einem iranischen Terrorakt", "warned of Russian
     * aggression": an actor's adjective in the phrases of the reaction
     * names whose act it is */
    if (!object && rule_on(c, RF_REACTION_CHAIN)) {
        for (size_t q = st->m0; q < c->ments.n; q++) {
            const ment *m = &DY_AT(c->ments, ment, q);
            if (m->adj_only && m->first > k->pred_tok && m->last < k->b && m->code[0] &&
                strncmp(m->code, st->scodes[0], 3)) {
                other = m->code;
                *chained = true;
                break;
            }
        }
    }
    /* "Sollte Moskau nicht einlenken, würden Sanktionen folgen, warnte
     * Merz": a warning or threat whose clause opens with its verb, after
     * its content, is about the first actor of another country there */
    int w0 = first_word(c, k->a, k->b);
    if (!object && rule_on(c, RF_REACTION_CHAIN) && st->ki > 0 && w0 >= 0 && (uint32_t)w0 == k->pred_tok &&
        !strncmp(rcode, "13", 2)) {
        for (size_t q = st->m0; q < c->ments.n; q++) {
            const ment *m = &DY_AT(c->ments, ment, q);
            if (m->first >= cl[0].a && m->last <= k->a && m->code[0] && !m->pron &&
                !c->inq[m->first] && strncmp(m->code, st->scodes[0], 3)) {
                other = m->code;
                *chained = true;
                break;
            }
        }
    }
    return other;
}

/* "…, a claim the Pentagon rejected", "…, a charge Kyiv denied": a
 * clause that opens with its object noun (a reduced relative) reacts to
 * what this sentence's agent said before it; that agent, or NULL */
static const char *reduced_relative_claimant(cctx *c, const roles *st)
{
    const clause *k = st->k;
    if (st->ki > 0 && st->subj >= 0 && st->g[st->subj].first > k->a && (fwc(c, k->a) & FW_ART) &&
        c->rules->subject_before_verb && c->sn.cur_agent[0] && st->ns &&
        strncmp(c->sn.cur_agent, st->scodes[0], 3))
        return c->sn.cur_agent;
    /* "…, a coordinated move that Netanyahu condemned as …", "…, a show
     * of force that Kyiv called …": a "that" after a noun (no verb form)
     * opens a relative clause whose object it is */
    if (st->ki > 0 && st->subj >= 0 && st->g[st->subj].first == k->a + 1 && k->kind == CL_SUB &&
        tok_in(c, k->a, c->rules->that_words) && k->a > c->sn.first && c->t[k->a - 1].type == TK_WORD &&
        !c->nverb[k->a - 1] && !c->fw[k->a - 1] && !in_mention(c, c->sn.m0, k->a - 1) &&
        c->rules->subject_before_verb && c->sn.cur_agent[0] && st->ns &&
        strncmp(c->sn.cur_agent, st->scodes[0], 3))
        return c->sn.cur_agent;
    return NULL;
}

/* English "Russia denied striking the building", "a charge Washington
 * denies": a denial with no one named answers the accuser (RF_DENIAL). */
static void denial_target(cctx *c, roles *st, const char *rcode)
{
    /* the claimant of "a claim Kyiv denied" first, else the last actor of
     * another country, who made the charge */
    const char *claimant = reduced_relative_claimant(c, st);
    if (!st->nt && st->ns && st->agent < 0 && rule_on(c, RF_DENIAL) && !strncmp(rcode, "01", 2) &&
        !strcmp(st->pr->code, "016") && claimant) {
        cp16(st->tcodes[0], claimant);
        st->nt = 1;
        st->atok = st->k->pred_tok;
        if (c->trace)
            dy_buf_printf(c->trace, TM_A_DENIAL_ANSWERS_THE_LAST, claimant);
    }
    if (!st->nt && st->ns && st->agent < 0 && rule_on(c, RF_DENIAL) && !strncmp(rcode, "01", 2) &&
        !strcmp(st->pr->code, "016") && c->dis.prev_agent[0] && strcmp(c->dis.prev_agent, st->scodes[0]) &&
        (strncmp(c->dis.prev_agent, st->scodes[0], 3) ||
         (strlen(st->scodes[0]) >= 6 && strlen(c->dis.prev_agent) >= 6))) {
        cp16(st->tcodes[0], c->dis.prev_agent);
        st->nt = 1;
        st->atok = st->k->pred_tok;
        if (c->trace)
            dy_buf_printf(c->trace, TM_A_DENIAL_ANSWERS_THE_LAST, c->dis.prev_agent);
    }
}

/* English "would expel India's ambassador and suspend bilateral trade":
 * a coordinated verb with no actor of its own acts on the target of the
 * verb before it */
static void target_coordinated(cctx *c, roles *st)
{
    clause *k = st->k;
    clause *cl = st->cl;
    int ki = st->ki;
    if (!st->nt && st->ns && st->agent < 0 && rule_on(c, RF_COORD_TARGET) && k->inherit && ki > 0 &&
        cl[ki - 1].emitted && cl[ki - 1].tgt[0] && st->pr->nslots &&
        (st->ng == 0 || (st->ng == 1 && st->subj == 0)) && strncmp(cl[ki - 1].tgt, st->scodes[0], 3) &&
        /* (RF_COORD_OWN_CONTENT: not a demand or warning, "kritisierte die
         * Maßnahme und forderte eine gemeinsame Lösung", "und warnte davor,
         * …": it names its own content, what is demanded or feared) */
        !(rule_on(c, RF_COORD_OWN_CONTENT) && (!strncmp(st->pr->code, "10", 2) || !strncmp(st->pr->code, "13", 2))) &&
        /* (nor a state of emergency or martial law (1723, 1724): « … avec
         * Moscou et décrété la loi martiale » is declared at home) */
        strcmp(st->pr->code, "1723") && strcmp(st->pr->code, "1724")) {
        cp16(st->tcodes[0], cl[ki - 1].tgt);
        st->nt = 1;
        st->atok = k->pred_tok;
        if (c->trace)
            dy_buf_printf(c->trace, TM_COORDINATED_VERB_TARGET_OF_THE,
                          st->tcodes[0]);
    }
}

/* A source whose protest is an official complaint: a government or an
 * organisation. */
static bool gov_protest(const char *src)
{
    return (strlen(src) == 6 && !strcmp(src + 3, "GOV")) || !strncmp(src, "IGO", 3);
}

/* Reactions without object answer the last actor; a coordinated verb
 * takes the target of the verb before; mediation and denials. */
static void target_by_reaction(cctx *c, roles *st)
{
    size_t m0 = st->m0;
    clause *cl = st->cl;
    int ncl = st->ncl;
    int ki = st->ki;
    clause *k = st->k;
    /* "Scholz widersprach.": a reaction of criticism or rejection with no
     * object at all answers the last actor */
    char rbuf[6];
    const char *rcode = k->mood == DY_MOOD_INTENT ? intent_code(st->pr, rbuf) : st->pr->code;
    /* "Die Opposition rief zu Protesten auf": a call to protest (133) by a
     * country's people or opposition that names no target is against
     * their own government, as their protest is */
    if (!st->nt && st->ns && st->agent < 0 && !strcmp(rcode, "133") && domestic_protester(st->scodes[0])) {
        set_code(st->tcodes[0], (char[4]){st->scodes[0][0], st->scodes[0][1], st->scodes[0][2], 0}, "GOV");
        st->nt = 1;
        st->atok = k->pred_tok;
    }
    /* "weigerte sich, mit Chile zu verhandeln", "lehnte es ab, …": a
     * rejection (12) whose content is an infinitive is aimed at the
     * actor that content names */
    bool zu_content = ki + 1 < ncl && cl[ki + 1].kind == CL_ZU && cl[ki + 1].gov == ki && !strncmp(rcode, "12", 2);
    if (!st->nt && st->ns && st->agent < 0 && st->ng <= 1 && (st->pr->nslots || zu_content) &&
        (!strncmp(rcode, "11", 2) || !strncmp(rcode, "12", 2) || !strncmp(rcode, "13", 2) ||
         /* "sprach von einem historischen Tag": praise a pattern reads
          * from the words (05) answers as criticism does */
         (!strncmp(rcode, "05", 2) && k->ppred) ||
         /* "Peking protestierte scharf": a government's protest, an
          * official complaint (emit.c), answers as criticism does */
         (!strcmp(rcode, "141") && !k->noun_pred && gov_protest(st->scodes[0]))) &&
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
            /* "von einem „grausamen und feigen“ Angriff": over quoted
             * modifiers, from the opening mark */
            if (s0 > k->a + 2 && quote_mark(c, s0 - 1)) {
                uint32_t q = s0 - 2;
                while (q > k->a && !quote_mark(c, q))
                    q--;
                s0 = quote_mark(c, q) ? np_start(c, q, k->a) : s0;
            }
            bool in_pp = s0 > k->a && (fwc(c, s0 - 1) & FW_PREP);
            /* "kündigte eine angemessene Antwort an": the phrase of a
             * pattern's word is what is said, no object */
            /* (nor the subject after its verb: ", warnte Merz") */
            if (st->subj >= 0 && i >= st->g[st->subj].first && i < st->g[st->subj].last)
                continue;
            bool pat_np = false;
            for (int q = 0; k->ppred && q < k->npat && !pat_np; q++)
                pat_np = k->pat_tok[q] >= i && np_start(c, k->pat_tok[q], k->a) <= i;
            /* (where nouns are capitalised a lower-case word that is no
             * function word, ending the clause, is an adverb: "protestierte
             * scharf.", "kritisierte das scharf und …") */
            bool adverb = c->rules->nouns_capitalised && c->t[i].type == TK_WORD &&
                          !(c->t[i].flags & TF_CAP) && !c->fw[i] && !c->fw2[i] && !c->nverb[i] &&
                          (i + 1 >= c->sn.last || (fwc(c, i + 1) & FW_CONJ) || is_punct(c, i + 1, ".") ||
                           is_punct(c, i + 1, ";"));
            if (!in_pp && !pat_np && !(fwc(c, i) & (FW_PREP | FW_ART | FW_FUTURE | FW_PASTAUX)) &&
                c->t[i].flen > 2 && !c->inq[i] && !adverb && !(c->fw2[i] & FW2_REFL))
                object = true;
            if (!rule_on(c, RF_REACTION_PHRASES))
                object = true; /* only a bare reaction */
        }
        /* verb-final ("versuchten Fenster zu zerstören"): a noun before the
         * verb, outside the subject and any phrase, is its object */
        for (uint32_t i = k->a; c->rules->verb_second && i < k->pred_tok && !object; i++) {
            if (c->t[i].type != TK_WORD || !(c->t[i].flags & TF_CAP) || i == k->a || c->inq[i] ||
                in_mention(c, m0, i) || (st->subj >= 0 && i >= st->g[st->subj].first && i < st->g[st->subj].last))
                continue;
            uint32_t s0 = np_start(c, i, k->a);
            if (!(s0 > k->a && (fwc(c, s0 - 1) & FW_PREP)) && !(fwc(c, i) & (FW_PREP | FW_ART)))
                object = true;
        }
        const char *other = c->dis.prev_agent[0] && strncmp(c->dis.prev_agent, st->scodes[0], 3)
                                ? c->dis.prev_agent : NULL;
        if (reduced_relative_claimant(c, st))
            other = reduced_relative_claimant(c, st);
        /* "Al-Shabaab bekannte sich zu dem Anschlag. Der Präsident sprach
         * von einem feigen Angriff": at home, another role of the same
         * country is another actor */
        if (!other && rule_on(c, RF_REACTION_CHAIN) && c->dis.prev_agent[0] &&
            strlen(c->dis.prev_agent) >= 6 && strlen(st->scodes[0]) >= 6 &&
            strcmp(c->dis.prev_agent, st->scodes[0]) &&
            !(state_role(c->dis.prev_agent) && state_role(st->scodes[0])))
            other = c->dis.prev_agent;
        bool chained = false;
        other = reaction_chain(c, st, other, rcode, object, &chained);
        /* "Russia warned that NATO expansion would trigger a response": the
         * actor the content clause is about */
        if (!object && ki + 1 < ncl && (cl[ki + 1].kind == CL_SUB || zu_content) && cl[ki + 1].gov == ki) {
            for (size_t q = m0; q < c->ments.n; q++) {
                const ment *m = &DY_AT(c->ments, ment, q);
                if (m->first >= cl[ki + 1].a && m->first < cl[ki + 1].b && m->code[0] &&
                    strncmp(m->code, st->scodes[0], 3)) {
                    cp16(st->tcodes[0], m->code);
                    st->nt = 1;
                    st->atok = m->first;
                    break;
                }
            }
            if (st->nt)
                other = NULL;
        }
        if (!object && other) {
            /* every actor of that subject ("Britain, France and Germany") */
            st->nt = 0;
            bool rel = !chained && other == c->sn.cur_agent && reduced_relative_claimant(c, st);
            for (int q = 0; rel && q < c->sn.n_cur_agents && st->nt < 8; q++)
                if (strncmp(c->sn.cur_agents[q], st->scodes[0], 3))
                    cp16(st->tcodes[st->nt++], c->sn.cur_agents[q]);
            for (int q = 0; !chained && !rel && q < c->dis.n_prev_agents && st->nt < 8; q++)
                if (strncmp(c->dis.prev_agents[q], st->scodes[0], 3))
                    cp16(st->tcodes[st->nt++], c->dis.prev_agents[q]);
            if (!st->nt)
                cp16(st->tcodes[st->nt++], other);
            st->atok = k->pred_tok;
            if (c->trace)
                dy_buf_printf(c->trace, TM_NO_OBJECT_ANSWERS_THE_LAST, other);
        }
    }
    target_coordinated(c, st);
    /* "…, with Oman's foreign minister shuttling between the two
     * delegations": a mediator with no party named works between the
     * parties of the clause before, or the last pair */
    if (!st->nt && st->ns && st->agent < 0 && !strcmp(st->pr->code, "045")) {
        if (ki > 0 && cl[ki - 1].nsubj >= 2) {
            for (int q = 0; q < cl[ki - 1].nsubj && st->nt < 8; q++)
                if (strncmp(cl[ki - 1].subjs[q], st->scodes[0], 3))
                    cp16(st->tcodes[st->nt++], cl[ki - 1].subjs[q]);
        } else if (c->dis.have_pair && strncmp(c->dis.pair[0], st->scodes[0], 3) &&
                   strncmp(c->dis.pair[1], st->scodes[0], 3)) {
            cp16(st->tcodes[st->nt++], c->dis.pair[0]);
            cp16(st->tcodes[st->nt++], c->dis.pair[1]);
        }
        st->atok = k->pred_tok;
        if (st->nt && c->trace)
            dy_buf_printf(c->trace, TM_MEDIATION_BETWEEN_THE_PARTIES_BEFORE, st->tcodes[0]);
    }
    denial_target(c, st, rcode);
}

/* The event code (intent, refusal, truce), events among the subjects,
 * protest against the own government, and the clause's events. */
/* "condemned the killing of two Malian soldiers", "denounced the attack
 * on the embassy": criticism (11x) of an act of violence or coercion
 * (roots 17-20) whose phrase names who suffered it criticises whoever did
 * it: the source of the article's last event of that root against the
 * victims' country, or for an arrest the state of the place it happened
 * in; when neither is known the phrase stays the target. */
/* "генерал погиб в результате удара американского беспилотника": the
 * subject of a verb of suffering (suffer_verbs) before the event noun
 * that is the clause's predicate is the target of the noun's doer */
static void suffered_by_subject(cctx *c, roles *st)
{
    const clause *k = st->k;
    if (!c->rules->suffer_verbs || !k->noun_pred || !k->subj[0] || !k->subj_tok || !st->ns ||
        k->subj_tok - 1 >= k->pred_tok)
        return;
    bool suffer = false;
    for (uint32_t v = k->subj_tok; v < k->pred_tok && !suffer; v++)
        suffer = tok_in(c, v, c->rules->suffer_verbs);
    /* (the doer: the noun's own actor, read as its source or target; of
     * another country, or another side at home: "военные Мали погибли в
     * результате нападения боевиков") */
    const char *doer = other_side(st->scodes[0], k->subj) ? st->scodes[0]
                       : st->nt && other_side(st->tcodes[0], k->subj) ? st->tcodes[0] : NULL;
    /* (or an actor right after the noun: "удара американского беспилотника") */
    for (size_t q = st->m0; q < c->ments.n && !doer && suffer; q++) {
        const ment *m = &DY_AT(c->ments, ment, q);
        if (m->first > k->pred_tok && m->first <= k->pred_tok + 2 && m->code[0] && other_side(m->code, k->subj) &&
            !(fwc(c, m->first - 1) & FW_PREP))
            doer = m->code;
    }
    if (!suffer || !doer)
        return;
    char d[16];
    cp16(d, doer);
    cp16(st->scodes[0], d);
    st->ns = 1;
    cp16(st->tcodes[0], k->subj);
    st->nt = 1;
    st->tgt = -1;
    st->atok = k->subj_tok - 1;
    if (c->trace)
        dy_buf_printf(c->trace, TM_THE_SUBJECT_SUFFERED, d, k->subj);
}

/* "opposed the businessman's arrest": the root (17-20) of a deed named
 * by a patient noun after the possessor g, who suffered it; 0 if none
 * ("Canada's arrest of the businessman": the possessor did it) */
static int possessed_deed(cctx *c, const clause *k, const grp *g)
{
    uint32_t n = g->last + 1;
    if (!c->rules->patient_nouns || g->last >= k->b || !poss_s(c, g->last) || n >= k->b ||
        !tok_in(c, n, c->rules->patient_nouns) || !c->noun[n])
        return 0;
    n += c->noun[n]->ntok;
    if (n < k->b && tok_in(c, n, c->rules->gen_preps))
        return 0;
    int r = atoi(DY_AT(c->d->preds, dy_pred, c->noun[g->last + 1]->ref).code);
    r = r >= 1000 ? r / 100 : r >= 100 ? r / 10 : r;
    return r >= 17 && r <= 20 ? r : 0;
}

static void victim_of_violence(cctx *c, roles *st, const char *code)
{
    clause *k = st->k;
    /* "demanded the release of a Chinese engineer arrested in Canada": a
     * demand or appeal for a release (1053, 0253) is toward whoever holds
     * them (an act of the state's forces, root 17) */
    bool release = !strcmp(code, "1053") || !strcmp(code, "0253");
    if ((strncmp(code, "111", 3) && strcmp(code, "110") && !release) || k->noun_pred || st->tgt < 0 ||
        !st->nt)
        return;
    const grp *g = &st->g[st->tgt];
    /* ("condemned the attack by Peru": the target is the agent phrase, the
     * doer itself) */
    if (g->prep && (g->prep == c->id_von || (g->prep == c->id_durch && c->id_durch != c->id_aus)) &&
        c->rules->of_genitive)
        return;
    int vroot = release ? 17 : possessed_deed(c, k, g);
    for (uint32_t n = k->pred_tok + 1; !release && n < g->first && n < k->b; n++) {
        const dy_phrase *np = c->noun[n];
        /* (a declined language: "осудил убийство Сулеймани", the bare
         * genitive right after the noun names who suffered it) */
        bool gen = np && n + np->ntok == g->first && c->rules->case_marks_roles;
        if (!np || (!gen && (n + np->ntok >= g->first || g->first - (n + np->ntok) > 4)))
            continue;
        uint32_t p = n + np->ntok;
        if (gen) {
            int r = atoi(DY_AT(c->d->preds, dy_pred, np->ref).code);
            r = r >= 1000 ? r / 100 : r >= 100 ? r / 10 : r;
            if (r >= 17 && r <= 20)
                vroot = r;
            continue;
        }
        if (!(fwc(c, p) & (FW_PREP | FW_GENART)) || prep_norm(c, p) == c->id_in)
            continue;
        bool plain = true;
        for (uint32_t q = p + 1; q < g->first; q++)
            plain &= c->t[q].type != TK_PUNCT && !(fwc(c, q) & (FW_PREP | FW_CONJ | FW_SUBORD));
        int r = atoi(DY_AT(c->d->preds, dy_pred, np->ref).code);
        r = r >= 1000 ? r / 100 : r >= 100 ? r / 10 : r;
        if (plain && r >= 17 && r <= 20)
            vroot = r;
    }
    if (!vroot)
        return;
    const char *doer = NULL;
    /* "verurteilte den Abschuss des Jets durch die Türkei": the deed's
     * agent phrase names its doer */
    char agent[8][16];
    /* (not where that preposition also names an origin: English "from") */
    /* (English "the arrest of journalists by Peruvian police": where "of"
     * is the genitive, the agent's "by" names the doer too) */
    for (int i = 0; i < st->ng && !doer; i++)
        if (i != st->subj &&
            ((c->id_durch && c->id_durch != c->id_aus && st->g[i].prep == c->id_durch) ||
             (c->rules->of_genitive && c->id_von && st->g[i].prep == c->id_von)) &&
            st->g[i].first > g->last &&
            st->g[i].prep_tok <= g->last + 1 && grp_codes(c, &st->g[i], agent, 8) &&
            strncmp(agent[0], st->scodes[0], 3))
            doer = agent[0];
    for (size_t q = c->events.n; q-- > 0 && !doer;) {
        const dy_event *e = &DY_AT(c->events, dy_event, q);
        int er = atoi(e->root); /* (a killing, an assault, a strike: one deed told twice) */
        if ((er == vroot || (vroot >= 18 && vroot <= 20 && er >= 18 && er <= 20)) &&
            !strncmp(e->target, st->tcodes[0], 3) &&
            strncmp(e->source, st->scodes[0], 3))
            doer = e->source;
    }
    /* "condemned the arrest of a French journalist in Iran": an act of the
     * state's forces (root 17) is the state's where it happened */
    char home[16];
    for (int i = 0; i < st->ng && !doer && vroot == 17; i++) {
        if (i == st->subj || st->g[i].prep != c->id_in || st->g[i].n != 1 || st->g[i].first <= g->first)
            continue;
        const ment *pm = &DY_AT(c->ments, ment, st->g[i].m[0]);
        const dy_phrase *pa = c->atom[pm->head];
        if (pm->adj_only || pm->pron || pm->person >= 0 || !pa ||
            (pa->kind != PK_COUNTRY && pa->kind != PK_METONYM) || strlen(pm->code) < 3 ||
            !strncmp(pm->code, "IGO", 3) || !strncmp(pm->code, st->scodes[0], 3))
            continue;
        set_code(home, (char[4]){pm->code[0], pm->code[1], pm->code[2], 0}, "GOV");
        doer = home;
    }
    /* with no doer known, those who suffered it are no target either
     * (language data decides: patient_nouns) */
    if (!doer && c->rules->patient_nouns && !release) {
        if (c->trace)
            dy_buf_printf(c->trace, TM_CRITICISM_OF_VIOLENCE_NO_DOER, st->tcodes[0]);
        st->nt = 0;
        st->tgt = -1;
        return;
    }
    if (!doer)
        return;
    if (c->trace)
        dy_buf_printf(c->trace, TM_CRITICISM_OF_VIOLENCE, st->tcodes[0], doer);
    st->nt = 1;
    cp16(st->tcodes[0], doer);
}

/* "Russian troops attacked Mariupol", "the prosecutor arrived in
 * Istanbul": a visit (04) or an act of force (17-20) whose object or slot
 * phrase names a town or region (not an actor) is toward that place's
 * country, the bare country code. */
/* "Russische Luftangriffe in Syrien", "israelische Angriffe im
 * Gazastreifen": violence (18-20) named by the clause's noun predicate,
 * with no target of its own, strikes the other country whose name its
 * "in" phrase gives. */
static void strikes_in_country(cctx *c, roles *st, const char *code)
{
    clause *k = st->k;
    int root = atoi(code) / (strlen(code) > 3 ? 100 : 10);
    if (st->nt || !st->ns || st->agent >= 0 || !k->noun_pred || k->mood != DY_MOOD_FACT || root < 18 || root > 20)
        return;
    for (int i = 0; i < st->ng; i++) {
        /* (the phrase right after the noun: "Luftangriffe in Syrien", not
         * "nach Beginn der Offensive hat X ein Papier zur Lage in Y …") */
        if (i == st->subj || st->g[i].prep != c->id_in || st->g[i].n != 1 || st->g[i].first <= k->pred_tok ||
            st->g[i].prep_tok != k->pred_tok + k->pred->ntok)
            continue;
        const ment *m = &DY_AT(c->ments, ment, st->g[i].m[0]);
        const dy_phrase *a = c->atom[m->head];
        if (m->adj_only || m->pron || m->person >= 0 || !a || (a->kind != PK_COUNTRY && a->kind != PK_METONYM) ||
            strlen(m->code) < 3 || !strncmp(m->code, "IGO", 3) || !strncmp(m->code, st->scodes[0], 3))
            continue;
        cp16(st->tcodes[0], m->code);
        st->nt = 1;
        st->atok = m->first;
        return;
    }
}

static void place_target(cctx *c, roles *st, const char *code)
{
    clause *k = st->k;
    if (st->nt || !st->ns || st->agent >= 0 || !k->pred || mood_uncoded(k->mood) ||
        (k->noun_pred && !c->rules->verb_second))
        return;
    int root = atoi(code) / (strlen(code) > 3 ? 100 : 10);
    if (!(root == 4 || (root >= 17 && root <= 20)))
        return;
    /* (an event noun as predicate, "setzte ihre Angriffe auf Charkiw
     * fort": the slot phrase after the noun; verb-second languages, where
     * the support verb's particle closes the clause) */
    uint32_t v = k->pred_tok + k->pred->ntok;
    for (int s = 0; s < st->pr->nslots && !st->nt; s++) {
        uint32_t at = 0;
        if (st->pr->slots[s] == SLOT_OBJ) {
            if (k->noun_pred)
                continue;
            at = v;
            /* (over an adverbial phrase: "griff am Morgen die Region …
             * an") */
            if (c->rules->verb_second && at + 2 < k->b && (fwc(c, at) & FW_PREP) &&
                !in_mention(c, st->m0, at + 1)) {
                at++;
                while (at < k->b && (fwc(c, at) & FW_ART))
                    at++;
                at++;
            }
        } else {
            for (uint32_t q = v; q < k->b && q <= v + 2 && !at; q++)
                if ((fwc(c, q) & FW_PREP) && prep_norm(c, q) == st->pr->slots[s])
                    at = q + 1;
        }
        while (at && at < k->b && (fwc(c, at) & FW_ART))
            at++;
        /* "griff die Region Charkiw an", "die Hafenstadt Odessa": a
         * capitalised word that is no place or actor before a place's name
         * names the kind of place */
        /* (where nouns are capitalised: in English a capitalised word
         * before a place is part of a name, "the Soviet Union") */
        if (c->rules->nouns_capitalised && at && at + 1 < k->b && c->t[at].type == TK_WORD &&
            (c->t[at].flags & TF_CAP) && !c->atom[at] &&
            !c->noun[at] && !fwc(c, at) && !in_mention(c, st->m0, at + 1) && !place_country_at(c, at, k->b) &&
            place_country_at(c, at + 1, k->b))
            at++;
        if (!at || at >= k->b || in_mention(c, st->m0, at) || fwc(c, at))
            continue;
        const char *cc = place_country_at(c, at, k->b);
        if (!cc || !strncmp(cc, st->scodes[0], 3))
            continue;
        cp16(st->tcodes[0], cc);
        st->nt = 1;
        st->atok = at;
        if (c->trace)
            dy_buf_printf(c->trace, TM_PLACE_AS_TARGET, cc);
    }
    /* "shelled targets in Kharkiv": violence against things in a place
     * is against that place */
    for (uint32_t q = v; root >= 18 && !st->nt && q + 1 < k->b && q <= v + 4; q++) {
        if (c->t[q].type == TK_PUNCT)
            break;
        if (!(fwc(c, q) & FW_PREP) || in_mention(c, st->m0, q + 1) ||
            (prep_norm(c, q) != c->id_in && !tok_in(c, q, c->rules->place_in_preps)))
            continue;
        const char *cc = place_country_at(c, q + 1, k->b);
        if (!cc || !strncmp(cc, st->scodes[0], 3))
            break;
        cp16(st->tcodes[0], cc);
        st->nt = 1;
        st->atok = q + 1;
        if (c->trace)
            dy_buf_printf(c->trace, TM_PLACE_AS_TARGET, cc);
    }
}

/* "deployed anti-riot police officers to prepare for protests", "sent
 * troops to the capital": a deployment (074) of the source's own police or
 * army with no foreign target is a mobilization at home, of the police
 * (153) or the army (154), toward the country's people (CVL); the code to
 * use. */
static const char *deployed_at_home(cctx *c, roles *st, const char *code)
{
    clause *k = st->k;
    if (st->nt || !st->ns || st->agent >= 0 || strcmp(code, "074") || !k->pred || k->noun_pred ||
        strlen(st->scodes[0]) < 3 || !strncmp(st->scodes[0], "IGO", 3))
        return code;
    for (int i = 0; i < st->ng; i++) {
        if (i == st->subj || st->g[i].prep || st->g[i].first <= k->pred_tok)
            continue;
        char gc[8][16];
        int n = grp_codes(c, &st->g[i], gc, 8);
        if (n < 1 || strlen(gc[0]) < 6 || strncmp(gc[0], st->scodes[0], 3))
            continue;
        const char *nc = !strcmp(gc[0] + 3, "COP") ? "153" : !strcmp(gc[0] + 3, "MIL") ? "154" : NULL;
        if (!nc)
            continue;
        set_code(st->tcodes[0], (char[4]){st->scodes[0][0], st->scodes[0][1], st->scodes[0][2], 0}, "CVL");
        st->nt = 1;
        st->atok = k->pred_tok;
        return nc;
    }
    return code;
}

/* Is the clause the content of a demand or appeal ("demanded that the
 * president step down")? */
static bool content_of_demand(cctx *c, const roles *st)
{
    const clause *k = st->k;
    if (k->kind != CL_SUB || k->gov < 0 || k->gov >= st->ki)
        return false;
    const clause *g = &st->cl[k->gov];
    if (!g->pred)
        return false;
    const dy_pred *pr = g->ppred ? g->ppred : &DY_AT(c->d->preds, dy_pred, g->pred->ref);
    return !strncmp(pr->code, "10", 2) || !strncmp(pr->code, "02", 2);
}

/* Does the article name a protest (14x) or a demand or call for a change
 * of leadership (1041, 0241), or report one against the country of CODE by
 * its own people? */
static bool demanded_at_home(const cctx *c, const char *code)
{
    /* (a protest or a demand named anywhere in the article: "resigned
     * after weeks of protests" names them after the verb) */
    for (uint32_t i = 0; i < c->n; i++) {
        const dy_phrase *p = c->noun[i];
        if (p) {
            const char *nc = DY_AT(c->d->preds, dy_pred, p->ref).code;
            if (!strncmp(nc, "14", 2) || !strncmp(nc, "1041", 4) || !strncmp(nc, "0241", 4))
                return true;
        }
        for (int v = 0; v < c->nverb[i]; v++)
            if (!strncmp(DY_AT(c->d->preds, dy_pred, c->verb[i][v]->ref).code, "14", 2))
                return true;
    }
    for (size_t q = 0; q < c->events.n; q++) {
        const dy_event *e = &DY_AT(c->events, dy_event, q);
        if (strncmp(e->target, code, 3) || strncmp(e->source, code, 3))
            continue;
        if (!strncmp(e->root, "14", 2) || !strncmp(e->code, "1041", 4) || !strncmp(e->code, "0241", 4))
            return true;
    }
    return false;
}

/* "called for the immediate restoration of constitutional rule in Mali",
 * "urged respect for human rights in Myanmar": an appeal or demand (02x,
 * 10x) that names no addressee is addressed to the country of the
 * in-phrase after it (another country than the source's) */
static void appeal_in_country(cctx *c, roles *st, const char *code)
{
    clause *k = st->k;
    if (st->nt || !st->ns || st->agent >= 0 || !k->pred || k->noun_pred ||
        (strncmp(code, "02", 2) && strncmp(code, "10", 2)))
        return;
    for (int i = 0; i < st->ng && !st->nt; i++) {
        const ment *m = &DY_AT(c->ments, ment, st->g[i].m[0]);
        if (i == st->subj || st->g[i].prep != c->id_in || st->g[i].first <= k->pred_tok ||
            st->g[i].n != 1 || !c->atom[m->first] || c->atom[m->first]->kind != PK_COUNTRY ||
            !strncmp(m->code, st->scodes[0], 3) || !strncmp(m->code, "IGO", 3))
            continue;
        st->nt = grp_codes(c, &st->g[i], st->tcodes, 8);
        st->tgt = i;
    }
}

/* "forderte eine europäische Grenzpolizei": an institution introduced by
 * an indefinite article as what a demand or appeal asks for is a thing to
 * create, not its addressee */
static bool demanded_institution(cctx *c, const roles *st, const char *code)
{
    if (st->tgt < 0 || !st->nt || (strncmp(code, "10", 2) && strncmp(code, "02", 2)))
        return false;
    const ment *tm = &DY_AT(c->ments, ment, st->g[st->tgt].m[0]);
    bool indef = false;
    for (uint32_t q = tm->first; q-- > st->k->a && q + 5 > tm->first;) {
        if (tok_in(c, q, c->rules->indef_articles))
            indef = true;
        if (c->fw[q] || (c->t[q].type != TK_WORD && c->t[q].type != TK_HYPHEN))
            break; /* the phrase's determiner, or its start */
    }
    return tm->role_only && indef;
}

/* Is CODE a side against its country's state: rebels, opposition,
 * separatists, insurgents, radicals, criminals?  ("urged the army and the
 * RSF": two parties, though of one country) */
static bool armed_side(const char *code)
{
    static const char *const sides[] = {"REB", "OPP", "SEP", "INS", "RAD", "CRM", "UAF", NULL};
    for (int i = 0; sides[i] && strlen(code) >= 6; i++)
        if (!strncmp(code + 3, sides[i], 3))
            return true;
    return false;
}

/* Keeps the first of the N codes of each country (an IGO code counts
 * whole), except those of a country on the OTHER side (n2 codes): "the
 * police clashed with students and workers" are domestic parties of their
 * own.  Returns how many are left. */
static int one_per_country(char codes[][16], int n, char other[][16], int n2)
{
    int m = 0;
    for (int i = 0; i < n; i++) {
        bool seen = false;
        size_t len = strncmp(codes[i], "IGO", 3) && strlen(codes[i]) >= 3 ? 3 : 16;
        for (int j = 0; j < n2 && len == 3; j++)
            len = strncmp(other[j], codes[i], 3) ? 3 : 16;
        for (int j = 0; j < m && !seen; j++)
            seen = !strncmp(codes[j], codes[i], len) && armed_side(codes[j]) == armed_side(codes[i]);
        if (!seen)
            memmove(codes[m++], codes[i], 16);
    }
    return m;
}

/* Concessions at home with no one named: a leader's resignation, a
 * restriction lifted (see below); the code to use. */
static const char *yielded_at_home(cctx *c, roles *st, const char *code)
{
    clause *k = st->k;
    /* "Prime Minister X resigned after weeks of protests", "agreed to step
     * down": a leader's resignation (0831) with no one named yields to the
     * country's people (CVL); an announced one (0341) where the article
     * names protests or demands (not "announced his resignation after the
     * referendum") */
    if (st->ns && !st->nt && st->agent < 0 && (!strcmp(code, "0831") || !strcmp(code, "0341")) &&
        strlen(st->scodes[0]) >= 6 && !strcmp(st->scodes[0] + 3, "GOV") && !k->demanded &&
        !content_of_demand(c, st) &&
        (k->mood == DY_MOOD_FACT || k->mood == DY_MOOD_INTENT) &&
        (!strcmp(code, "0831") || demanded_at_home(c, st->scodes[0]))) {
        set_code(st->tcodes[0], (char[4]){st->scodes[0][0], st->scodes[0][1], st->scodes[0][2], 0}, "CVL");
        st->nt = 1;
        st->atok = k->pred_tok;
    }
    /* "the government lifted the ban", "eased the curfew": a concession
     * (08x) whose object is a restriction at home (172x: a ban, a curfew,
     * a state of emergency) eases it for the country's people (081) */
    if (st->ns && !st->nt && st->agent < 0 && !strncmp(code, "08", 2) && !k->noun_pred &&
        k->mood == DY_MOOD_FACT && strlen(st->scodes[0]) >= 6 && strncmp(st->scodes[0], "IGO", 3) &&
        /* (done, not "voted to lift the martial law") */
        !(k->pred_tok > k->a && (fwc(c, k->pred_tok - 1) & FW_ZU))) {
        for (uint32_t j = k->pred_tok + k->pred->ntok; j < k->b && j <= k->pred_tok + 4; j++) {
            if ((fwc(c, j) & FW_PREP) || c->t[j].type == TK_PUNCT)
                break;
            if (!c->noun[j])
                continue;
            if (!strncmp(DY_AT(c->d->preds, dy_pred, c->noun[j]->ref).code, "172", 3)) {
                set_code(st->tcodes[0], (char[4]){st->scodes[0][0], st->scodes[0][1], st->scodes[0][2], 0}, "CVL");
                st->nt = 1;
                st->atok = j;
                code = "081";
            }
            break;
        }
    }
    return code;
}

/* Acts with no one named that are done at home: a coup by the army is
 * against its own government, an emergency, a curfew or a curb on
 * freedoms is imposed on the source's own people. */
static void at_home_target(cctx *c, roles *st, const char *code)
{
    const clause *k = st->k;
    /* "the military seized power", "soldiers staged a coup": a removal from
     * office (172) by the army with no one named is against its own
     * government */
    if (st->ns && !st->nt && st->agent < 0 && !strcmp(code, "172") && k->mood == DY_MOOD_FACT &&
        rule_on(c, RF_COUP_AT_HOME) &&
        strlen(st->scodes[0]) >= 6 && !strcmp(st->scodes[0] + 3, "MIL")) {
        set_code(st->tcodes[0], (char[4]){st->scodes[0][0], st->scodes[0][1], st->scodes[0][2], 0}, "GOV");
        st->nt = 1;
        st->atok = k->pred_tok;
    }
    /* "In Armenien wurde das Kriegsrecht verhängt", "a curfew was
     * imposed": a curfew or a state of emergency (1723, 1724) that names
     * no one who imposed it was imposed by the state where it holds: the
     * country of an "in" phrase of its clause, else the dateline's, else
     * the article's focus */
    if (!st->ns && st->agent < 0 && k->mood == DY_MOOD_FACT && (!strcmp(code, "1724") || !strcmp(code, "1723"))) {
        char focus[4];
        const char *where = c->home[0] ? c->home : focus_country(c, c->ments.n, focus) ? focus : NULL;
        /* (not with an agent phrase anywhere in it: « décrété par le
         * gouvernement français ») */
        for (int i = 0; i < st->ng && where; i++)
            if (st->g[i].prep && st->g[i].prep == c->id_von)
                where = NULL;
        for (int i = 0; i < st->ng && where; i++) {
            const ment *pm = &DY_AT(c->ments, ment, st->g[i].m[0]);
            const dy_phrase *pa = c->atom[pm->head];
            if (st->g[i].prep == c->id_in && st->g[i].n == 1 && pa && !pm->adj_only &&
                (pa->kind == PK_COUNTRY || pa->kind == PK_METONYM) && strlen(pm->code) >= 3 &&
                strncmp(pm->code, "IGO", 3)) {
                where = pm->code;
                break;
            }
        }
        if (where) {
            set_code(st->scodes[0], (char[4]){where[0], where[1], where[2], 0}, "GOV");
            st->ns = 1;
            st->stok = k->pred_tok;
        }
    }
    /* "the government shut down the internet", "banned all rallies": a
     * curb on freedoms (1721) with no one named is at home too, where a ban
     * reads as at home or as an embargo by its target (RF_BAN_EMBARGO) */
    if (st->ns && !st->nt && st->agent < 0 &&
        (!strcmp(code, "1724") || !strcmp(code, "1723") || (!strcmp(code, "1721") && rule_on(c, RF_BAN_EMBARGO))) &&
        strlen(st->scodes[0]) >= 3 && strncmp(st->scodes[0], "IGO", 3)) {
        set_code(st->tcodes[0], (char[4]){st->scodes[0][0], st->scodes[0][1], st->scodes[0][2], 0}, "CVL");
        st->nt = 1;
        st->atok = k->pred_tok;
        if (c->trace)
            dy_buf_printf(c->trace, TM_EMERGENCY_AT_HOME, st->tcodes[0]);
    }
}

/* "Protests broke out in Minsk", "protests against the government
 * erupted in Belarus": a protest with no one named as protesting is the
 * people's of the country it happened in (a country, capital or town
 * after "in"), or of the country it is against; not riots and storming
 * (145: "stormed Congress" names no protester's country) */
static void protest_source(cctx *c, roles *st, const char *code)
{
    clause *k = st->k;
    if (!st->ns && st->agent < 0 && !strncmp(code, "14", 2) && strncmp(code, "145", 3) &&
        c->rules->subject_before_verb) {
        const char *cc = NULL;
        for (int i = 0; i < st->ng && !cc; i++) {
            if ((st->g[i].prep != c->id_in && !country_in(c, &st->g[i])) || st->g[i].n != 1)
                continue;
            const ment *pm = &DY_AT(c->ments, ment, st->g[i].m[0]);
            const dy_phrase *pa = c->atom[pm->head];
            if (!pm->adj_only && !pm->pron && pm->person < 0 && pa &&
                (pa->kind == PK_COUNTRY || pa->kind == PK_METONYM) && strlen(pm->code) >= 3 &&
                strncmp(pm->code, "IGO", 3))
                cc = pm->code;
        }
        for (uint32_t q = k->a; !cc && q + 1 < k->b; q++)
            if ((fwc(c, q) & FW_PREP) && prep_norm(c, q) == c->id_in && !in_mention(c, st->m0, q + 1))
                cc = place_country_at(c, q + 1, k->b);
        if (!cc && st->nt && strlen(st->tcodes[0]) >= 3 && strncmp(st->tcodes[0], "IGO", 3))
            cc = st->tcodes[0];
        if (cc) {
            set_code(st->scodes[0], (char[4]){cc[0], cc[1], cc[2], 0}, "CVL");
            st->ns = 1;
            st->stok = k->pred_tok;
            if (c->trace)
                dy_buf_printf(c->trace, TM_PROTEST_BY_THE_PEOPLE, st->scodes[0]);
        }
    }
}

/* "Israel and Lebanon accepted a ceasefire between the Israeli army and
 * Hezbollah": two subjects take up a mutual noun whose own between-phrase
 * names its two sides.  The subjects act on each other, and so do the
 * sides; not each subject on each side.  True: the events are written. */
static bool sides_of_mutual_noun(cctx *c, roles *st, const char *code, bool sym)
{
    clause *k = st->k;
    if (!sym || !k->noun_pred || st->ns < 2 || st->nt < 2 || st->tgt < 0 || st->agent >= 0)
        return false;
    const grp *g = &st->g[st->tgt];
    if (!g->prep || !tok_in(c, g->prep_tok, c->rules->between_preps) || g->prep_tok < k->pred_tok)
        return false;
    char (*side[2])[16] = {st->scodes, st->tcodes};
    int n[2] = {st->ns, st->nt};
    uint32_t tok[2] = {st->stok, grp_tok(c, g, 0)};
    for (int s = 0; s < 2; s++)
        for (int a = 0; a < n[s]; a++)
            for (int b = 0; b < n[s]; b++)
                if (a != b)
                    emit_event(c, side[s][a], side[s][b], code, k->mood, k, tok[s], tok[s], k->pred_tok,
                               st->pr->rule);
    return true;
}

static bool emit_clause_events(cctx *c, roles *st)
{
    clause *k = st->k;
    const char *code = st->pr->code;
    if (demanded_institution(c, st, code))
        st->nt = 0;
    char ibuf[6];
    if (k->mood == DY_MOOD_INTENT)
        code = intent_code(st->pr, ibuf);
    if (st->refuse[0])
        code = st->refuse;
    /* "Kuleba said Lavrov had not been prepared to discuss a truce": a
     * refusal to meet with no one named refuses the speaker's side, else
     * the last agent of another country */
    if (st->refuse[0] && !strcmp(code, "125") && st->ns && !st->nt && st->agent < 0) {
        const char *o = k->speaker[0] && strncmp(k->speaker, st->scodes[0], 3) ? k->speaker
                        : c->dis.prev_agent[0] && strncmp(c->dis.prev_agent, st->scodes[0], 3) ? c->dis.prev_agent
                                                                                           : NULL;
        if (o) {
            cp16(st->tcodes[0], o);
            st->nt = 1;
            st->atok = k->pred_tok;
        }
    }
    /* "bei russischen Luftangriffen getötet": the attack is the event */
    if (st->act[0] && k->mood == DY_MOOD_FACT)
        code = st->act;
    if (k->truce && k->mood == DY_MOOD_FACT)
        code = "0871";
    /* "sagte dem Fernsehsender Al-Arabiya die Unterstützung zu", "told
     * reporters": the media a statement is made to is its channel, not its
     * addressee (statements, intents, consultation: CAMEO roots 01, 03, 04;
     * an appeal for the release of journalists is about them) */
    int root = atoi(code) / (strlen(code) > 3 ? 100 : 10);
    if (root == 1 || root == 3 || root == 4) {
        int n = 0;
        for (int t = 0; t < st->nt; t++) {
            if (strlen(st->tcodes[t]) < 6 || strcmp(st->tcodes[t] + 3, "MED"))
                memmove(st->tcodes[n++], st->tcodes[t], 16);
            else if (c->trace)
                dy_buf_printf(c->trace, TM_MEDIA_CHANNEL, st->tcodes[t]);
        }
        st->nt = n;
    }
    /* "thanked the American people, the President and the Congress":
     * one act toward one country, however many of its actors the list
     * names (the first stands for them; so for the sources of an act
     * toward others) */
    if (st->ns && st->nt) {
        st->nt = one_per_country(st->tcodes, st->nt, st->scodes, st->ns);
        st->ns = one_per_country(st->scodes, st->ns, st->tcodes, st->nt);
    }
    bool sym = (st->pr->flags & VFL_SYM) && !st->refuse[0]; /* a refusal is one-sided */
    /* a pattern's '%': the event holds among the members of the subject */
    if (k->ppred && k->pat_comp && st->ns >= 2 && st->agent < 0) {
        st->nt = 0;
        sym = true;
    }
    /* "Eriwan und Baku machten sich gegenseitig verantwortlich" */
    if (st->nt == 0 && st->ns >= 2 && (clause_has2(c, k, FW2_RECIP) || reciprocal_object(c, k)))
        sym = true;
    /* "warfen sich beide Seiten Verstöße vor": a reflexive pronoun with a
     * verb that is not reflexive itself and a plural subject is
     * reciprocal; what the object takes up is no target then.  Only a
     * verb whose target is its object: "sind sich nahe gekommen" is no
     * visit (kommen takes its target after "nach") */
    if (st->ns >= 2 && st->agent < 0 && c->rules->verb_second && !(st->pr->flags & VFL_REFL) &&
        st->tgt < 0 && clause_has2(c, k, FW2_REFL) && !k->noun_pred &&
        (pred_has_slot(st->pr, SLOT_OBJ) || sym)) {
        st->nt = 0;
        sym = true;
    }
    /* "The two countries agreed to reopen embassies", "A and B clashed":
     * meetings, agreements, cooperation and fighting between the subjects */
    if (st->nt == 0 && st->ns >= 2 && st->agent < 0 &&
        (!strncmp(code, "03", 2) ||
         (!strncmp(code, "04", 2) && strcmp(code, "042") && strcmp(code, "043") &&
          strcmp(code, "045")) ||
         !strncmp(code, "05", 2) || !strncmp(code, "06", 2) || !strncmp(code, "19", 2)))
        sym = true;
    if (sides_of_mutual_noun(c, st, code, sym))
        return true;
    if (st->nt == 0 && st->ns >= 2 && sym) {
        for (int a = 0; a < st->ns; a++)
            for (int b = 0; b < st->ns; b++)
                if (a != b)
                    emit_event(c, st->scodes[a], st->scodes[b], code, k->mood, k, st->stok, st->stok,
                               k->pred_tok, st->pr->rule);
        return true;
    }
    protest_source(c, st, code);
    /* "Tens of thousands of Colombians marched in a national strike
     * against a tax reform": protest by the people names no target, and is
     * against their own government */
    if (st->ns && !st->nt && st->agent < 0 && !strncmp(code, "14", 2) && domestic_protester(st->scodes[0])) {
        set_code(st->tcodes[0], (char[4]){st->scodes[0][0], st->scodes[0][1], st->scodes[0][2], 0}, "GOV");
        st->nt = 1;
        st->atok = k->pred_tok;
        if (c->trace)
            dy_buf_printf(c->trace, TM_PROTEST_AGAINST_THE_OWN_GOVERNMENT, st->tcodes[0]);
    }
    suffered_by_subject(c, st);
    victim_of_violence(c, st, code);
    code = deployed_at_home(c, st, code);
    place_target(c, st, code);
    strikes_in_country(c, st, code);
    appeal_in_country(c, st, code);
    /* "Armenia declared martial law", "the junta imposed a curfew": a
     * state of emergency or a curfew with no one named is imposed on the
     * source's own country: its people (CVL) */
    code = yielded_at_home(c, st, code);
    at_home_target(c, st, code);
    /* "сообщалось о задержании двух оппозиционеров": an arrest noun as
     * the predicate, its patient named and no doer */
    if (k->noun_pred && !st->ns && st->nt == 1 && !st->npat) {
        st->npat = 1;
        cp16(st->pcodes[0], st->tcodes[0]);
        state_coercion_agent(c, st);
        st->npat = 0;
    }
    if (!st->ns || !st->nt) {
        if (c->trace)
            dy_buf_printf(c->trace, TM_NO, !st->ns ? TM_SOURCE : TM_TARGET);
        return true;
    }
    /* "India banned 59 Chinese apps": curbing freedoms (1721) is done at
     * home; a ban on another country's goods or firms is an embargo (163) */
    /* (not a ban on foreign media or rights groups: « a suspendu la
     * diffusion de la chaîne française » curbs the freedom of the press) */
    if (rule_on(c, RF_BAN_EMBARGO) && !strcmp(code, "1721") && st->ns && st->nt &&
        strncmp(st->scodes[0], st->tcodes[0], 3) && strncmp(st->scodes[0], "IGO", 3) &&
        !(strlen(st->tcodes[0]) >= 6 && (!strcmp(st->tcodes[0] + 3, "MED") || !strcmp(st->tcodes[0] + 3, "HRI"))))
        code = "163";
    uint32_t ttok = st->tgt >= 0 ? grp_tok(c, &st->g[st->tgt], 0) : st->atok;
    cp16(k->tgt, st->tcodes[0]);
    for (int a = 0; a < st->ns; a++)
        for (int b = 0; b < st->nt; b++) {
            emit_event(c, st->scodes[a], st->tcodes[b], code, k->mood, k, st->stok, ttok,
                       k->pred_tok, st->pr->rule);
            if (sym && k->mood == DY_MOOD_FACT && st->tgt >= 0 && st->g[st->tgt].prep == c->id_mit)
                emit_event(c, st->tcodes[b], st->scodes[a], code, k->mood, k, ttok, st->stok,
                           k->pred_tok, st->pr->rule);
        }
    return false;
}

/* Codes one clause: finds its subject, agent and target and emits its
 * events. */
/* « Ennahdha a dénoncé un coup d'État », « l'ancien président a dénoncé un
 * coup d'État après que le chef de l'armée … »: criticism of a coup (172)
 * that names no actor is aimed at the subject's own army when the sentence
 * names it, else at its government (when the subject is not the
 * government itself). */
static void target_coup_author(cctx *c, roles *st)
{
    clause *k = st->k;
    if (st->nt || !st->ns || st->agent >= 0 || strncmp(st->pr->code, "11", 2) || !k->pred || k->noun_pred)
        return;
    uint32_t i = k->pred_tok + k->pred->ntok, lim = i + 6;
    while (i < k->b && i < lim && !c->noun[i])
        i++;
    if (i >= k->b || i >= lim || strcmp(DY_AT(c->d->preds, dy_pred, c->noun[i]->ref).code, "172"))
        return;
    uint32_t e = i + c->noun[i]->ntok + 4;
    if (mention_at_or_after(c, st->m0, i + c->noun[i]->ntok, e < k->b ? e : k->b))
        return;
    const char *s = st->scodes[0];
    if (strlen(s) < 6 || !strncmp(s, "IGO", 3) || !strncmp(s, "NGO", 3))
        return;
    for (size_t q = c->sn.m0; q < c->ments.n; q++) {
        const ment *m = &DY_AT(c->ments, ment, q);
        if (m->first >= c->sn.last)
            break;
        if (strlen(m->code) >= 6 && !strncmp(m->code, s, 3) && !strcmp(m->code + 3, "MIL")) {
            cp16(st->tcodes[0], m->code);
            st->nt = 1;
            return;
        }
    }
    if (strcmp(s + 3, "GOV")) {
        set_code(st->tcodes[0], (char[4]){s[0], s[1], s[2], 0}, "GOV");
        st->nt = 1;
    }
}

void code_clause(cctx *c, size_t m0, clause *cl, int ncl, int ki)
{
    roles r;
    r.m0 = m0;
    r.cl = cl;
    r.ncl = ncl;
    r.ki = ki;
    clause *k = r.k = &cl[ki];
    r.ng = find_groups(c, m0, k, r.g, 24);
    if (c->trace) {
        dy_buf_printf(c->trace, TM_CLAUSE, ki,
                      (const char *[]){TM_CL_MAIN, TM_CL_SUB, TM_CL_REL, TM_CL_ZU, TM_CL_IF, TM_CL_OB, TM_CL_SAY}[k->kind]);
        trace_span(c, k->a, k->b);
        dy_buf_puts(c->trace, "\n");
    }
    choose_subject(c, &r);
    subject_codes(c, &r);
    relative_antecedent(c, &r);
    if (frame_or_appeal(c, &r))
        return;
    if (predicate_gates(c, &r))
        return;
    if (agentless_passive(c, &r))
        return;
    target_by_slots(c, &r);
    if (target_by_object_noun(c, &r))
        return;
    target_not_subject(c, &r);
    target_clitic_same_act(c, &r);
    target_not_modifier(c, &r);
    if (target_in_phrases(c, &r))
        return;
    target_by_demand_or_pattern(c, &r);
    target_author(c, &r);
    target_coup_author(c, &r);
    target_anaphoric(c, &r);
    target_possessive_object(c, &r);
    target_demanded_clause(c, &r);
    target_culprits(c, &r);
    target_by_reaction(c, &r);
    target_protesters(c, &r);
    target_same_campaign(c, &r);
    target_claimed_deed(c, &r);
    emit_clause_events(c, &r);
}
