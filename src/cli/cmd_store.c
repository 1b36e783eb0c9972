/* cmd_store.c: dyad ingest, dyad query and dyad store (info, remerge).
 * Thin: reading articles, coding them, and calling the store of libdyad
 * (include/dyad.h, docs/store.md). */
#include "cli.h"
#include "output/output.h"
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Opens the store, for writing (dy_store_open: created or migrated when
 * needed) or, with READ, for a command that only reads (dy_store_open_read:
 * it never creates, migrates or writes).  DYAD_STORE_SCHEMA=N opens a store
 * at the older schema version N instead, creating it there and not
 * migrating it (for the migration tests). */
static dy_store *open_any(const char *target, bool read)
{
    dy_error err = {0};
    const char *v = getenv("DYAD_STORE_SCHEMA");
    dy_store *s = v && *v ? dy_store_open_version(target, atoi(v), &err)
                  : read  ? dy_store_open_read(target, &err)
                          : dy_store_open(target, &err);
    if (!s) {
        char name[512];
        dy_store_target_name(name, sizeof name, target);
        fprintf(stderr, "dyad: %s: %s\n", name, err.msg);
    }
    return s;
}

static dy_store *open_store(const char *target) { return open_any(target, false); }
static dy_store *open_reader(const char *target) { return open_any(target, true); }

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
    /* events coded in the open batch (the progress line; the totals are
     * counted when a batch commits: the summary counts only what the store
     * holds) */
    long b_mentions;
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
            g->mentions + g->b_mentions, rest);
}

static int commit_batch(ingest *g)
{
    dy_error err = {0};
    if (dy_store_commit(g->s, &err) < 0) {
        fprintf(stderr, "dyad: %s: %s (this batch of %ld articles was not stored)\n", g->name,
                err.msg, g->in_batch);
        g->failed = true;
        g->b_mentions = 0;
        return -1;
    }
    dy_store_counts c;
    dy_store_get_counts(g->s, &c);
    g->stored += c.stored;
    g->unchanged += c.unchanged;
    g->mentions += c.coded;
    g->b_mentions = 0;
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
    /* stored or unchanged: counted at commit (dy_store_get_counts); on
     * PostgreSQL the batch's articles are checked and written together */
    int rc = dy_store_add(g->s, a, r, g->force, &err);
    size_t n = dy_result_count(r);
    if (rc < 0) {
        fprintf(stderr, "dyad: %s:%ld: article %.64s: %s: %s\n", file, line, a->id, g->name,
                err.msg);
        dy_store_rollback(g->s);
        if (g->in_batch)
            fprintf(stderr, "dyad: %s: the %ld articles before it in this batch were not stored\n",
                    g->name, g->in_batch);
        g->in_batch = 0;
        g->b_mentions = 0;
        g->failed = true;
        return 3;
    }
    g->in_batch++;
    /* the kill test (tests/store.sh): SIGKILL in the middle of a batch,
     * right after this many articles were put */
    if (g->kill_after && g->read == g->kill_after)
        raise(SIGKILL);
    g->b_mentions += (long)n;   /* for the progress line */
    if (g->in_batch >= g->batch && commit_batch(g) < 0)
        return 3;
    if (g->progress)
        show_progress(g, false);
    return 0;
}

enum {
    O_ING_DB = 1, O_ING_LANG, O_ING_DATE, O_ING_INPUT, O_ING_DICT, O_ING_BATCH, O_ING_FORCE,
    O_ING_WINDOW, O_ING_MERGE_BY, O_ING_QUIET, O_ING_LANG_FALLBACK, O_ING_THREADS
};
static const cli_opt ingest_opts[] = {
    CLI_OPT_DB(O_ING_DB),
    CLI_OPT_LANG(O_ING_LANG, NULL),
    CLI_OPT_LANG_FALLBACK(O_ING_LANG_FALLBACK),
    CLI_OPT_DATE(O_ING_DATE),
    CLI_OPT_INPUT(O_ING_INPUT),
    CLI_OPT_DICT(O_ING_DICT),
    {O_ING_THREADS, "--threads", CLI_NUM, "N", "code on N threads (stored in input order)", "1", 1,
     256, NULL},
    {O_ING_BATCH, "--batch", CLI_NUM, "N", "commit every N articles", "500", 1, 1000000, NULL},
    {O_ING_FORCE, "--force", CLI_FLAG, NULL, "store again an article already stored unchanged", NULL,
     0, 0, NULL},
    CLI_OPT_WINDOW(O_ING_WINDOW),
    CLI_OPT_MERGE_BY(O_ING_MERGE_BY),
    {O_ING_QUIET, "--quiet", CLI_FLAG, NULL, "no progress line on a terminal", NULL, 0, 0, NULL},
    CLI_OPT_END,
};

const cli_cmd cli_cmd_ingest = {
    "ingest", "[FILE...]", "code articles and keep their events in a store (docs/store.md)",
    "Reads articles as dyad code does (standard input when no FILE is given); every article "
    "needs an id.  Exit status: 0 all stored, 1 some article skipped, 2 an error.",
    "dyad ingest --db events.db --input jsonl articles.jsonl", ingest_opts, NULL,
};

int cmd_ingest(int argc, char **argv)
{
    ingest g = {0};
    cli_input_opts in = {0};
    dy_limits lim;
    dy_limits_default(&lim);
    in.max_bytes = lim.max_doc_bytes;
    in.require_id = 1;   /* FILE:LINE ids would differ with the path's spelling */
    const char *dict = NULL, *lang_fallback = NULL;
    long window = -1, threads = 1;
    int by = -1;
    bool quiet = false;
    int nfiles = 0;
    const char **files = calloc((size_t)argc + 1, sizeof *files);
    if (!files)
        return EXIT_ERROR;
    cli_parser p;
    cli_init(&p, &cli_cmd_ingest, argc, argv);
    for (int k; (k = cli_next(&p)) != CLI_DONE;) {
        switch (k) {
        case CLI_HELP: free(files); return EXIT_OK;
        case CLI_ERROR: free(files); return EXIT_USAGE;
        case CLI_ARG: files[nfiles++] = p.val; break;
        case O_ING_DB: g.db = p.val; break;
        case O_ING_LANG: in.lang = p.val; break;
        case O_ING_DATE: in.date = p.val; break;
        case O_ING_LANG_FALLBACK: lang_fallback = p.val; break;
        case O_ING_THREADS: threads = (long)p.num; break;
        case O_ING_DICT: dict = p.val; break;
        case O_ING_INPUT:
            in.jsonl_set = true;
            in.jsonl = p.num == 1;
            in.news = p.num == 2                 ? DY_INPUT_HTML
                        : p.num == 3 || p.num == 4 ? DY_INPUT_FEED
                        : p.num == 5               ? DY_INPUT_WARC
                                                   : 0;
            break;
        case O_ING_BATCH: g.batch = (long)p.num; break;
        case O_ING_WINDOW: window = (long)p.num; break;
        case O_ING_MERGE_BY: by = (int)p.num; break;
        case O_ING_FORCE: g.force = 1; break;
        case O_ING_QUIET: quiet = true; break;
        }
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
    char holds[160];
    if (dy_store_get_stats(g.s, &st, &err) == 0)
        snprintf(holds, sizeof holds, "now holds %ld articles, %ld mentions, %ld events",
                 st.articles, st.mentions, st.events);
    else
        snprintf(holds, sizeof holds, "its counts could not be read (%.100s)", err.msg);
    fprintf(stderr,
            "dyad ingest: %ld articles read, %ld stored, %ld unchanged, %ld skipped; "
            "%ld events coded; %s %s; "
            "%.2f s (%.0f articles/s, %.0f events/s)%s\n",
            g.read, g.stored, g.unchanged, g.skipped, g.mentions, g.name, holds, el,
            el > 0 ? g.read / el : 0.0, el > 0 ? g.mentions / el : 0.0,
            g.failed ? "; STOPPED by a store error" : "");
    dy_store_close(g.s);
    dy_run_free(g.run);
    dy_dict_free(d);
    free(files);
    if (g.failed || status >= 2)   /* a store error, or a file that cannot be read */
        return EXIT_ERROR;
    return status ? EXIT_SKIPPED : EXIT_OK;
}

/* ----------------------------------------------------------------- query */

typedef struct qout {
    dy_store *s;
    dy_format fmt;
    bool mentions;        /* --mentions: the mentions table instead */
    FILE *mfile;          /* --mentions-file: the mentions table there */
    const dy_dict *dict;  /* labels, country names, PLOVER; may be NULL */
    const dy_stored_event *event;
    FILE *to;
    bool failed;
} qout;

static int print_mention(void *ctx, const dy_stored_mention *m)
{
    qout *q = ctx;
    return dy_write_stored_mention(q->to, q->fmt, m, q->event) < 0 ? 1 : 0;
}

/* The first mention of an event (its strings copied): every format takes
 * the actors' names, the article and the evidence from it. */
typedef struct first_mention {
    dy_stored_mention m;
    char *s[10];
    bool found, oom;
} first_mention;

static const char *keep(first_mention *f, int k, const char *s)
{
    if (!s)
        return NULL;
    f->s[k] = strdup(s);
    if (!f->s[k])
        f->oom = true;
    return f->s[k];
}

static int take_first(void *ctx, const dy_stored_mention *m)
{
    first_mention *f = ctx;
    f->m = *m;
    f->m.article_id = keep(f, 0, m->article_id);
    f->m.url = keep(f, 1, m->url);
    f->m.source_name = keep(f, 2, m->source_name);
    f->m.target_name = keep(f, 3, m->target_name);
    f->m.article_date = keep(f, 4, m->article_date);
    f->m.source = keep(f, 5, m->source);
    f->m.evidence = keep(f, 6, m->evidence);
    f->m.mood = keep(f, 7, m->mood);
    f->m.rule = keep(f, 8, m->rule);
    f->m.lang = keep(f, 9, m->lang);
    f->found = true;
    return 1; /* the first is enough */
}

static int write_mentions(qout *q, const dy_stored_event *e, FILE *to)
{
    dy_error err = {0};
    q->event = e;
    q->to = to;
    if (dy_store_mentions(q->s, e->id, print_mention, q, &err) < 0) {
        fprintf(stderr, "dyad: %s\n", err.msg);
        q->failed = true;
        return 1;
    }
    return ferror(to) ? 1 : 0;
}

static int print_event(void *ctx, const dy_stored_event *e)
{
    qout *q = ctx;
    int rc = 0;
    /* the mentions table alone (csv, tsv, gdelt-mentions) */
    if (q->mentions && q->fmt != DY_FMT_JSONL)
        return write_mentions(q, e, stdout);
    first_mention f = {0};
    dy_error err = {0};
    if (dy_store_mentions(q->s, e->id, take_first, &f, &err) < 0 || f.oom) {
        fprintf(stderr, "dyad: %s\n", f.oom ? "out of memory" : err.msg);
        q->failed = true;
        rc = 1;
    } else if (dy_write_stored_event(stdout, q->fmt, e, f.found ? &f.m : NULL, q->dict) < 0)
        rc = 1;
    for (size_t i = 0; i < sizeof f.s / sizeof *f.s; i++)
        free(f.s[i]);
    /* jsonl: each event's mentions after it */
    if (rc == 0 && q->mentions)
        rc = write_mentions(q, e, stdout);
    if (rc == 0 && q->mfile)
        rc = write_mentions(q, e, q->mfile);
    return rc || ferror(stdout) ? 1 : 0;
}

enum {
    O_Q_DB = 1, O_Q_SOURCE, O_Q_TARGET, O_Q_ACTOR, O_Q_UNDIRECTED, O_Q_ROLE, O_Q_CODE, O_Q_ROOT,
    O_Q_QUAD, O_Q_FROM, O_Q_TO, O_Q_LIMIT, O_Q_FORMAT, O_Q_MENTIONS, O_Q_MENTIONS_FILE, O_Q_LANG,
    O_Q_OUTLET, O_Q_MOOD, O_Q_MIN_SOURCES
};
static const cli_opt query_opts[] = {
    CLI_OPT_DB(O_Q_DB),
    {O_Q_SOURCE, "--source", CLI_STR, "A", "events whose source is A: a code (a country, CHN, matches all "
     "its roles; IGOUNO) or a name (China)", NULL, 0, 0, NULL},
    {O_Q_TARGET, "--target", CLI_STR, "B", "events whose target is B", NULL, 0, 0, NULL},
    {O_Q_ACTOR, "--actor", CLI_STR, "A", "events with A on either side (--source A --undirected)", NULL,
     0, 0, NULL},
    {O_Q_UNDIRECTED, "--undirected", CLI_FLAG, NULL, "match source and target either way round", NULL,
     0, 0, NULL},
    {O_Q_ROLE, "--role", CLI_STR, "R", "events with an actor of role R (the code after the country: GOV)",
     NULL, 0, 0, NULL},
    {O_Q_CODE, "--code", CLI_STR, "C", "events whose CAMEO code is C or starts with it", NULL, 0, 0, NULL},
    {O_Q_ROOT, "--root", CLI_STR, "R", "events of root code R (\"04\")", NULL, 0, 0, NULL},
    {O_Q_QUAD, "--quad", CLI_NUM, "N", "events of quad class N (1 verbal, 2 material cooperation, 3 "
     "verbal, 4 material conflict)", NULL, 1, 4, NULL},
    CLI_OPT_FROM(O_Q_FROM),
    CLI_OPT_TO(O_Q_TO),
    {O_Q_LANG, "--lang", CLI_STR, "L", "events reported in an article in language L (de, en)", NULL, 0, 0,
     NULL},
    {O_Q_OUTLET, "--outlet", CLI_STR, "NAME", "events reported by outlet NAME (the articles' source)",
     NULL, 0, 0, NULL},
    {O_Q_MOOD, "--mood", CLI_CHOICE, "fact|intent|appeal|negated|reported",
     "events with a mention coded in this mood", NULL, 0, 0, NULL},
    {O_Q_MIN_SOURCES, "--min-sources", CLI_NUM, "N", "events reported by at least N outlets", NULL, 1,
     1000000000L, NULL},
    {O_Q_LIMIT, "--limit", CLI_NUM, "N", "at most N events", NULL, 1, 1000000000L, NULL},
    CLI_OPT_FORMAT(O_Q_FORMAT),
    {O_Q_MENTIONS, "--mentions", CLI_FLAG, NULL, "the mentions: jsonl after each event; csv, tsv: the "
     "mentions table instead of the events (joined by event_id); gdelt: GDELT mentions rows", NULL,
     0, 0, NULL},
    {O_Q_MENTIONS_FILE, "--mentions-file", CLI_STR, "FILE", "write the mentions table to FILE as well "
     "(csv, tsv, jsonl; gdelt: GDELT mentions rows)", NULL, 0, 0, NULL},
    CLI_OPT_END,
};

const cli_cmd cli_cmd_query = {
    "query", "", "print a store's events, filtered (docs/store.md, docs/formats.md)", NULL,
    "dyad query --db events.db --actor CHN --from 2021-01-01 --format csv", query_opts, NULL,
};

int cmd_query(int argc, char **argv)
{
    static const dy_format fmts[] = {DY_FMT_JSONL, DY_FMT_TSV,    DY_FMT_GDELT,
                                     DY_FMT_CSV,   DY_FMT_ICEWS,  DY_FMT_PLOVER,
                                     DY_FMT_GDELT_MENTIONS};
    static const char *const moods[] = {"fact", "intent", "appeal", "negated", "reported"};
    const char *db = NULL, *mfile = NULL;
    dy_query q = {0};
    qout o = {0};
    char src[48], tgt[48];
    const cli_cmd *spec = &cli_cmd_query;
    cli_parser p;
    cli_init(&p, spec, argc, argv);
    for (int k; (k = cli_next(&p)) != CLI_DONE;) {
        switch (k) {
        case CLI_HELP: return EXIT_OK;
        case CLI_ERROR: return EXIT_USAGE;
        case CLI_ARG: return cli_usage_error(spec, "unexpected argument '%s'", p.val);
        case O_Q_DB: db = p.val; break;
        case O_Q_SOURCE:
        case O_Q_ACTOR:
            if (!cli_actor(spec, k == O_Q_SOURCE ? "--source" : "--actor", p.val, src, sizeof src))
                return EXIT_USAGE;
            q.source = src;
            if (k == O_Q_ACTOR)
                q.undirected = 1;
            break;
        case O_Q_TARGET:
            if (!cli_actor(spec, "--target", p.val, tgt, sizeof tgt))
                return EXIT_USAGE;
            q.target = tgt;
            break;
        case O_Q_UNDIRECTED: q.undirected = 1; break;
        case O_Q_ROLE:
            if (!cli_role(spec, p.val))
                return EXIT_USAGE;
            q.role = p.val;
            break;
        case O_Q_CODE:
        case O_Q_ROOT:
            if (!*p.val || strspn(p.val, "0123456789") != strlen(p.val) || strlen(p.val) > 4 ||
                (k == O_Q_ROOT && strlen(p.val) != 2))
                return cli_usage_error(spec, "%s takes a CAMEO code of digits (%s), not '%.32s'",
                                       k == O_Q_CODE ? "--code" : "--root",
                                       k == O_Q_CODE ? "042, or a prefix: 04" : "two: 04", p.val);
            if (k == O_Q_CODE)
                q.code = p.val;
            else
                q.root = p.val;
            break;
        case O_Q_QUAD: q.quad = (int)p.num; break;
        case O_Q_FROM: q.from = p.val; break;
        case O_Q_TO: q.to = p.val; break;
        case O_Q_LANG:
            if (strlen(p.val) < 2 || strlen(p.val) > 3 || strspn(p.val, "abcdefghijklmnopqrstuvwxyz") != strlen(p.val))
                return cli_usage_error(spec, "--lang takes a language code (de, en), not '%.32s'", p.val);
            q.lang = p.val;
            break;
        case O_Q_OUTLET: q.outlet = p.val; break;
        case O_Q_MOOD: q.mood = moods[p.num]; break;
        case O_Q_MIN_SOURCES: q.min_sources = (int)p.num; break;
        case O_Q_LIMIT: q.limit = (long)p.num; break;
        case O_Q_FORMAT: o.fmt = fmts[p.num]; break;
        case O_Q_MENTIONS: o.mentions = true; break;
        case O_Q_MENTIONS_FILE: mfile = p.val; break;
        }
    }
    if (o.mentions && (o.fmt == DY_FMT_ICEWS || o.fmt == DY_FMT_PLOVER))
        return cli_usage_error(spec, "--mentions takes jsonl, csv, tsv or gdelt");
    if (mfile && (o.fmt == DY_FMT_ICEWS || o.fmt == DY_FMT_PLOVER || o.mentions))
        return cli_usage_error(spec, "--mentions-file takes jsonl, csv, tsv or gdelt, without --mentions");
    if (o.mentions && o.fmt == DY_FMT_GDELT)
        o.fmt = DY_FMT_GDELT_MENTIONS;
    if (o.fmt == DY_FMT_GDELT_MENTIONS)
        o.mentions = true; /* every mention, not each event's first */
    char name[512];
    dy_store_target_name(name, sizeof name, db);
    if (strncmp(db, "postgres", 8) && access(db, F_OK) != 0) {
        fprintf(stderr, "dyad: %s: no such store (create one with dyad ingest)\n", name);
        return EXIT_ERROR;
    }
    o.s = open_reader(db);
    if (!o.s)
        return EXIT_ERROR;
    /* the dictionaries give labels, country names and PLOVER types; a
     * query works without them (the labels are then empty) */
    dy_dict *d = NULL;
    if (o.fmt != DY_FMT_GDELT && o.fmt != DY_FMT_GDELT_MENTIONS && !o.mentions) {
        char buf[4096];
        dy_error derr = {0};
        d = dy_dict_load(cli_dict_dir(buf, sizeof buf), &derr);
        if (!d && o.fmt == DY_FMT_PLOVER) {
            fprintf(stderr, "dyad: %s: %s (PLOVER needs dict/plover.txt)\n", derr.file, derr.msg);
            dy_store_close(o.s);
            return EXIT_ERROR;
        }
    }
    o.dict = d;
    if (mfile) {
        o.mfile = fopen(mfile, "wb");
        if (!o.mfile) {
            fprintf(stderr, "dyad: %s: cannot write: %s\n", mfile, strerror(errno));
            dy_store_close(o.s);
            dy_dict_free(d);
            return EXIT_ERROR;
        }
        dy_write_stored_mention_header(o.mfile, o.fmt == DY_FMT_GDELT ? DY_FMT_GDELT_MENTIONS : o.fmt);
    }
    if (o.mentions && o.fmt != DY_FMT_JSONL)
        dy_write_stored_mention_header(stdout, o.fmt);
    else
        dy_write_stored_header(stdout, o.fmt);
    dy_error err = {0};
    int rc = dy_store_query(o.s, &q, print_event, &o, &err);
    if (rc < 0)
        fprintf(stderr, "dyad: %s: %s\n", name, err.msg);
    if (o.mfile && fclose(o.mfile) != 0) {
        fprintf(stderr, "dyad: %s: error writing\n", mfile);
        o.failed = true;
    }
    dy_store_close(o.s);
    dy_dict_free(d);
    return rc < 0 || o.failed ? EXIT_ERROR : EXIT_OK;
}

/* ----------------------------------------------------------------- store */

enum { O_ST_DB = 1, O_ST_WINDOW, O_ST_MERGE_BY, O_ST_SCHEMA };
static const cli_opt store_db_opts[] = {CLI_OPT_DB(O_ST_DB), CLI_OPT_END};
static const cli_opt store_remerge_opts[] = {
    CLI_OPT_DB(O_ST_DB),
    CLI_OPT_WINDOW(O_ST_WINDOW),
    CLI_OPT_MERGE_BY(O_ST_MERGE_BY),
    CLI_OPT_END,
};
static const cli_opt store_init_opts[] = {
    CLI_OPT_DB(O_ST_DB),
    {O_ST_SCHEMA, "--schema", CLI_NUM, "N", "create the store at the older schema version N (tests)",
     NULL, 1, DY_STORE_SCHEMA, NULL},
    CLI_OPT_END,
};

const cli_cmd cli_cmd_store_info = {
    "store info", "", "print a store's backend, schema, merge rules and counts", NULL,
    "dyad store info --db events.db", store_db_opts, NULL,
};
const cli_cmd cli_cmd_store_check = {
    "store check", "", "check that a store's events agree with its mentions (exit 0 when they do)",
    NULL, "dyad store check --db events.db", store_db_opts, NULL,
};
const cli_cmd cli_cmd_store_remerge = {
    "store remerge", "", "merge a store's mentions into events again, under new rules", NULL,
    "dyad store remerge --db events.db --window 3 --merge-by root", store_remerge_opts, NULL,
};
const cli_cmd cli_cmd_store_init = {
    "store init", "", "create a store (or migrate one) and print its schema version", NULL,
    "dyad store init --db postgres://localhost/dyad", store_init_opts, NULL,
};
static const cli_cmd *const store_subs[] = {&cli_cmd_store_info, &cli_cmd_store_check,
                                            &cli_cmd_store_remerge, &cli_cmd_store_init, NULL};
const cli_cmd cli_cmd_store = {
    "store", "", "look after a store: info, check, remerge, init (docs/store.md)", NULL,
    "dyad store info --db events.db", NULL, store_subs,
};

int cmd_store(int argc, char **argv)
{
    const char *db = NULL;
    long window = -1, version = 0;
    int by = -1;
    const cli_cmd *spec = &cli_cmd_store;
    if (argc > 1 && cli_sub(spec, argv[1])) {
        spec = cli_sub(spec, argv[1]);
        argc--;
        argv++;
    } else if (argc > 1 && argv[1][0] != '-') {
        return cli_usage_error(spec, "unknown subcommand '%s'", argv[1]);
    }
    const char *sub = spec->subs ? "" : strchr(spec->name, ' ') + 1;
    cli_parser p;
    cli_init(&p, spec, argc, argv);
    for (int k; (k = cli_next(&p)) != CLI_DONE;) {
        switch (k) {
        case CLI_HELP: return EXIT_OK;
        case CLI_ERROR: return EXIT_USAGE;
        case CLI_ARG: return cli_usage_error(spec, "unexpected argument '%s'", p.val);
        case O_ST_DB: db = p.val; break;
        case O_ST_WINDOW: window = (long)p.num; break;
        case O_ST_MERGE_BY: by = (int)p.num; break;
        case O_ST_SCHEMA: version = (long)p.num; break;
        }
    }
    if (!*sub)
        return cli_usage_short(spec);
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
    if (strncmp(db, "postgres", 8) && access(db, F_OK) != 0) {
        fprintf(stderr, "dyad: %s: no such store\n", name);
        return EXIT_ERROR;
    }
    dy_store *s = !strcmp(sub, "remerge") ? open_store(db) : open_reader(db);
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
