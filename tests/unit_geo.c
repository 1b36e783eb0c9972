/* Unit tests: the gazetteer (src/geo): loading, lookup with exonyms and
 * German declension, disambiguation, locative phrases, datelines, and a
 * loader error naming file:line.  Usage: unit_geo [DICT_DIR] */
#include "check.h"
#include "geo/geo.h"
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static dy_arena ar;

static dy_vec v;

static const dy_tok *toks(const char *text, size_t *n)
{
    dy_vec_free(&v);
    v = (dy_vec)DY_VEC(dy_tok);
    if (!dy_tokenize(text, strlen(text), &ar, &v, 10000))
        abort();
    dy_mark_dateline(text, v.items, v.n);
    *n = v.n;
    return v.items;
}

/* The best candidate of the name at the start of TEXT: "CCC name level". */
static const char *look(const dy_geo *g, const char *text, const char *ctx)
{
    static char buf[256];
    size_t n, nc;
    const dy_tok *t = toks(text, &n);
    const dy_geo_place *c[4];
    size_t len = dy_geo_lookup(g, t, n, 0, ctx, 0, c, 4, &nc);
    if (!len || !nc)
        snprintf(buf, sizeof buf, "-");
    else
        snprintf(buf, sizeof buf, "%s %s %d", c[0]->country, c[0]->name, c[0]->level);
    return buf;
}

/* The locatives of a sentence: "CCC name level;..." */
static const char *locs(const dy_geo *g, const char *lang, const char *text)
{
    static char buf[512];
    size_t n;
    const dy_tok *t = toks(text, &n);
    dy_geo_loc l[8];
    size_t k = dy_geo_locatives(g, lang, t, 0, n, NULL, l, 8);
    buf[0] = 0;
    for (size_t i = 0; i < k; i++) {
        size_t o = strlen(buf);
        snprintf(buf + o, sizeof buf - o, "%s%s %s %d", i ? ";" : "",
                 l[i].ncand ? l[i].cand[0]->country : "?",
                 l[i].ncand ? l[i].cand[0]->name : "?",
                 l[i].ncand ? l[i].cand[0]->level : 0);
    }
    return buf;
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : "dict";
    dy_error err = {0};
    dy_geo *g = dy_geo_load(dir, &err);
    CHECK(g != NULL);
    if (!g) {
        fprintf(stderr, "%s:%ld: %s\n", err.file, err.line, err.msg);
        return CHECK_DONE("unit_geo");
    }
    dy_geo_stats st;
    dy_geo_stats_get(g, &st);
    CHECK(st.places > 20000 && st.admin1 > 3000 && st.countries > 200);
    CHECK(st.exonyms > 50 && st.patterns > 40);

    /* names, exonyms, case and diacritics */
    CHECK_STR(look(g, "Kiew", NULL), "UKR Kyiv 1");
    CHECK_STR(look(g, "KIEV", NULL), "UKR Kyiv 1");
    CHECK_STR(look(g, "Charkiw", NULL), "UKR Kharkiv 1");
    CHECK_STR(look(g, "Peking", NULL), "CHN Beijing 1");
    CHECK_STR(look(g, "Den Haag", NULL), "NLD The Hague 1");
    CHECK_STR(look(g, "Krakow", NULL), "POL Kraków 1");
    CHECK_STR(look(g, "Chan Junis", NULL), "PSE Khān Yūnis 1");
    CHECK_STR(look(g, "Gaza-Stadt", NULL), "PSE Gaza 1");
    CHECK_STR(look(g, "Tiflis", NULL), "GEO Tbilisi 1");
    CHECK_STR(look(g, "Bayern", NULL), "DEU Bayern 2");
    CHECK_STR(look(g, "Frankreich", NULL), "FRA France 3");
    CHECK_STR(look(g, "Mexico", NULL), "MEX Mexico 3");
    /* first-level divisions: exonyms by ISO code; generic words are none */
    CHECK_STR(look(g, "Katalonien", NULL), "ESP Catalunya 2");
    CHECK_STR(look(g, "Krim", NULL), "UKR Avtonomna Respublika Krym 2");
    CHECK_STR(look(g, "Hauptstadt", NULL), "-");
    CHECK_STR(look(g, "Centre", NULL), "-");
    /* German declension: genitive and -er adjective, big places only */
    CHECK_STR(look(g, "Kiews", NULL), "UKR Kyiv 1");
    CHECK_STR(look(g, "Moskauer", NULL), "RUS Moscow 1");
    CHECK_STR(look(g, "Deutschlands", NULL), "DEU Germany 3");
    /* not a name; lower case is no name */
    CHECK_STR(look(g, "Gestern", NULL), "-");
    CHECK_STR(look(g, "kiew", NULL), "-");
    /* disambiguation: capital, then population; context country first */
    CHECK_STR(look(g, "Vienna", NULL), "AUT Vienna 1");
    CHECK_STR(look(g, "Vienna", "USA"), "USA Vienna 1");
    CHECK_STR(look(g, "Tripoli", NULL), "LBY Tripoli 1");
    CHECK_STR(look(g, "Tripoli", "LBN"), "LBN Tripoli 1");
    CHECK_STR(look(g, "Washington", NULL), "USA Washington, D.C. 1");

    /* locative phrases (sentences written for this test) */
    CHECK_STR(locs(g, "de", "Die Armee griff am Morgen Stellungen bei Charkiw an."),
              "UKR Kharkiv 1");
    CHECK_STR(locs(g, "de", "Der Anschlag in der nordafghanischen Provinz Kundus forderte Tote."),
              "AFG Kunduz 2");
    CHECK_STR(locs(g, "de", "Die Minister trafen sich in Warschau und reisten nach Den Haag."),
              "POL Warsaw 1;NLD The Hague 1");
    CHECK_STR(locs(g, "de", "Im Osten von Kiews Umland fielen Schüsse."), "UKR Kyiv 1");
    CHECK_STR(locs(g, "en", "Gunmen attacked a checkpoint in northern Kunduz province on Monday."),
              "AFG Kunduz 2");
    CHECK_STR(locs(g, "en", "The talks were held in the eastern city of Benghazi."),
              "LBY Benghazi 1");
    CHECK_STR(locs(g, "en", "Protesters gathered in the capital, Manama, on Friday."),
              "BHR Manama 1");
    CHECK_STR(locs(g, "en", "He said in a statement that talks will continue."), "");
    /* English: a place followed by a capitalised word is part of a name */
    CHECK_STR(locs(g, "en", "Police cleared the camp in Pearl Square overnight."), "");
    CHECK_STR(locs(g, "en", "Fighting resumed in Kunduz Province on Sunday."), "AFG Kunduz 2");
    CHECK_STR(locs(g, "de", "Die Minister trafen in Wien Vertreter der Opposition."), "AUT Vienna 1");
    /* the capital of a context country */
    CHECK(dy_geo_capital(g, "BHR") && !strcmp(dy_geo_capital(g, "BHR")->name, "Manama"));
    CHECK(dy_geo_capital(g, "XXX") == NULL);

    /* datelines */
    {
        size_t n;
        const dy_tok *t = toks("KABUL (Reuters) - A bomb exploded near a market.", &n);
        const dy_geo_place *p = dy_geo_dateline(g, t, n);
        CHECK(p && !strcmp(p->country, "AFG"));
            t = toks("Wien, Genf (epd). Die Gespräche wurden vertagt.", &n);
        p = dy_geo_dateline(g, t, n);
        CHECK(p && !strcmp(p->name, "Genève"));
        t = toks("ROME, May 4. /TASS/. The talks were postponed.", &n);
        p = dy_geo_dateline(g, t, n);
        CHECK(p && !strcmp(p->country, "ITA"));
        t = toks("Genf sagte die Gespräche ab (epd).", &n);
        CHECK(dy_geo_dateline(g, t, n) == NULL);
        t = toks("A bomb exploded near a market in the city.", &n);
        CHECK(dy_geo_dateline(g, t, n) == NULL);
        }
    dy_geo_free(g);

    /* a bad line is reported with file and line */
    {
        char tmp[] = "/tmp/unit_geo_XXXXXX";
        CHECK(mkdtemp(tmp) != NULL);
        char path[256];
        snprintf(path, sizeof path, "%s/geo", tmp);
        CHECK(mkdir(path, 0700) == 0);
        snprintf(path, sizeof path, "%s/geo/admin1.txt", tmp);
        FILE *f = fopen(path, "w");
        CHECK(f != NULL);
        if (f) {
            fputs("# test\nAF-KDZ\tAFG\t24\tProvince\t36.7\t68.8\tKunduz\n"
                  "AF-XX\tAFG\t25\tProvince\t99.0\t68.8\tNowhere\n", f);
            fclose(f);
        }
        dy_error e2 = {0};
        CHECK(dy_geo_load(tmp, &e2) == NULL);
        CHECK(e2.status == DY_ESYNTAX && e2.line == 3 && strstr(e2.file, "admin1.txt"));
        remove(path);
        snprintf(path, sizeof path, "%s/geo", tmp);
        rmdir(path);
        rmdir(tmp);
    }
    /* out of memory while loading: every 7th allocation fails once; the
     * load returns NULL with DY_ENOMEM and leaks nothing (make asan) */
    long lf = 0;
    for (long k = 1; k < 10000000; k += 7) {
        dy_error e3 = {0};
        dy_fail_alloc_after(k);
        dy_geo *x = dy_geo_load(dir, &e3);
        dy_fail_alloc_after(0);
        if (x) {
            dy_geo_free(x);
            break;
        }
        CHECK(e3.status == DY_ENOMEM);
        lf++;
    }
    CHECK(lf > 5);
    dy_vec_free(&v);
    dy_arena_free(&ar);
    return CHECK_DONE("unit_geo");
}
