/* cmd_store.c: dyad ingest, dyad query and dyad store (info, remerge).
 * Thin: reading articles, coding them, and calling the store of libdyad
 * (include/dyad.h, docs/store.md). */
#include "cli.h"
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define DEFAULT_DB "dyad.db"

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Opens the store; DYAD_STORE_SCHEMA=N creates a new store at the older
 * schema version N instead of migrating (for the migration tests). */
static dy_store *open_store(const char *target)
{
    dy_error err = {0};
    const char *v = getenv("DYAD_STORE_SCHEMA");
    dy_store *s = v && *v ? dy_store_open_version(target, atoi(v), &err)
                          : dy_store_open(target, &err);
    if (!s) {
        char name[512];
        dy_store_target_name(name, sizeof name, target);
        fprintf(stderr, "dyad: %s: %s\n", name, err.msg);
    }
    return s;
}

/* ---------------------------------------------------------------- ingest */

typedef struct ingest {
    const dy_dict *d;
    dy_run *run;             /* libdyad's language choice (--lang auto) */
    long kill_after;         /* $DYAD_TEST_KILL_AFTER (tests only) */
    dy_store *s;
    const char *db;
    char name[512];          /* db with a URL's password masked, for messages */
    long batch, in_batch;
    int force;
    bool progress;
    double t0, last_shown;
    long long total_bytes;   /* of all inputs; 0 when unknown */
    long long done_bytes;    /* of the files finished */
    long long pos;           /* in the current file */
    long read, stored, unchanged, skipped, mentions;
    bool failed;
} ingest;

static void show_progress(ingest *g, bool final)
{
    double t = now_s(), el = t - g->t0;
    if (!final && t - g->last_shown < 0.5)
        return;
    g->last_shown = t;
    double rate = el > 0 ? g->read / el : 0;
    char rest[64] = "";
    long long at = g->done_bytes + g->pos;
    if (g->total_bytes > 0 && at > 0 && at < g->total_bytes && el > 1)
        snprintf(rest, sizeof rest, ", about %.0f s left",
                 el * (double)(g->total_bytes - at) / (double)at);
    fprintf(stderr, "\r\033[Kdyad ingest: %ld articles (%.0f/s), %ld events%s", g->read, rate,
            g->mentions, rest);
}

static int commit_batch(ingest *g)
{
    dy_error err = {0};
    if (dy_store_commit(g->s, &err) < 0) {
        fprintf(stderr, "dyad: %s: %s (this batch of %ld articles was not stored)\n", g->name,
                err.msg, g->in_batch);
        g->failed = true;
        return -1;
    }
    g->in_batch = 0;
    return 0;
}

/* The article checks of ingest, on the coding thread (dy_run_opts.accept):
 * an article must have an id. */
static int ingest_accept(void *ctx, const dy_article *a, const char *file, long line, FILE *err)
{
    (void)ctx;
    if (!a->id || !*a->id) {
        fprintf(err, "dyad: %s:%ld: the article has no id; skipped\n", file, line);
        return 1;
    }
    return 0;
}

/* Stores one coded article, in input order (dy_run_opts.put): the run of
 * libdyad read it, chose its language and coded it, on a worker thread
 * with --threads N. */
static int ingest_article(void *ctx, const dy_article *a, const dy_result *r,
                          const dy_error *e, int skip, const char *file, long line)
{
    ingest *g = ctx;
    dy_error err = {0};
    g->read++;
    if (skip) {
        g->skipped++;
        return 1;
    }
    if (!r) {
        fprintf(stderr, "dyad: %s:%ld: article %.64s: %s; skipped\n", file, line, a->id,
                e->msg);
        g->skipped++;
        if (e->status == DY_ENOMEM)
            return 3;
        return 1;
    }
    if (g->in_batch == 0 && dy_store_begin(g->s, &err) < 0) {
        fprintf(stderr, "dyad: %s: %s\n", g->name, err.msg);
        g->failed = true;
        return 3;
    }
    int rc = dy_store_put(g->s, a, r, g->force, &err);
    size_t n = dy_result_count(r);
    if (rc < 0) {
        fprintf(stderr, "dyad: %s:%ld: article %.64s: %s: %s\n", file, line, a->id, g->name,
                err.msg);
        dy_store_rollback(g->s);
        g->in_batch = 0;
        g->failed = true;
        return 3;
    }
    g->in_batch++;
    /* the kill test (tests/store.sh): SIGKILL in the middle of a batch,
     * right after this many articles were put */
    if (g->kill_after && g->read == g->kill_after)
        raise(SIGKILL);
    if (rc == 1)
        g->unchanged++;
    else {
        g->stored++;
        g->mentions += (long)n;
    }
    if (g->in_batch >= g->batch && commit_batch(g) < 0)
        return 3;
    if (g->progress)
        show_progress(g, false);
    return 0;
}

static const char ingest_usage[] =
    "usage: dyad ingest [--db PATH|postgres://...] [--lang de|en|auto] [--lang-fallback de|en|guess]\n"
    "                   [--date YYYY-MM-DD] [--threads N]\n"
    "                   [--input text|jsonl] [--dict DIR] [--batch N] [--force]\n"
    "                   [--window DAYS] [--merge-by code|root] [--quiet] FILE...\n";

int cmd_ingest(int argc, char **argv)
{
    ingest g = {0};
    g.db = DEFAULT_DB;
    g.batch = 500;
    cli_input_opts in = {0};
    in.lang = "de";
    dy_limits lim;
    dy_limits_default(&lim);
    in.max_bytes = lim.max_doc_bytes;
    const char *dict = NULL, *lang_fallback = NULL;
    long window = -1, threads = 1;
    int by = -1;
    bool quiet = false;
    int nfiles = 0;
    const char **files = calloc((size_t)argc + 1, sizeof *files);
    if (!files)
        return EXIT_ERROR;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        bool takes = !strcmp(a, "--db") || !strcmp(a, "--lang") || !strcmp(a, "--date") ||
                     !strcmp(a, "--lang-fallback") || !strcmp(a, "--threads") ||
                     !strcmp(a, "--input") || !strcmp(a, "--dict") || !strcmp(a, "--batch") ||
                     !strcmp(a, "--window") || !strcmp(a, "--merge-by");
        if (takes && !v) {
            fprintf(stderr, "dyad: option %s needs a value\n%s", a, ingest_usage);
            free(files);
            return EXIT_USAGE;
        }
        if (takes)
            i++;
        if (!strcmp(a, "--db"))
            g.db = v;
        else if (!strcmp(a, "--lang"))
            in.lang = v;
        else if (!strcmp(a, "--date"))
            in.date = v;
        else if (!strcmp(a, "--threads")) {
            if (!cli_parse_long(v, 1, 256, &threads)) {
                fprintf(stderr, "dyad: --threads takes a number from 1 to 256\n");
                free(files);
                return EXIT_USAGE;
            }
        } else if (!strcmp(a, "--lang-fallback")) {
            if (strcmp(v, "de") && strcmp(v, "en") && strcmp(v, "guess")) {
                fprintf(stderr, "dyad: --lang-fallback takes de, en or guess\n");
                free(files);
                return EXIT_USAGE;
            }
            lang_fallback = v;
        }
        else if (!strcmp(a, "--dict"))
            dict = v;
        else if (!strcmp(a, "--input")) {
            in.jsonl_set = true;
            in.jsonl = !strcmp(v, "jsonl");
            if (!in.jsonl && strcmp(v, "text")) {
                fprintf(stderr, "dyad: --input takes text or jsonl\n");
                free(files);
                return EXIT_USAGE;
            }
        } else if (!strcmp(a, "--batch")) {
            if (!cli_parse_long(v, 1, 1000000, &g.batch)) {
                fprintf(stderr, "dyad: --batch takes a number from 1 to 1000000\n");
                free(files);
                return EXIT_USAGE;
            }
        } else if (!strcmp(a, "--window")) {
            if (!cli_parse_long(v, 0, 3650, &window)) {
                fprintf(stderr, "dyad: --window takes a number of days from 0 to 3650\n");
                free(files);
                return EXIT_USAGE;
            }
        } else if (!strcmp(a, "--merge-by")) {
            if (strcmp(v, "code") && strcmp(v, "root")) {
                fprintf(stderr, "dyad: --merge-by takes code or root\n");
                free(files);
                return EXIT_USAGE;
            }
            by = !strcmp(v, "root");
        } else if (!strcmp(a, "--force"))
            g.force = 1;
        else if (!strcmp(a, "--quiet"))
            quiet = true;
        else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "dyad: unknown option %s\n%s", a, ingest_usage);
            free(files);
            return EXIT_USAGE;
        } else
            files[nfiles++] = a;
    }
    if (!nfiles)
        files[nfiles++] = "-";
    dy_dict *d = cli_load_dict(dict);
    if (!d) {
        free(files);
        return EXIT_ERROR;
    }
    g.d = d;
    /* the run of libdyad (dyad.h, "Coding runs") in put mode: it reads,
     * chooses languages and codes (on --threads N workers); ingest_article
     * stores, in input order */
    in.pos = &g.pos;
    dy_run_opts ro = {0};
    ro.dict = d;
    ro.in = in;
    dy_limits_default(&ro.limits);
    ro.limits.max_doc_bytes = in.max_bytes;
    ro.lang_fallback = lang_fallback;
    ro.lang_quiet = 1;
    ro.threads = (int)threads;
    ro.put = ingest_article;
    ro.accept = ingest_accept;
    ro.ctx = &g;
    dy_error rerr = {0};
    g.run = dy_run_new(&ro, &rerr);
    if (!g.run) {
        fprintf(stderr, "dyad: %s\n", rerr.msg);
        dy_dict_free(d);
        free(files);
        return EXIT_ERROR;
    }
    dy_store_target_name(g.name, sizeof g.name, g.db);
    g.s = open_store(g.db);
    if (!g.s) {
        dy_run_free(g.run);
        dy_dict_free(d);
        free(files);
        return EXIT_ERROR;
    }
    if (window >= 0 || by >= 0) {
        dy_merge_rules r;
        dy_store_get_rules(g.s, &r);
        if ((window >= 0 && window != r.window_days) || (by >= 0 && by != (int)r.by)) {
            if (window >= 0)
                r.window_days = (int)window;
            if (by >= 0)
                r.by = (dy_merge_by)by;
            dy_error err = {0};
            if (dy_store_remerge(g.s, &r, &err) < 0) {
                fprintf(stderr, "dyad: %s: %s\n", g.name, err.msg);
                dy_store_close(g.s);
                dy_run_free(g.run);
                dy_dict_free(d);
                free(files);
                return EXIT_ERROR;
            }
        }
    }
    const char *ka = getenv("DYAD_TEST_KILL_AFTER");
    if (ka && *ka)
        g.kill_after = atol(ka);
    g.progress = !quiet && isatty(2);
    for (int i = 0; i < nfiles; i++) {
        struct stat st;
        if (strcmp(files[i], "-") && stat(files[i], &st) == 0 && S_ISREG(st.st_mode))
            g.total_bytes += st.st_size;
        else if (strcmp(files[i], "-")) {
            /* unknown size: no time estimate */
        } else
            g.total_bytes = -1;
    }
    if (g.total_bytes < 0)
        g.total_bytes = 0;
    in.pos = &g.pos;
    g.t0 = now_s();
    int status = 0;
    for (int i = 0; i < nfiles && !g.failed; i++) {
        g.pos = 0;
        int rc = dy_run_file(g.run, files[i]);
        if (rc > status)
            status = rc;
        struct stat st;
        if (strcmp(files[i], "-") && stat(files[i], &st) == 0)
            g.done_bytes += st.st_size;
    }
    if (!g.failed && g.in_batch)
        commit_batch(&g);
    if (g.progress)
        fprintf(stderr, "\r\033[K");
    double el = now_s() - g.t0;
    dy_store_stats st = {0};
    dy_error err = {0};
    dy_store_get_stats(g.s, &st, &err);
    fprintf(stderr,
            "dyad ingest: %ld articles read, %ld stored, %ld unchanged, %ld skipped; "
            "%ld events coded; %s now holds %ld articles, %ld mentions, %ld events; "
            "%.2f s (%.0f articles/s, %.0f events/s)%s\n",
            g.read, g.stored, g.unchanged, g.skipped, g.mentions, g.name, st.articles,
            st.mentions, st.events, el, el > 0 ? g.read / el : 0.0,
            el > 0 ? g.mentions / el : 0.0, g.failed ? "; STOPPED by a store error" : "");
    dy_store_close(g.s);
    dy_run_free(g.run);
    dy_dict_free(d);
    free(files);
    if (g.failed)
        return EXIT_ERROR;
    return status ? EXIT_SKIPPED : EXIT_OK;
}

/* ----------------------------------------------------------------- query */

typedef struct qout {
    dy_store *s;
    int fmt;          /* 0 jsonl, 1 tsv, 2 gdelt */
    bool mentions;
    bool failed;
} qout;

static void json_s(FILE *f, const char *s)
{
    putc('"', f);
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
        if (*p == '"' || *p == '\\')
            fprintf(f, "\\%c", *p);
        else if (*p < 0x20)
            fprintf(f, "\\u%04x", *p);
        else
            putc(*p, f);
    }
    putc('"', f);
}

static void tsv_s(FILE *f, const char *s)
{
    for (const char *p = s ? s : ""; *p; p++)
        putc(*p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p, f);
}

static int print_mention(void *ctx, const dy_stored_mention *m)
{
    qout *q = ctx;
    if (q->fmt == 0) {
        fputs("{\"mention_of\":", stdout);
        printf("%lld,\"article\":", m->event_id);
        json_s(stdout, m->article_id);
        printf(",\"article_date\":\"%s\",\"outlet\":", m->article_date);
        json_s(stdout, m->source);
        fputs(",\"url\":", stdout);
        json_s(stdout, m->url);
        printf(",\"sent\":%d,\"mood\":\"%s\",\"evidence\":", m->sent, m->mood);
        json_s(stdout, m->evidence);
        printf(",\"spans\":{\"source\":[%u,%u],\"target\":[%u,%u],\"predicate\":[%u,%u]},"
               "\"rule\":",
               m->src_span.start, m->src_span.end, m->tgt_span.start, m->tgt_span.end,
               m->pred_span.start, m->pred_span.end);
        json_s(stdout, m->rule);
        fputs("}\n", stdout);
    } else {
        printf("#mention\t%lld\t", m->event_id);
        tsv_s(stdout, m->article_id);
        printf("\t%s\t", m->article_date);
        tsv_s(stdout, m->source);
        putchar('\t');
        tsv_s(stdout, m->url);
        printf("\t%d\t%s\t", m->sent, m->mood);
        tsv_s(stdout, m->evidence);
        putchar('\n');
    }
    return ferror(stdout) ? 1 : 0;
}

/* Country and role (type) parts of an actor code, as GDELT splits them. */
static void parts(const char *code, char country[4], char role[24])
{
    if (!strncmp(code, "IGO", 3) || !strncmp(code, "NGO", 3)) {
        country[0] = 0;
        snprintf(role, 24, "%.3s", code);
        return;
    }
    snprintf(country, 4, "%.3s", code);
    snprintf(role, 24, "%.3s", strlen(code) > 3 ? code + 3 : "");
}

static int print_event(void *ctx, const dy_stored_event *e)
{
    qout *q = ctx;
    if (q->fmt == 0) {
        printf("{\"id\":%lld,\"date\":\"%s\",\"last_date\":\"%s\",\"source\":\"%s\","
               "\"target\":\"%s\",\"code\":\"%s\",\"root\":\"%s\",\"quad\":%d,"
               "\"goldstein\":%.1f,\"num_mentions\":%d,\"num_sources\":%d,"
               "\"num_articles\":%d",
               e->id, e->date, e->last_date, e->source, e->target, e->code, e->root, e->quad,
               e->goldstein, e->num_mentions, e->num_sources, e->num_articles);
        if (e->participants) {
            fputs(",\"participants\":", stdout);
            json_s(stdout, e->participants);
        }
        fputs("}\n", stdout);
    } else if (q->fmt == 1) {
        printf("%lld\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%.1f\t%d\t%d\t%d\t%s\n", e->id, e->date,
               e->last_date, e->source, e->target, e->code, e->root, e->quad, e->goldstein,
               e->num_mentions, e->num_sources, e->num_articles,
               e->participants ? e->participants : "");
    } else {
        /* GDELT 2.0 event table, 61 columns; geography and tone are empty
         * (dyad does not geocode or score tone) */
        char day[9], c1[4], r1[24], c2[4], r2[24];
        snprintf(day, sizeof day, "%.4s%.2s%.2s", e->date, e->date + 5, e->date + 8);
        int y = atoi(e->date), m = atoi(e->date + 5), dd = atoi(e->date + 8);
        parts(e->source, c1, r1);
        parts(e->target, c2, r2);
        char base[4];
        snprintf(base, sizeof base, "%.3s", e->code);
        printf("%lld\t%s\t%.6s\t%d\t%.4f\t", e->id, day, day, y, y + ((m - 1) * 30.4 + dd) / 365.0);
        printf("%s\t%s\t%s\t%s\t\t\t\t%s\t\t\t", e->source, e->source, c1,
               strncmp(e->source, "IGO", 3) ? "" : e->source, r1);
        printf("%s\t%s\t%s\t%s\t\t\t\t%s\t\t\t", e->target, e->target, c2,
               strncmp(e->target, "IGO", 3) ? "" : e->target, r2);
        printf("1\t%s\t%s\t%s\t%d\t%.1f\t%d\t%d\t%d\t\t", e->code, base, e->root, e->quad,
               e->goldstein, e->num_mentions, e->num_sources, e->num_articles);
        for (int g = 0; g < 3; g++)
            fputs("\t\t\t\t\t\t\t\t", stdout);
        printf("%s\t\n", day);
    }
    if (q->mentions) {
        dy_error err = {0};
        if (dy_store_mentions(q->s, e->id, print_mention, q, &err) < 0) {
            fprintf(stderr, "dyad: %s\n", err.msg);
            q->failed = true;
            return 1;
        }
    }
    return ferror(stdout) ? 1 : 0;
}

static bool valid_date(const char *s)
{
    int y, m, d;
    char tail;
    if (strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3)
        return false;
    return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

static const char query_usage[] =
    "usage: dyad query [--db PATH|URL] [--source A] [--target B] [--actor A] [--undirected]\n"
    "                  [--role R] [--code C] [--root R] [--quad 1-4] [--from D] [--to D]\n"
    "                  [--limit N] [--format jsonl|tsv|gdelt] [--mentions]\n";

int cmd_query(int argc, char **argv)
{
    const char *db = DEFAULT_DB;
    dy_query q = {0};
    qout o = {0};
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--undirected")) {
            q.undirected = 1;
            continue;
        }
        if (!strcmp(a, "--mentions")) {
            o.mentions = true;
            continue;
        }
        if (a[0] != '-' || !v) {
            fprintf(stderr, "dyad: %s %s\n%s", a, a[0] != '-' ? "is not an option" : "needs a value",
                    query_usage);
            return EXIT_USAGE;
        }
        i++;
        if (!strcmp(a, "--db"))
            db = v;
        else if (!strcmp(a, "--source"))
            q.source = v;
        else if (!strcmp(a, "--target"))
            q.target = v;
        else if (!strcmp(a, "--actor")) {
            q.source = v;
            q.undirected = 1;
        } else if (!strcmp(a, "--role"))
            q.role = v;
        else if (!strcmp(a, "--code"))
            q.code = v;
        else if (!strcmp(a, "--root"))
            q.root = v;
        else if (!strcmp(a, "--from") || !strcmp(a, "--to")) {
            if (!valid_date(v)) {
                fprintf(stderr, "dyad: %s takes a date YYYY-MM-DD, not '%.32s'\n", a, v);
                return EXIT_USAGE;
            }
            if (a[2] == 'f')
                q.from = v;
            else
                q.to = v;
        } else if (!strcmp(a, "--quad")) {
            long n;
            if (!cli_parse_long(v, 1, 4, &n)) {
                fprintf(stderr, "dyad: --quad takes 1, 2, 3 or 4\n");
                return EXIT_USAGE;
            }
            q.quad = (int)n;
        } else if (!strcmp(a, "--limit")) {
            if (!cli_parse_long(v, 1, 1000000000L, &q.limit)) {
                fprintf(stderr, "dyad: --limit takes a positive number\n");
                return EXIT_USAGE;
            }
        } else if (!strcmp(a, "--format")) {
            o.fmt = !strcmp(v, "jsonl") ? 0 : !strcmp(v, "tsv") ? 1 : !strcmp(v, "gdelt") ? 2 : -1;
            if (o.fmt < 0) {
                fprintf(stderr, "dyad: --format takes jsonl, tsv or gdelt\n");
                return EXIT_USAGE;
            }
        } else {
            fprintf(stderr, "dyad: unknown option %s\n%s", a, query_usage);
            return EXIT_USAGE;
        }
    }
    char name[512];
    dy_store_target_name(name, sizeof name, db);
    if (strncmp(db, "postgres", 8) && access(db, F_OK) != 0) {
        fprintf(stderr, "dyad: %s: no such store (create one with dyad ingest)\n", name);
        return EXIT_ERROR;
    }
    o.s = open_store(db);
    if (!o.s)
        return EXIT_ERROR;
    if (o.fmt == 1)
        puts("id\tdate\tlast_date\tsource\ttarget\tcode\troot\tquad\tgoldstein\t"
             "num_mentions\tnum_sources\tnum_articles\tparticipants");
    dy_error err = {0};
    int rc = dy_store_query(o.s, &q, print_event, &o, &err);
    if (rc < 0)
        fprintf(stderr, "dyad: %s: %s\n", name, err.msg);
    dy_store_close(o.s);
    return rc < 0 || o.failed ? EXIT_ERROR : EXIT_OK;
}

/* ----------------------------------------------------------------- store */

int cmd_store(int argc, char **argv)
{
    const char *sub = argc > 1 ? argv[1] : "";
    const char *db = DEFAULT_DB;
    long window = -1, version = 0;
    int by = -1;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!v) {
            fprintf(stderr, "dyad: option %s needs a value\n", a);
            return EXIT_USAGE;
        }
        i++;
        if (!strcmp(a, "--db"))
            db = v;
        else if (!strcmp(a, "--window") && cli_parse_long(v, 0, 3650, &window))
            ;
        else if (!strcmp(a, "--merge-by") && (!strcmp(v, "code") || !strcmp(v, "root")))
            by = !strcmp(v, "root");
        else if (!strcmp(a, "--schema") && cli_parse_long(v, 1, DY_STORE_SCHEMA, &version))
            ;
        else {
            fprintf(stderr, "dyad: store: bad option %s %.32s\n", a, v);
            return EXIT_USAGE;
        }
    }
    dy_error err = {0};
    char name[512];
    dy_store_target_name(name, sizeof name, db);
    if (!strcmp(sub, "init")) {
        dy_store *s = version ? dy_store_open_version(db, (int)version, &err)
                              : dy_store_open(db, &err);
        if (!s) {
            fprintf(stderr, "dyad: %s: %s\n", name, err.msg);
            return EXIT_ERROR;
        }
        printf("%s: %s store at schema version %d\n", name, dy_store_backend(s),
               dy_store_schema_version(s));
        dy_store_close(s);
        return EXIT_OK;
    }
    if (strcmp(sub, "info") && strcmp(sub, "remerge") && strcmp(sub, "check")) {
        fprintf(stderr, "usage: dyad store info|check|remerge|init [--db PATH|URL] "
                        "[--window DAYS] [--merge-by code|root] [--schema N]\n");
        return EXIT_USAGE;
    }
    if (strncmp(db, "postgres", 8) && access(db, F_OK) != 0) {
        fprintf(stderr, "dyad: %s: no such store\n", name);
        return EXIT_ERROR;
    }
    dy_store *s = open_store(db);
    if (!s)
        return EXIT_ERROR;
    int rc = 0;
    dy_merge_rules r;
    dy_store_get_rules(s, &r);
    if (!strcmp(sub, "remerge")) {
        if (window >= 0)
            r.window_days = (int)window;
        if (by >= 0)
            r.by = (dy_merge_by)by;
        rc = dy_store_remerge(s, &r, &err);
    }
    if (!strcmp(sub, "check")) {
        long bad = dy_store_check(s, stdout, &err);
        if (bad < 0)
            fprintf(stderr, "dyad: %s: %s\n", name, err.msg);
        else if (bad == 0)
            printf("%s: consistent\n", name);
        dy_store_close(s);
        return bad == 0 ? EXIT_OK : EXIT_ERROR;
    }
    dy_store_stats st;
    if (rc == 0)
        rc = dy_store_get_stats(s, &st, &err);
    if (rc == 0)
        printf("store\t%s\nbackend\t%s\nschema\t%d\nmerge_window_days\t%d\nmerge_by\t%s\n"
               "articles\t%ld\nmentions\t%ld\nevents\t%ld\nactors\t%ld\n",
               name, dy_store_backend(s), dy_store_schema_version(s), r.window_days,
               r.by == DY_MERGE_ROOT ? "root" : "code", st.articles, st.mentions, st.events,
               st.actors);
    else
        fprintf(stderr, "dyad: %s: %s\n", name, err.msg);
    dy_store_close(s);
    return rc ? EXIT_ERROR : EXIT_OK;
}
