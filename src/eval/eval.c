/* eval.c: scoring against a gold file (dy_eval, include/dyad.h; `dyad
 * eval GOLD.jsonl`), as ../shared/spec/coding-guide.md scores:
 *
 *  - gold events with symmetric:true stand for two events (A->B, B->A);
 *  - a prediction matches a gold event when source and target agree at
 *    country level (first three letters; an IGO code must agree whole) and
 *    its code equals `code`, or its code or root is in `alt`, or (root
 *    level) its root equals the root of `code`;
 *  - maximum one-to-one matching per story, exact-code matches first;
 *  - predictions that match only an optional gold event count neither way;
 *  - a prediction that hits a `forbid` entry is a false positive;
 *  - the same (source, target, code) predicted twice in a story counts once.
 * Reported at root level (the last line), code level, and for roles (the
 * full actor codes equal). */
#include "input/input.h"
#include "input/input.h"
#include <string.h>
#include <strings.h>
#include <stdlib.h>
#include <jansson.h>

typedef struct gev {
    char src[24], tgt[24], code[6];
    char alt[16][6];
    int nalt;
    bool optional;
    const char *note;
    char loc_country[4];    /* gold location (coding guide §5), "" when null */
    const char *loc_place;
    const char *loc_evidence;
} gev;

typedef struct pev {
    char src[24], tgt[24], code[6];
    const char *evidence;
    size_t evlen;
    const dy_location *loc;
    const char *loc_text;   /* the place's words in the text */
} pev;

typedef dy_eval_counts counts;

static bool actor_eq(const char *a, const char *b, bool full)
{
    if (full)
        return !strcmp(a, b);
    bool igo_a = !strncmp(a, "IGO", 3), igo_b = !strncmp(b, "IGO", 3);
    if (igo_a || igo_b)
        return !strcmp(a, b);
    return !strncmp(a, b, 3);
}

/* level 0: exact code (code or an alt code/root); level 1: root too */
static bool code_match(const pev *p, const gev *g, int level)
{
    if (!strcmp(p->code, g->code))
        return true;
    for (int i = 0; i < g->nalt; i++) {
        if (!strcmp(p->code, g->alt[i]))
            return true;
        if (strlen(g->alt[i]) == 2 && !strncmp(p->code, g->alt[i], 2))
            return true;
    }
    return level >= 1 && !strncmp(p->code, g->code, 2);
}

static bool matches(const pev *p, const gev *g, int level, bool full)
{
    return actor_eq(p->src, g->src, full) && actor_eq(p->tgt, g->tgt, full) &&
           code_match(p, g, level);
}

/* Kuhn's augmenting paths over a small bipartite graph. */
static bool augment(int u, int np, int ng, const unsigned char *adj, int *match_g,
                    unsigned char *seen)
{
    for (int v = 0; v < ng; v++) {
        if (!adj[u * ng + v] || seen[v])
            continue;
        seen[v] = 1;
        if (match_g[v] < 0 || augment(match_g[v], np, ng, adj, match_g, seen)) {
            match_g[v] = u;
            return true;
        }
    }
    return false;
}

/* Scores one story; fills matched flags for the report.  False on out of
 * memory. */
static bool score_story(const pev *p, int np, const gev *g, int ng, const bool *forbidden,
                        int level, bool full, counts *c, int *pred_match, int *gold_match)
{
    unsigned char *adj = calloc((size_t)(np ? np : 1) * (size_t)(ng ? ng : 1), 1);
    unsigned char *seen = calloc((size_t)(ng ? ng : 1), 1);
    int *mg = malloc(sizeof(int) * (size_t)(ng ? ng : 1));
    if (!adj || !seen || !mg) {
        free(adj);
        free(seen);
        free(mg);
        return false;
    }
    for (int v = 0; v < ng; v++)
        mg[v] = -1;
    /* exact matches first, then root-level ones */
    for (int pass = 0; pass <= level; pass++) {
        for (int u = 0; u < np; u++)
            for (int v = 0; v < ng; v++)
                adj[u * ng + v] = !forbidden[u] && !g[v].optional && matches(&p[u], &g[v], pass, full);
        for (int u = 0; u < np; u++) {
            bool done = false;
            for (int v = 0; v < ng; v++)
                if (mg[v] == u)
                    done = true;
            if (done)
                continue;
            memset(seen, 0, (size_t)(ng ? ng : 1));
            augment(u, np, ng, adj, mg, seen);
        }
    }
    for (int u = 0; u < np; u++)
        pred_match[u] = -1;
    for (int v = 0; v < ng; v++) {
        gold_match[v] = mg[v];
        if (mg[v] >= 0)
            pred_match[mg[v]] = v;
    }
    for (int v = 0; v < ng; v++)
        if (!g[v].optional) {
            if (mg[v] >= 0)
                c->tp++;
            else
                c->fn++;
        }
    /* then the predictions left over against the optional gold events, one
     * to one too (coding guide §4): an optional event excuses one
     * prediction, which is left out of both counts; mg is free there */
    for (int pass = 0; pass <= level; pass++) {
        for (int u = 0; u < np; u++)
            for (int v = 0; v < ng; v++)
                adj[u * ng + v] = pred_match[u] < 0 && !forbidden[u] && g[v].optional &&
                                  matches(&p[u], &g[v], pass, full);
        for (int u = 0; u < np; u++) {
            bool done = pred_match[u] >= 0;
            for (int v = 0; v < ng && !done; v++)
                done = g[v].optional && mg[v] == u;
            if (!done) {
                memset(seen, 0, (size_t)(ng ? ng : 1));
                augment(u, np, ng, adj, mg, seen);
            }
        }
    }
    for (int v = 0; v < ng; v++)
        if (g[v].optional && mg[v] >= 0)
            pred_match[mg[v]] = -2; /* left out of both counts */
    for (int u = 0; u < np; u++)
        if (pred_match[u] == -1)
            c->fp++;
    free(adj);
    free(seen);
    free(mg);
    return true;
}

/* Location accuracy (coding guide §5): of the matched events whose gold
 * location is not null, how many have the gold country, and how many the
 * gold place (GeoNames' name or the words of the text, case aside). */
typedef struct loc_counts { long gold, country, place; } loc_counts;

static void gold_location(json_t *e, gev *x)
{
    json_t *l = json_object_get(e, "location");
    const char *cc = dy_jstr(l, "country");
    if (!json_is_object(l) || !cc)
        return;
    snprintf(x->loc_country, sizeof x->loc_country, "%s", cc);
    x->loc_place = dy_jstr(l, "place");
    x->loc_evidence = dy_jstr(l, "evidence");
}

static bool same_place(const char *gold, const char *s, size_t n)
{
    return gold && s && strlen(gold) == n && !strncasecmp(gold, s, n);
}

static void score_locations(const pev *p, const gev *g, int ng, const int *gm, loc_counts *lc)
{
    for (int v = 0; v < ng; v++) {
        if (gm[v] < 0 || !g[v].loc_country[0])
            continue;
        const dy_location *l = p[gm[v]].loc;
        lc->gold++;
        if (!l || !l->level)
            continue;
        lc->country += !strcmp(l->country, g[v].loc_country);
        lc->place += same_place(g[v].loc_place, l->place, l->place ? strlen(l->place) : 0) ||
                     same_place(g[v].loc_place, p[gm[v]].loc_text, l->span.end - l->span.start);
    }
}

static void prf(FILE *out, const char *label, const counts *c, bool last)
{
    double p = c->tp + c->fp > 0 ? c->tp / (c->tp + c->fp) : 0;
    double r = c->tp + c->fn > 0 ? c->tp / (c->tp + c->fn) : 0;
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
    if (last)
        fprintf(out, "P=%.3f R=%.3f F1=%.3f\n", p, r, f);
    else
        fprintf(out, "%-11s P=%.3f R=%.3f F1=%.3f  (tp=%.0f fp=%.0f fn=%.0f)\n", label, p, r, f,
               c->tp, c->fp, c->fn);
}

int dy_eval(const dy_dict *d, FILE *gold, const char *path, int quiet, FILE *out, FILE *ef,
            dy_eval_scores *scores)
{
    if (!out)
        out = stdout;
    if (!ef)
        ef = stderr;
    counts root = {0}, exact = {0}, roles = {0};
    loc_counts locs = {0};
    dy_buf line = {0};
    long lineno = 0;
    bool too_long;
    int status = 0, stories = 0;
    while (dy_getline(gold, &line, 64u << 20, &too_long) == 1) {
        lineno++;
        if (too_long) {
            fprintf(ef, "dyad: %s:%ld: line too long; skipped\n", path, lineno);
            status = 1;
            continue;
        }
        if (!line.len)
            continue;
        json_error_t je;
        json_t *o = json_loadb(line.data, line.len, 0, &je);
        if (!o || !json_is_object(o)) {
            fprintf(ef, "dyad: %s:%ld: malformed JSON: %s; skipped\n", path, lineno,
                    o ? "not an object" : je.text);
            json_decref(o);
            status = 1;
            continue;
        }
        const char *text = dy_jstr(o, "text"), *date = dy_jstr(o, "date"), *id = dy_jstr(o, "id");
        const char *lang = dy_jstr(o, "lang");
        json_t *evs = json_object_get(o, "events"), *fb = json_object_get(o, "forbid");
        if (!text || !date) {
            fprintf(ef, "dyad: %s:%ld: story without text or date; skipped\n", path, lineno);
            json_decref(o);
            status = 1;
            continue;
        }
        stories++;
        /* gold events, symmetric ones doubled */
        size_t ne = json_is_array(evs) ? json_array_size(evs) : 0;
        gev *g = calloc(2 * ne + 1, sizeof *g);
        int ng = 0;
        for (size_t i = 0; g && i < ne; i++) {
            json_t *e = json_array_get(evs, i);
            const char *s = dy_jstr(e, "source"), *t = dy_jstr(e, "target"), *c = dy_jstr(e, "code");
            if (!s || !t || !c)
                continue;
            gev x = {0};
            snprintf(x.src, sizeof x.src, "%s", s);
            snprintf(x.tgt, sizeof x.tgt, "%s", t);
            snprintf(x.code, sizeof x.code, "%s", c);
            json_t *alt = json_object_get(e, "alt");
            for (size_t k = 0; json_is_array(alt) && k < json_array_size(alt) && x.nalt < 16; k++)
                if (json_is_string(json_array_get(alt, k)))
                    snprintf(x.alt[x.nalt++], 6, "%s", json_string_value(json_array_get(alt, k)));
            x.optional = json_is_true(json_object_get(e, "optional"));
            x.note = dy_jstr(e, "note");
            gold_location(e, &x);
            g[ng++] = x;
            if (json_is_true(json_object_get(e, "symmetric"))) {
                gev y = x;
                snprintf(y.src, sizeof y.src, "%s", x.tgt);
                snprintf(y.tgt, sizeof y.tgt, "%s", x.src);
                g[ng++] = y;
            }
        }
        /* predictions */
        dy_article a = {id ? id : "", date, lang ? lang : "de", dy_jstr(o, "title"), text,
                        json_string_length(json_object_get(o, "text")), NULL, NULL};
        dy_error err;
        dy_result *r = dy_code(d, &a, NULL, &err);
        if (!r)
            fprintf(ef, "dyad: %s:%ld: %s\n", path, lineno, err.msg);
        size_t nr = r ? dy_result_count(r) : 0;
        pev *p = calloc(nr + 1, sizeof *p);
        bool *forb = calloc(nr + 1, sizeof *forb);
        int *pm = calloc(nr + 1, sizeof *pm), *gm = calloc((size_t)ng + 1, sizeof *gm);
        bool oom = !g || !p || !forb || !pm || !gm;
        int np = 0;
        if (oom)
            nr = ng = 0;
        size_t tlen = 0;
        const char *rtext = r ? dy_result_text(r, &tlen) : "";
        for (size_t i = 0; i < nr; i++) {
            const dy_event *e = dy_result_event(r, i);
            pev x = {0};
            snprintf(x.src, sizeof x.src, "%s", e->source);
            snprintf(x.tgt, sizeof x.tgt, "%s", e->target);
            snprintf(x.code, sizeof x.code, "%s", e->code);
            x.evidence = rtext + e->evidence.start;
            x.evlen = e->evidence.end - e->evidence.start;
            x.loc = &e->location;
            x.loc_text = rtext + e->location.span.start;
            /* the same (source, target, code) counts once, as the coding
             * guide says: the same codes, written the same */
            bool dup = false;
            for (int u = 0; u < np && !dup; u++)
                dup = !strcmp(p[u].src, x.src) && !strcmp(p[u].tgt, x.tgt) &&
                      !strcmp(p[u].code, x.code);
            if (!dup)
                p[np++] = x;
        }
        /* forbidden predictions */
        for (int u = 0; u < np; u++) {
            for (size_t k = 0; json_is_array(fb) && k < json_array_size(fb); k++) {
                json_t *x = json_array_get(fb, k);
                const char *s = dy_jstr(x, "source"), *t = dy_jstr(x, "target");
                if (!s || !t || !actor_eq(p[u].src, s, false) || !actor_eq(p[u].tgt, t, false))
                    continue;
                json_t *roots = json_object_get(x, "roots"), *codes = json_object_get(x, "codes");
                for (size_t z = 0; json_is_array(roots) && z < json_array_size(roots); z++) {
                    const char *rt = json_string_value(json_array_get(roots, z));
                    if (rt && !strncmp(p[u].code, rt, 2))
                        forb[u] = true;
                }
                for (size_t z = 0; json_is_array(codes) && z < json_array_size(codes); z++) {
                    const char *cd = json_string_value(json_array_get(codes, z));
                    if (cd && !strcmp(p[u].code, cd))
                        forb[u] = true;
                }
            }
        }
        oom = oom || !score_story(p, np, g, ng, forb, 0, false, &exact, pm, gm) ||
              !score_story(p, np, g, ng, forb, 1, true, &roles, pm, gm) ||
              !score_story(p, np, g, ng, forb, 1, false, &root, pm, gm);
        if (!oom)
            score_locations(p, g, ng, gm, &locs);
        if (!quiet && !oom) {
            for (int v = 0; v < ng; v++)
                if (!g[v].optional && gm[v] < 0)
                    fprintf(out, "%s\tMISS\t%s %s %s\t%s\n", id ? id : "", g[v].src, g[v].code,
                           g[v].tgt, g[v].note ? g[v].note : "");
            for (int u = 0; u < np; u++)
                if (pm[u] == -1)
                    fprintf(out, "%s\tFALSE%s\t%s %s %s\t%.*s\n", id ? id : "",
                           forb[u] ? "(forbidden)" : "", p[u].src, p[u].code, p[u].tgt,
                           (int)(p[u].evlen > 300 ? 300 : p[u].evlen), p[u].evidence);
            /* a matched event whose location has the wrong country */
            for (int v = 0; v < ng; v++) {
                if (gm[v] < 0 || !g[v].loc_country[0])
                    continue;
                const dy_location *l = p[gm[v]].loc;
                if (l && l->level && !strcmp(l->country, g[v].loc_country))
                    continue;
                fprintf(out, "%s\tLOCATION\t%s %s %s\tgold %s (%s)\tgot %s %s (%s)\n",
                        id ? id : "", g[v].src, g[v].code, g[v].tgt, g[v].loc_country,
                        g[v].loc_evidence ? g[v].loc_evidence : "",
                        l && l->level ? l->country : "-", l && l->level && l->place ? l->place : "",
                        l && l->level && l->rule ? l->rule : "none");
            }
        }
        free(g);
        free(p);
        free(forb);
        free(pm);
        free(gm);
        dy_result_free(r);
        json_decref(o);
        if (oom) {
            fprintf(ef, "dyad: out of memory\n");
            status = 2;
            break;
        }
    }
    dy_buf_free(&line);
    if (scores) {
        scores->stories = stories;
        scores->code = exact;
        scores->roles = roles;
        scores->root = root;
    }
    if (status == 2)
        return 2;
    fprintf(out, "stories %d\n", stories);
    prf(out, "code level", &exact, false);
    prf(out, "roles", &roles, false);
    prf(out, "root level", &root, false);
    if (locs.gold)
        fprintf(out, "location    country=%.3f place=%.3f  (of %ld matched events with a gold "
                     "location: %ld right country, %ld right place)\n",
                (double)locs.country / (double)locs.gold, (double)locs.place / (double)locs.gold,
                locs.gold, locs.country, locs.place);
    prf(out, "", &root, true);
    return status;
}
