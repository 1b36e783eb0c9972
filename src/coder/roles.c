/* roles.c: Roles: subject, agent and target of one clause, and its events. */
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

void code_clause(cctx *c, size_t m0, clause *cl, int ncl, int ki)
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
        if (r > c->sn.first + 1 && is_punct(c, r - 1, ",") && r + 1 < k->b &&
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
        c->dis.have_pair && (!strncmp(pr->code, "02", 2) || !strncmp(pr->code, "10", 2)))
        for (uint32_t j = k->pred_tok + k->pred->ntok; j < k->b && j < k->pred_tok + 6 && !nt;
             j++) {
            if (!c->noun[j])
                continue;
            const char *vc = DY_AT(c->d->preds, dy_pred, c->noun[j]->ref).code;
            if ((!strncmp(vc, "04", 2) || !strncmp(vc, "08", 2)) &&
                strncmp(c->dis.pair[0], scodes[0], 3) && strncmp(c->dis.pair[1], scodes[0], 3)) {
                cp16(tcodes[0], c->dis.pair[0]);
                cp16(tcodes[1], c->dis.pair[1]);
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
        (c->dis.prev_src[0] || c->dis.prev_agent[0]) && (atok = anaphoric_object(c, k, pr)) != 0) {
        const char *other = c->dis.prev_agent[0] && strncmp(c->dis.prev_agent, scodes[0], 3)
                                ? c->dis.prev_agent
                            : c->dis.prev_src[0] && strncmp(c->dis.prev_src, scodes[0], 3) ? c->dis.prev_src
                            : c->dis.prev_tgt[0] && strncmp(c->dis.prev_tgt, scodes[0], 3) ? c->dis.prev_tgt
                                                                                 : NULL;
        /* "Nordkorea feuerte eine Rakete ab. Tokio forderte die Bevölkerung
         * auf … Kishida verurteilte den Test": further back, the last actor
         * of another country */
        for (int q = c->dis.n_hist; !other && q-- > 0;)
            if (strncmp(c->dis.hist[q], scodes[0], 3))
                other = c->dis.hist[q];
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
            const char *other = c->dis.prev_agent[0] && strncmp(c->dis.prev_agent, scodes[0], 3)
                                    ? c->dis.prev_agent : NULL;
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
        const char *other = c->dis.prev_agent[0] && strncmp(c->dis.prev_agent, scodes[0], 3)
                                ? c->dis.prev_agent : NULL;
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
            for (int q = 0; q < c->dis.n_prev_agents && nt < 8; q++)
                if (strncmp(c->dis.prev_agents[q], scodes[0], 3))
                    cp16(tcodes[nt++], c->dis.prev_agents[q]);
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
        } else if (c->dis.have_pair && strncmp(c->dis.pair[0], scodes[0], 3) &&
                   strncmp(c->dis.pair[1], scodes[0], 3)) {
            cp16(tcodes[nt++], c->dis.pair[0]);
            cp16(tcodes[nt++], c->dis.pair[1]);
        }
        atok = k->pred_tok;
        if (nt && c->trace)
            dy_buf_printf(c->trace, "    mediation between the parties before: %s …\n", tcodes[0]);
    }
    /* English "Russia denied striking the building", "a charge Washington
     * denies": a denial answers the last actor of another country, who
     * made the charge */
    if (!nt && ns && agent < 0 && !c->rules->verb_second && !strncmp(rcode, "01", 2) &&
        !strcmp(pr->code, "016") && c->dis.prev_agent[0] && strcmp(c->dis.prev_agent, scodes[0]) &&
        (strncmp(c->dis.prev_agent, scodes[0], 3) ||
         (strlen(scodes[0]) >= 6 && strlen(c->dis.prev_agent) >= 6))) {
        cp16(tcodes[0], c->dis.prev_agent);
        nt = 1;
        atok = k->pred_tok;
        if (c->trace)
            dy_buf_printf(c->trace, "    a denial answers the last actor %s\n", c->dis.prev_agent);
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
