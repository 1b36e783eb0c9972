/* unit_lib.c: the library entry points that used to live in the CLI,
 * called through include/dyad.h alone: the article readers, the coding
 * run (one thread and a pool), the language choice, evaluation, the
 * importer and the validation runner.
 *
 *     build/tests/unit_lib DICT_DIR    (tests/run.sh: dict)
 *
 * Every text here was written for this test. */
#define _POSIX_C_SOURCE 200809L
#include "dyad.h"
#include "check.h"
#include <stdlib.h>
#include <unistd.h>

static char tmp[256];

static const char *write_tmp(const char *name, const char *text)
{
    static char path[8][512];
    static int k;
    char *p = path[k++ % 8];
    snprintf(p, 512, "%s/%s", tmp, name);
    FILE *f = fopen(p, "w");
    if (!f || fputs(text, f) < 0 || fclose(f) != 0) {
        perror(p);
        exit(2);
    }
    return p;
}

/* dy_article_fn: counts the articles and keeps the last id */
typedef struct seen { int n; char id[64], lang[8]; } seen;
static int count_fn(void *ctx, const dy_article *a, const char *file, long line)
{
    (void)file;
    (void)line;
    seen *s = ctx;
    s->n++;
    snprintf(s->id, sizeof s->id, "%s", a->id ? a->id : "");
    snprintf(s->lang, sizeof s->lang, "%s", a->lang ? a->lang : "");
    return 0;
}
static int two_fn(void *ctx, const dy_article *a, const char *file, long line)
{
    (void)ctx, (void)a, (void)file, (void)line;
    return 2;
}

/* Runs a coding run on PATH with THREADS threads; the output in *OUT. */
static int run_to(const dy_dict *d, const char *path, int threads, const char *fallback,
                  char **out, char **msgs)
{
    size_t on = 0, en = 0;
    dy_run_opts o = {0};
    o.dict = d;
    o.in.lang = "de";
    dy_limits_default(&o.limits);
    o.in.max_bytes = o.limits.max_doc_bytes;
    o.fmt = DY_FMT_TSV;
    o.threads = threads;
    o.lang_fallback = fallback;
    o.out = open_memstream(out, &on);
    o.err = open_memstream(msgs, &en);
    dy_error err;
    dy_run *r = dy_run_new(&o, &err);
    CHECK(r != NULL);
    int st = r ? dy_run_file(r, path) : -1;
    dy_run_free(r);
    fclose(o.out);
    fclose(o.err);
    return st;
}

int main(int argc, char **argv)
{
    const char *dictdir = argc > 1 ? argv[1] : "dict";
    snprintf(tmp, sizeof tmp, "%s/dyad-unit-lib-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (!mkdtemp(tmp)) {
        perror("mkdtemp");
        return 2;
    }
    dy_error err;
    dy_dict *d = dy_dict_load(dictdir, &err);
    if (!d) {
        fprintf(stderr, "%s: %s\n", dictdir, err.msg);
        return 2;
    }

    /* dy_dict_find: $DYAD_DICT first, as it is */
    char buf[4096];
    setenv("DYAD_DICT", "/nowhere/dict", 1);
    CHECK_STR(dy_dict_find(buf, sizeof buf), "/nowhere/dict");
    unsetenv("DYAD_DICT");

    /* reading: a good line, a blank one, a malformed one, one without date */
    const char *jl = write_tmp("a.jsonl",
        "{\"id\":\"x1\",\"date\":\"2022-05-10\",\"text\":\"Frankreich kritisierte Russland.\"}\n"
        "\n"
        "{\"id\":\"x2\",\"date\":\n"
        "{\"id\":\"x3\",\"text\":\"Ohne Datum.\"}\n"
        "{\"id\":\"x4\",\"date\":\"2022-05-11\",\"lang\":\"en\",\"text\":\"France criticized Russia.\"}\n");
    char *msgs = NULL;
    size_t mlen = 0;
    dy_input_opts in = {0};
    in.lang = "de";
    in.max_bytes = 1 << 20;
    in.err = open_memstream(&msgs, &mlen);
    seen s = {0};
    int st = dy_read_articles(jl, &in, count_fn, &s);
    fclose(in.err);
    CHECK(st == 1);                       /* two lines skipped */
    CHECK(s.n == 2);
    CHECK_STR(s.id, "x4");
    CHECK_STR(s.lang, "en");
    CHECK(msgs && strstr(msgs, "a.jsonl:3: malformed JSON"));
    CHECK(msgs && strstr(msgs, "a.jsonl:4: article x3 has no date"));
    free(msgs);
    CHECK(dy_input_is_jsonl(&in, "x.jsonl") == 1);
    CHECK(dy_input_is_jsonl(&in, "x.txt") == 0);
    in.err = NULL;
    /* one line: blank 0, FN's status otherwise */
    const char *line = "{\"id\":\"y\",\"date\":\"2022-05-10\",\"text\":\"Text.\"}";
    CHECK(dy_read_jsonl_line("l", 1, "  ", 2, &in, NULL, two_fn, NULL) == 0);
    CHECK(dy_read_jsonl_line("l", 1, line, strlen(line), &in, NULL, two_fn, NULL) == 2);
    memset(&s, 0, sizeof s);
    CHECK(dy_read_jsonl_line("l", 1, line, strlen(line), &in, NULL, count_fn, &s) == 0);
    CHECK_STR(s.id, "y");

    /* the run: one thread and a pool of three write the same bytes */
    char *o1 = NULL, *e1 = NULL, *o3 = NULL, *e3 = NULL;
    int s1 = run_to(d, jl, 1, NULL, &o1, &e1);
    int s3 = run_to(d, jl, 3, NULL, &o3, &e3);
    CHECK(s1 == 1 && s3 == 1);
    CHECK(o1 && strstr(o1, "\tFRAGOV\tRUSGOV\t111\t") && strstr(o1, "\nx4\t"));
    CHECK(o1 && o3 && !strcmp(o1, o3));
    CHECK(e1 && e3 && !strcmp(e1, e3));
    free(o1), free(e1), free(o3), free(e3);

    /* the language choice: an unsure article skipped, or coded with a
     * fallback; "auto" asked by the article itself */
    const char *au = write_tmp("auto.jsonl",
        "{\"id\":\"u1\",\"date\":\"2022-05-10\",\"lang\":\"auto\",\"text\":\"The government of France sharply criticized Russia on Tuesday, the ministry said.\"}\n"
        "{\"id\":\"u2\",\"date\":\"2022-05-10\",\"lang\":\"auto\",\"text\":\"Paris Moskau.\"}\n");
    s1 = run_to(d, au, 1, NULL, &o1, &e1);
    CHECK(e1 && strstr(e1, "auto.jsonl:1: language en"));
    CHECK(o1 && strstr(o1, "u1\t"));
    CHECK(s1 == 1 && e1 && strstr(e1, "auto.jsonl:2: ") && strstr(e1, "skipped"));
    free(o1), free(e1);
    s1 = run_to(d, au, 1, "de", &o1, &e1);
    CHECK(s1 == 0 || (e1 && strstr(e1, "no language identified")));
    free(o1), free(e1);

    /* evaluation: a gold file of two stories, one event missed */
    const char *gold = write_tmp("gold.jsonl",
        "{\"id\":\"g1\",\"date\":\"2022-05-10\",\"lang\":\"de\",\"text\":\"Die Regierung Frankreichs kritisierte Russland am Dienstag scharf.\",\"events\":[{\"source\":\"FRAGOV\",\"target\":\"RUSGOV\",\"code\":\"111\"}]}\n"
        "{\"id\":\"g2\",\"date\":\"2022-05-10\",\"lang\":\"de\",\"text\":\"Das Wetter war schön.\",\"events\":[{\"source\":\"DEU\",\"target\":\"FRA\",\"code\":\"040\",\"note\":\"made up\"}]}\n");
    FILE *g = fopen(gold, "r");
    char *eo = NULL;
    size_t eolen = 0;
    FILE *eout = open_memstream(&eo, &eolen);
    dy_eval_scores sc;
    memset(&sc, 0, sizeof sc);
    CHECK(g && dy_eval(d, g, gold, 0, eout, NULL, &sc) == 0);
    fclose(g);
    fclose(eout);
    CHECK(sc.stories == 2);
    CHECK(sc.root.tp == 1 && sc.root.fp == 0 && sc.root.fn == 1);
    CHECK(eo && strstr(eo, "g2\tMISS\tDEU 040 FRA\tmade up"));
    CHECK(eo && strstr(eo, "\nP=1.000 R=0.500 F1=0.667\n"));
    free(eo);

    /* the importer: the TABARI fixture into a new directory; the loaded
     * dictionary handed back codes with the imported verbs */
    const char *files[] = {"tests/import/tabari/fixture.actors", "tests/import/tabari/fixture.agents",
                           "tests/import/tabari/fixture.verbs"};
    char outdir[300], *so = NULL, *se = NULL;
    size_t solen = 0, selen = 0;
    snprintf(outdir, sizeof outdir, "%s/imp", tmp);
    dy_import_opts io = {0};
    io.format = DY_IMPORT_TABARI;
    io.files = files;
    io.nfiles = 3;
    io.out_dir = outdir;
    io.base_dir = dictdir;
    io.show = 5;
    io.out = open_memstream(&so, &solen);
    io.err = open_memstream(&se, &selen);
    dy_dict *imp = NULL;
    int irc = dy_import(&io, &imp);
    fclose(io.out);
    fclose(io.err);
    CHECK(irc == 1);                       /* the fixture has malformed lines */
    CHECK(imp != NULL);
    CHECK(so && strstr(so, "dyad dict import --format tabari: 3 files"));
    CHECK(se && strstr(se, "fixture.actors:17: unclosed"));
    free(so), free(se);
    if (imp) {
        const char *t = "Valdoria rebuked Morvania on Tuesday.";
        dy_article a = {"i1", "2005-03-01", "en", NULL, t, strlen(t), NULL, NULL};
        dy_result *r = dy_code(imp, &a, NULL, &err);
        CHECK(r && dy_result_count(r) == 1 &&
              !strcmp(dy_result_event(r, 0)->code, "111"));
        dy_result_free(r);
    }
    /* an unreadable file: 2, and no dictionary */
    const char *bad[] = {"tests/import/tabari/no-such.verbs"};
    io.files = bad;
    io.nfiles = 1;
    io.out = io.err = fopen("/dev/null", "w");
    dy_dict *none = (dy_dict *)1;
    CHECK(dy_import(&io, &none) == 2 && none == NULL);
    fclose(io.out);

    /* the validation runner on the fixture's suite, with the imported
     * dictionaries */
    FILE *suite = fopen("tests/import/suite.jsonl", "r");
    char *vo = NULL;
    size_t volen = 0;
    FILE *vout = open_memstream(&vo, &volen), *vnull = fopen("/dev/null", "w");
    CHECK(suite && imp && dy_validate(imp, suite, "suite.jsonl", "tabari", "imp", 1, vout, vnull) == 1);
    fclose(vout);
    fclose(vnull);
    if (suite)
        fclose(suite);
    CHECK(vo && strstr(vo, "dyad validate --suite tabari suite.jsonl (dictionaries imp)"));
    CHECK(vo && strstr(vo, "\npass rate (actors at country level): "));
    free(vo);

    dy_dict_free(imp);
    dy_dict_free(d);
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp);
    if (system(cmd) != 0)
        fprintf(stderr, "cannot remove %s\n", tmp);
    return CHECK_DONE("unit_lib");
}
