/* speech.c: Reported speech: which clauses are content of a speech frame, and
 * whose. */
#include "coder/stages.h"
#include <string.h>
#include <stdlib.h>

/* Reported speech: "…, sagte X" (content before) or "X sagte, …" (after);
 * "laut X …", "so der Botschafter". */
/* '"We will send more troops," Biden vowed.': a last clause after a
 * quotation that holds an actor and a verb of words (roots 01-13, or a
 * modal verb with no code of its own: vow, warn, promise, pledge) and
 * nothing after the verb is the frame of the quotation, as "said" is. */
static bool quote_frame(cctx *c, size_t m0, const clause *cl, int n, int k)
{
    const clause *q = &cl[k];
    if (k == 0 || k != n - 1 || q->say || !c->rules->subject_before_verb)
        return false;
    /* its verb: the first verb reading outside an actor */
    uint32_t v = q->b;
    for (uint32_t i = q->a; i < q->b && v == q->b; i++)
        if (c->nverb[i] && !in_mention(c, m0, i))
            v = i;
    if (v == q->b)
        return false;
    bool words = false;
    uint32_t vend = v + 1;
    for (int r = 0; r < c->nverb[v]; r++) {
        const dy_pred *pr = &DY_AT(c->d->preds, dy_pred, c->verb[v][r]->ref);
        int root = pr->code[0] ? atoi(pr->code) / (strlen(pr->code) > 3 ? 100 : 10) : 0;
        if ((root >= 1 && root <= 13) || (pr->flags & VFL_MODAL)) {
            words = true;
            vend = v + c->verb[v][r]->ntok;
        }
    }
    if (!words)
        return false;
    /* the clause before is quoted */
    bool quoted = false;
    for (uint32_t i = cl[k - 1].a; i < cl[k - 1].b; i++)
        if (c->t[i].type == TK_WORD && c->inq[i])
            quoted = true;
    if (!quoted)
        return false;
    /* an actor before the verb, and after it nothing but a time phrase
     * or an adverb ("vowed on Monday", "warned bluntly") */
    bool actor = false;
    for (size_t i = m0; i < c->ments.n && !actor; i++) {
        const ment *m = &DY_AT(c->ments, ment, i);
        actor = m->first >= q->a && m->last <= v && !m->adj_only;
    }
    if (!actor)
        return false;
    for (uint32_t i = vend; i < q->b; i++)
        if (c->t[i].type == TK_WORD && !(fwc(c, i) & (FW_WEEKDAY | FW_PREP | FW_ART)) &&
            !tok_suffix(c, i, c->rules->adverb_suffix, 3) && !in_mention(c, m0, i))
            return false;
    return true;
}

void mark_speech(cctx *c, size_t m0, clause *cl, int n)
{
    (void)m0;
    for (int k = 0; k < n; k++)
        if (quote_frame(c, m0, cl, n, k))
            cl[k].say = true;
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
                if (c->dis.pending_up && !m->up && m->person < 0 && !m->pron && !m->pair &&
                    m->first > 0 && (fwc(c, m->first - 1) & FW_ART) &&
                    !c->dis.up[c->dis.pending_up - 1].code[0]) {
                    cp16(c->dis.up[c->dis.pending_up - 1].code, tmp[0]);
                    c->dis.pending_up = 0;
                }
            } else if (m->up) {
                c->dis.pending_up = m->up;
                break;
            } else if (m->role_only && c->dis.last_speaker[0]) {
                cp16(spk, c->dis.last_speaker); /* "so der Botschafter" */
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
        if (c->rules->subject_before_verb && !inverted && k > 0 && k == n - 1 && has_speaker)
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
            cp16(c->dis.last_speaker, spk);
    }
    /* Konjunktiv I anywhere marks reported speech from the last speaker */
}
