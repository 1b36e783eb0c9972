/*
 * geoprobe: run the gazetteer (src/geo) on text, for tools/geo-eval.py and
 * for measuring load time.  Not part of dyad.
 *
 * Usage: geoprobe DICT_DIR < LINES
 * Each input line is  LANG <TAB> KIND <TAB> TEXT  with "\n" in TEXT written
 * as the two characters \ and n.  KIND "loc" prints the locative phrases of
 * TEXT, then (when there is none) a dateline at its start, then the first
 * place name in it; KIND "dateline"
 * prints the dateline's place.  One output line per input line:
 *   HOW <TAB> COUNTRY <TAB> NAME <TAB> LEVEL   (HOW: loc, name, dateline)
 * or "-" when nothing was found.  The load time and size go to stderr.
 *
 * Build: make build/geoprobe
 */
#define _POSIX_C_SOURCE 200809L
#include "geo/geo.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static double cpu(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static long rss_kb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: geoprobe DICT_DIR < LINES\n");
        return 2;
    }
    long rss0 = rss_kb();
    double t0 = now(), c0 = cpu();
    dy_error err = {0};
    dy_geo *g = dy_geo_load(argv[1], &err);
    double t1 = now(), c1 = cpu();
    if (!g) {
        fprintf(stderr, "geoprobe: %s:%ld: %s\n", err.file, err.line, err.msg);
        return 1;
    }
    dy_geo_stats st;
    dy_geo_stats_get(g, &st);
    fprintf(stderr, "geoprobe: loaded %zu places, %zu divisions, %zu countries, "
            "%zu forms, %zu patterns from %zu bytes in %.1f ms (CPU %.1f ms); "
            "max RSS +%ld kB\n",
            st.places, st.admin1, st.countries, st.forms, st.patterns, st.bytes,
            (t1 - t0) * 1e3, (c1 - c0) * 1e3, rss_kb() - rss0);
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    while ((len = getline(&line, &cap, stdin)) > 0) {
        if (line[len - 1] == '\n')
            line[--len] = 0;
        char *kind = strchr(line, '\t');
        char *text = kind ? strchr(kind + 1, '\t') : NULL;
        if (!text) {
            puts("-");
            continue;
        }
        *kind++ = 0;
        *text++ = 0;
        /* unescape \n */
        char *w = text;
        for (char *r = text; *r; r++) {
            if (r[0] == '\\' && r[1] == 'n') {
                *w++ = '\n';
                r++;
            } else {
                *w++ = *r;
            }
        }
        *w = 0;
        dy_arena ar = {0};
        dy_vec v = DY_VEC(dy_tok);
        if (!dy_tokenize(text, strlen(text), &ar, &v, 1000000)) {
            puts("-");
            dy_arena_free(&ar);
            dy_vec_free(&v);
            continue;
        }
        dy_tok *t = v.items;
        const dy_geo_place *p = NULL;
        const char *how = "-";
        if (!strcmp(kind, "dateline")) {
            dy_mark_dateline(text, t, v.n);
            p = dy_geo_dateline(g, t, v.n);
            how = "dateline";
        } else {
            dy_geo_loc l[1];
            if (dy_geo_locatives(g, line, t, 0, v.n, NULL, l, 1) && l[0].ncand) {
                p = l[0].cand[0];
                how = "loc";
            }
            if (!p) {
                dy_mark_dateline(text, t, v.n);
                if ((p = dy_geo_dateline(g, t, v.n)) != NULL)
                    how = "dateline";
            }
            for (size_t i = 0; !p && i < v.n; i++) {
                const dy_geo_place *c[1];
                size_t nc;
                if (dy_geo_lookup(g, t, v.n, i, NULL, 0, c, 1, &nc) && nc) {
                    p = c[0];
                    how = "name";
                }
            }
        }
        if (p)
            printf("%s\t%s\t%s\t%d\n", how, p->country, p->name, p->level);
        else
            puts("-");
        dy_arena_free(&ar);
        dy_vec_free(&v);
    }
    free(line);
    dy_geo_free(g);
    return 0;
}
