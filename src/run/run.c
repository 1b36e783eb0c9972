/* run.c: coding runs (include/dyad.h, "Coding runs"): what `dyad code`
 * and `dyad explain` do with their inputs, and the language choice that
 * `dyad ingest` shares.
 *
 * With threads > 1 the articles are coded on a pool of worker threads.
 * The calling thread splits the input into lines (JSON Lines) or reads the
 * documents (plain text) and is the single writer: each worker parses a
 * line, codes its article and renders the events and messages into memory
 * buffers (open_memstream), and the calling thread writes the buffers in
 * input order, so that the output and the messages are byte-identical to
 * the single-thread run.  At most 2N+8 jobs are in flight, which bounds
 * the memory. */
#include "input/input.h"
#include "lang/lang.h"
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

typedef struct pool pool;


struct dy_run {
    dy_run_opts o;
    FILE *out, *err;
    pthread_mutex_t langid_mu;
    dy_langid *langid;
    bool langid_tried;
    dy_error langid_err;
    bool threaded;
    pool *p;
    int err_no;           /* errno of a failed write (one thread) */
};

/* ------------------------------------------------------ --lang auto */

/* The language identifier (dyad.h), loaded on the first article that asks
 * for it ("auto" from --lang or a JSON Lines "lang" field) and shared,
 * read-only, by every thread; dy_run_free frees it.  $DYAD_LANGID_DIR
 * overrides where the fingerprints are read from. */
static const dy_langid *langid_get(dy_run *r)
{
    pthread_mutex_lock(&r->langid_mu);
    if (!r->langid_tried) {
        r->langid_tried = true;
        r->langid = dy_langid_load(getenv("DYAD_LANGID_DIR"), &r->langid_err);
    }
    pthread_mutex_unlock(&r->langid_mu);
    return r->langid;
}

const dy_langid *dy_run_langid(dy_run *r, dy_error *err)
{
    const dy_langid *li = langid_get(r);
    if (!li && err)
        *err = r->langid_err;
    return li;
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
int dy_run_choose_lang(dy_run *r, const dy_article *a, const char *file, long line, FILE *err,
                       const char **lang)
{
    const dy_langid *li = langid_get(r);
    if (!li) {
        where(err, file, line);
        fprintf(err, "cannot identify the language: ");
        if (r->langid_err.line)
            fprintf(err, "%s:%ld: %s; skipped\n", r->langid_err.file, r->langid_err.line, r->langid_err.msg);
        else
            fprintf(err, "%s: %s; skipped\n", r->langid_err.file, r->langid_err.msg);
        return 2;
    }
    dy_langid_result g;
    if (dy_langid_article(li, a, &g) != DY_OK) {
        where(err, file, line);
        fprintf(err, "out of memory; skipped\n");
        return 2;
    }
    const char *lean = !strcmp(g.lang, "de") ? "de" : !strcmp(g.lang, "en") ? "en"
                       : g.lang[0] && dy_lang_index(g.lang) >= 0 ? dy_languages[dy_lang_index(g.lang)]->code
                                                                  : NULL;
    if (g.verdict == DY_LANG_SURE && r->o.lang_quiet) {
        *lang = lean;
        return 0;
    }
    where(err, file, line);
    if (g.verdict == DY_LANG_NONE) {
        fprintf(err, "no language identified (%s); skipped\n", g.why);
        return 1;
    }
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
    const char *fb = r->o.lang_fallback;
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

/* Whether A's language is to be identified: asked for ("auto"), or not
 * given at all (no --lang, no "lang" field). */
static bool choose_lang(const dy_article *a)
{
    return !a->lang || !*a->lang || !strcmp(a->lang, "auto");
}

/* Codes one article: writes its events (and, for explain, its account) to
 * OUT and its messages to ERR.  Returns 0 (ok), 1 (skipped), 2 (error) or
 * 3 (writing OUT failed). */
int dy_run_article(dy_run *r, const dy_article *a, const char *file, long line, FILE *out,
                   FILE *err)
{
    dy_error e;
    dy_options opt = {r->o.scale, &r->o.limits, r->o.explain};
    if (!a->date) {
        fprintf(err, "dyad: %s: no story date (give --date YYYY-MM-DD); skipped\n", file);
        return 1;
    }
    dy_article chosen;
    if (choose_lang(a)) {
        const char *lang = NULL;
        int k = dy_run_choose_lang(r, a, file, line, err, &lang);
        if (k)
            return k;
        chosen = *a;
        chosen.lang = lang;
        a = &chosen;
    }
    dy_result *res = dy_code(r->o.dict, a, &opt, &e);
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
    if (r->o.explain) {
        fprintf(out, "=== %s (%s)\n", a->id ? a->id : "", a->date);
        if (dy_result_explain(res, out) < 0)
            rc = 3;
    }
    for (size_t i = 0; i < dy_result_count(res) && rc == 0; i++) {
        if (dy_write_event(out, r->o.fmt, a, res, dy_result_event(res, i), r->o.scale) < 0)
            rc = 3;
    }
    if (ferror(out))
        rc = 3;
    dy_result_free(res);
    return rc;
}

static int code_one(void *ctx, const dy_article *a, const char *file, long line)
{
    dy_run *r = ctx;
    return dy_run_article(r, a, file, line, r->out, r->err);
}

/* ------------------------------------------------------- --threads N */

/* Parses one JSON Lines line and codes its article (dy_jsonl_article,
 * as dy_read_articles does), here so that workers parse in parallel and
 * every message keeps its place in the output order. */
static int code_jsonl_line(dy_run *r, const char *name, long lineno, const char *line,
                           size_t len, FILE *out, FILE *err)
{
    json_t *root;
    dy_article a;
    char idbuf[64];
    int k = dy_jsonl_article(name, lineno, line, len, &r->o.in, err, &root, &a, idbuf);
    if (k < 2)
        return k;
    int rc = dy_run_article(r, &a, name, lineno, out, err);
    json_decref(root);
    return rc;
}

/* One unit of work: a JSON Lines line to parse and code, or an article
 * already read (plain text input). */
/* Put mode: one article of a job, coded on a worker and handed to PUT by
 * the writer, in order, after the messages it gave (ERR up to err_end). */
typedef struct item {
    bool read;          /* an article (not a blank or skipped line) */
    json_t *root;       /* a JSON Lines article's strings, with idbuf */
    char idbuf[64];
    dy_article a;       /* the language chosen */
    dy_result *res;
    dy_error e;         /* why res is NULL, when rc is 0 */
    int rc;             /* accept's or the language choice's status */
    long line;
    size_t err_end;
} item;

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
    /* put mode (dy_run_opts.put): the articles coded, for the writer */
    struct item *items;
    int nitems;
} job;

struct pool {
    dy_run *run;
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
};

/* Put mode, on the coding thread: accept, choose the language and code A
 * into IT (messages to ERR). */
static void code_put(dy_run *r, const dy_article *a, const char *file, long line, FILE *err,
                     item *it)
{
    it->read = true;
    it->a = *a;
    it->line = line;
    if (r->o.accept && (it->rc = r->o.accept(r->o.ctx, a, file, line, err)) != 0)
        return;
    if (choose_lang(a)) {
        const char *lang = NULL;
        if ((it->rc = dy_run_choose_lang(r, a, file, line, err, &lang)) != 0)
            return;
        it->a.lang = lang;
    }
    dy_options opt = {r->o.scale, &r->o.limits, r->o.explain};
    it->res = dy_code(r->o.dict, &it->a, &opt, &it->e);
}

/* Hands a coded item to PUT; frees what it holds.  Returns PUT's status. */
static int put_item(dy_run *r, const char *file, item *it, bool deliver)
{
    int rc = 0;
    if (it->read && deliver)
        rc = r->o.put(r->o.ctx, &it->a, it->res, it->res ? NULL : &it->e, it->rc, file, it->line);
    dy_result_free(it->res);
    if (it->root)
        json_decref(it->root);
    memset(it, 0, sizeof *it);
    return rc;
}

/* Put mode, one thread: dy_article_fn of dy_read_articles. */
static int put_one(void *ctx, const dy_article *a, const char *file, long line)
{
    dy_run *r = ctx;
    item it;
    memset(&it, 0, sizeof it);
    code_put(r, a, file, line, r->err, &it);
    return put_item(r, file, &it, true);
}

/* Put mode, a job on a worker: each article into its item. */
static void run_put_job(dy_run *r, job *j, FILE *err)
{
    j->nitems = j->is_line ? j->nlines : 1;
    j->items = calloc((size_t)j->nitems, sizeof *j->items);
    if (!j->items) {
        j->nitems = 0;
        fprintf(err, "dyad: %s:%ld: out of memory; skipped\n", j->file, j->line);
        j->rc = 2;
        return;
    }
    if (!j->is_line) {
        code_put(r, &j->a, j->file, j->line, err, &j->items[0]);
        fflush(err);
        j->items[0].err_end = j->err_len;
        return;
    }
    const char *at = j->mem;
    for (int i = 0; i < j->nlines; i++) {
        size_t n;
        memcpy(&n, at, sizeof n);
        at += sizeof n;
        item *it = &j->items[i];
        dy_article a;
        long line = j->line + i;
        int k = dy_jsonl_article(j->file, line, at, n, &r->o.in, err, &it->root, &a, it->idbuf);
        if (k == 1 && j->rc < 1)
            j->rc = 1;
        if (k == 2)
            code_put(r, &a, j->file, line, err, it);
        fflush(err);
        it->err_end = j->err_len;
        at += n + 1;
    }
}

static void run_job(dy_run *r, job *j)
{
    FILE *out = open_memstream(&j->out, &j->out_len);
    FILE *err = open_memstream(&j->err, &j->err_len);
    if (!out || !err) {
        j->rc = 2;
    } else if (j->too_long) {
        fprintf(err, "dyad: %s:%ld: line over %zu bytes; skipped\n", j->file, j->line,
                r->o.in.max_bytes + 4096);
        j->rc = 1;
    } else if (r->o.put) {
        run_put_job(r, j, err);
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
            j->rc = dy_run_article(r, &j->a, j->file, j->line, out, err);
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
    if (j->items) {
        /* put mode: each article's messages, then PUT, in order */
        size_t at = 0;
        for (int i = 0; i < j->nitems; i++) {
            item *it = &j->items[i];
            bool live = p->status < 3 && rc < 3;
            if (live && it->err_end > at)
                fwrite(j->err + at, 1, it->err_end - at, p->run->err);
            if (it->err_end > at)
                at = it->err_end;
            int k = put_item(p->run, j->file, it, live);
            if (k > rc)
                rc = k;
        }
        if (p->status < 3 && rc < 3 && j->err_len > at)
            fwrite(j->err + at, 1, j->err_len - at, p->run->err);
        free(j->items);
        if (p->status >= 3)
            rc = 3;
    } else if (p->status < 3) {
        if (j->err_len)
            fwrite(j->err, 1, j->err_len, p->run->err);
        if (rc == 3)
            p->err_no = j->err_no;
        if ((j->out_len && fwrite(j->out, 1, j->out_len, p->run->out) != j->out_len) ||
            ferror(p->run->out)) {
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
            fprintf(p->run->err, "dyad: %s:%ld: out of memory; skipped\n", file, line);
        else
            fprintf(p->run->err, "dyad: %s: out of memory; skipped\n", file);
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
        fprintf(p->run->err, "dyad: %s: cannot open: %s\n", name, strerror(errno));
        return 2;
    }
    line_reader *rd = malloc(sizeof *rd);
    if (!rd) {
        fprintf(p->run->err, "dyad: %s: out of memory\n", name);
        if (!is_stdin)
            fclose(f);
        return 2;
    }
    rd->f = f;
    rd->pos = rd->len = 0;
    size_t cap = p->run->o.in.max_bytes + 4096;
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
        if (p->run->o.in.pos)
            *p->run->o.in.pos += (long long)len + 1;
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
        fprintf(p->run->err, "dyad: %s:%ld: read error\n", name, lineno + 1);
        status = status > 2 ? status : 2;
    }
    free(rd);
    if (!is_stdin)
        fclose(f);
    return status;
}

/* Starts N workers; returns false (with a message) if none could start. */
static bool pool_start(pool *p, dy_run *r, int n, dy_error *err)
{
    memset(p, 0, sizeof *p);
    p->run = r;
    p->cap = 2 * (size_t)n + 8;
    p->ring = calloc(p->cap, sizeof *p->ring);
    p->th = calloc((size_t)n, sizeof *p->th);
    if (!p->ring || !p->th) {
        free(p->ring);
        free(p->th);
        dy_seterr(err, DY_ENOMEM, "", 0, "out of memory");
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
        dy_seterr(err, DY_EIO, "", 0, "cannot start threads: %s", strerror(e));
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

dy_run *dy_run_new(const dy_run_opts *o, dy_error *err)
{
    dy_run *r = calloc(1, sizeof *r);
    if (!r) {
        dy_seterr(err, DY_ENOMEM, "", 0, "out of memory");
        return NULL;
    }
    r->o = *o;
    r->out = o->out ? o->out : stdout;
    r->err = o->err ? o->err : stderr;
    r->o.in.err = r->err;
    pthread_mutex_init(&r->langid_mu, NULL);
    r->threaded = o->threads > 1;
    if (r->threaded) {
        r->p = calloc(1, sizeof *r->p);
        if (!r->p || !pool_start(r->p, r, o->threads, err)) {
            if (!r->p)
                dy_seterr(err, DY_ENOMEM, "", 0, "out of memory");
            free(r->p);
            pthread_mutex_destroy(&r->langid_mu);
            free(r);
            return NULL;
        }
    }
    return r;
}

int dy_run_file(dy_run *r, const char *path)
{
    int rc;
    if (!r->threaded) {
        rc = dy_read_articles(path, &r->o.in, r->o.put ? put_one : code_one, r);
    } else {
        pool *p = r->p;
        rc = dy_input_is_jsonl(&r->o.in, path) ? pool_jsonl(p, path)
                                               : dy_read_articles(path, &r->o.in, pool_add, p);
        /* the file's last articles, before the next file's messages */
        int r2 = pool_drain(p);
        if (r2 > rc)
            rc = r2;
    }
    r->err_no = errno;
    return rc;
}

int dy_run_errno(const dy_run *r)
{
    if (r->threaded && r->p->status >= 3 && r->p->err_no)
        return r->p->err_no;
    return r->err_no;
}

void dy_run_free(dy_run *r)
{
    if (!r)
        return;
    if (r->threaded) {
        pool_stop(r->p);
        free(r->p);
    }
    dy_langid_free(r->langid);
    pthread_mutex_destroy(&r->langid_mu);
    free(r);
}
