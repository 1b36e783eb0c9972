/* discourse.c: Discourse: what an article carries from sentence to sentence (the
 * pair of countries, the last actors), and visits read from the dateline. */
#include "coder/stages.h"
#include <string.h>
#include <stdlib.h>

void remember_pair(cctx *c, const char *a, const char *b)
{
    if (!a[0] || !b[0] || !strncmp(a, b, 3))
        return;
    cp16(c->dis.pair[0], a);
    cp16(c->dis.pair[1], b);
    c->dis.have_pair = true;
    c->dis.pair_weak = false;
}

/* Notes a country code in the discourse: the last two distinct countries
 * form "the pair" that "beide Länder" refers to. */
void note_country(cctx *c, const char *code)
{
    if (!code[0] || !strncmp(code, "IGO", 3))
        return;
    /* events and coordinations name the pair; mere mentions only until then */
    if (!c->dis.have_pair && c->dis.last_country[0] && strncmp(c->dis.last_country, code, 3)) {
        remember_pair(c, c->dis.last_country, code);
        c->dis.pair_weak = true;
    }
    cp16(c->dis.last_country, code);
    /* the last distinct countries, the last first (weak_pair_sides); the
     * same country again, most often, only takes the place of the first */
    if (c->dis.n_recent && !strncmp(c->dis.recent[0], code, 3)) {
        cp16(c->dis.recent[0], code); /* the others are of other countries */
        return;
    }
    int n = c->dis.n_recent, w = 0;
    char keep[4][16];
    cp16(keep[w++], code);
    for (int i = 0; i < n && w < 4; i++)
        if (strncmp(c->dis.recent[i], code, 3))
            cp16(keep[w++], c->dis.recent[i]);
    memcpy(c->dis.recent, keep, sizeof keep);
    c->dis.n_recent = w;
}

/* "Peking ruft beide Seiten zu Gesprächen auf" when the pair is only the
 * first two countries the story named, one of them the subject's (SUBJ):
 * the two sides are the last two other countries named, into OUT; their
 * number (2), or 0 (the pair stands). */
int weak_pair_sides(cctx *c, const char *subj, char out[][16])
{
    if (!c->dis.have_pair || !c->dis.pair_weak || !subj[0] ||
        (strncmp(c->dis.pair[0], subj, 3) && strncmp(c->dis.pair[1], subj, 3)))
        return 0;
    int n = 0;
    for (int i = 0; i < c->dis.n_recent && n < 2; i++)
        if (strncmp(c->dis.recent[i], subj, 3)) {
            char cc[4] = {c->dis.recent[i][0], c->dis.recent[i][1], c->dis.recent[i][2], 0};
            set_code(out[n++], cc, "GOV");
        }
    return n == 2 ? n : 0;
}

/* "ANKARA (AFP) – Die Türkei hat nach Gesprächen mit US-Vizepräsident Mike
 * Pence …": a meeting at the dateline's place between the host country and
 * a foreign side is a visit of the foreign side (042).  A meeting event of
 * the visitor toward the host becomes the visit; otherwise one is added. */
void visits_from_dateline(cctx *c)
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
