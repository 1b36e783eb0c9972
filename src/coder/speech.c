/* speech.c: Reported speech: which clauses are content of a speech frame, and
 * whose. */
#include "coder/stages.h"
#include <string.h>
#include <stdlib.h>

/* Reported speech: "…, sagte X" (content before) or "X sagte, …" (after);
 * "laut X …", "so der Botschafter". */
void mark_speech(cctx *c, size_t m0, clause *cl, int n)
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
