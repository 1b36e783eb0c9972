/* serve.c: routing and responses of `dyad serve` (serve.h, docs/api.md). */
#include "serve/serve.h"
#include "base/internal.h"
#include "output/output.h"
#include <ctype.h>
#include <errno.h>
#include <jansson.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct code_row {
    char code[6];
    double goldstein;
    int quad;
    char *label;
} code_row;

struct dy_server {
    char *db, *token, *cors;
    long max_page;
    code_row *codes;
    size_t n_codes;
    char *chartjs;
    size_t chartjs_len;
    char chartjs_etag[40];
    /* each thread's read handle, kept between requests and renewed at
     * each (open_store); closed when the thread ends */
    pthread_key_t handle;
    bool handle_ok;
    struct answer_cache *cache; /* NULL: none */
};

/* ------------------------------------------------------------ the answer cache */

/* The answers of the aggregations (trend, network, blocs) by their URL
 * (the endpoint and each of its parameters, canonical) and the store's
 * generation.  A dashboard asks the same few questions again and again,
 * and an answer reads thousands of events; a kept answer is a copy.
 * The generation is read from a snapshot taken before the answer's own
 * (open_store renews at each call), so an answer is never kept under a
 * generation older than its data: a commit between the two at worst
 * keeps it under a generation no later request has. */
#define CACHE_MAX_BODY (1u << 20)

typedef struct cache_entry {
    char *key;
    long long gen;
    const char *ctype;
    char *body;
    size_t len;
    unsigned long long used;
} cache_entry;

struct answer_cache {
    pthread_mutex_t lock;
    cache_entry *e;
    int n;
    unsigned long long clock;
    unsigned long long hits, misses;
};

static struct answer_cache *cache_new(int n)
{
    struct answer_cache *c = dy_calloc(1, sizeof *c);
    if (!c)
        return NULL;
    if (!(c->e = dy_calloc((size_t)n, sizeof *c->e)) || pthread_mutex_init(&c->lock, NULL)) {
        dy_free(c->e);
        dy_free(c);
        return NULL;
    }
    c->n = n;
    return c;
}

static void cache_free(struct answer_cache *c)
{
    if (!c)
        return;
    for (int i = 0; i < c->n; i++) {
        dy_free(c->e[i].key);
        dy_free(c->e[i].body);
    }
    dy_free(c->e);
    pthread_mutex_destroy(&c->lock);
    dy_free(c);
}

/* Fills R with a copy of the answer kept for KEY at generation GEN. */
static bool cache_get(struct answer_cache *c, const char *key, long long gen, dy_serve_resp *r)
{
    bool hit = false;
    pthread_mutex_lock(&c->lock);
    for (int i = 0; i < c->n; i++) {
        cache_entry *e = &c->e[i];
        if (!e->key || e->gen != gen || strcmp(e->key, key))
            continue;
        char *body = dy_malloc(e->len + 1);
        if (body) {
            memcpy(body, e->body, e->len + 1);
            r->status = 200;
            r->ctype = e->ctype;
            r->body = body;
            r->len = e->len;
            r->body_static = false;
            e->used = ++c->clock;
            hit = true;
        }
        break;
    }
    if (hit)
        c->hits++;
    else
        c->misses++;
    pthread_mutex_unlock(&c->lock);
    return hit;
}

/* The cache's counts for /api/stats, as a JSON object; NULL: no cache. */
static json_t *cache_stats(struct answer_cache *c)
{
    if (!c)
        return NULL;
    pthread_mutex_lock(&c->lock);
    int used = 0;
    for (int i = 0; i < c->n; i++)
        used += c->e[i].key != NULL;
    json_t *j = json_pack("{s:i, s:i, s:I, s:I}", "entries", c->n, "kept", used, "hits",
                          (json_int_t)c->hits, "misses", (json_int_t)c->misses);
    pthread_mutex_unlock(&c->lock);
    return j;
}

/* Keeps a copy of R's answer for KEY at GEN, in place of the least
 * recently used entry (an entry of an older generation first). */
static void cache_put(struct answer_cache *c, const char *key, long long gen, const dy_serve_resp *r)
{
    if (r->status != 200 || !r->body || r->len > CACHE_MAX_BODY)
        return;
    char *k = dy_strndup(key, strlen(key)), *body = dy_malloc(r->len + 1);
    if (!k || !body) {
        dy_free(k);
        dy_free(body);
        return;
    }
    memcpy(body, r->body, r->len);
    body[r->len] = 0;
    pthread_mutex_lock(&c->lock);
    /* the same key, else a free slot, else the least recently used of
     * an older generation, else the least recently used */
    int victim = -1;
    for (int i = 0; i < c->n && victim < 0; i++)
        if (!c->e[i].key || !strcmp(c->e[i].key, key))
            victim = i;
    if (victim < 0)
        for (int i = 0; i < c->n; i++)
            if (c->e[i].gen != gen && (victim < 0 || c->e[i].used < c->e[victim].used))
                victim = i;
    if (victim < 0) {
        victim = 0;
        for (int i = 1; i < c->n; i++)
            if (c->e[i].used < c->e[victim].used)
                victim = i;
    }
    cache_entry *e = &c->e[victim];
    dy_free(e->key);
    dy_free(e->body);
    *e = (cache_entry){k, gen, r->ctype, body, r->len, ++c->clock};
    pthread_mutex_unlock(&c->lock);
}

/* ------------------------------------------------------------ set-up */

static char *dup0(const char *s) { return s ? dy_strndup(s, strlen(s)) : NULL; }

static char *read_all(const char *path, size_t *len, dy_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        dy_seterr(err, DY_EIO, path, 0, "cannot read %s: %s", path, strerror(errno));
        return NULL;
    }
    dy_buf b = {0};
    char tmp[65536];
    size_t n;
    while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
        dy_buf_add(&b, tmp, n);
    bool bad = ferror(f);
    fclose(f);
    if (bad || b.oom) {
        dy_buf_free(&b);
        dy_seterr(err, bad ? DY_EIO : DY_ENOMEM, path, 0, "cannot read %s", path);
        return NULL;
    }
    dy_buf_putc(&b, 0);
    if (b.oom) {
        dy_buf_free(&b);
        dy_seterr(err, DY_ENOMEM, path, 0, "out of memory");
        return NULL;
    }
    *len = b.len - 1;
    return b.data;
}

/* An ETag from the bytes (FNV-1a 64, quoted). */
static void make_etag(char out[40], const void *data, size_t len)
{
    uint64_t h = 1469598103934665603ULL;
    const unsigned char *p = data;
    for (size_t i = 0; i < len; i++)
        h = (h ^ p[i]) * 1099511628211ULL;
    snprintf(out, 40, "\"%016llx-%zx\"", (unsigned long long)h, len);
}

/* The codes and their labels, from DIR/cameo.txt ("code goldstein quad
 * goldstein_icews goldstein_phoenix quad_phoenix label", # comments); the
 * weight and quad class from the loaded dictionary (dy_cameo_lookup: a
 * code without a weight of its own takes its parent's), GDELT's scale. */
static int load_codes(dy_server *s, const dy_dict *d, const char *path, dy_error *err)
{
    size_t len;
    char *text = read_all(path, &len, err);
    if (!text)
        return -1;
    dy_vec v = DY_VEC(code_row);
    long lineno = 0;
    int rc = 0;
    for (char *line = text, *next; line && *line; line = next) {
        lineno++;
        next = strchr(line, '\n');
        if (next)
            *next++ = 0;
        if (*line == '#' || !*line)
            continue;
        char code[8];
        int off = 0;
        if (sscanf(line, "%7s %*s %*s %*s %*s %*s %n", code, &off) < 1 || !off || strlen(code) > 5) {
            dy_seterr(err, DY_ESYNTAX, path, lineno, "%s:%ld: malformed code line", path, lineno);
            rc = -1;
            break;
        }
        code_row *r = dy_vec_push(&v);
        char *l = dup0(line + off);
        if (!r || !l) {
            dy_free(l);
            dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
            rc = -1;
            break;
        }
        memcpy(r->code, code, strlen(code) + 1);
        r->label = l;
        if (dy_cameo_lookup(d, code, DY_SCALE_GDELT, &r->goldstein, &r->quad) < 0) {
            dy_seterr(err, DY_ESYNTAX, path, lineno, "%s:%ld: code %s is not in the dictionary", path, lineno, code);
            rc = -1;
            break;
        }
    }
    dy_free(text);
    s->codes = v.items;
    s->n_codes = v.n;
    return rc;
}

static void close_handle(void *st) { dy_store_close(st); }

void dy_serve_free(dy_server *s)
{
    if (!s)
        return;
    if (s->handle_ok) {
        dy_store_close(pthread_getspecific(s->handle));
        pthread_setspecific(s->handle, NULL);
        pthread_key_delete(s->handle);
    }
    cache_free(s->cache);
    for (size_t i = 0; i < s->n_codes; i++)
        dy_free(s->codes[i].label);
    dy_free(s->codes);
    dy_free(s->db);
    dy_free(s->token);
    dy_free(s->cors);
    dy_free(s->chartjs);
    dy_free(s);
}

dy_server *dy_serve_new(const dy_serve_cfg *cfg, dy_error *err)
{
    dy_server *s = dy_calloc(1, sizeof *s);
    if (!s) {
        dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
        return NULL;
    }
    s->max_page = cfg->max_page > 0 ? cfg->max_page : 1000;
    if ((cfg->db && !(s->db = dup0(cfg->db))) || (cfg->token && !(s->token = dup0(cfg->token))) ||
        (cfg->cors && !(s->cors = dup0(cfg->cors)))) {
        dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
        dy_serve_free(s);
        return NULL;
    }
    char path[4200];
    snprintf(path, sizeof path, "%s/cameo.txt", cfg->dict_dir);
    if (load_codes(s, cfg->dict, path, err) < 0) {
        dy_serve_free(s);
        return NULL;
    }
    s->chartjs = read_all(cfg->chartjs, &s->chartjs_len, err);
    if (!s->chartjs) {
        if (err->status == DY_EIO)
            snprintf(err->msg, sizeof err->msg,
                     "Chart.js not found at %s (install Debian's libjs-chart.js, or name the file with --chartjs)",
                     cfg->chartjs);
        dy_serve_free(s);
        return NULL;
    }
    make_etag(s->chartjs_etag, s->chartjs, s->chartjs_len);
    s->handle_ok = pthread_key_create(&s->handle, close_handle) == 0;
    if (cfg->cache_entries > 0 && !(s->cache = cache_new(cfg->cache_entries))) {
        dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
        dy_serve_free(s);
        return NULL;
    }
    return s;
}

/* ------------------------------------------------------------ responses */

static void add_header(dy_serve_resp *r, const char *name, const char *value)
{
    if (r->n_headers < DY_SERVE_MAX_HEADERS) {
        r->hname[r->n_headers] = name;
        r->hvalue[r->n_headers++] = value;
    }
}

static void set_body(dy_serve_resp *r, int status, const char *ctype, char *body, size_t len)
{
    r->status = status;
    r->ctype = ctype;
    r->body = body;
    r->len = len;
    r->body_static = false;
}

static void set_json(dy_serve_resp *r, int status, json_t *j)
{
    char *text = j ? json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6)) : NULL;
    json_decref(j);
    if (!text) {
        static const char oom[] = "{\"error\":\"out of memory\"}";
        r->status = 500;
        r->ctype = "application/json";
        r->body = (char *)oom;
        r->len = sizeof oom - 1;
        r->body_static = true;
        return;
    }
    /* jansson's allocation: copied so that dy_serve_resp_free frees one way */
    size_t n = strlen(text);
    char *b = dy_strndup(text, n);
    free(text);
    if (!b) {
        set_json(r, 500, NULL);
        return;
    }
    set_body(r, status, "application/json", b, n);
}

static void fail(dy_serve_resp *r, int status, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void fail(dy_serve_resp *r, int status, const char *fmt, ...)
{
    char msg[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    set_json(r, status, json_pack("{s:s, s:i}", "error", msg, "status", status));
}

static void set_buf(dy_serve_resp *r, const char *ctype, dy_buf *b)
{
    if (b->oom) {
        dy_buf_free(b);
        set_json(r, 500, NULL);
        return;
    }
    set_body(r, 200, ctype, b->data, b->len);
}

void dy_serve_resp_free(dy_serve_resp *r)
{
    if (!r->body_static)
        dy_free(r->body);
    r->body = NULL;
}

bool dy_serve_token_ok(const char *token, const char *auth)
{
    if (!token)
        return true;
    if (!auth || strncmp(auth, "Bearer ", 7))
        return false;
    auth += 7;
    size_t n = strlen(token), m = strlen(auth);
    unsigned diff = (unsigned)(n ^ m);
    for (size_t i = 0; i < n; i++)
        diff |= (unsigned char)token[i] ^ (unsigned char)(i < m ? auth[i] : 0);
    return diff == 0;
}

/* ------------------------------------------------------------ arguments */

static const char *arg(const dy_serve_req *q, const char *name)
{
    const char *v = q->arg ? q->arg(q->arg_ctx, name) : NULL;
    return v && *v ? v : NULL;
}

/* A calendar date YYYY-MM-DD, years 0001 to 9999 (2021-02-29 is not). */
static bool is_date(const char *s)
{
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return false;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && !isdigit((unsigned char)s[i]))
            return false;
    int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || m < 1 || m > 12 || d < 1)
        return false;
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= mdays[m - 1] + (m == 2 && leap);
}

/* LO to HI ASCII letters and digits. */
static bool is_alnum(const char *s, size_t lo, size_t hi)
{
    size_t n = strlen(s);
    if (n < lo || n > hi)
        return false;
    for (; *s; s++)
        if (!isalnum((unsigned char)*s) || (unsigned char)*s > 127)
            return false;
    return true;
}

/* An actor code: letters and digits, 3 to 23 of them. */
static bool is_actor(const char *s) { return is_alnum(s, 3, 23); }

static bool is_digits(const char *s, size_t lo, size_t hi)
{
    size_t n = strlen(s);
    if (n < lo || n > hi)
        return false;
    for (; *s; s++)
        if (!isdigit((unsigned char)*s))
            return false;
    return true;
}

static bool parse_long(const char *s, long lo, long hi, long *out)
{
    if (!is_digits(s, 1, 10))
        return false;
    long v = strtol(s, NULL, 10);
    if (v < lo || v > hi)
        return false;
    *out = v;
    return true;
}

/* A flag: 1, true, yes or 0, false, no (checked in check_args). */
static bool flag_value(const char *v, bool *on)
{
    *on = !strcmp(v, "1") || !strcmp(v, "true") || !strcmp(v, "yes");
    return *on || !strcmp(v, "0") || !strcmp(v, "false") || !strcmp(v, "no");
}

static bool flag(const dy_serve_req *q, const char *name)
{
    const char *v = arg(q, name);
    bool on = false;
    return v && flag_value(v, &on) && on;
}

/* Reads an actor parameter; false after answering 400. */
static bool actor_arg(const dy_serve_req *q, dy_serve_resp *r, const char *name, const char **out)
{
    *out = arg(q, name);
    if (*out && !is_actor(*out)) {
        fail(r, 400, "%s: an actor code of 3 to 23 letters or digits (CHN, CHNGOV)", name);
        return false;
    }
    return true;
}

static bool date_arg(const dy_serve_req *q, dy_serve_resp *r, const char *name, const char **out)
{
    *out = arg(q, name);
    if (*out && !is_date(*out)) {
        fail(r, 400, "%s: a date YYYY-MM-DD", name);
        return false;
    }
    return true;
}

static bool range_ok(dy_serve_resp *r, const char *from, const char *to)
{
    if (from && to && strcmp(from, to) > 0) {
        fail(r, 400, "from %s is after to %s", from, to);
        return false;
    }
    return true;
}

/* ?format=csv or json (the default); false after answering 400. */
static bool format_arg(const dy_serve_req *q, dy_serve_resp *r, bool *csv)
{
    const char *f = arg(q, "format");
    *csv = f && !strcmp(f, "csv");
    if (f && !*csv && strcmp(f, "json")) {
        fail(r, 400, "format: json or csv");
        return false;
    }
    return true;
}

static void csv_field(dy_buf *b, const char *s)
{
    if (!s)
        return;
    if (!strpbrk(s, ",\"\n\r")) {
        dy_buf_puts(b, s);
        return;
    }
    dy_buf_putc(b, '"');
    for (; *s; s++) {
        if (*s == '"')
            dy_buf_putc(b, '"');
        dy_buf_putc(b, *s);
    }
    dy_buf_putc(b, '"');
}

/* ------------------------------------------------------------ the store */

/* The thread's read handle with a new snapshot (what has been committed
 * until now; the same for the whole request), or a new handle; NULL after
 * answering 503.  Keeping the handle keeps SQLite's page cache and the
 * prepared statements from one request to the next (bench/serve.sh). */
static dy_store *open_store(const dy_server *s, dy_serve_resp *r)
{
    dy_error err = {0};
    dy_store *st = s->handle_ok ? pthread_getspecific(s->handle) : NULL;
    if (st) {
        if (dy_store_renew(st, &err) == 0)
            return st;
        pthread_setspecific(s->handle, NULL);
        dy_store_close(st);
        err = (dy_error){0};
    }
    st = dy_store_open_read(s->db, &err);
    if (!st) {
        char name[512];
        dy_store_target_name(name, sizeof name, s->db);
        fail(r, 503, "the store %s cannot be read: %s", name, err.msg);
    } else if (s->handle_ok)
        pthread_setspecific(s->handle, st);
    return st;
}

/* The end of a request's reading: a kept handle stays open. */
static void release_store(const dy_server *s, dy_store *st)
{
    if (st && (!s->handle_ok || pthread_getspecific(s->handle) != st))
        dy_store_close(st);
}

static json_t *event_json(const dy_stored_event *e)
{
    json_t *j = json_pack("{s:I, s:s, s:s, s:s, s:s, s:s, s:s, s:i, s:f, s:i, s:i, s:i}", "id",
                          (json_int_t)e->id, "date", e->date, "last_date", e->last_date, "source",
                          e->source, "target", e->target, "code", e->code, "root", e->root, "quad",
                          e->quad, "goldstein", e->goldstein, "num_mentions", e->num_mentions,
                          "num_sources", e->num_sources, "num_articles", e->num_articles);
    if (j)
        json_object_set_new(j, "participants", e->participants ? json_string(e->participants) : json_null());
    return j;
}

/* ------------------------------------------------------------ /api/health, /api/stats */

static void api_health(const dy_server *s, dy_serve_resp *r)
{
    dy_store *st = open_store(s, r);
    if (!st)
        return;
    set_json(r, 200, json_pack("{s:s, s:s, s:s, s:i}", "status", "ok", "version", DYAD_VERSION, "backend",
                               dy_store_backend(st), "schema", dy_store_schema_version(st)));
    release_store(s, st);
}

typedef struct span_ctx {
    char first[11], last[11];
} span_ctx;

static int take_span(void *ctx, const dy_stored_actor *a)
{
    span_ctx *c = ctx;
    if (*a->first_seen && (!*c->first || strcmp(a->first_seen, c->first) < 0))
        snprintf(c->first, sizeof c->first, "%s", a->first_seen);
    if (*a->last_seen && (!*c->last || strcmp(a->last_seen, c->last) > 0))
        snprintf(c->last, sizeof c->last, "%s", a->last_seen);
    return 0;
}

static void api_stats(const dy_server *s, dy_serve_resp *r)
{
    dy_store *st = open_store(s, r);
    if (!st)
        return;
    dy_store_stats ss;
    dy_error err = {0};
    span_ctx sp = {"", ""};
    if (dy_store_get_stats(st, &ss, &err) < 0 || dy_store_actors(st, NULL, take_span, &sp, &err) < 0) {
        fail(r, 500, "store: %s", err.msg);
        release_store(s, st);
        return;
    }
    json_t *j = json_pack("{s:s, s:i, s:I, s:I, s:I, s:I}", "backend", dy_store_backend(st), "schema",
                          dy_store_schema_version(st), "articles", (json_int_t)ss.articles, "mentions",
                          (json_int_t)ss.mentions, "events", (json_int_t)ss.events, "actors",
                          (json_int_t)ss.actors);
    release_store(s, st);
    if (!j) {
        set_json(r, 500, NULL);
        return;
    }
    /* the size of an SQLite store is its files' (the database and its WAL) */
    struct stat sb;
    if (strcmp(json_string_value(json_object_get(j, "backend")), "sqlite") == 0 && stat(s->db, &sb) == 0) {
        long long size = (long long)sb.st_size;
        char wal[4200];
        snprintf(wal, sizeof wal, "%s-wal", s->db);
        if (stat(wal, &sb) == 0)
            size += (long long)sb.st_size;
        json_object_set_new(j, "size_bytes", json_integer(size));
    } else
        json_object_set_new(j, "size_bytes", json_null());
    json_object_set_new(j, "first_date", *sp.first ? json_string(sp.first) : json_null());
    json_object_set_new(j, "last_date", *sp.last ? json_string(sp.last) : json_null());
    json_t *cs = cache_stats(s->cache);
    json_object_set_new(j, "cache", cs ? cs : json_null());
    set_json(r, 200, j);
}

/* ------------------------------------------------------------ /api/events */

typedef struct page_ctx {
    char after_date[11];
    long long after_id;       /* skip (after_date, id <= after_id) */
    long limit, n;
    bool more, csv;
    char next[40];
    json_t *items;
    dy_buf csvb;
} page_ctx;

static int take_page_event(void *ctx, const dy_stored_event *e)
{
    page_ctx *p = ctx;
    if (*p->after_date && !strcmp(e->date, p->after_date) && e->id <= p->after_id)
        return 0;
    if (p->n == p->limit) {
        p->more = true;
        return 1;
    }
    p->n++;
    snprintf(p->next, sizeof p->next, "%s_%lld", e->date, e->id);
    if (p->csv) {
        dy_buf *b = &p->csvb;
        dy_buf_printf(b, "%lld,%s,%s,%s,%s,%s,%s,%d,%.1f,%d,%d,%d,", e->id, e->date, e->last_date, e->source,
                      e->target, e->code, e->root, e->quad, e->goldstein, e->num_mentions, e->num_sources,
                      e->num_articles);
        csv_field(b, e->participants);
        dy_buf_putc(b, '\n');
        return b->oom ? 1 : 0;
    }
    json_t *j = event_json(e);
    if (!j || json_array_append_new(p->items, j))
        return 1;
    return 0;
}

static void api_events(const dy_server *s, const dy_serve_req *q, dy_serve_resp *r)
{
    dy_query dq = {0};
    const char *actor, *quad, *lim, *cursor;
    bool csv;
    if (!actor_arg(q, r, "source", &dq.source) || !actor_arg(q, r, "target", &dq.target) ||
        !actor_arg(q, r, "actor", &actor) || !date_arg(q, r, "from", &dq.from) ||
        !date_arg(q, r, "to", &dq.to) || !format_arg(q, r, &csv))
        return;
    if (actor) {
        if (dq.source) {
            fail(r, 400, "actor and source exclude each other (actor is source either way round)");
            return;
        }
        dq.source = actor;
        dq.undirected = 1;
    }
    if (flag(q, "undirected"))
        dq.undirected = 1;
    dq.role = arg(q, "role");
    if (dq.role && !is_alnum(dq.role, 1, 20)) {
        fail(r, 400, "role: letters and digits (GOV)");
        return;
    }
    dq.code = arg(q, "code");
    if (dq.code && !is_digits(dq.code, 1, 4)) {
        fail(r, 400, "code: a CAMEO code or its prefix, 1 to 4 digits");
        return;
    }
    dq.root = arg(q, "root");
    if (dq.root && !is_digits(dq.root, 2, 2)) {
        fail(r, 400, "root: two digits (04)");
        return;
    }
    long v;
    if ((quad = arg(q, "quad"))) {
        if (!parse_long(quad, 1, 4, &v)) {
            fail(r, 400, "quad: 1 to 4");
            return;
        }
        dq.quad = (int)v;
    }
    if (!range_ok(r, dq.from, dq.to))
        return;
    page_ctx p = {0};
    p.limit = 100 < s->max_page ? 100 : s->max_page;
    if ((lim = arg(q, "limit"))) {
        if (!parse_long(lim, 1, s->max_page, &v)) {
            fail(r, 400, "limit: 1 to %ld", s->max_page);
            return;
        }
        p.limit = v;
    }
    /* the cursor: the last event of the page before, "DATE_ID" (events come
     * in date and id order, so the next page starts after it) */
    if ((cursor = arg(q, "cursor"))) {
        if (strlen(cursor) < 12 || cursor[10] != '_' || !is_digits(cursor + 11, 1, 18)) {
            fail(r, 400, "cursor: as given in next_cursor");
            return;
        }
        memcpy(p.after_date, cursor, 10);
        p.after_date[10] = 0;
        if (!is_date(p.after_date)) {
            fail(r, 400, "cursor: as given in next_cursor");
            return;
        }
        p.after_id = atoll(cursor + 11);
        if (dq.to && strcmp(p.after_date, dq.to) > 0)
            p.after_date[0] = 0, dq.from = dq.to, p.limit = 0;
        else if (!dq.from || strcmp(p.after_date, dq.from) > 0)
            dq.from = p.after_date;
    }
    p.csv = csv;
    if (csv)
        dy_buf_puts(&p.csvb, "id,date,last_date,source,target,code,root,quad,goldstein,num_mentions,"
                             "num_sources,num_articles,participants\n");
    else if (!(p.items = json_array())) {
        set_json(r, 500, NULL);
        return;
    }
    dy_store *st = open_store(s, r);
    if (!st) {
        json_decref(p.items);
        dy_buf_free(&p.csvb);
        return;
    }
    dy_error err = {0};
    int rc = p.limit == 0 && cursor ? 0 : dy_store_query(st, &dq, take_page_event, &p, &err);
    release_store(s, st);
    if (rc < 0) {
        json_decref(p.items);
        dy_buf_free(&p.csvb);
        fail(r, 500, "store: %s", err.msg);
        return;
    }
    if (csv) {
        if (p.more) {
            add_header(r, "X-Next-Cursor", r->hbuf[1]);
            snprintf(r->hbuf[1], sizeof r->hbuf[1], "%s", p.next);
        }
        set_buf(r, "text/csv; charset=utf-8", &p.csvb);
        return;
    }
    json_t *j = json_pack("{s:o, s:I}", "events", p.items, "count", (json_int_t)p.n);
    if (j)
        json_object_set_new(j, "next_cursor", p.more ? json_string(p.next) : json_null());
    set_json(r, 200, j);
}

/* ------------------------------------------------------------ /api/events/{id} */

typedef struct one_ctx {
    json_t *event, *mentions;
    bool oom;
} one_ctx;

static int take_one(void *ctx, const dy_stored_event *e)
{
    one_ctx *c = ctx;
    c->event = event_json(e);
    c->oom = !c->event;
    return 1;
}

static json_t *span_json(dy_span sp)
{
    return json_pack("[I, I]", (json_int_t)sp.start, (json_int_t)sp.end);
}

static json_t *nstr(const char *s) { return s ? json_string(s) : json_null(); }

static int take_mention(void *ctx, const dy_stored_mention *m)
{
    one_ctx *c = ctx;
    json_t *j = json_pack("{s:s, s:s, s:o, s:o, s:i, s:s, s:o, s:o, s:o, s:s, s:o, s:o, s:o}", "article",
                          m->article_id, "article_date", m->article_date, "outlet", nstr(m->source), "url",
                          nstr(m->url), "sentence", m->sent, "evidence", m->evidence, "source_span",
                          span_json(m->src_span), "target_span", span_json(m->tgt_span), "predicate_span",
                          span_json(m->pred_span), "mood", m->mood, "rule", nstr(m->rule), "source_name",
                          nstr(m->source_name), "target_name", nstr(m->target_name));
    if (!j || json_array_append_new(c->mentions, j)) {
        c->oom = true;
        return 1;
    }
    return 0;
}

static void api_event(const dy_server *s, const char *ids, dy_serve_resp *r)
{
    if (!is_digits(ids, 1, 18)) {
        fail(r, 404, "no event %.40s: an event id is a whole number", ids);
        return;
    }
    long long id = atoll(ids);
    dy_store *st = open_store(s, r);
    if (!st)
        return;
    one_ctx c = {NULL, json_array(), false};
    dy_error err = {0};
    int rc = c.mentions ? dy_store_event(st, id, take_one, &c, &err) : 0;
    if (rc == 0 && c.event && !c.oom)
        rc = dy_store_mentions(st, id, take_mention, &c, &err);
    release_store(s, st);
    if (rc < 0)
        fail(r, 500, "store: %s", err.msg);
    else if (c.oom || !c.mentions)
        set_json(r, 500, NULL);
    else if (!c.event)
        fail(r, 404, "no event %lld", id);
    else {
        json_object_set_new(c.event, "mentions", c.mentions);
        c.mentions = NULL;
        set_json(r, 200, c.event);
        c.event = NULL;
    }
    json_decref(c.event);
    json_decref(c.mentions);
}

/* ------------------------------------------------------------ /api/codes, /api/actors */

static void api_codes(const dy_server *s, const dy_serve_req *q, dy_serve_resp *r)
{
    const char *pre = arg(q, "q");
    if (pre && !is_digits(pre, 1, 4)) {
        fail(r, 400, "q: a code prefix, 1 to 4 digits");
        return;
    }
    json_t *a = json_array();
    for (size_t i = 0; a && i < s->n_codes; i++) {
        const code_row *c = &s->codes[i];
        if (pre && strncmp(c->code, pre, strlen(pre)))
            continue;
        char root[3] = {c->code[0], c->code[1], 0};
        if (json_array_append_new(a, json_pack("{s:s, s:s, s:s, s:f, s:i}", "code", c->code, "root", root,
                                               "label", c->label, "goldstein", c->goldstein, "quad", c->quad))) {
            json_decref(a);
            a = NULL;
        }
    }
    set_json(r, 200, a ? json_pack("{s:s, s:o}", "scale", "gdelt", "codes", a) : NULL);
}

typedef struct actors_ctx {
    json_t *a;
    long limit, n;
    bool oom;
} actors_ctx;

static int take_actor_json(void *ctx, const dy_stored_actor *a)
{
    actors_ctx *c = ctx;
    if (c->n == c->limit)
        return 1;
    json_t *j = json_pack("{s:s, s:o, s:s, s:s}", "code", a->code, "name", nstr(a->name), "first_seen",
                          a->first_seen, "last_seen", a->last_seen);
    if (!j || json_array_append_new(c->a, j)) {
        c->oom = true;
        return 1;
    }
    c->n++;
    return 0;
}

static void api_actors(const dy_server *s, const dy_serve_req *q, dy_serve_resp *r)
{
    const char *pre = arg(q, "q"), *lim = arg(q, "limit");
    actors_ctx c = {NULL, 20, 0, false};
    if (pre && strlen(pre) > 60) {
        fail(r, 400, "q: at most 60 bytes");
        return;
    }
    /* a code or a name: letters (any script), digits, blanks, '-', '.',
     * apostrophes; no other punctuation */
    for (const unsigned char *u = (const unsigned char *)pre; u && *u; u++)
        if (*u < 0x80 && !isalnum(*u) && !strchr(" -.'", *u)) {
            fail(r, 400, "q: letters, digits, blanks, '-', '.' and apostrophes only");
            return;
        }
    if (lim && !parse_long(lim, 1, 1000, &c.limit)) {
        fail(r, 400, "limit: 1 to 1000");
        return;
    }
    dy_store *st = open_store(s, r);
    if (!st)
        return;
    dy_error err = {0};
    c.a = json_array();
    int rc = c.a ? dy_store_actors(st, pre, take_actor_json, &c, &err) : 0;
    release_store(s, st);
    if (rc < 0) {
        json_decref(c.a);
        fail(r, 500, "store: %s", err.msg);
        return;
    }
    if (c.oom || !c.a) {
        json_decref(c.a);
        set_json(r, 500, NULL);
        return;
    }
    set_json(r, 200, json_pack("{s:o}", "actors", c.a));
}

/* ------------------------------------------------------------ /api/trend */

typedef struct feed {
    dy_trend *trend;
    dy_network *net;
    dy_error err;
    bool failed;
} feed;

static int feed_event(void *ctx, const dy_stored_event *e)
{
    feed *f = ctx;
    int rc = f->trend ? dy_trend_add(f->trend, e, &f->err) : dy_network_add(f->net, e, &f->err);
    if (rc < 0) {
        f->failed = true;
        return 1;
    }
    return 0;
}

#define MAX_PAIRS 4

static void api_trend(const dy_server *s, const dy_serve_req *q, dy_serve_resp *r)
{
    const char *pairs[MAX_PAIRS][2], *from, *to, *vs, *bys = arg(q, "by");
    size_t np = 1;
    bool csv;
    if (!actor_arg(q, r, "a", &pairs[0][0]) || !actor_arg(q, r, "b", &pairs[0][1]) ||
        !date_arg(q, r, "from", &from) || !date_arg(q, r, "to", &to) || !format_arg(q, r, &csv) ||
        !range_ok(r, from, to))
        return;
    if (!pairs[0][0] || !pairs[0][1]) {
        fail(r, 400, "a and b: the pair of actors (a=CHN&b=USA)");
        return;
    }
    int by = bys ? dy_period_parse(bys) : DY_BY_MONTH;
    if (by < 0) {
        fail(r, 400, "by: day, week, month or year");
        return;
    }
    /* vs=C,D;E,F: more pairs over the same periods */
    char vsbuf[200];
    if ((vs = arg(q, "vs"))) {
        if (strlen(vs) >= sizeof vsbuf) {
            fail(r, 400, "vs: too long");
            return;
        }
        size_t n = strlen(vs);
        if (vs[0] == ';' || vs[n - 1] == ';' || strstr(vs, ";;")) {
            fail(r, 400, "vs: C,D pairs separated by ';'");
            return;
        }
        snprintf(vsbuf, sizeof vsbuf, "%s", vs);
        for (char *save = NULL, *p = strtok_r(vsbuf, ";", &save); p; p = strtok_r(NULL, ";", &save)) {
            char *comma = strchr(p, ',');
            if (np == MAX_PAIRS || !comma) {
                fail(r, 400, "vs: C,D pairs separated by ';', at most %d pairs in all", MAX_PAIRS);
                return;
            }
            *comma = 0;
            if (!is_actor(p) || !is_actor(comma + 1)) {
                fail(r, 400, "vs: actor codes of 3 to 23 letters or digits");
                return;
            }
            pairs[np][0] = p;
            pairs[np][1] = comma + 1;
            np++;
        }
    }
    bool undirected = flag(q, "undirected");
    dy_trend *t[MAX_PAIRS] = {NULL};
    dy_error err = {0};
    dy_store *st = NULL;
    json_t *series = NULL;
    dy_buf b = {0};
    for (size_t p = 0; p < np; p++) {
        dy_trend_opts o = {pairs[p][0], pairs[p][1], (dy_period)by, undirected, from, to};
        if (!(t[p] = dy_trend_new(&o, &err))) {
            fail(r, err.status == DY_ENOMEM ? 500 : 400, "trend: %s", err.msg);
            goto done;
        }
    }
    if (!(st = open_store(s, r)))
        goto done;
    /* as dyad trend does: one query per pair, and all pairs over the span
     * of all their events */
    char first[11] = "", last[11] = "";
    for (size_t p = 0; p < np; p++) {
        dy_query dq = {0};
        dq.source = pairs[p][0];
        dq.target = pairs[p][1];
        dq.undirected = undirected;
        dq.from = from;
        dq.to = to;
        dq.no_location = 1;
        feed f = {t[p], NULL, {0}, false};
        if (dy_store_query(st, &dq, feed_event, &f, &err) < 0 || f.failed) {
            fail(r, 500, "trend: %s", f.failed ? f.err.msg : err.msg);
            goto done;
        }
        char f1[11], l1[11];
        if (dy_trend_span(t[p], f1, l1)) {
            if (!*first || strcmp(f1, first) < 0)
                memcpy(first, f1, sizeof first);
            if (!*last || strcmp(l1, last) > 0)
                memcpy(last, l1, sizeof last);
        }
    }
    for (size_t p = 0; p < np; p++) {
        const char *f0 = from ? from : *first ? first : NULL;
        const char *l0 = to ? to : *last ? last : NULL;
        if (dy_trend_finish(t[p], f0, l0, &err)) {
            fail(r, err.status == DY_ENOMEM ? 500 : 400, "trend: %s", err.msg);
            goto done;
        }
    }
    if (csv) {
        dy_buf_puts(&b, "pair,period,start,events,verbal_coop,material_coop,verbal_conflict,material_conflict,"
                        "goldstein_sum,goldstein_mean,net_coop\n");
        for (size_t p = 0; p < np; p++)
            for (size_t i = 0; i < dy_trend_count(t[p]); i++) {
                const dy_trend_point *pt = dy_trend_point_at(t[p], i);
                csv_field(&b, dy_trend_label(t[p]));
                dy_buf_printf(&b, ",%s,%s,%ld,%ld,%ld,%ld,%ld,%.2f,%.3f,%ld\n", pt->label, pt->start, pt->events,
                              pt->quad[1], pt->quad[2], pt->quad[3], pt->quad[4], pt->goldstein_sum,
                              pt->goldstein_mean, pt->net_coop);
            }
        set_buf(r, "text/csv; charset=utf-8", &b);
        goto done;
    }
    series = json_array();
    for (size_t p = 0; series && p < np; p++) {
        json_t *pts = json_array();
        for (size_t i = 0; pts && i < dy_trend_count(t[p]); i++) {
            const dy_trend_point *pt = dy_trend_point_at(t[p], i);
            if (json_array_append_new(pts, json_pack("{s:s, s:s, s:I, s:I, s:I, s:I, s:I, s:I, s:f, s:f, s:I}",
                    "period", pt->label, "start", pt->start, "events", (json_int_t)pt->events, "neutral",
                    (json_int_t)pt->quad[0], "verbal_coop", (json_int_t)pt->quad[1], "material_coop",
                    (json_int_t)pt->quad[2], "verbal_conflict", (json_int_t)pt->quad[3], "material_conflict",
                    (json_int_t)pt->quad[4], "goldstein_sum", pt->goldstein_sum, "goldstein_mean",
                    pt->goldstein_mean, "net_coop", (json_int_t)pt->net_coop))) {
                json_decref(pts);
                pts = NULL;
            }
        }
        if (!pts || json_array_append_new(series, json_pack("{s:s, s:s, s:s, s:o}", "pair", dy_trend_label(t[p]),
                                                            "a", pairs[p][0], "b", pairs[p][1], "points", pts))) {
            json_decref(series);
            series = NULL;
        }
    }
    set_json(r, 200, series ? json_pack("{s:s, s:b, s:o, s:o, s:o}", "by", dy_period_name((dy_period)by),
                                        "undirected", undirected, "from", nstr(from), "to", nstr(to),
                                        "series", series)
                            : NULL);
done:
    release_store(s, st);
    for (size_t p = 0; p < np; p++)
        dy_trend_free(t[p]);
}

/* ------------------------------------------------------------ /api/network, /api/blocs */

/* The network of the store's events in [FROM, TO], as dyad network and
 * dyad blocs build it; NULL after answering. */
static dy_network *load_network(const dy_server *s, dy_serve_resp *r, const char *from, const char *to,
                                dy_actor_level level, bool directed)
{
    dy_error err = {0};
    dy_net_opts o = {level, directed, from, to};
    dy_network *net = dy_network_new(&o, &err);
    if (!net) {
        fail(r, err.status == DY_ENOMEM ? 500 : 400, "network: %s", err.msg);
        return NULL;
    }
    dy_store *st = open_store(s, r);
    if (!st) {
        dy_network_free(net);
        return NULL;
    }
    dy_query dq = {0};
    dq.from = from;
    dq.to = to;
    dq.no_location = 1;
    feed f = {NULL, net, {0}, false};
    int rc = dy_store_query(st, &dq, feed_event, &f, &err);
    release_store(s, st);
    if (rc < 0 || f.failed || dy_network_finish(net, &f.err)) {
        fail(r, 500, "network: %s", rc < 0 ? err.msg : f.err.msg);
        dy_network_free(net);
        return NULL;
    }
    return net;
}

/* from, to and actors=country|code; false after answering 400 */
static bool net_args(const dy_serve_req *q, dy_serve_resp *r, const char **from, const char **to,
                     const char **actors, dy_actor_level *level)
{
    if (!date_arg(q, r, "from", from) || !date_arg(q, r, "to", to) || !range_ok(r, *from, *to))
        return false;
    *actors = arg(q, "actors");
    if (!*actors)
        *actors = "country";
    if (strcmp(*actors, "country") && strcmp(*actors, "code")) {
        fail(r, 400, "actors: country or code");
        return false;
    }
    *level = strcmp(*actors, "code") ? DY_ACTORS_COUNTRY : DY_ACTORS_CODE;
    return true;
}

static void api_network(const dy_server *s, const dy_serve_req *q, dy_serve_resp *r)
{
    const char *from, *to, *actors;
    dy_actor_level level;
    bool csv;
    if (!net_args(q, r, &from, &to, &actors, &level) || !format_arg(q, r, &csv))
        return;
    dy_network *net = load_network(s, r, from, to, level, flag(q, "directed"));
    if (!net)
        return;
    if (csv) {
        /* the edges, the columns of dyad network's table */
        dy_buf b = {0};
        dy_buf_puts(&b, "a,b,events,weight,verbal_coop,material_coop,verbal_conflict,material_conflict,neutral,"
                        "goldstein,cooperation,conflict\n");
        for (size_t i = 0; i < dy_network_edge_count(net); i++) {
            const dy_net_edge *e = dy_network_edge(net, i);
            dy_buf_printf(&b, "%s,%s,%ld,%.6g,%.6g,%.6g,%.6g,%.6g,%.6g,%.6g,%.6g,%.6g\n", dy_network_node(net, e->a)->id,
                          dy_network_node(net, e->b)->id, e->events, e->weight, e->quad[1], e->quad[2], e->quad[3],
                          e->quad[4], e->quad[0], e->goldstein, e->coop, e->conflict);
        }
        set_buf(r, "text/csv; charset=utf-8", &b);
    } else
        set_json(r, 200, dy_out_network_json(net, from, to, actors));
    dy_network_free(net);
}

static void api_blocs(const dy_server *s, const dy_serve_req *q, dy_serve_resp *r)
{
    const char *from, *to, *actors, *v;
    dy_actor_level level;
    dy_bloc_opts bo = {1, 0, 0};
    long n;
    if (!net_args(q, r, &from, &to, &actors, &level))
        return;
    if ((v = arg(q, "min_events"))) {
        if (!parse_long(v, 1, 1000000000L, &n)) {
            fail(r, 400, "min_events: 1 or more");
            return;
        }
        bo.min_events = n;
    }
    /* restarts bounded lower than the CLI's: a request's time is bounded */
    if ((v = arg(q, "restarts"))) {
        if (!parse_long(v, 1, 1000, &n)) {
            fail(r, 400, "restarts: 1 to 1000");
            return;
        }
        bo.restarts = (int)n;
    }
    if ((v = arg(q, "seed"))) {
        if (!parse_long(v, 1, 2147483647L, &n)) {
            fail(r, 400, "seed: 1 to 2147483647");
            return;
        }
        bo.seed = (unsigned long long)n;
    }
    dy_network *net = load_network(s, r, from, to, level, false);
    if (!net)
        return;
    dy_error err = {0};
    dy_blocs *b = dy_blocs_find(net, &bo, &err);
    dy_network_free(net);
    if (!b) {
        fail(r, 500, "blocs: %s", err.msg);
        return;
    }
    set_json(r, 200, dy_out_blocs_json(b, from, to, bo.min_events));
    dy_blocs_free(b);
}

/* ------------------------------------------------------------ static files */

static const char *ctype_of(const char *path)
{
    const char *dot = strrchr(path, '.');
    if (dot && !strcmp(dot, ".html"))
        return "text/html; charset=utf-8";
    if (dot && !strcmp(dot, ".js"))
        return "text/javascript; charset=utf-8";
    if (dot && !strcmp(dot, ".css"))
        return "text/css; charset=utf-8";
    if (dot && !strcmp(dot, ".svg"))
        return "image/svg+xml";
    return "application/octet-stream";
}

static void serve_bytes(const dy_serve_req *q, dy_serve_resp *r, const char *path, const void *data, size_t len,
                        const char *etag)
{
    snprintf(r->hbuf[0], sizeof r->hbuf[0], "%s", etag);
    add_header(r, "ETag", r->hbuf[0]);
    add_header(r, "Cache-Control", "no-cache");
    r->ctype = ctype_of(path);
    r->body_static = true;
    if (q->if_none_match && !strcmp(q->if_none_match, r->hbuf[0])) {
        r->status = 304;
        r->body = NULL;
        r->len = 0;
        return;
    }
    r->status = 200;
    r->body = (char *)data;
    r->len = len;
}

static bool serve_static(const dy_server *s, const dy_serve_req *q, dy_serve_resp *r)
{
    const char *path = q->path;
    if (!strcmp(path, "/"))
        path = "/index.html";
    if (!strcmp(path, "/static/chart.js")) {
        serve_bytes(q, r, path, s->chartjs, s->chartjs_len, s->chartjs_etag);
        return true;
    }
    if (!strncmp(path, "/static/", 8))
        path += 7;
    for (size_t i = 0; i < dy_web_assets_count; i++)
        if (!strcmp(dy_web_assets[i].path, path)) {
            char etag[40];
            make_etag(etag, dy_web_assets[i].data, dy_web_assets[i].len);
            serve_bytes(q, r, path, dy_web_assets[i].data, dy_web_assets[i].len, etag);
            return true;
        }
    return false;
}

/* ------------------------------------------------------------ hostile requests */

static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

bool dy_serve_target_ok(const char *raw)
{
    size_t n = strcspn(raw, "?");
    /* the query: no NUL or other control character, raw or encoded (a
     * decoded value ends at a NUL, and the rest would be ignored) */
    for (const char *q = raw + n; *q; q++) {
        if ((unsigned char)*q < 0x20 || *q == 0x7f)
            return false;
        if (*q == '%' && hexval((unsigned char)q[1]) >= 0 && hexval((unsigned char)q[2]) >= 0) {
            int v = hexval((unsigned char)q[1]) * 16 + hexval((unsigned char)q[2]);
            if (v < 0x20 || v == 0x7f)
                return false;
        }
    }
    size_t seg = 0; /* where the current segment starts */
    for (size_t i = 0; i <= n; i++) {
        unsigned char c = i < n ? (unsigned char)raw[i] : '/';
        if (c == '/') {
            size_t len = i - seg;
            if ((len == 1 && raw[seg] == '.') || (len == 2 && raw[seg] == '.' && raw[seg + 1] == '.'))
                return false;
            seg = i + 1;
            continue;
        }
        if (c == '\\' || c < 0x20 || c == 0x7f)
            return false;
        if (c == '%') {
            int h = i + 2 < n ? hexval((unsigned char)raw[i + 1]) : -1;
            int l = h >= 0 ? hexval((unsigned char)raw[i + 2]) : -1;
            if (l < 0)
                return false;
            int v = h * 16 + l;
            if (v == '/' || v == '\\' || v == '.' || v < 0x20 || v == 0x7f)
                return false;
            i += 2;
        }
    }
    return true;
}

/* Well-formed UTF-8 (no overlong form, surrogate or code point beyond
 * U+10FFFF) without a control character. */
static bool text_ok(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        unsigned c = *p;
        if (c < 0x80) {
            if (c < 0x20 || c == 0x7f)
                return false;
            p++;
            continue;
        }
        int n = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc2 ? 1 : -1;
        if (n < 0 || c > 0xf4)
            return false;
        unsigned cp = c & (0x3f >> n);
        for (int k = 1; k <= n; k++) {
            if ((p[k] & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (p[k] & 0x3f);
        }
        if ((n == 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (n == 3 && (cp < 0x10000 || cp > 0x10ffff)))
            return false;
        if (cp >= 0x80 && cp < 0xa0) /* C1 controls */
            return false;
        p += n + 1;
    }
    return true;
}

/* The parameters each endpoint takes, blank-separated; NULL: no such
 * endpoint. */
static const char *api_params(const char *p)
{
    static const struct {
        const char *name, *params;
    } t[] = {
        {"health", ""},
        {"stats", ""},
        {"events", "source target actor undirected role code root quad from to limit cursor format"},
        {"codes", "q"},
        {"actors", "q limit"},
        {"trend", "a b by undirected from to vs format"},
        {"network", "from to actors directed format"},
        {"blocs", "from to actors min_events seed restarts"},
    };
    if (!strncmp(p, "events/", 7))
        return "";
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        if (!strcmp(p, t[i].name))
            return t[i].params;
    return NULL;
}

static bool word_in(const char *list, const char *w)
{
    size_t n = strlen(w);
    for (const char *p = list; (p = strstr(p, w)); p += n)
        if ((p == list || p[-1] == ' ') && (p[n] == ' ' || !p[n]))
            return true;
    return false;
}

#define MAX_VALUE 1000

/* The query string's arguments: at most DY_SERVE_MAX_ARGS, values of
 * well-formed UTF-8 without control characters, at most MAX_VALUE bytes;
 * for the API (ALLOWED not NULL) only the endpoint's own names, each
 * once, and flags 1/true/yes/0/false/no.  False after answering 400. */
static bool check_args(const dy_serve_req *q, dy_serve_resp *r, const char *allowed)
{
    if (q->too_many_args) {
        fail(r, 400, "more than %d query parameters", DY_SERVE_MAX_ARGS);
        return false;
    }
    if (!q->args)
        return true;
    const char *names[DY_SERVE_MAX_ARGS + 1], *values[DY_SERVE_MAX_ARGS + 1];
    size_t n = q->args(q->arg_ctx, names, values, DY_SERVE_MAX_ARGS + 1);
    if (n > DY_SERVE_MAX_ARGS) {
        fail(r, 400, "more than %d query parameters", DY_SERVE_MAX_ARGS);
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        const char *k = names[i], *v = values[i] ? values[i] : "";
        bool name_ok = *k && strlen(k) <= 32;
        for (const char *c = k; name_ok && *c; c++)
            name_ok = (*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '_';
        if (!name_ok) {
            fail(r, 400, "a query parameter name is lower-case letters, digits and '_', 32 at most");
            return false;
        }
        if (strlen(v) > MAX_VALUE) {
            fail(r, 400, "%s: longer than %d bytes", k, MAX_VALUE);
            return false;
        }
        if (!text_ok(v)) {
            fail(r, 400, "%s: not well-formed UTF-8 text (or a control character)", k);
            return false;
        }
        if (!allowed)
            continue;
        if (!word_in(allowed, k)) {
            fail(r, 400, "unknown parameter %s (this endpoint takes: %s)", k, *allowed ? allowed : "none");
            return false;
        }
        for (size_t j = 0; j < i; j++)
            if (!strcmp(names[j], k)) {
                fail(r, 400, "%s: given twice", k);
                return false;
            }
        bool on;
        if ((!strcmp(k, "undirected") || !strcmp(k, "directed")) && !flag_value(v, &on)) {
            fail(r, 400, "%s: 1, true, yes, 0, false or no", k);
            return false;
        }
    }
    return true;
}

/* ------------------------------------------------------------ routing */

typedef void api_fn(const dy_server *, const dy_serve_req *, dy_serve_resp *);

/* The cache key of an aggregation: the endpoint and each parameter it
 * takes, in the order of its list, "name=value" or "name" when absent.
 * False when it does not fit. */
static bool cache_key(const dy_serve_req *q, const char *endpoint, const char *allowed, char *key,
                      size_t cap)
{
    size_t n = (size_t)snprintf(key, cap, "%s?", endpoint);
    for (const char *p = allowed; *p && n < cap;) {
        size_t w = strcspn(p, " ");
        char name[32];
        if (w == 0 || w >= sizeof name)
            return false;
        memcpy(name, p, w);
        name[w] = 0;
        const char *v = arg(q, name);
        n += (size_t)(v ? snprintf(key + n, cap - n, "%s=%s&", name, v)
                        : snprintf(key + n, cap - n, "%s&", name));
        p += w;
        p += *p == ' ';
    }
    return n < cap;
}

/* An aggregation through the answer cache: the store's generation from a
 * renewed snapshot, then the kept answer, or FN's answer kept. */
static void api_cached(const dy_server *s, const dy_serve_req *q, dy_serve_resp *r, api_fn *fn,
                       const char *endpoint, const char *allowed)
{
    char key[2048];
    if (!s->cache || !cache_key(q, endpoint, allowed, key, sizeof key)) {
        fn(s, q, r);
        return;
    }
    dy_store *st = open_store(s, r);
    if (!st)
        return;
    long long gen = dy_store_generation(st);
    release_store(s, st);
    if (gen >= 0 && cache_get(s->cache, key, gen, r))
        return;
    fn(s, q, r);
    if (gen >= 0)
        cache_put(s->cache, key, gen, r);
}

void dy_serve_handle(const dy_server *s, const dy_serve_req *q, dy_serve_resp *r)
{
    memset(r, 0, sizeof *r);
    r->body_static = true;
    /* every response: no sniffing, scripts and styles from this origin only */
    add_header(r, "X-Content-Type-Options", "nosniff");
    add_header(r, "Content-Security-Policy",
               "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
               "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    add_header(r, "Referrer-Policy", "no-referrer");
    add_header(r, "X-Frame-Options", "DENY");
    if (s->cors) {
        add_header(r, "Access-Control-Allow-Origin", s->cors);
        add_header(r, "Vary", "Origin");
    }
    if (strcmp(q->method, "GET") && strcmp(q->method, "HEAD")) {
        add_header(r, "Allow", "GET, HEAD");
        fail(r, 405, "method %.16s not allowed: the server is read-only (GET, HEAD)", q->method);
        return;
    }
    if (!dy_serve_token_ok(s->token, q->authorization)) {
        add_header(r, "WWW-Authenticate", "Bearer");
        fail(r, 401, "a bearer token is required (Authorization: Bearer ...)");
        return;
    }
    if (q->bad_target) {
        fail(r, 400, "the path holds a '.' or '..' segment, a backslash, a control character or an "
                     "encoded '/', '\\', '.' or control character");
        return;
    }
    const char *p = q->path;
    if (!text_ok(p)) {
        fail(r, 400, "the path is not well-formed UTF-8 text");
        return;
    }
    if (!strncmp(p, "/api/", 5)) {
        add_header(r, "Cache-Control", "no-store");
        p += 5;
        const char *allowed = api_params(p);
        if (!allowed) {
            fail(r, 404, "no API endpoint /api/%.60s (see docs/api.md)", p);
            return;
        }
        if (!check_args(q, r, allowed))
            return;
        if (!strcmp(p, "health"))
            api_health(s, r);
        else if (!strcmp(p, "stats"))
            api_stats(s, r);
        else if (!strcmp(p, "events"))
            api_events(s, q, r);
        else if (!strncmp(p, "events/", 7))
            api_event(s, p + 7, r);
        else if (!strcmp(p, "codes"))
            api_codes(s, q, r);
        else if (!strcmp(p, "actors"))
            api_actors(s, q, r);
        else if (!strcmp(p, "trend"))
            api_cached(s, q, r, api_trend, p, allowed);
        else if (!strcmp(p, "network"))
            api_cached(s, q, r, api_network, p, allowed);
        else if (!strcmp(p, "blocs"))
            api_cached(s, q, r, api_blocs, p, allowed);
        else
            fail(r, 404, "no API endpoint /api/%.60s (see docs/api.md)", p);
        return;
    }
    if (!check_args(q, r, NULL))
        return;
    if (!serve_static(s, q, r))
        fail(r, 404, "not found");
}
