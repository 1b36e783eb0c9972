/* cmd_code.c: dyad code, dyad explain, dyad split.
 *
 * With --threads N, dyad code (and explain) codes articles on a pool of N
 * worker threads.  The main thread splits the input into lines (JSON Lines)
 * or reads the documents (plain text) and is the single writer: each worker
 * parses a line, codes its article and renders the events and messages into
 * memory buffers (open_memstream), and the main thread writes the buffers in
 * input order, so that standard output and standard error are byte-identical
 * to the single-thread run.  At most 2N+8 jobs are in flight, which bounds
 * the memory. */
#include "cli.h"
#include <string.h>
#include <stdlib.h>
#include <errno.h>
#include <unistd.h>
#include <pthread.h>
#include <jansson.h>

dy_dict *cli_load_dict(const char *dir)
{
    char buf[4096];
    if (!dir)
        dir = getenv("DYAD_DICT");
    if (!dir) {
        /* ./dict, else dict/ beside the executable */
        dir = "dict";
        FILE *f = fopen("dict/cameo.txt", "r");
        if (f) {
            fclose(f);
        } else {
            ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 6);
            if (n > 0) {
                buf[n] = 0;
                char *slash = strrchr(buf, '/');
                if (slash) {
                    snprintf(slash + 1, sizeof buf - (size_t)(slash + 1 - buf), "dict");
                    dir = buf;
                }
            }
        }
    }
    dy_error err;
    dy_dict *d = dy_dict_load(dir, &err);
    if (!d) {
        if (err.line)
            fprintf(stderr, "dyad: %s:%ld: %s\n", err.file, err.line, err.msg);
        else
            fprintf(stderr, "dyad: %s: %s\n", err.file[0] ? err.file : dir, err.msg);
    }
    return d;
}

typedef struct code_opts {
    cli_input_opts in;
    dy_format fmt;
    dy_scale scale;
    const char *dict;
    bool explain;
    const char *lang_fallback; /* --lang-fallback de|en|guess, or NULL */
    int threads;   /* worker threads; 1 codes on the main thread */
    size_t max_sentence_tokens, max_doc_tokens;  /* dy_limits */
    const char **files;
    int nfiles;
} code_opts;

/* Byte offsets (dy_span) are 32-bit, and invalid UTF-8 is replaced by
 * U+FFFD, three bytes for each bad byte: a document of at most this many
 * bytes keeps its offsets exact even if every byte is replaced. */
#define MAX_DOC_BYTES_CAP ((size_t)UINT32_MAX / 3)

enum {
    O_DATE = 1, O_LANG, O_LANG_FALLBACK, O_ID, O_DICT, O_MAX_DOC_BYTES, O_MAX_SENT_TOKENS,
    O_MAX_DOC_TOKENS, O_THREADS, O_INPUT, O_FORMAT, O_SCALE
};

static const cli_opt code_opts_table[] = {
    CLI_OPT_LANG(O_LANG, "de"),
    {O_LANG_FALLBACK, "--lang-fallback", CLI_CHOICE, "de|en|guess",
     "with --lang auto: how to code an article whose language is unsure (guess: the leaning)",
     NULL, 0, 0, NULL},
    CLI_OPT_DATE(O_DATE),
    {O_ID, "--id", CLI_STR, "ID", "the article id of a plain text file (default: the file name)",
     NULL, 0, 0, NULL},
    CLI_OPT_INPUT(O_INPUT),
    CLI_OPT_FORMAT(O_FORMAT),
    {O_SCALE, "--scale", CLI_CHOICE, "gdelt|icews|phoenix", "the Goldstein scale's values",
     "gdelt", 0, 0, NULL},
    {O_THREADS, "--threads", CLI_NUM, "N", "code on N threads (the output is the same)", "1", 1,
     256, NULL},
    CLI_OPT_DICT(O_DICT),
    {O_MAX_DOC_BYTES, "--max-doc-bytes", CLI_NUM, "N",
     "skip a document over N bytes (default: 16 MiB, docs/limits.md)", NULL, 1,
     (long long)MAX_DOC_BYTES_CAP,
     "byte offsets are 32-bit, and an invalid byte becomes 3 bytes of U+FFFD"},
    {O_MAX_SENT_TOKENS, "--max-sentence-tokens", CLI_NUM, "N",
     "cut a sentence after N tokens (default: 400)", NULL, 1, UINT32_MAX, NULL},
    {O_MAX_DOC_TOKENS, "--max-doc-tokens", CLI_NUM, "N",
     "skip a document over N tokens (default: 2000000)", NULL, 1, UINT32_MAX, NULL},
    CLI_OPT_END,
};

#define CODE_ABOUT                                                                          \
    "Reads articles from the FILEs (standard input when none is given, or for -): "        \
    "a plain text file is one article; a JSON Lines file (*.jsonl, or --input jsonl) "     \
    "holds one article a line with the fields id, date, lang, title, text, source, url. " \
    "Exit status: 0 all coded, 1 some article skipped, 2 an error, 64 a usage error."

const cli_cmd cli_cmd_code = {
    "code", "[FILE...]", "code articles into events (JSON Lines, TSV or GDELT rows)",
    CODE_ABOUT,
    "dyad code --lang de --date 2022-05-10 --format tsv examples/beispiel-de.txt\n"
    "dyad code --input jsonl --lang auto --threads 2 articles.jsonl",
    code_opts_table, NULL,
};

const cli_cmd cli_cmd_explain = {
    "explain", "[FILE...]",
    "code articles and show every clause, predicate, mood decision and event",
    CODE_ABOUT, "dyad explain --lang de --date 2022-05-10 examples/beispiel-de.txt",
    code_opts_table, NULL,
};

/* Parses the options shared by code and explain.  Returns -1 on a usage
 * error (after printing it), 1 after --help. */
static int parse_code_opts(int argc, char **argv, code_opts *o, const cli_cmd *spec)
{
    static const dy_format fmts[] = {DY_FMT_JSONL, DY_FMT_TSV,    DY_FMT_GDELT,
                                     DY_FMT_CSV,   DY_FMT_ICEWS,  DY_FMT_PLOVER,
                                     DY_FMT_GDELT_MENTIONS};
    static const dy_scale scales[] = {DY_SCALE_GDELT, DY_SCALE_ICEWS, DY_SCALE_PHOENIX};
    memset(o, 0, sizeof *o);
    dy_limits lim;
    dy_limits_default(&lim);
    o->in.max_bytes = lim.max_doc_bytes;
    o->max_sentence_tokens = lim.max_sentence_tokens;
    o->max_doc_tokens = lim.max_doc_tokens;
    o->files = calloc((size_t)argc + 1, sizeof *o->files);
    if (!o->files)
        return -1;
    cli_parser p;
    cli_init(&p, spec, argc, argv);
    for (int k; (k = cli_next(&p)) != CLI_DONE;) {
        switch (k) {
        case CLI_HELP: return 1;
        case CLI_ERROR: return -1;
        case CLI_ARG: o->files[o->nfiles++] = p.val; break;
        case O_DATE: o->in.date = p.val; break;
        case O_LANG: o->in.lang = p.val; break;
        case O_LANG_FALLBACK: o->lang_fallback = p.val; break;
        case O_ID: o->in.id = p.val; break;
        case O_DICT: o->dict = p.val; break;
        case O_MAX_DOC_BYTES: o->in.max_bytes = (size_t)p.num; break;
        case O_MAX_SENT_TOKENS: o->max_sentence_tokens = (size_t)p.num; break;
        case O_MAX_DOC_TOKENS: o->max_doc_tokens = (size_t)p.num; break;
        case O_THREADS: o->threads = (int)p.num; break;
        case O_INPUT:
            o->in.jsonl_set = true;
            o->in.jsonl = p.num == 1;
            break;
        case O_FORMAT: o->fmt = fmts[p.num]; break;
        case O_SCALE: o->scale = scales[p.num]; break;
        }
    }
    return 0;
}

typedef struct code_run {
    code_opts *o;
    const dy_dict *d;
    dy_limits lim;
} code_run;

/* ------------------------------------------------------ --lang auto */

/* The language identifier (dyad.h), loaded on the first article that asks
 * for it ("auto" from --lang or a JSON Lines "lang" field) and shared,
 * read-only, by every thread; run_code frees it.  $DYAD_LANGID_DIR
 * overrides where the fingerprints are read from. */
static pthread_mutex_t langid_mu = PTHREAD_MUTEX_INITIALIZER;
static dy_langid *langid;
static bool langid_tried;
static dy_error langid_err;

static const dy_langid *langid_get(void)
{
    pthread_mutex_lock(&langid_mu);
    if (!langid_tried) {
        langid_tried = true;
        langid = dy_langid_load(getenv("DYAD_LANGID_DIR"), &langid_err);
    }
    pthread_mutex_unlock(&langid_mu);
    return langid;
}

static void langid_done(void)
{
    pthread_mutex_lock(&langid_mu);
    dy_langid_free(langid);
    langid = NULL;
    langid_tried = false;
    pthread_mutex_unlock(&langid_mu);
}

/* "dyad: FILE:LINE: " or "dyad: FILE: " */
static void where(FILE *err, const char *file, long line)
{
    if (line)
        fprintf(err, "dyad: %s:%ld: ", file, line);
    else
        fprintf(err, "dyad: %s: ", file);
}

/* Identifies the language of A (its lang is "auto"), says so on ERR and
 * sets *LANG to "de" or "en".  Returns 0 to code it, 1 when it is skipped
 * (another language, no language, unsure without --lang-fallback), 2 on
 * an error. */
static int choose_lang(code_run *r, const dy_article *a, const char *file, long line,
                       FILE *err, const char **lang)
{
    const dy_langid *li = langid_get();
    if (!li) {
        where(err, file, line);
        fprintf(err, "cannot identify the language: ");
        if (langid_err.line)
            fprintf(err, "%s:%ld: %s; skipped\n", langid_err.file, langid_err.line, langid_err.msg);
        else
            fprintf(err, "%s: %s; skipped\n", langid_err.file, langid_err.msg);
        return 2;
    }
    dy_langid_result g;
    if (dy_langid_article(li, a, &g) != DY_OK) {
        where(err, file, line);
        fprintf(err, "out of memory; skipped\n");
        return 2;
    }
    where(err, file, line);
    if (g.verdict == DY_LANG_NONE) {
        fprintf(err, "no language identified (%s); skipped\n", g.why);
        return 1;
    }
    const char *lean = !strcmp(g.lang, "de") ? "de" : !strcmp(g.lang, "en") ? "en" : NULL;
    if (g.verdict == DY_LANG_SURE)
        fprintf(err, "language %s", g.lang);
    else if (g.verdict == DY_LANG_UNSURE && lean)
        fprintf(err, "language unsure, leaning %s", lean);
    else if (g.verdict == DY_LANG_UNSURE)
        fprintf(err, "language unsure");
    else
        fprintf(err, "language %s", g.lang);
    if (!g.textcat[0])
        fprintf(err, " (textcat: too short");
    else if (g.other_margin > 0)
        fprintf(err, " (textcat nearest %s, %.3f ahead of de/en", g.textcat, g.other_margin);
    else
        fprintf(err, " (textcat nearest %s", g.textcat);
    if (g.textcat[0])
        fprintf(err, ", de/en margin %.3f", g.textcat_margin < 0 ? -g.textcat_margin
                                                               : g.textcat_margin);
    fprintf(err, "; words de %d, en %d)", g.votes_de, g.votes_en);
    if (g.verdict == DY_LANG_SURE) {
        fputc('\n', err);
        *lang = lean;
        return 0;
    }
    if (g.verdict == DY_LANG_OTHER) {
        fprintf(err, ": %s; skipped\n", g.why);
        return 1;
    }
    const char *fb = r->o->lang_fallback;
    if (fb && !strcmp(fb, "guess"))
        fb = lean;
    if (!fb) {
        fprintf(err, ": %s; skipped (--lang-fallback %s codes it)\n", g.why,
                lean ? "de|en|guess" : "de|en");
        return 1;
    }
    fprintf(err, ": %s; coded as %s (--lang-fallback)\n", g.why, fb);
    *lang = !strcmp(fb, "de") ? "de" : "en";
    return 0;
}

/* Codes one article: writes its events (and, for explain, its account) to
 * OUT and its messages to ERR.  Returns 0 (ok), 1 (skipped), 2 (error) or
 * 3 (writing OUT failed). */
static int code_article(code_run *r, const dy_article *a, const char *file, long line,
                        FILE *out, FILE *err)
{
    dy_error e;
    dy_options opt = {r->o->scale, &r->lim, r->o->explain};
    if (!a->date) {
        fprintf(err, "dyad: %s: no story date (give --date YYYY-MM-DD); skipped\n", file);
        return 1;
    }
    dy_article chosen;
    if (a->lang && !strcmp(a->lang, "auto")) {
        const char *lang = NULL;
        int k = choose_lang(r, a, file, line, err, &lang);
        if (k)
            return k;
        chosen = *a;
        chosen.lang = lang;
        a = &chosen;
    }
    dy_result *res = dy_code(r->d, a, &opt, &e);
    if (!res) {
        if (line)
            fprintf(err, "dyad: %s:%ld: %s; skipped\n", file, line, e.msg);
        else
            fprintf(err, "dyad: %s: %s; skipped\n", file, e.msg);
        return e.status == DY_ENOMEM ? 2 : 1;
    }
    int rc = 0;
    if (dy_result_invalid_utf8(res)) {
        if (line)
            fprintf(err, "dyad: %s:%ld: %zu invalid UTF-8 sequences replaced by U+FFFD\n",
                    file, line, dy_result_invalid_utf8(res));
        else
            fprintf(err, "dyad: %s: %zu invalid UTF-8 sequences replaced by U+FFFD\n", file,
                    dy_result_invalid_utf8(res));
    }
    if (r->o->explain) {
        fprintf(out, "=== %s (%s)\n", a->id ? a->id : "", a->date);
        if (dy_result_explain(res, out) < 0)
            rc = 3;
    }
    for (size_t i = 0; i < dy_result_count(res) && rc == 0; i++) {
        if (dy_write_event(out, r->o->fmt, a, res, dy_result_event(res, i), r->o->scale) < 0)
            rc = 3;
    }
    if (ferror(out))
        rc = 3;
    dy_result_free(res);
    return rc;
}

static int code_one(void *ctx, const dy_article *a, const char *file, long line)
{
    code_run *r = ctx;
    return code_article(r, a, file, line, stdout, stderr);
}

/* ------------------------------------------------------- --threads N */

/* Parses one JSON Lines line and codes its article (cli_jsonl_article,
 * as cli_each_article does), here so that workers parse in parallel and
 * every message keeps its place in the output order. */
static int code_jsonl_line(code_run *r, const char *name, long lineno, const char *line,
                           size_t len, FILE *out, FILE *err)
{
    json_t *root;
    dy_article a;
    char idbuf[64];
    int k = cli_jsonl_article(name, lineno, line, len, &r->o->in, err, &root, &a, idbuf);
    if (k < 2)
        return k;
    int rc = code_article(r, &a, name, lineno, out, err);
    json_decref(root);
    return rc;
}

/* One unit of work: a JSON Lines line to parse and code, or an article
 * already read (plain text input). */
typedef struct job {
    bool is_line;
    bool too_long;      /* a line over the cap: only its message */
    char *mem;          /* the lines, or the article's strings */
    int nlines;         /* lines in mem: each a size_t length, bytes, NUL */
    dy_article a;       /* !is_line: strings in mem */
    const char *file;   /* the input's name (lives for the run) or in mem */
    long line;
    char *out, *err;    /* what the job writes to stdout and stderr */
    size_t out_len, err_len;
    int rc;
    int err_no;         /* errno when rc is 3 */
    bool done;
} job;

typedef struct pool {
    code_run *run;
    pthread_mutex_t mu;
    pthread_cond_t work;  /* a job was queued, or closing */
    pthread_cond_t done;  /* a job was finished */
    job *ring;
    size_t cap;
    /* counters that only grow; job i is ring[i % cap].  head: the next to
     * write (main thread only); next: the next to start; tail: the next free */
    size_t head, next, tail;
    bool closing;
    pthread_t *th;
    int nth;
    int status;           /* worst status of the jobs written */
    int err_no;           /* errno of the output failure, if any */
} pool;

static void run_job(code_run *r, job *j)
{
    FILE *out = open_memstream(&j->out, &j->out_len);
    FILE *err = open_memstream(&j->err, &j->err_len);
    if (!out || !err) {
        j->rc = 2;
    } else if (j->too_long) {
        fprintf(err, "dyad: %s:%ld: line over %zu bytes; skipped\n", j->file, j->line,
                r->o->in.max_bytes + 4096);
        j->rc = 1;
    } else {
        if (j->is_line) {
            /* a batch of lines: one hand-over per batch, not per line */
            const char *at = j->mem;
            for (int i = 0; i < j->nlines && j->rc < 3; i++) {
                size_t n;
                memcpy(&n, at, sizeof n);
                at += sizeof n;
                int rc = code_jsonl_line(r, j->file, j->line + i, at, n, out, err);
                if (rc > j->rc)
                    j->rc = rc;
                at += n + 1;
            }
        } else
            j->rc = code_article(r, &j->a, j->file, j->line, out, err);
        if (j->rc == 3)
            j->err_no = errno;
    }
    if (out && fclose(out) != 0 && j->rc < 2)
        j->rc = 2;
    if (err && fclose(err) != 0 && j->rc < 2)
        j->rc = 2;
    if (!out || !err) {
        /* nothing could be rendered: say so in the job's place */
        free(j->out);
        free(j->err);
        j->out = NULL;
        j->out_len = 0;
        size_t n = strlen(j->file) + 64;
        j->err = malloc(n);
        j->err_len = j->err ? (size_t)snprintf(j->err, n, "dyad: %s:%ld: out of memory; skipped\n",
                                               j->file, j->line)
                            : 0;
    }
}

static void *worker(void *arg)
{
    pool *p = arg;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (p->next == p->tail && !p->closing)
            pthread_cond_wait(&p->work, &p->mu);
        if (p->next == p->tail)
            break;
        job *j = &p->ring[p->next++ % p->cap];
        pthread_mutex_unlock(&p->mu);
        run_job(p->run, j);
        pthread_mutex_lock(&p->mu);
        j->done = true;
        pthread_cond_signal(&p->done);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* Waits for the oldest job in flight, writes its output and messages and
 * frees it.  Returns its status (3: writing standard output failed). */
static int pool_write_head(pool *p)
{
    job *j = &p->ring[p->head % p->cap];
    pthread_mutex_lock(&p->mu);
    while (!j->done)
        pthread_cond_wait(&p->done, &p->mu);
    pthread_mutex_unlock(&p->mu);
    int rc = j->rc;
    if (p->status < 3) {
        if (j->err_len)
            fwrite(j->err, 1, j->err_len, stderr);
        if (rc == 3)
            p->err_no = j->err_no;
        if ((j->out_len && fwrite(j->out, 1, j->out_len, stdout) != j->out_len) ||
            ferror(stdout)) {
            if (rc != 3)
                p->err_no = errno;
            rc = 3;
        }
    } else {
        rc = 3; /* output already failed: the rest is dropped */
    }
    free(j->mem);
    free(j->out);
    free(j->err);
    memset(j, 0, sizeof *j);
    p->head++;
    if (rc > p->status)
        p->status = rc;
    return rc;
}

/* Writes every job still in flight; returns the worst status. */
static int pool_drain(pool *p)
{
    int rc = 0;
    while (p->head < p->tail) {
        int r = pool_write_head(p);
        if (r > rc)
            rc = r;
    }
    return rc;
}

/* A free slot, after writing the oldest jobs while 2N+8 are in flight;
 * *RC gets the worst status of what was written. */
static job *pool_slot(pool *p, int *rc)
{
    *rc = 0;
    while (p->tail - p->head >= p->cap) {
        int r = pool_write_head(p);
        if (r > *rc)
            *rc = r;
    }
    job *j = &p->ring[p->tail % p->cap];
    memset(j, 0, sizeof *j);
    return j;
}

static void pool_push(pool *p)
{
    pthread_mutex_lock(&p->mu);
    p->tail++;
    pthread_cond_signal(&p->work);
    pthread_mutex_unlock(&p->mu);
}

static char *put_str(char **at, const char *s, size_t n)
{
    if (!s)
        return NULL;
    char *d = *at;
    memcpy(d, s, n);
    d[n] = 0;
    *at += n + 1;
    return d;
}

/* article_fn for the pool (plain text input): copies the article and
 * queues it.  Returns the worst status of what was written meanwhile. */
static int pool_add(void *ctx, const dy_article *a, const char *file, long line)
{
    pool *p = ctx;
    int rc;
    job *j = pool_slot(p, &rc);
    if (rc >= 3)
        return rc;
    size_t lid = a->id ? strlen(a->id) : 0, ldate = a->date ? strlen(a->date) : 0,
           llang = a->lang ? strlen(a->lang) : 0, ltitle = a->title ? strlen(a->title) : 0,
           lfile = strlen(file);
    size_t total = lid + ldate + llang + ltitle + a->text_len + lfile + 6;
    char *mem = total > a->text_len ? malloc(total) : NULL;
    if (!mem) {
        pool_drain(p); /* keep the order of the messages */
        if (line)
            fprintf(stderr, "dyad: %s:%ld: out of memory; skipped\n", file, line);
        else
            fprintf(stderr, "dyad: %s: out of memory; skipped\n", file);
        return rc > 2 ? rc : 2;
    }
    j->mem = mem;
    char *at = mem;
    j->a.id = put_str(&at, a->id, lid);
    j->a.date = put_str(&at, a->date, ldate);
    j->a.lang = put_str(&at, a->lang, llang);
    j->a.title = put_str(&at, a->title, ltitle);
    j->a.text = put_str(&at, a->text ? a->text : "", a->text ? a->text_len : 0);
    j->a.text_len = a->text ? a->text_len : 0;
    j->file = put_str(&at, file, lfile);
    j->line = line;
    pool_push(p);
    return rc;
}

/* Reads lines in 64 KiB blocks (the main thread only splits lines; the
 * workers parse them).  A line over CAP bytes is consumed and flagged. */
typedef struct line_reader {
    FILE *f;
    size_t pos, len;
    char buf[65536];
} line_reader;

/* Returns 1 for a line (in *LINE, malloc'd, NUL-terminated), 0 at the end,
 * -1 on a read error or out of memory. */
static int read_line(line_reader *rd, char **line, size_t *len, size_t cap, bool *too_long)
{
    dy_buf b = {0};
    bool any = false;
    *too_long = false;
    for (;;) {
        if (rd->pos == rd->len) {
            rd->len = fread(rd->buf, 1, sizeof rd->buf, rd->f);
            rd->pos = 0;
            if (rd->len == 0)
                break;
        }
        any = true;
        char *start = rd->buf + rd->pos;
        char *nl = memchr(start, '\n', rd->len - rd->pos);
        size_t n = nl ? (size_t)(nl - start) : rd->len - rd->pos;
        rd->pos += n + (nl ? 1 : 0);
        if (!*too_long) {
            if (b.len + n > cap) {
                *too_long = true;
                dy_buf_free(&b);
            } else {
                dy_buf_add(&b, start, n);
            }
        }
        if (nl)
            break;
    }
    if (ferror(rd->f) || b.oom) {
        dy_buf_free(&b);
        return -1;
    }
    if (!any)
        return 0;
    if (!b.data)
        dy_buf_add(&b, "", 0);
    if (b.oom)
        return -1;
    *line = b.data;
    *len = b.len;
    return 1;
}

/* Codes a JSON Lines input on the pool.  Returns the worst status of the
 * jobs written, or 2 if the input could not be opened or read. */
/* Hands the batch of lines being filled to the workers. */
static void flush_batch(pool *p, job **cur, dy_buf *batch)
{
    (*cur)->mem = batch->data;
    memset(batch, 0, sizeof *batch);
    pool_push(p);
    *cur = NULL;
}

static int pool_jsonl(pool *p, const char *path)
{
    bool is_stdin = !path || !strcmp(path, "-");
    const char *name = is_stdin ? "<stdin>" : path;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "dyad: %s: cannot open: %s\n", name, strerror(errno));
        return 2;
    }
    line_reader *rd = malloc(sizeof *rd);
    if (!rd) {
        fprintf(stderr, "dyad: %s: out of memory\n", name);
        if (!is_stdin)
            fclose(f);
        return 2;
    }
    rd->f = f;
    rd->pos = rd->len = 0;
    size_t cap = p->run->o->in.max_bytes + 4096;
    int status = 0, r;
    long lineno = 0;
    char *line;
    size_t len;
    bool too_long;
    /* Lines go to the workers in batches of up to 64 lines or 256 KiB, so
     * that handing work over costs little next to coding it. */
    job *cur = NULL;
    dy_buf batch = {0};
    while ((r = read_line(rd, &line, &len, cap, &too_long)) == 1) {
        lineno++;
        if (cur && (too_long || batch.len + len > (256u << 10)))
            flush_batch(p, &cur, &batch);
        if (!cur) {
            int rc;
            cur = pool_slot(p, &rc);
            if (rc > status)
                status = rc;
            if (rc >= 3) {
                free(line);
                cur = NULL;
                break; /* output failed: stop */
            }
            cur->is_line = true;
            cur->too_long = too_long;
            cur->file = name;
            cur->line = lineno;
        }
        if (!too_long) {
            dy_buf_add(&batch, (const char *)&len, sizeof len);
            dy_buf_add(&batch, line, len + 1);
            cur->nlines++;
        }
        free(line);
        if (batch.oom) {
            r = -1;
            break;
        }
        if (too_long || cur->nlines >= 64)
            flush_batch(p, &cur, &batch);
    }
    if (cur)
        flush_batch(p, &cur, &batch);
    dy_buf_free(&batch);
    if (r < 0) {
        int rc = pool_drain(p); /* the read error comes after what was read */
        if (rc > status)
            status = rc;
        fprintf(stderr, "dyad: %s:%ld: read error\n", name, lineno + 1);
        status = status > 2 ? status : 2;
    }
    free(rd);
    if (!is_stdin)
        fclose(f);
    return status;
}

/* Starts N workers; returns false (with a message) if none could start. */
static bool pool_start(pool *p, code_run *r, int n)
{
    memset(p, 0, sizeof *p);
    p->run = r;
    p->cap = 2 * (size_t)n + 8;
    p->ring = calloc(p->cap, sizeof *p->ring);
    p->th = calloc((size_t)n, sizeof *p->th);
    if (!p->ring || !p->th) {
        free(p->ring);
        free(p->th);
        fprintf(stderr, "dyad: out of memory\n");
        return false;
    }
    /* jansson seeds its hash function on first use; do it before threads */
    json_object_seed(0);
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->work, NULL);
    pthread_cond_init(&p->done, NULL);
    int e = 0;
    for (int i = 0; i < n; i++) {
        e = pthread_create(&p->th[p->nth], NULL, worker, p);
        if (e)
            break;
        p->nth++;
    }
    if (p->nth == 0) {
        fprintf(stderr, "dyad: cannot start threads: %s\n", strerror(e));
        pthread_mutex_destroy(&p->mu);
        pthread_cond_destroy(&p->work);
        pthread_cond_destroy(&p->done);
        free(p->ring);
        free(p->th);
        return false;
    }
    return true;
}

/* Writes what is left, stops the workers and frees the pool. */
static void pool_stop(pool *p)
{
    pool_drain(p);
    pthread_mutex_lock(&p->mu);
    p->closing = true;
    pthread_cond_broadcast(&p->work);
    pthread_mutex_unlock(&p->mu);
    for (int i = 0; i < p->nth; i++)
        pthread_join(p->th[i], NULL);
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->work);
    pthread_cond_destroy(&p->done);
    free(p->ring);
    free(p->th);
}

/* Whether PATH is read as JSON Lines (as input.c decides). */
static bool is_jsonl(const cli_input_opts *o, const char *path)
{
    if (o->jsonl_set || !path)
        return o->jsonl;
    size_t n = strlen(path);
    return n > 6 && !strcmp(path + n - 6, ".jsonl");
}

static int run_code(int argc, char **argv, bool explain)
{
    code_opts o;
    int po = parse_code_opts(argc, argv, &o, explain ? &cli_cmd_explain : &cli_cmd_code);
    if (po != 0) {
        free(o.files);
        return po < 0 ? EXIT_USAGE : EXIT_OK;
    }
    o.explain = explain;
    dy_dict *d = cli_load_dict(o.dict);
    if (!d) {
        free(o.files);
        return EXIT_ERROR;
    }
    if (o.in.lang && !strcmp(o.in.lang, "auto") && !langid_get()) {
        /* --lang auto without its fingerprints: nothing could be coded */
        if (langid_err.line)
            fprintf(stderr, "dyad: %s:%ld: %s\n", langid_err.file, langid_err.line, langid_err.msg);
        else
            fprintf(stderr, "dyad: %s: %s\n", langid_err.file, langid_err.msg);
        langid_done();
        dy_dict_free(d);
        free(o.files);
        return EXIT_ERROR;
    }
    code_run r = {&o, d, {0}};
    dy_limits_default(&r.lim);
    r.lim.max_doc_bytes = o.in.max_bytes;
    r.lim.max_sentence_tokens = o.max_sentence_tokens;
    r.lim.max_doc_tokens = o.max_doc_tokens;
    int status = 0;
    if (!explain)
        dy_write_header(stdout, o.fmt);
    pool p;
    bool threaded = o.threads > 1;
    if (threaded && !pool_start(&p, &r, o.threads)) {
        dy_dict_free(d);
        free(o.files);
        return EXIT_ERROR;
    }
    for (int i = 0; i < (o.nfiles ? o.nfiles : 1) && status < 3; i++) {
        const char *path = o.nfiles ? o.files[i] : NULL;
        int rc;
        if (!threaded) {
            rc = cli_each_article(path, &o.in, code_one, &r);
        } else {
            rc = is_jsonl(&o.in, path) ? pool_jsonl(&p, path)
                                       : cli_each_article(path, &o.in, pool_add, &p);
            /* the file's last articles, before the next file's messages */
            int r2 = pool_drain(&p);
            if (r2 > rc)
                rc = r2;
        }
        if (rc > status)
            status = rc;
    }
    int err_no = errno;
    if (threaded) {
        pool_stop(&p);
        if (p.status >= 3 && p.err_no)
            err_no = p.err_no;
    }
    langid_done();
    dy_dict_free(d);
    free(o.files);
    if (status >= 3) {
        fprintf(stderr, "dyad: error writing output: %s\n", strerror(err_no));
        return EXIT_ERROR;
    }
    return status;
}

int cmd_code(int argc, char **argv) { return run_code(argc, argv, false); }
int cmd_explain(int argc, char **argv) { return run_code(argc, argv, true); }

static void print_sentence(void *ctx, size_t start, size_t end)
{
    const char *text = ctx;
    for (size_t i = start; i < end; i++)
        putchar(text[i] == '\n' ? ' ' : text[i]);
    putchar('\n');
}

const cli_cmd cli_cmd_split = {
    "split", "[FILE]", "print a German text's sentences, one a line",
    "Reads FILE (standard input when none is given) and splits it as dyad code does.",
    "dyad split examples/beispiel-de.txt", NULL, NULL,
};

int cmd_split(int argc, char **argv)
{
    const char *path = NULL;
    cli_parser p;
    cli_init(&p, &cli_cmd_split, argc, argv);
    for (int k; (k = cli_next(&p)) != CLI_DONE;) {
        if (k == CLI_HELP)
            return EXIT_OK;
        if (k == CLI_ERROR)
            return EXIT_USAGE;
        if (path)
            return cli_usage_error(&cli_cmd_split, "unexpected argument '%s'", p.val);
        path = p.val;
    }
    FILE *f = path ? fopen(path, "rb") : stdin;
    if (!f) {
        fprintf(stderr, "dyad: %s: cannot open: %s\n", path, strerror(errno));
        return EXIT_ERROR;
    }
    dy_buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        dy_buf_add(&b, chunk, n);
    if (f != stdin)
        fclose(f);
    size_t len = 0, bad = 0;
    char *text = dy_utf8_repair(b.data ? b.data : "", b.len, &len, &bad);
    dy_buf_free(&b);
    if (!text)
        return EXIT_ERROR;
    long k = dy_split_sentences(text, len, "de", print_sentence, text);
    free(text);
    return k < 0 ? EXIT_ERROR : 0;
}
