/* store.c: coded events into a durable store, one event per happening.
 *
 * The store speaks SQL through src/store/db.h, so the same code runs on SQLite
 * and on PostgreSQL.  Every SQL string here is a literal (the SQLite
 * backend caches prepared statements by address) written in the dialect
 * both engines accept: `?` placeholders, ON CONFLICT upserts, RETURNING,
 * CAST(? AS TEXT) where a parameter's type is not otherwise known.
 *
 * Merging is done per batch: each mention stored records its merge key;
 * at commit, the events of every key the batch touched are rebuilt from
 * the earliest event the new or removed mentions can change onward.  The
 * clustering is greedy in date order and anchored at an event's first
 * date, so the events before that point cannot change: the rebuild is
 * exact, and ingesting in any order gives the same events. */
#include "store/db.h"
#include "base/date.h"
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>
#include <time.h>

struct dy_store {
    const db_ops *ops;
    db *d;
    int version;
    dy_merge_rules rules;
    bool in_batch;
    bool tx;                /* the batch's write transaction has begun (tx_begin) */
    bool readonly;          /* opened by dy_store_open_read */
    long long generation;   /* meta.generation as last read; -1 none */
    /* keys touched in this batch, with the earliest date touched */
    dy_map dirty;
    dy_vec dirty_keys;      /* struct dirty */
    /* PostgreSQL: ids taken for the new events of a commit (long long) */
    dy_vec ids;
    size_t ids_next;
    /* the actors the batch names, written at commit (struct actor) */
    dy_map actor_map;
    dy_vec actors;
    /* PostgreSQL: rows written many at once (see struct rowbuf) */
    bool bulk;               /* the merge's writes go to the buffers */
    struct rowbuf *mentions, *ev_new, *ev_upd, *ev_del, *mention_ev;
    /* PostgreSQL: the articles added and not written yet (struct pend),
     * their ids and their rows */
    dy_vec pend;
    dy_map pend_ids;
    dy_buf pend_data;
    /* the articles of the open (or last committed) batch */
    dy_store_counts counts;
    /* PostgreSQL: the batch's new mentions, not written yet (their rows
     * in s->mentions, in the same order): written at commit with their ids
     * and events (struct fresh), so that no mention row is written twice;
     * their values for the merge; the articles they are of */
    dy_vec fresh;
    dy_buf fresh_data;
    dy_map fresh_ids;
    /* SQLite: the largest mention id when the batch began (every mention
     * put by the batch has a larger one), and whether the batch removed
     * mentions (then new ids may not be larger): see read_span */
    long long old_max;
    bool removed_any;
    /* PostgreSQL: articles stored since the tables were last analyzed by
     * this handle, and the size then (-1: not read yet) (analyze_grown) */
    long since_analyze;
    double analyzed_size;
};

/* A new mention not written yet (PostgreSQL): its values for the merge
 * at OFF in s->fresh_data (mkey, date, article, outlet, source, target,
 * code, root, quad, goldstein, participants), the id taken for it from
 * the sequence, the event the merge puts it in, and the next new mention
 * of its key (an index + 1; 0 ends). */
struct fresh {
    size_t off, next;
    long long id, event;
};

/* Rows for one multi-row statement on PostgreSQL: column C's values of
 * all rows as one array literal in COL[C], sent as one text parameter
 * that the statement unnests (one statement per batch instead of one per
 * row; the text parameters and `?` placeholders as for any statement). */
#define ROWBUF_MAX 28
struct rowbuf {
    int ncols;
    size_t n;
    dy_buf col[ROWBUF_MAX];
};

struct actor {
    char *code, *name;
    char first[11], last[11];
};

struct dirty {
    char *mkey;
    char lo[11], hi[11];   /* the earliest and latest date touched */
    bool removed;          /* mentions of the key were removed (write_span) */
};

/* An article and its mentions as the rows to write, in a buffer: the
 * article's 8 values (sql_art_put) and then NMENT rows of NCOL values
 * (sql_mention_put, or sql_mention_put3 from version 3), each value one
 * tag byte (0: SQL NULL, 1: text) and, for a text, the text and its NUL.
 * SQLite writes the rows at once; PostgreSQL keeps the articles of a
 * batch so until their stored hashes are read for all at once
 * (flush_pending). */
struct pend {
    size_t off;            /* the rows' first byte in s->pend_data */
    size_t nment;          /* mention rows */
    size_t ncoded;         /* events coded (dy_result_count) */
    int ncol;
    bool force;
    int state;             /* set by flush_pending: PEND_NEW, PEND_CHANGED, PEND_SAME */
};
enum { PEND_NEW, PEND_CHANGED, PEND_SAME };

static const db_ops *backend_for(const char *target, dy_error *err)
{
    if (!strncmp(target, "postgres://", 11) || !strncmp(target, "postgresql://", 13)) {
        if (!db_pg_ops)
            dy_seterr(err, DY_EDB, NULL, 0, "this dyad was built without PostgreSQL (libpq)");
        return db_pg_ops;
    }
    return &db_sqlite_ops;
}

/* ------------------------------------------------------------ helpers */

static int row_str(void *ctx, int n, const char *const *v)
{
    char *out = ctx;   /* 64 bytes */
    snprintf(out, 64, "%s", n > 0 && v[0] ? v[0] : "");
    return 1;
}

/* The first column of the first row into OUT (64 bytes; "" if no row).
 * Returns 0, or -1 on error. */
static int query1(dy_store *s, const char *sql, int n, const char *const *p, char *out,
                  dy_error *err)
{
    out[0] = 0;
    int rc = s->ops->exec(s->d, sql, n, p, row_str, out, err);
    return rc < 0 ? -1 : 0;
}

static int exec0(dy_store *s, const char *sql, int n, const char *const *p, dy_error *err)
{
    return s->ops->exec(s->d, sql, n, p, NULL, NULL, err) < 0 ? -1 : 0;
}

static const char sql_meta_get[] = "SELECT value FROM meta WHERE key = ?";
static const char sql_meta_put[] =
    "INSERT INTO meta (key, value) VALUES (?, ?) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value";

static int meta_put(dy_store *s, const char *k, const char *v, dy_error *err)
{
    const char *p[] = {k, v};
    return exec0(s, sql_meta_put, 2, p, err);
}

/* The day number of a YYYY-MM-DD date (base/date.h); only differences
 * are used.  A malformed date counts as day 0. */
static long days_of(const char *d)
{
    int y, m, dd;
    if (!dy_date_split(d, &y, &m, &dd) || m < 1 || m > 12)
        return 0;
    return dy_day_number(y, m, dd);
}

void dy_store_target_name(char *out, size_t cap, const char *url)
{
    snprintf(out, cap, "%s", url);
    char *scheme = strstr(out, "://");
    if (scheme) {
        char *auth = scheme + 3;
        char *at = strrchr(auth, '@');
        char *colon = strchr(auth, ':');
        if (at && colon && colon < at) {
            size_t tail = strlen(at) + 1;
            if ((size_t)(colon + 1 - out) + 3 + tail <= cap) {
                memmove(colon + 4, at, tail);
                memcpy(colon + 1, "***", 3);
            } else
                snprintf(colon + 1, cap - (size_t)(colon + 1 - out), "***");
        }
    }
    for (char *p = out; (p = strstr(p, "password=")) != NULL;) {
        p += 9;
        char *end = p + strcspn(p, "& ");
        size_t tail = strlen(end) + 1;
        if ((size_t)(p - out) + 3 + tail <= cap) {
            memmove(p + 3, end, tail);
            memcpy(p, "***", 3);
        } else {
            snprintf(p, cap - (size_t)(p - out), "***");
            break;
        }
        p += 3;
    }
}

static int hexval(int c)
{
    return c >= '0' && c <= '9' ? c - '0'
         : c >= 'a' && c <= 'f' ? c - 'a' + 10
         : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* Replaces each occurrence of S[0..N) in MSG by "***". */
static void mask_all(char *msg, size_t cap, const char *s, size_t n)
{
    if (!n)
        return;
    char *p = msg;
    while (*p) {
        if (strncmp(p, s, n)) {
            p++;
            continue;
        }
        size_t tail = strlen(p + n) + 1;          /* with the NUL */
        size_t room = cap - (size_t)(p - msg) - 3; /* cap >= 4: checked by db_redact */
        if (tail > room)
            tail = room;
        memmove(p + 3, p + n, tail);
        memcpy(p, "***", 3);
        msg[cap - 1] = 0;
        p += 3;
    }
}

/* Masks S[0..N) and every piece of it of 4 bytes or more: libpq may split
 * a password at an '@' or ':' and quote a piece ('invalid integer value
 * "w0rd@[::1" for connection option "port"').  Longest pieces first. */
static void mask_pieces(char *msg, size_t cap, const char *s, size_t n)
{
    mask_all(msg, cap, s, n);
    size_t top = n < 128 ? n : 128;
    for (size_t len = top; len >= 4; len--)
        for (size_t i = 0; i + len <= top; i++)
            mask_all(msg, cap, s + i, len);
}

/* Masks S[0..N) and its percent-decoded form. */
static void mask_secret(char *msg, size_t cap, const char *s, size_t n)
{
    char dec[512];
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < sizeof dec; i++) {
        int h, l;
        if (s[i] == '%' && i + 2 < n && (h = hexval((unsigned char)s[i + 1])) >= 0 &&
            (l = hexval((unsigned char)s[i + 2])) >= 0) {
            dec[k++] = (char)(h * 16 + l);
            i += 2;
        } else
            dec[k++] = s[i];
    }
    mask_pieces(msg, cap, s, n);
    if (k && (k != n || memcmp(dec, s, n)))
        mask_pieces(msg, cap, dec, k);
}

void db_redact(char *msg, size_t cap, const char *target)
{
    if (!msg || cap < 4 || !target)
        return;
    const char *scheme = strstr(target, "://");
    if (scheme) {
        const char *auth = scheme + 3;
        const char *at = strrchr(auth, '@');
        const char *colon = strchr(auth, ':');
        if (at && colon && colon < at)
            mask_secret(msg, cap, colon + 1, (size_t)(at - colon - 1));
    }
    for (const char *p = target; (p = strstr(p, "password=")) != NULL;) {
        p += 9;
        size_t n = strcspn(p, "& ");
        mask_secret(msg, cap, p, n);
        p += n;
    }
    for (char *p = msg; (p = strstr(p, "password=")) != NULL;) {
        p += 9;
        size_t n = strcspn(p, "& \"'");
        if (n == 3 && !strncmp(p, "***", 3)) {
            p += 3;
            continue;
        }
        mask_all(msg, cap, p, n);
        p += 3;
    }
}

/* ------------------------------------------------------- open, migrate */

static int read_rules(dy_store *s, dy_error *err)
{
    char v[64];
    const char *k1[] = {"merge_window_days"};
    if (query1(s, sql_meta_get, 1, k1, v, err) < 0)
        return -1;
    s->rules.window_days = v[0] ? atoi(v) : 1;
    const char *k2[] = {"merge_by"};
    if (query1(s, sql_meta_get, 1, k2, v, err) < 0)
        return -1;
    s->rules.by = !strcmp(v, "root") ? DY_MERGE_ROOT : DY_MERGE_CODE;
    const char *k3[] = {"generation"};
    if (query1(s, sql_meta_get, 1, k3, v, err) < 0)
        return -1;
    s->generation = v[0] ? atoll(v) : -1;
    return 0;
}

/* meta.generation counts the batches committed (dy_store_commit), so a
 * reader can tell whether the store changed since it last looked: the
 * server's answer cache (src/serve/serve.c) keys on it. */
static const char sql_meta_bump[] =
    "INSERT INTO meta (key, value) VALUES ('generation', '1') "
    "ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(meta.value AS BIGINT) + 1 AS TEXT)";

long long dy_store_generation(const dy_store *s) { return s->generation; }

static int write_rules(dy_store *s, const dy_merge_rules *r, dy_error *err)
{
    char w[16];
    snprintf(w, sizeof w, "%d", r->window_days);
    if (meta_put(s, "merge_window_days", w, err) < 0)
        return -1;
    return meta_put(s, "merge_by", r->by == DY_MERGE_ROOT ? "root" : "code", err);
}

static const char sql_meta_create[] =
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)";

static const char sql_meta_count[] = "SELECT count(*) FROM meta WHERE key = ?";

/* Reads meta.schema_version into *HAVE (0: no version yet, a new store).
 * Returns -1 when the query fails (no meta table yet), -2 when the value is
 * not a version this dyad knows: anything but a plain decimal 1..the number
 * of migrations ('-2', '0', '', '1.9', ' 2', '02') is a damaged or foreign
 * store and is refused; it never selects a migration. */
static int read_version(dy_store *s, int *have, dy_error *err)
{
    char v[64], n[32];
    const char *k[] = {"schema_version"};
    if (query1(s, sql_meta_count, 1, k, n, err) < 0 || query1(s, sql_meta_get, 1, k, v, err) < 0)
        return -1;
    *have = 0;
    if (atoi(n) == 0)
        return 0;
    size_t len = strlen(v);
    bool digits = len > 0 && len <= 4 && v[0] != '0' && strspn(v, "0123456789") == len;
    int x = digits ? atoi(v) : 0;
    if (!digits || x < 1 || x > s->ops->n_migrations) {
        char shown[24];
        size_t j = 0;
        for (size_t i = 0; v[i] && j + 1 < sizeof shown; i++)
            shown[j++] = v[i] >= 0x20 && v[i] < 0x7f ? v[i] : '?';
        shown[j] = 0;
        if (digits)
            dy_seterr(err, DY_EDB, NULL, 0,
                      "the store has schema version %d; this dyad knows up to %d (upgrade dyad)",
                      x, s->ops->n_migrations);
        else
            dy_seterr(err, DY_EDB, NULL, 0,
                      "the store's schema_version '%s%s' is not a version (1..%d): a damaged or "
                      "foreign store, not opened",
                      shown, v[j] ? "..." : "", s->ops->n_migrations);
        return -2;
    }
    *have = x;
    return 0;
}

/* Brings the store to version WANT (creating it when empty).  A store
 * already at WANT or newer is only read, so that readers opening it do not
 * wait for a running ingest. */
static int migrate(dy_store *s, int want, dy_error *err)
{
    int have = 0;
    dy_error first = {0};
    int rc = read_version(s, &have, &first);
    if (rc == -2) {
        *err = first;
        return -1;
    }
    if (rc == 0 && have >= want) {
        s->version = have;
        return 0;
    }
    if (s->ops->begin_write(s->d, err) < 0)
        return -1;
    if (s->ops->script(s->d, sql_meta_create, err) < 0 || read_version(s, &have, err) < 0)
        goto fail;
    for (int i = have; i < want; i++)
        if (s->ops->script(s->d, s->ops->migrations[i], err) < 0)
            goto fail;
    if (have < want) {
        char v[16];
        snprintf(v, sizeof v, "%d", want);
        if (meta_put(s, "schema_version", v, err) < 0)
            goto fail;
        if (have == 0) {
            dy_merge_rules def = {1, DY_MERGE_CODE};
            if (write_rules(s, &def, err) < 0)
                goto fail;
        }
    }
    if (s->ops->commit(s->d, err) < 0)
        goto fail;
    s->version = have > want ? have : want;
    return 0;
fail:
    s->ops->rollback(s->d);
    return -1;
}

/* A handle for TARGET with its backend chosen and nothing opened yet. */
static dy_store *new_handle(const char *target, dy_error *err)
{
    if (!target || !*target) {
        dy_seterr(err, DY_EDB, NULL, 0, "no store given");
        return NULL;
    }
    const db_ops *ops = backend_for(target, err);
    if (!ops)
        return NULL;
    dy_store *s = dy_calloc(1, sizeof *s);
    if (!s) {
        dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
        return NULL;
    }
    s->ops = ops;
    s->dirty_keys = (dy_vec)DY_VEC(struct dirty);
    s->ids = (dy_vec)DY_VEC(long long);
    s->actors = (dy_vec)DY_VEC(struct actor);
    s->pend = (dy_vec)DY_VEC(struct pend);
    s->fresh = (dy_vec)DY_VEC(struct fresh);
    s->analyzed_size = -1;
    return s;
}

static dy_store *open_at(const char *target, int version, dy_error *err)
{
    dy_store *s = new_handle(target, err);
    if (!s)
        return NULL;
    s->d = s->ops->open(target, err);
    if (!s->d || migrate(s, version, err) < 0 || read_rules(s, err) < 0) {
        dy_store_close(s);
        return NULL;
    }
    return s;
}

dy_store *dy_store_open(const char *target, dy_error *err)
{
    return open_at(target, DY_STORE_SCHEMA, err);
}

dy_store *dy_store_open_read(const char *target, dy_error *err)
{
    dy_store *s = new_handle(target, err);
    if (!s)
        return NULL;
    s->readonly = true;
    s->d = s->ops->open_read(target, err);
    int have = 0;
    char shown[256];
    dy_store_target_name(shown, sizeof shown, target);
    if (!s->d || read_version(s, &have, err) < 0) {
        if (s->d && err->status == DY_EDB &&
            (strstr(err->msg, "no such table") || strstr(err->msg, "\"meta\" does not exist")))
            dy_seterr(err, DY_EDB, shown, 0, "not a dyad store (no meta table)");
        else if (s->d && !err->file[0])
            snprintf(err->file, sizeof err->file, "%s", shown);
        dy_store_close(s);
        return NULL;
    }
    if (have != DY_STORE_SCHEMA) {
        if (have == 0)
            dy_seterr(err, DY_EDB, shown, 0, "not a dyad store (no schema version)");
        else
            dy_seterr(err, DY_EDB, shown, 0,
                      "the store has schema version %d and needs migrating to %d: "
                      "run 'dyad store init --db %s' once",
                      have, DY_STORE_SCHEMA, shown);
        dy_store_close(s);
        return NULL;
    }
    s->version = have;
    if (read_rules(s, err) < 0) {
        dy_store_close(s);
        return NULL;
    }
    return s;
}

dy_store *dy_store_open_version(const char *target, int version, dy_error *err)
{
    if (version < 1 || version > DY_STORE_SCHEMA) {
        dy_seterr(err, DY_EDB, NULL, 0, "schema version %d does not exist (1..%d)", version,
                  DY_STORE_SCHEMA);
        return NULL;
    }
    return open_at(target, version, err);
}

static void rowbuf_free(struct rowbuf *rb)
{
    if (!rb)
        return;
    for (int c = 0; c < rb->ncols; c++)
        dy_buf_free(&rb->col[c]);
    dy_free(rb);
}

static void pend_clear(dy_store *s)
{
    s->pend.n = 0;
    dy_buf_free(&s->pend_data);
    dy_map_free(&s->pend_ids);
    memset(&s->pend_ids, 0, sizeof s->pend_ids);
}

static void fresh_clear(dy_store *s)
{
    s->fresh.n = 0;
    dy_buf_free(&s->fresh_data);
    dy_map_free(&s->fresh_ids);
    memset(&s->fresh_ids, 0, sizeof s->fresh_ids);
}

static void dirty_clear(dy_store *s)
{
    for (size_t i = 0; i < s->dirty_keys.n; i++)
        dy_free(DY_AT(s->dirty_keys, struct dirty, i).mkey);
    s->dirty_keys.n = 0;
    dy_map_free(&s->dirty);
    memset(&s->dirty, 0, sizeof s->dirty);
    for (size_t i = 0; i < s->actors.n; i++) {
        dy_free(DY_AT(s->actors, struct actor, i).code);
        dy_free(DY_AT(s->actors, struct actor, i).name);
    }
    s->actors.n = 0;
    dy_map_free(&s->actor_map);
    memset(&s->actor_map, 0, sizeof s->actor_map);
    struct rowbuf **rb[] = {&s->mentions, &s->ev_new, &s->ev_upd, &s->ev_del, &s->mention_ev};
    for (size_t i = 0; i < sizeof rb / sizeof rb[0]; i++) {
        rowbuf_free(*rb[i]);
        *rb[i] = NULL;
    }
    s->bulk = false;
    pend_clear(s);
    fresh_clear(s);
}

void dy_store_close(dy_store *s)
{
    if (!s)
        return;
    if (s->d) {
        if (s->in_batch)
            s->ops->rollback(s->d);
        s->ops->close(s->d);
    }
    dirty_clear(s);
    dy_vec_free(&s->dirty_keys);
    dy_vec_free(&s->ids);
    dy_vec_free(&s->actors);
    dy_vec_free(&s->pend);
    dy_vec_free(&s->fresh);
    dy_free(s);
}

/* A read handle's snapshot renewed (src/serve/serve.h): its read
 * transaction ended and a new one begun, so that it sees what has been
 * committed since, with its page cache and prepared statements kept. */
int dy_store_renew(dy_store *s, dy_error *err)
{
    if (!s->readonly) {
        dy_seterr(err, DY_EDB, NULL, 0, "only a read handle is renewed");
        return -1;
    }
    const char *sql = !strcmp(s->ops->name, "sqlite")
                          ? "COMMIT; BEGIN; SELECT count(*) FROM sqlite_master;"
                          : "COMMIT; BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";
    if (s->ops->script(s->d, sql, err) < 0)
        return -1;
    return read_rules(s, err);
}

const char *dy_store_backend(const dy_store *s) { return s->ops->name; }
int dy_store_schema_version(const dy_store *s) { return s->version; }
void dy_store_get_rules(const dy_store *s, dy_merge_rules *out) { *out = s->rules; }

/* --------------------------------------------------------------- batches */

/* Begins the open batch's write transaction, once; concurrent writers
 * wait here for each other (db.h begin_write). */
static int tx_begin(dy_store *s, dy_error *err)
{
    if (s->tx)
        return 0;
    if (s->ops->begin_write(s->d, err) < 0)
        return -1;
    s->tx = true;
    /* another writer may have changed the rules since we opened */
    return read_rules(s, err);
}

int dy_store_begin(dy_store *s, dy_error *err)
{
    if (s->readonly) {
        dy_seterr(err, DY_EDB, NULL, 0, "the store was opened for reading only");
        return -1;
    }
    if (s->in_batch) {
        dy_seterr(err, DY_EDB, NULL, 0, "a batch is already open");
        return -1;
    }
    s->in_batch = true;
    s->tx = false;
    memset(&s->counts, 0, sizeof s->counts);
    /* PostgreSQL: the transaction, and the lock that makes concurrent
     * writers wait, begin at the batch's first write (its articles wait
     * until then: dy_store_add), so that writers code their articles in
     * parallel and only their storing runs one after another */
    s->old_max = -1;
    s->removed_any = false;
    if (s->ops->kind == DB_POSTGRES)
        return 0;
    char mx[32];
    if (tx_begin(s, err) < 0 || query1(s, "SELECT COALESCE(MAX(id), 0) FROM mentions", 0, NULL, mx,
                                       err) < 0) {
        dy_store_rollback(s);
        return -1;
    }
    s->old_max = atoll(mx);
    return 0;
}

void dy_store_rollback(dy_store *s)
{
    if (s->in_batch && s->tx)
        s->ops->rollback(s->d);
    s->in_batch = s->tx = false;
    dirty_clear(s);
    memset(&s->counts, 0, sizeof s->counts);
}

/* Marks MKEY for a rebuild of its events between the dates LO and HI (a
 * mention added there, or with REMOVED removed). */
static bool mark_dirty(dy_store *s, const char *mkey, const char *lo, const char *hi,
                       bool removed)
{
    size_t n = strlen(mkey);
    uint32_t i = dy_map_get(&s->dirty, mkey, n);
    if (i != UINT32_MAX) {
        struct dirty *dk = &DY_AT(s->dirty_keys, struct dirty, i);
        dk->removed |= removed;
        if (strcmp(lo, dk->lo) < 0)
            snprintf(dk->lo, sizeof dk->lo, "%.10s", lo);
        if (strcmp(hi, dk->hi) > 0)
            snprintf(dk->hi, sizeof dk->hi, "%.10s", hi);
        return true;
    }
    struct dirty *dk = dy_vec_push(&s->dirty_keys);
    if (!dk)
        return false;
    dk->mkey = dy_strndup(mkey, n);
    dk->removed = removed;
    snprintf(dk->lo, sizeof dk->lo, "%.10s", lo);
    snprintf(dk->hi, sizeof dk->hi, "%.10s", hi);
    if (!dk->mkey) {
        s->dirty_keys.n--;
        return false;
    }
    if (!dy_map_put(&s->dirty, mkey, n, (uint32_t)(s->dirty_keys.n - 1))) {
        dy_free(dk->mkey);
        s->dirty_keys.n--;
        return false;
    }
    return true;
}

/* ------------------------------------------------------------- putting */

/* A 64-bit hash of the date, language, title and text (no allocation). */
static void article_hash(const dy_article *a, char out[17])
{
    const char *parts[3] = {a->date ? a->date : "", a->lang ? a->lang : "",
                            a->title ? a->title : ""};
    uint64_t h = 0xcbf29ce484222325ULL;
    for (int i = 0; i < 3; i++)
        h = (h ^ dy_hash(parts[i], strlen(parts[i]))) * 0x100000001b3ULL;
    h ^= dy_hash(a->text ? a->text : "", a->text_len);
    snprintf(out, 17, "%016llx", (unsigned long long)h);
}

/* The merge key of a mention. */
static void merge_key(const dy_merge_rules *r, const char *src, const char *tgt,
                      const char *code, const char *root, const char *participants,
                      char *out, size_t cap)
{
    const char *c = r->by == DY_MERGE_ROOT ? root : code;
    if (participants)
        snprintf(out, cap, "M|%s|%s", c, participants);
    else
        snprintf(out, cap, "%s|%s|%s", src, tgt, c);
}

static bool multilateral_root(const char *root)
{
    return !strcmp(root, "04") || !strcmp(root, "05") || !strcmp(root, "06");
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The states taking part in the gathering that event I of R belongs to:
 * the distinct countries of the events of its sentence with its code, when
 * there are three or more (written sorted into OUT, "CHN IND RUS").  Sets
 * SKIP for the events folded into the first one. */
static bool gathering(const dy_result *r, size_t i, bool *skip, char *out, size_t cap)
{
    const dy_event *e = dy_result_event(r, i);
    if (!multilateral_root(e->root))
        return false;
    const char *cs[64];
    char buf[64][4];
    size_t nc = 0, n = dy_result_count(r);
    for (size_t j = i; j < n; j++) {
        const dy_event *f = dy_result_event(r, j);
        if (f->sent != e->sent || strcmp(f->code, e->code))
            continue;
        const char *side[2] = {f->source, f->target};
        for (int k = 0; k < 2; k++) {
            char c[4];
            snprintf(c, sizeof c, "%.3s", side[k]);
            bool seen = false;
            for (size_t m = 0; m < nc; m++)
                seen |= !strcmp(cs[m], c);
            if (!seen && nc < 64) {
                memcpy(buf[nc], c, 4);
                cs[nc] = buf[nc];
                nc++;
            }
        }
    }
    if (nc < 3)
        return false;
    for (size_t j = i + 1; j < n; j++) {
        const dy_event *f = dy_result_event(r, j);
        if (f->sent == e->sent && !strcmp(f->code, e->code))
            skip[j] = true;
    }
    qsort(cs, nc, sizeof cs[0], cmp_str);
    size_t len = 0;
    out[0] = 0;
    for (size_t m = 0; m < nc && len + 5 < cap; m++)
        len += (size_t)snprintf(out + len, cap - len, "%s%s", m ? " " : "", cs[m]);
    return true;
}

/* A location in one text column (version 3, mentions.location):
 * COUNTRY|ADMIN1|LEVEL|LAT|LON|GEONAMES_ID|RULE|PLACE, LEVEL "city",
 * "region" or "country", empty fields for what is unknown; NULL for no
 * location.  The place comes last: it is the only free text. */
static const char *loc_encode(const dy_location *l, char *buf, size_t cap)
{
    if (!l->level)
        return NULL;
    char lat[32] = "", lon[32] = "", gid[16] = "";
    if (!isnan(l->lat) && !isnan(l->lon)) {
        snprintf(lat, sizeof lat, "%.4f", l->lat);
        snprintf(lon, sizeof lon, "%.4f", l->lon);
    }
    if (l->geonames_id)
        snprintf(gid, sizeof gid, "%u", l->geonames_id);
    snprintf(buf, cap, "%s|%s|%s|%s|%s|%s|%s|%s", l->country, l->admin1,
             dy_loc_level_name(l->level), lat, lon, gid, l->rule ? l->rule : "",
             l->place ? l->place : "");
    return buf;
}

/* The inverse: fills *L from S (copied into BUF, which L's strings point
 * into); a NULL or malformed S leaves L empty (level 0). */
static void loc_decode(const char *s, char *buf, size_t cap, dy_location *l)
{
    memset(l, 0, sizeof *l);
    l->lat = l->lon = NAN;
    if (!s || strlen(s) >= cap)
        return;
    memcpy(buf, s, strlen(s) + 1);
    char *f[8];
    int n = 0;
    f[n++] = buf;
    for (char *x = buf; *x && n < 8; x++)
        if (*x == '|') {
            *x = 0;
            f[n++] = x + 1;
        }
    if (n < 8 || strlen(f[0]) != 3)
        return;
    dy_loc_level lv = !strcmp(f[2], "city")     ? DY_LOC_CITY
                      : !strcmp(f[2], "region") ? DY_LOC_REGION
                      : !strcmp(f[2], "country") ? DY_LOC_COUNTRY
                                                 : DY_LOC_NONE;
    if (!lv)
        return;
    l->level = lv;
    memcpy(l->country, f[0], 4);
    snprintf(l->admin1, sizeof l->admin1, "%s", f[1]);
    if (*f[3] && *f[4]) {
        l->lat = atof(f[3]);
        l->lon = atof(f[4]);
    }
    l->geonames_id = (unsigned)strtoul(f[5], NULL, 10);
    l->rule = *f[6] ? f[6] : NULL;
    l->place = *f[7] ? f[7] : NULL;
}

#define T1 "CAST(? AS TEXT[])"
#define T5 T1 ", " T1 ", " T1 ", " T1 ", " T1
static const char sql_art_hash[] = "SELECT hash FROM articles WHERE id = ?";
static const char sql_art_old[] =
    "SELECT mkey, MIN(date), MAX(date) FROM mentions WHERE article_id = ? GROUP BY mkey";
static const char sql_art_delm[] = "DELETE FROM mentions WHERE article_id = ?";
static const char sql_art_put[] =
    "INSERT INTO articles (id, date, source, url, lang, hash, n_mentions, ingested) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
    "date = excluded.date, source = excluded.source, url = excluded.url, "
    "lang = excluded.lang, hash = excluded.hash, n_mentions = excluded.n_mentions, "
    "ingested = excluded.ingested";
static const char sql_mention_put[] =
    "INSERT INTO mentions (article_id, seq, sent, date, source, target, source_name, "
    "target_name, code, root, quad, goldstein, mood, evidence, ev_start, ev_end, "
    "src_start, src_end, tgt_start, tgt_end, pred_start, pred_end, rule, participants, mkey) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
/* Version 3: the mention's location as one text (loc_encode) */
static const char sql_mention_put3[] =
    "INSERT INTO mentions (article_id, seq, sent, date, source, target, source_name, "
    "target_name, code, root, quad, goldstein, mood, evidence, ev_start, ev_end, "
    "src_start, src_end, tgt_start, tgt_end, pred_start, pred_end, rule, participants, mkey, "
    "location) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
static const char sql_mentions_put3[] =
    "INSERT INTO mentions (article_id, seq, sent, date, source, target, source_name, "
    "target_name, code, root, quad, goldstein, mood, evidence, ev_start, ev_end, "
    "src_start, src_end, tgt_start, tgt_end, pred_start, pred_end, rule, participants, mkey, "
    "location) "
    "SELECT c1, CAST(c2 AS INTEGER), CAST(c3 AS INTEGER), c4, c5, c6, c7, c8, c9, c10, "
    "CAST(c11 AS INTEGER), CAST(c12 AS DOUBLE PRECISION), c13, c14, CAST(c15 AS INTEGER), "
    "CAST(c16 AS INTEGER), CAST(c17 AS INTEGER), CAST(c18 AS INTEGER), CAST(c19 AS INTEGER), "
    "CAST(c20 AS INTEGER), CAST(c21 AS INTEGER), CAST(c22 AS INTEGER), c23, c24, c25, c26 "
    "FROM unnest(" T5 ", " T5 ", " T5 ", " T5 ", " T5 ", " T1 ") WITH ORDINALITY AS "
    "u(c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18, "
    "c19, c20, c21, c22, c23, c24, c25, c26, i) ORDER BY i";
/* PostgreSQL: the batch's mentions in one statement (in the order put, so
 * that their ids grow as on SQLite) */
static const char sql_mentions_put[] =
    "INSERT INTO mentions (article_id, seq, sent, date, source, target, source_name, "
    "target_name, code, root, quad, goldstein, mood, evidence, ev_start, ev_end, "
    "src_start, src_end, tgt_start, tgt_end, pred_start, pred_end, rule, participants, mkey) "
    "SELECT c1, CAST(c2 AS INTEGER), CAST(c3 AS INTEGER), c4, c5, c6, c7, c8, c9, c10, "
    "CAST(c11 AS INTEGER), CAST(c12 AS DOUBLE PRECISION), c13, c14, CAST(c15 AS INTEGER), "
    "CAST(c16 AS INTEGER), CAST(c17 AS INTEGER), CAST(c18 AS INTEGER), CAST(c19 AS INTEGER), "
    "CAST(c20 AS INTEGER), CAST(c21 AS INTEGER), CAST(c22 AS INTEGER), c23, c24, c25 "
    "FROM unnest(" T5 ", " T5 ", " T5 ", " T5 ", " T5 ") WITH ORDINALITY AS "
    "u(c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18, "
    "c19, c20, c21, c22, c23, c24, c25, i) ORDER BY i";
static const char sql_actor_put[] =
    "INSERT INTO actors (code, country, role, name, first_seen, last_seen) "
    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET "
    "first_seen = CASE WHEN excluded.first_seen < actors.first_seen "
    "THEN excluded.first_seen ELSE actors.first_seen END, "
    "last_seen = CASE WHEN excluded.last_seen > actors.last_seen "
    "THEN excluded.last_seen ELSE actors.last_seen END, "
    "name = COALESCE(actors.name, excluded.name)";

/* The key, earliest and latest date of the mentions an article had, which
 * are removed: their events are rebuilt over that span. */
static int old_keys(void *ctx, int n, const char *const *v)
{
    dy_store *s = ctx;
    if (n < 2 || !v[0] || !v[1])
        return 0;
    return mark_dirty(s, v[0], v[1], n > 2 && v[2] ? v[2] : v[1], true) ? 0 : 2;
}

/* Adds a row of RB->ncols values (NULL for SQL NULL) to *RB, made on
 * first use; false on out of memory. */
static bool rowbuf_add(struct rowbuf **rbp, int ncols, const char *const *v)
{
    if (!*rbp) {
        *rbp = dy_calloc(1, sizeof **rbp);
        if (!*rbp)
            return false;
        (*rbp)->ncols = ncols;
    }
    struct rowbuf *rb = *rbp;
    bool oom = false;
    for (int c = 0; c < ncols; c++) {
        dy_buf *b = &rb->col[c];
        dy_buf_putc(b, rb->n ? ',' : '{');
        if (!v[c])
            dy_buf_puts(b, "NULL");
        else {
            dy_buf_putc(b, '"');
            for (const char *x = v[c]; *x; x++) {
                if (*x == '"' || *x == '\\')
                    dy_buf_putc(b, '\\');
                dy_buf_putc(b, *x);
            }
            dy_buf_putc(b, '"');
        }
        oom |= b->oom;
    }
    rb->n++;
    return !oom;
}

/* Runs SQL with RB's columns as its parameters, if RB holds rows, and
 * empties RB. */
static int rowbuf_flush(dy_store *s, struct rowbuf *rb, const char *sql, dy_error *err)
{
    if (!rb || !rb->n)
        return 0;
    const char *p[ROWBUF_MAX];
    bool oom = false;
    for (int c = 0; c < rb->ncols; c++) {
        dy_buf_putc(&rb->col[c], '}');
        dy_buf_putc(&rb->col[c], 0);
        oom |= rb->col[c].oom;
        p[c] = rb->col[c].data;
    }
    int rc = 0;
    if (oom) {
        dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
        rc = -1;
    } else
        rc = exec0(s, sql, rb->ncols, p, err);
    for (int c = 0; c < rb->ncols; c++)
        rb->col[c].len = 0;
    rb->n = 0;
    return rc;
}

/* Notes that the batch names actor CODE (with NAME, maybe NULL) on DATE:
 * the actors are written once each at commit (write_actors), with the
 * earliest and latest date and the first name the batch gave. */
static bool put_actor(dy_store *s, const char *code, const char *name, const char *date)
{
    size_t n = strlen(code);
    uint32_t i = dy_map_get(&s->actor_map, code, n);
    if (i != UINT32_MAX) {
        struct actor *ac = &DY_AT(s->actors, struct actor, i);
        if (strcmp(date, ac->first) < 0)
            snprintf(ac->first, sizeof ac->first, "%.10s", date);
        if (strcmp(date, ac->last) > 0)
            snprintf(ac->last, sizeof ac->last, "%.10s", date);
        if (!ac->name && name && !(ac->name = dy_strndup(name, strlen(name))))
            return false;
        return true;
    }
    struct actor *ac = dy_vec_push(&s->actors);
    if (!ac)
        return false;
    ac->code = dy_strndup(code, n);
    ac->name = name ? dy_strndup(name, strlen(name)) : NULL;
    snprintf(ac->first, sizeof ac->first, "%.10s", date);
    snprintf(ac->last, sizeof ac->last, "%.10s", date);
    if (!ac->code || (name && !ac->name) ||
        !dy_map_put(&s->actor_map, code, n, (uint32_t)(s->actors.n - 1))) {
        dy_free(ac->code);
        dy_free(ac->name);
        s->actors.n--;
        return false;
    }
    return true;
}

static const char sql_actors_put[] =
    "INSERT INTO actors (code, country, role, name, first_seen, last_seen) "
    "SELECT * FROM unnest(CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]), "
    "CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS TEXT[])) ON CONFLICT (code) DO UPDATE SET "
    "first_seen = CASE WHEN excluded.first_seen < actors.first_seen "
    "THEN excluded.first_seen ELSE actors.first_seen END, "
    "last_seen = CASE WHEN excluded.last_seen > actors.last_seen "
    "THEN excluded.last_seen ELSE actors.last_seen END, "
    "name = COALESCE(actors.name, excluded.name)";

/* Writes the actors the batch named: one upsert each (SQLite), or one
 * for all (PostgreSQL). */
static int write_actors(dy_store *s, dy_error *err)
{
    bool pg = s->ops->kind == DB_POSTGRES;
    struct rowbuf *rb = NULL;
    int rc = 0;
    for (size_t i = 0; i < s->actors.n && rc == 0; i++) {
        struct actor *ac = &DY_AT(s->actors, struct actor, i);
        char country[4], role[24];
        snprintf(country, sizeof country, "%.3s", ac->code);
        snprintf(role, sizeof role, "%s", strlen(ac->code) > 3 ? ac->code + 3 : "");
        const char *p[] = {ac->code, country, role, ac->name, ac->first, ac->last};
        if (!pg)
            rc = exec0(s, sql_actor_put, 6, p, err);
        else if (!rowbuf_add(&rb, 6, p)) {
            dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
            rc = -1;
        }
    }
    if (rc == 0)
        rc = rowbuf_flush(s, rb, sql_actors_put, err);
    rowbuf_free(rb);
    return rc;
}

/* A span relative to the sentence that starts at BASE, as text. */
static void rel(char *out, uint32_t v, uint32_t base)
{
    snprintf(out, 12, "%u", v >= base ? v - base : 0);
}

static void val_put(dy_buf *b, const char *v)
{
    if (!v) {
        dy_buf_putc(b, 0);
        return;
    }
    dy_buf_putc(b, 1);
    dy_buf_add(b, v, strlen(v) + 1);
}

static const char *val_get(const char **p)
{
    if (!*(*p)++)
        return NULL;
    const char *v = *p;
    *p += strlen(v) + 1;
    return v;
}

/* The mention rows of R (article ID, text of R) into B (see struct pend);
 * *NMENT the rows.  The gathering of a multilateral meeting is one row. */
static int mention_rows(dy_store *s, const char *id, const dy_result *r, bool *skip,
                        char (*parts)[256], bool *multi, dy_buf *b, size_t *nment)
{
    size_t n = dy_result_count(r), tlen;
    const char *text = dy_result_text(r, &tlen);
    dy_buf ev = {0};
    for (size_t i = 0, seq = 0; i < n; i++) {
        if (skip[i])
            continue;
        const dy_event *e = dy_result_event(r, i);
        char mkey[320], cseq[24], csent[24], cquad[8], cgold[32];
        merge_key(&s->rules, e->source, e->target, e->code, e->root,
                  multi[i] ? parts[i] : NULL, mkey, sizeof mkey);
        snprintf(cseq, sizeof cseq, "%zu", seq++);
        snprintf(csent, sizeof csent, "%d", e->sent);
        snprintf(cquad, sizeof cquad, "%d", e->quad);
        snprintf(cgold, sizeof cgold, "%.1f", e->goldstein);
        uint32_t es = e->evidence.start, ee = e->evidence.end;
        if (ee > tlen)
            ee = (uint32_t)tlen;
        if (es > ee)
            es = ee;
        ev.len = 0;
        dy_buf_add(&ev, text + es, ee - es);
        dy_buf_putc(&ev, 0);
        if (ev.oom)
            break;
        char sp[8][12];
        snprintf(sp[0], 12, "%u", es);
        snprintf(sp[1], 12, "%u", ee);
        rel(sp[2], e->src_span.start, es);
        rel(sp[3], e->src_span.end, es);
        rel(sp[4], e->tgt_span.start, es);
        rel(sp[5], e->tgt_span.end, es);
        rel(sp[6], e->pred_span.start, es);
        rel(sp[7], e->pred_span.end, es);
        char loc[512];
        /* version 3 keeps the location (docs/store.md, "location") */
        const char *pm[] = {id, cseq, csent, e->date, e->source, e->target,
                            e->source_name, e->target_name, e->code, e->root, cquad, cgold,
                            dy_mood_name(e->mood), ev.data, sp[0], sp[1], sp[2], sp[3],
                            sp[4], sp[5], sp[6], sp[7], e->rule,
                            multi[i] ? parts[i] : NULL, mkey,
                            loc_encode(&e->location, loc, sizeof loc)};
        int ncol = s->version >= 3 ? 26 : 25;
        for (int c = 0; c < ncol; c++)
            val_put(b, pm[c]);
        (*nment)++;
    }
    bool oom = ev.oom;
    dy_buf_free(&ev);
    return oom ? -1 : 0;
}

/* Article A (hash HASH) and its mentions, coded as R, as rows into B (see
 * struct pend); *NMENT the mention rows.  -1 on out of memory. */
static int article_rows(dy_store *s, const dy_article *a, const dy_result *r,
                        const char *hash, dy_buf *b, size_t *nment)
{
    size_t n = dy_result_count(r);
    bool *skip = n ? dy_calloc(n, sizeof *skip) : NULL;
    char (*parts)[256] = n ? dy_calloc(n, sizeof *parts) : NULL;
    bool *multi = n ? dy_calloc(n, sizeof *multi) : NULL;
    int rc = -1;
    if (n && (!skip || !parts || !multi))
        goto out;
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        if (skip[i])
            continue;
        multi[i] = gathering(r, i, skip, parts[i], sizeof parts[i]);
        kept++;
    }
    char nm[24], now[32];
    snprintf(nm, sizeof nm, "%zu", kept);
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(now, sizeof now, "%Y-%m-%dT%H:%M:%SZ", &tm);
    const char *pa[] = {a->id, a->date, a->source, a->url, a->lang ? a->lang : "", hash, nm, now};
    for (int c = 0; c < 8; c++)
        val_put(b, pa[c]);
    *nment = 0;
    rc = mention_rows(s, a->id, r, skip, parts, multi, b, nment);
out:
    dy_free(skip);
    dy_free(parts);
    dy_free(multi);
    return rc < 0 || b->oom ? -1 : 0;
}

/* Notes a new mention of the rows PM (article_rows) of an article from
 * OUTLET for the merge (struct fresh); false on out of memory. */
static bool fresh_add(dy_store *s, const char *outlet, const char *const *pm)
{
    struct fresh *f = dy_vec_push(&s->fresh);
    if (!f)
        return false;
    f->off = s->fresh_data.len;
    const char *v[] = {pm[24], pm[3], pm[0], outlet, pm[4], pm[5], pm[8], pm[9], pm[10],
                       pm[11], pm[23]};
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++)
        val_put(&s->fresh_data, v[i]);
    return !s->fresh_data.oom;
}

/* Writes the rows at REC (article_rows): at once on SQLite; on PostgreSQL
 * the article into *ARTS and the mentions into s->mentions, written many
 * at once.  Notes the actors and the keys to merge. */
static int write_rows(dy_store *s, const char *rec, size_t nment, int ncol,
                      struct rowbuf **arts, dy_error *err)
{
    bool pg = s->ops->kind == DB_POSTGRES, oom = false;
    const char *p = rec, *pa[8], *pm[26];
    for (int c = 0; c < 8; c++)
        pa[c] = val_get(&p);
    if (pg)
        oom = !rowbuf_add(arts, 8, pa) ||
              (nment && !dy_map_put(&s->fresh_ids, pa[0], strlen(pa[0]), 1));
    else if (exec0(s, sql_art_put, 8, pa, err) < 0)
        return -1;
    for (size_t i = 0; i < nment && !oom; i++) {
        for (int c = 0; c < ncol; c++)
            pm[c] = val_get(&p);
        /* the key under the rules read in the transaction: on PostgreSQL
         * the rows were made before it began (another writer may have
         * changed the rules meanwhile) */
        char mkey[320];
        merge_key(&s->rules, pm[4], pm[5], pm[8], pm[9], pm[23], mkey, sizeof mkey);
        pm[24] = mkey;
        if (pg)
            oom = !rowbuf_add(&s->mentions, ncol, pm) || !fresh_add(s, pa[2], pm);
        else if (exec0(s, ncol > 25 ? sql_mention_put3 : sql_mention_put, ncol, pm, err) < 0)
            return -1;
        /* (version 1 had no actors table) */
        oom |= (s->version >= 2 && (!put_actor(s, pm[4], pm[6], pm[3]) ||
                                    !put_actor(s, pm[5], pm[7], pm[3]))) ||
               !mark_dirty(s, pm[24], pm[3], pm[3], false);
    }
    if (oom) {
        dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
        return -1;
    }
    return 0;
}

/* SQLite: the article's hash checked, its old mentions replaced, its rows
 * written, at once. */
static int put_now(dy_store *s, const dy_article *a, const dy_result *r, int force,
                   const char *hash, dy_error *err)
{
    char old[64];
    const char *pid[] = {a->id};
    if (query1(s, sql_art_hash, 1, pid, old, err) < 0)
        return -1;
    if (old[0] && !strcmp(old, hash) && !force) {
        s->counts.unchanged++;
        return 1;
    }
    if (old[0]) {
        int rc = s->ops->exec(s->d, sql_art_old, 1, pid, old_keys, s, err);
        if (rc == 2)
            dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
        if (rc != 0 || exec0(s, sql_art_delm, 1, pid, err) < 0)
            return -1;
        s->removed_any = true;
    }
    dy_buf b = {0};
    size_t nment = 0;
    int rc = article_rows(s, a, r, hash, &b, &nment);
    if (rc < 0)
        dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
    else
        rc = write_rows(s, b.data, nment, s->version >= 3 ? 26 : 25, NULL, err);
    dy_buf_free(&b);
    if (rc == 0) {
        s->counts.stored++;
        s->counts.coded += (long)dy_result_count(r);
    }
    return rc;
}

/* PostgreSQL: a batch's articles wait (struct pend) until their stored
 * hashes are read, for all of them in one statement: every read is a
 * round trip, and one per article held ingest at the server's pace.  At
 * most this many, or this many bytes of rows, wait at once. */
#define PEND_MAX 2000
#define PEND_BYTES (64u << 20)

/* (a join with the ids unnested, not `id = ANY(…)`: after five runs the
 * server plans a prepared statement once for any parameter, and for ANY
 * it chose to scan the whole table: 0.3 ms a batch became 70) */
static const char sql_arts_hash[] =
    "SELECT a.id, a.hash FROM unnest(CAST(? AS TEXT[])) AS u(id) "
    "JOIN articles a ON a.id = u.id";
static const char sql_arts_old[] =
    "SELECT m.mkey, MIN(m.date), MAX(m.date) FROM unnest(CAST(? AS TEXT[])) AS u(id) "
    "JOIN mentions m ON m.article_id = u.id GROUP BY m.mkey";
static const char sql_arts_delm[] =
    "DELETE FROM mentions m USING unnest(CAST(? AS TEXT[])) AS u(id) WHERE m.article_id = u.id";
static const char sql_arts_put[] =
    "INSERT INTO articles (id, date, source, url, lang, hash, n_mentions, ingested) "
    "SELECT c1, c2, c3, c4, c5, c6, CAST(c7 AS INTEGER), c8 FROM unnest(" T5 ", " T1 ", " T1
    ", " T1 ") AS u(c1, c2, c3, c4, c5, c6, c7, c8) ON CONFLICT (id) DO UPDATE SET "
    "date = excluded.date, source = excluded.source, url = excluded.url, "
    "lang = excluded.lang, hash = excluded.hash, n_mentions = excluded.n_mentions, "
    "ingested = excluded.ingested";

static void array_add(dy_buf *b, const char *s);

/* The id of a waiting article: the first value of its rows. */
static const char *pend_id(const dy_store *s, const struct pend *pd)
{
    return s->pend_data.data + pd->off + 1;
}

/* A stored article's hash (id, hash): is a waiting article new, changed
 * or the same? */
static int take_hash(void *ctx, int n, const char *const *v)
{
    dy_store *s = ctx;
    if (n < 2 || !v[0] || !v[1])
        return 0;
    uint32_t i = dy_map_get(&s->pend_ids, v[0], strlen(v[0]));
    if (i == UINT32_MAX || i >= s->pend.n)
        return 0;
    struct pend *pd = &DY_AT(s->pend, struct pend, i);
    const char *rec = s->pend_data.data + pd->off;
    for (int c = 0; c < 5; c++)     /* to the hash, the 6th value */
        (void)val_get(&rec);
    const char *hash = val_get(&rec);
    pd->state = hash && !strcmp(hash, v[1]) && !pd->force ? PEND_SAME : PEND_CHANGED;
    return 0;
}

/* Writes the batch's new mentions as they are, without their ids and
 * events (the merge sets those), when they must be in the store before
 * the merge: an article of the batch is put again (its old mentions are
 * read and deleted), or dy_store_put answers at once. */
static int fresh_write_plain(dy_store *s, dy_error *err)
{
    int rc = rowbuf_flush(s, s->mentions,
                          s->version >= 3 ? sql_mentions_put3 : sql_mentions_put, err);
    fresh_clear(s);
    return rc;
}

/* Writes the waiting articles (PostgreSQL): their stored hashes read in
 * one statement; the unchanged ones dropped; the old mentions of the
 * changed ones read (their keys are merged again) and deleted; the rest
 * written as one statement for the articles; their mentions wait for the
 * merge (struct fresh), or with ALL are written now too. */
static int flush_pending(dy_store *s, bool all, dy_error *err)
{
    size_t n = s->pend.n;
    if (!n)
        return all && s->fresh.n ? fresh_write_plain(s, err) : 0;
    if (tx_begin(s, err) < 0)
        return -1;
    dy_buf ids = {0}, repl = {0};
    for (size_t i = 0; i < n; i++)
        array_add(&ids, pend_id(s, &DY_AT(s->pend, struct pend, i)));
    dy_buf_add(&ids, "}", 2);
    int rc = ids.oom || s->pend_data.oom ? 2 : 0;
    const char *p[] = {ids.data};
    if (rc == 0)
        rc = s->ops->exec(s->d, sql_arts_hash, 1, p, take_hash, s, err);
    for (size_t i = 0; i < n && rc == 0; i++) {
        struct pend *pd = &DY_AT(s->pend, struct pend, i);
        if (pd->state == PEND_CHANGED)
            array_add(&repl, pend_id(s, pd));
    }
    if (rc == 0 && repl.len) {
        dy_buf_add(&repl, "}", 2);
        p[0] = repl.data;
        rc = repl.oom ? 2 : s->ops->exec(s->d, sql_arts_old, 1, p, old_keys, s, err);
        if (rc == 0)
            rc = exec0(s, sql_arts_delm, 1, p, err);
    }
    struct rowbuf *arts = NULL;
    dy_store_counts c = s->counts;
    for (size_t i = 0; i < n && rc == 0; i++) {
        struct pend *pd = &DY_AT(s->pend, struct pend, i);
        if (pd->state == PEND_SAME) {
            c.unchanged++;
            continue;
        }
        rc = write_rows(s, s->pend_data.data + pd->off, pd->nment, pd->ncol, &arts, err);
        c.stored++;
        c.coded += (long)pd->ncoded;
    }
    if (rc == 2)
        dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
    if (rc == 0)
        rc = rowbuf_flush(s, arts, sql_arts_put, err);
    if (rc == 0 && all)
        rc = fresh_write_plain(s, err);
    if (rc == 0)
        s->counts = c;
    rowbuf_free(arts);
    dy_buf_free(&ids);
    dy_buf_free(&repl);
    pend_clear(s);
    return rc == 0 ? 0 : -1;
}

/* PostgreSQL: article A waits with its rows until flush_pending; an
 * article of the same id already waiting is written first. */
static int pend_add(dy_store *s, const dy_article *a, const dy_result *r, int force,
                    const char *hash, dy_error *err)
{
    size_t idlen = strlen(a->id);
    if ((dy_map_get(&s->pend_ids, a->id, idlen) != UINT32_MAX ||
         dy_map_get(&s->fresh_ids, a->id, idlen) != UINT32_MAX) &&
        flush_pending(s, true, err) < 0)
        return -1;
    struct pend *pd = dy_vec_push(&s->pend);
    if (!pd) {
        dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
        return -1;
    }
    pd->off = s->pend_data.len;
    pd->ncol = s->version >= 3 ? 26 : 25;
    pd->force = force != 0;
    pd->state = PEND_NEW;
    pd->ncoded = dy_result_count(r);
    if (article_rows(s, a, r, hash, &s->pend_data, &pd->nment) < 0 ||
        !dy_map_put(&s->pend_ids, a->id, idlen, (uint32_t)(s->pend.n - 1))) {
        dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
        return -1;
    }
    if (s->pend.n >= PEND_MAX || s->pend_data.len >= PEND_BYTES)
        return flush_pending(s, false, err);
    return 0;
}

/* Checks that A can be stored in an open batch; its hash into HASH. */
static int put_check(dy_store *s, const dy_article *a, char hash[17], dy_error *err)
{
    if (!s->in_batch) {
        dy_seterr(err, DY_EDB, NULL, 0, "dy_store_put outside a batch (call dy_store_begin)");
        return -1;
    }
    if (!a->id || !*a->id || !a->date) {
        dy_seterr(err, DY_EINPUT, NULL, 0, "an article needs an id and a date to be stored");
        return -1;
    }
    article_hash(a, hash);
    return 0;
}

int dy_store_put(dy_store *s, const dy_article *a, const dy_result *r, int force,
                 dy_error *err)
{
    char hash[17];
    if (put_check(s, a, hash, err) < 0)
        return -1;
    if (s->ops->kind != DB_POSTGRES)
        return put_now(s, a, r, force, hash, err);
    /* the answer is wanted now: the articles added before go first */
    if (flush_pending(s, true, err) < 0)
        return -1;
    long unchanged = s->counts.unchanged;
    if (pend_add(s, a, r, force, hash, err) < 0 || flush_pending(s, true, err) < 0)
        return -1;
    return s->counts.unchanged > unchanged ? 1 : 0;
}

int dy_store_add(dy_store *s, const dy_article *a, const dy_result *r, int force,
                 dy_error *err)
{
    char hash[17];
    if (put_check(s, a, hash, err) < 0)
        return -1;
    if (s->ops->kind != DB_POSTGRES)
        return put_now(s, a, r, force, hash, err) < 0 ? -1 : 0;
    return pend_add(s, a, r, force, hash, err);
}

void dy_store_get_counts(const dy_store *s, dy_store_counts *out) { *out = s->counts; }

/* ------------------------------------------------------------ merging */

struct mrow {
    long long id, event;      /* event: the event it is in now (0: none) */
    char date[11];
    char *article, *outlet;
    char source[24], target[24], code[6], root[3];
    int quad;
    double goldstein;
    char *participants;
    size_t fresh;             /* a new mention not written yet: s->fresh index + 1 */
    bool light;               /* only id and date read yet (take_light) */
};

struct mrows {
    dy_vec v;
    bool oom;
};

static int take_mention(void *ctx, int n, const char *const *v)
{
    struct mrows *m = ctx;
    if (n < 12)
        return 0;
    struct mrow *r = dy_vec_push(&m->v);
    if (!r) {
        m->oom = true;
        return 2;
    }
    r->id = atoll(v[0] ? v[0] : "0");
    snprintf(r->date, sizeof r->date, "%s", v[1] ? v[1] : "");
    r->article = dy_strndup(v[2] ? v[2] : "", strlen(v[2] ? v[2] : ""));
    const char *o = v[3] ? v[3] : "";
    r->outlet = dy_strndup(o, strlen(o));
    snprintf(r->source, sizeof r->source, "%s", v[4] ? v[4] : "");
    snprintf(r->target, sizeof r->target, "%s", v[5] ? v[5] : "");
    snprintf(r->code, sizeof r->code, "%s", v[6] ? v[6] : "");
    snprintf(r->root, sizeof r->root, "%s", v[7] ? v[7] : "");
    r->quad = atoi(v[8] ? v[8] : "0");
    r->goldstein = atof(v[9] ? v[9] : "0");
    r->participants = v[10] ? dy_strndup(v[10], strlen(v[10])) : NULL;
    r->event = v[11] ? atoll(v[11]) : 0;
    if (!r->article || !r->outlet || (v[10] && !r->participants)) {
        m->oom = true;
        return 2;
    }
    return 0;
}

/* A mention of a light read (id, date): its other values are read when
 * its cluster changes (fill_rows). */
static int take_light(void *ctx, int n, const char *const *v)
{
    struct mrows *m = ctx;
    if (n < 2)
        return 0;
    struct mrow *r = dy_vec_push(&m->v);
    if (!r) {
        m->oom = true;
        return 2;
    }
    memset(r, 0, sizeof *r);
    r->id = atoll(v[0] ? v[0] : "0");
    snprintf(r->date, sizeof r->date, "%s", v[1] ? v[1] : "");
    r->light = true;
    return 0;
}

static void mrows_free(struct mrows *m)
{
    for (size_t i = 0; i < m->v.n; i++) {
        struct mrow *r = &DY_AT(m->v, struct mrow, i);
        dy_free(r->article);
        dy_free(r->outlet);
        dy_free(r->participants);
    }
    dy_vec_free(&m->v);
}

/* The events of a key from a date on, as they are before the rebuild. */
struct oldev {
    long long id;
    char date[11];
    bool reused;
};

static int take_oldev(void *ctx, int n, const char *const *v)
{
    dy_vec *ev = ctx;
    if (n < 2)
        return 0;
    struct oldev *o = dy_vec_push(ev);
    if (!o)
        return 2;
    o->id = atoll(v[0] ? v[0] : "0");
    snprintf(o->date, sizeof o->date, "%s", v[1] ? v[1] : "");
    return 0;
}

/* The rebuild of a key starts at the last event that starts on or before
 * the earliest date touched (LO) and no more than the window before it
 * (LW = LO - window), or at LO: START below, computed in every read (one
 * round trip less per key on PostgreSQL).  An event that starts earlier
 * cannot take a mention at LO, and no event starts between it and LO, so
 * the clusters from LO on do not depend on it: its mentions are not read
 * (in an ingest of dates spread over years, most keys' last event is far
 * back).  The rebuild ends at a bound B (see settle), so that its cost
 * does not grow with the key's history. */
#define START_AT "COALESCE((SELECT MAX(date) FROM events WHERE mkey = ? AND date <= ? " \
                 "AND date >= ?), ?)"
static const char sql_ev_from[] =
    "SELECT id, date FROM events WHERE mkey = ? AND date >= " START_AT " AND date <= ? "
    "ORDER BY date, id";
/* a mention's values for the merge (take_mention), with its article's outlet */
#define MROW_FROM \
    "SELECT m.id, m.date, m.article_id, a.source, m.source, m.target, m.code, m.root, " \
    "m.quad, m.goldstein, m.participants, m.event_id FROM mentions m JOIN articles a " \
    "ON a.id = m.article_id "
/* The light read of a span (SQLite): its mentions' ids and dates only,
 * from the index on (mkey, date) alone (read_span) */
static const char sql_key_light[] =
    "SELECT id, date FROM mentions WHERE mkey = ? AND date >= " START_AT " AND date <= ? "
    "ORDER BY date, id";
/* one mention's row in full (fill_rows) */
static const char sql_mention_row[] = MROW_FROM "WHERE m.id = ?";
static const char sql_key_next[] =
    "SELECT MIN(date) FROM mentions WHERE mkey = ? AND date > ?";
static const char sql_ev_starts[] =
    "SELECT COUNT(*) FROM events WHERE mkey = ? AND date = ?";
static const char sql_ev_del1[] = "DELETE FROM events WHERE id = ?";
static const char sql_key_mentions[] =
    MROW_FROM "WHERE m.mkey = ? AND m.date >= " START_AT " AND m.date <= ? "
    "ORDER BY m.date, m.id";
static const char sql_ev_put[] =
    "INSERT INTO events (mkey, date, last_date, source, target, source_country, "
    "target_country, code, root, quad, goldstein, participants, num_mentions, "
    "num_sources, num_articles) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "RETURNING id";
static const char sql_ev_upd[] =
    "UPDATE events SET mkey = ?, date = ?, last_date = ?, source = ?, target = ?, "
    "source_country = ?, target_country = ?, code = ?, root = ?, quad = ?, goldstein = ?, "
    "participants = ?, num_mentions = ?, num_sources = ?, num_articles = ? WHERE id = ?";
static const char sql_mention_ev[] = "UPDATE mentions SET event_id = ? WHERE id = ?";

/* The number of distinct outlets (or articles) among ROWS[a..b); -1 on
 * out of memory. */
static int count_distinct(struct mrow *rows, size_t a, size_t b, bool outlet)
{
    dy_map seen = {0};
    int n = 0;
    for (size_t i = a; i < b; i++) {
        const char *x = outlet ? rows[i].outlet : rows[i].article;
        size_t len = strlen(x);
        if (dy_map_get(&seen, x, len) != UINT32_MAX)
            continue;
        if (!dy_map_put(&seen, x, len, 1)) {
            n = -1;
            break;
        }
        n++;
    }
    dy_map_free(&seen);
    return n;
}

/* Writes one event of the mentions ROWS[a..b): it takes over the old event
 * of the same first date if there is one (ids stay stable as a key grows),
 * and moves only the mentions whose event changes. */
static int put_event(dy_store *s, const char *mkey, struct mrow *rows, size_t a, size_t b,
                     struct oldev *reuse, dy_error *err)
{
    /* the code: the most frequent among the mentions (by-root keys may mix
     * codes), the earliest on a tie */
    size_t best = a;
    int bestn = 0;
    for (size_t i = a; i < b && bestn <= (int)(b - i); i++) {
        int k = 0;
        for (size_t j = i; j < b; j++)
            k += !strcmp(rows[i].code, rows[j].code);
        if (k > bestn) {
            bestn = k;
            best = i;
        }
        if (k == (int)(b - a))
            break;
    }
    struct mrow *r = &rows[best];
    int nsrc = count_distinct(rows, a, b, true), nart = count_distinct(rows, a, b, false);
    if (nsrc < 0 || nart < 0) {
        dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
        return -1;
    }
    char sc[4], tc[4], quad[8], gold[32], nm[24], ns[24], na[24], id[32] = "";
    snprintf(sc, sizeof sc, "%.3s", rows[a].source);
    snprintf(tc, sizeof tc, "%.3s", rows[a].target);
    snprintf(quad, sizeof quad, "%d", r->quad);
    snprintf(gold, sizeof gold, "%.1f", r->goldstein);
    snprintf(nm, sizeof nm, "%zu", b - a);
    snprintf(ns, sizeof ns, "%d", nsrc);
    snprintf(na, sizeof na, "%d", nart);
    const char *p[] = {mkey, rows[a].date, rows[b - 1].date, rows[a].source, rows[a].target,
                       sc, tc, r->code, r->root, quad, gold, rows[a].participants, nm, ns, na,
                       id};
    bool oom = false;
    if (reuse) {
        reuse->reused = true;
        snprintf(id, sizeof id, "%lld", reuse->id);
        if (s->bulk)
            oom |= !rowbuf_add(&s->ev_upd, 16, p);
        else if (exec0(s, sql_ev_upd, 16, p, err) < 0)
            return -1;
    } else if (s->bulk && s->ids_next < s->ids.n) {
        /* an id taken from the sequence (take_ids) */
        snprintf(id, sizeof id, "%lld", DY_AT(s->ids, long long, s->ids_next));
        s->ids_next++;
        const char *pi[] = {id, mkey, rows[a].date, rows[b - 1].date, rows[a].source,
                            rows[a].target, sc, tc, r->code, r->root, quad, gold,
                            rows[a].participants, nm, ns, na};
        oom |= !rowbuf_add(&s->ev_new, 16, pi);
    } else if (s->ops->exec(s->d, sql_ev_put, 15, p, row_str, id, err) < 0)
        return -1;
    long long eid = atoll(id);
    for (size_t i = a; i < b && !oom; i++) {
        if (rows[i].fresh) {
            DY_AT(s->fresh, struct fresh, rows[i].fresh - 1).event = eid;
            continue;
        }
        if (rows[i].event == eid)
            continue;
        char mid[32];
        snprintf(mid, sizeof mid, "%lld", rows[i].id);
        const char *pu[] = {id, mid};
        if (s->bulk)
            oom |= !rowbuf_add(&s->mention_ev, 2, pu);
        else if (exec0(s, sql_mention_ev, 2, pu, err) < 0)
            return -1;
    }
    if (oom) {
        dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
        return -1;
    }
    return 0;
}

/* YYYY-MM-DD of a day number (days_of's inverse: base/date.h counts days
 * from 0001-01-01); clamped to the years 0001..9999 that dates in the
 * store have. */
static void date_of(long z, char out[11])
{
    if (z < 0) {
        snprintf(out, 11, "0001-01-01");
        return;
    }
    long y;
    int m, d;
    dy_day_civil(z, &y, &m, &d);
    if (y > 9999)
        snprintf(out, 11, "9999-12-31");
    else
        snprintf(out, 11, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u,
                 (unsigned)d % 100u);
}

/* One read of a rebuild: the old events and the mentions of MKEY from
 * START to the date B, in date order.  Writes nothing. */
static int read_span(dy_store *s, const char *mkey, const char *lo, const char *b, dy_vec *old,
                     struct mrows *m, bool light, dy_error *err)
{
    char lw[11];
    date_of(days_of(lo) - s->rules.window_days, lw);
    const char *pd[] = {mkey, mkey, lo, lw, lo, b};
    int rc = s->ops->exec(s->d, sql_ev_from, 6, pd, take_oldev, old, err);
    if (rc == 0)
        rc = light ? s->ops->exec(s->d, sql_key_light, 6, pd, take_light, m, err)
                   : s->ops->exec(s->d, sql_key_mentions, 6, pd, take_mention, m, err);
    if (rc == 2 || m->oom) {
        dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
        rc = -1;
    }
    return rc < 0 ? -1 : 0;
}

/* The span of one dirty key that its rebuild reads and rewrites. */
struct span {
    dy_vec old;              /* struct oldev: the old events in it */
    struct mrows m;          /* its mentions, in date order */
    char b[11];              /* the bound read up to */
    /* filled by read_batch (PostgreSQL): OLD and M as read up to B, and the
     * first mention date after B ("": none) with whether an old event
     * starts there */
    bool pre;
    char next[11];
    bool starts;
    size_t fresh;            /* PostgreSQL: its key's first new mention (struct fresh) */
    /* SQLite, no mention of the key removed: its mentions read light
     * (ids and dates), OLDC[i] the old event of mention i among the
     * span's old events in date order (-1: a mention of this batch) and
     * OLDN[k] the mentions of old event k (write_span) */
    bool light;
    int *oldc, *oldn;
};

static void span_init(struct span *sp)
{
    sp->old = (dy_vec)DY_VEC(struct oldev);
    sp->m = (struct mrows){DY_VEC(struct mrow), false};
    sp->b[0] = sp->next[0] = 0;
    sp->pre = sp->starts = sp->light = false;
    sp->fresh = 0;
    sp->oldc = sp->oldn = NULL;
}

static void span_free(struct span *sp)
{
    dy_vec_free(&sp->old);
    mrows_free(&sp->m);
    dy_free(sp->oldc);
    dy_free(sp->oldn);
}

static int cmp_mrow(const void *a, const void *b)
{
    const struct mrow *x = a, *y = b;
    int c = strcmp(x->date, y->date);
    return c ? c : (x->id > y->id) - (x->id < y->id);
}

/* Adds the new mentions of SP's key, not in the store yet (PostgreSQL),
 * to the mentions read, in date and id order.  All of them lie in the
 * span: they marked the key dirty from their dates. */
static int add_fresh(dy_store *s, struct span *sp, dy_error *err)
{
    if (!sp->fresh)
        return 0;
    for (size_t k = sp->fresh; k; k = DY_AT(s->fresh, struct fresh, k - 1).next) {
        struct fresh *f = &DY_AT(s->fresh, struct fresh, k - 1);
        const char *p = s->fresh_data.data + f->off, *v[12];
        char id[24];
        snprintf(id, sizeof id, "%lld", f->id);
        (void)val_get(&p);                /* the key */
        v[0] = id;
        for (int c = 1; c < 11; c++)
            v[c] = val_get(&p);
        v[11] = NULL;                     /* no event yet */
        if (take_mention(&sp->m, 12, v) != 0) {
            dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
            return -1;
        }
        DY_AT(sp->m.v, struct mrow, sp->m.v.n - 1).fresh = k;
    }
    qsort(sp->m.v.items, sp->m.v.n, sizeof(struct mrow), cmp_mrow);
    return 0;
}

/* Settles the span of MKEY that a change between LO and HI may alter: its
 * old events and mentions into SP, read and not written.  Anchored
 * clustering runs forward from START (the event that LO falls in), so a
 * change can move every later boundary; but once a cluster would begin at
 * a date after HI where an old event begins too, all that follows is as
 * it was.  So the span ends at B = HI + window, if the last cluster is
 * complete there and the first mention after B starts an old event;
 * otherwise B widens and the span is read again.  Its cost is that of the
 * span it changes, not of the key's history (issue 14.6: ingest into a
 * store of 481,000 articles took 240 times as long as into an empty one).
 * When SP->pre is set, the first read (and the check after it) was done
 * for all keys at once by read_batch. */
static int settle(dy_store *s, const char *mkey, const char *lo, const char *hi,
                  struct span *sp, dy_error *err)
{
    long w = s->rules.window_days;
    bool pre = sp->pre;
    if (!pre)
        date_of(days_of(hi) + w, sp->b);
    for (;;) {
        if (!pre) {
            sp->old.n = 0;
            mrows_free(&sp->m);
            sp->m = (struct mrows){DY_VEC(struct mrow), false};
            if (read_span(s, mkey, lo, sp->b, &sp->old, &sp->m, sp->light, err) < 0 ||
                add_fresh(s, sp, err) < 0)
                return -1;
        }
        /* the anchor of the last cluster */
        struct mrow *rows = sp->m.v.items;
        long anchor = 0;
        for (size_t i = 0; i < sp->m.v.n; i++) {
            long d = days_of(rows[i].date);
            if (i == 0 || d - anchor > w)
                anchor = d;
        }
        if (sp->m.v.n && anchor + w > days_of(sp->b) && strcmp(sp->b, "9999-12-31")) {
            date_of(anchor + w, sp->b);   /* the last cluster may go on past B */
            pre = false;
            continue;
        }
        char next[64], n[32];
        if (pre) {
            snprintf(next, sizeof next, "%s", sp->next);
            snprintf(n, sizeof n, "%d", sp->starts);
        } else {
            const char *pn[] = {mkey, sp->b};
            if (query1(s, sql_key_next, 2, pn, next, err) < 0)
                return -1;
            if (next[0]) {
                const char *pe[] = {mkey, next};
                if (query1(s, sql_ev_starts, 2, pe, n, err) < 0)
                    return -1;
            }
        }
        pre = false;
        if (!next[0])
            break;                    /* nothing after B */
        if (atol(n) > 0)
            break;                    /* an old event starts there: the rest stands */
        date_of(days_of(next) + w, sp->b);
    }
    return 0;
}

/* The old event of SP that a cluster starting on DATE takes over (the
 * first not taken yet that starts then), or NULL: the cluster is new. */
static struct oldev *reused_event(struct span *sp, const char *date)
{
    for (size_t j = 0; j < sp->old.n; j++) {
        struct oldev *o = &DY_AT(sp->old, struct oldev, j);
        if (!o->reused && !strcmp(o->date, date))
            return o;
    }
    return NULL;
}

/* Whether the cluster ROWS[a..b) of SP is the old event O as it stands:
 * its mentions are all stored ones of O, and O has no others in the span,
 * which holds each of its old events whole (settle).  When no mention of
 * the key was removed, O's mentions are then the same set as when it was
 * written, and so are all its values: it needs no write.  (Most keys a
 * batch touches get one new mention beside old events of their own; the
 * writes left out were 31,000 of 76,000 in an ingest of 10,000 articles
 * into a store of 100,000, each an index entry rewritten in place.) */
static bool cluster_intact(const struct span *sp, size_t a, size_t b, const struct oldev *o)
{
    const struct mrow *rows = sp->m.v.items;
    size_t have = 0;
    for (size_t i = 0; i < sp->m.v.n; i++) {
        bool in = i >= a && i < b;
        if (in && (rows[i].fresh || rows[i].event != o->id))
            return false;
        have += rows[i].event == o->id;
    }
    return have == b - a;
}

/* The old events of a light span (SP->oldc, SP->oldn): its stored
 * mentions clustered as the merge clusters them (the store holds their
 * events so), from the span's start, which is an old event's first date
 * or a date no old event reaches (read_span). */
static bool old_clusters(const dy_store *s, struct span *sp)
{
    const struct mrow *rows = sp->m.v.items;
    size_t n = sp->m.v.n;
    sp->oldc = dy_malloc((n ? n : 1) * sizeof *sp->oldc);
    sp->oldn = dy_calloc(n ? n : 1, sizeof *sp->oldn);
    if (!sp->oldc || !sp->oldn)
        return false;
    long anchor = 0;
    int k = -1;
    for (size_t i = 0; i < n; i++) {
        sp->oldc[i] = -1;
        if (rows[i].id > s->old_max)
            continue;
        long d = days_of(rows[i].date);
        if (k < 0 || d - anchor > s->rules.window_days) {
            k++;
            anchor = d;
        }
        sp->oldc[i] = k;
        sp->oldn[k]++;
    }
    return true;
}

/* Is the cluster ROWS[a..b) of a light span one old event whole, and
 * nothing else? */
static bool light_intact(const struct span *sp, size_t a, size_t b)
{
    int k = sp->oldc[a];
    if (k < 0 || sp->oldn[k] != (int)(b - a))
        return false;
    for (size_t i = a; i < b; i++)
        if (sp->oldc[i] != k)
            return false;
    return true;
}

/* Reads the mentions ROWS[a..b) of a light span in full (a cluster that
 * changes is written: put_event). */
static int fill_rows(dy_store *s, struct span *sp, size_t a, size_t b, dy_error *err)
{
    for (size_t i = a; i < b; i++) {
        struct mrow *r = &DY_AT(sp->m.v, struct mrow, i);
        if (!r->light)
            continue;
        struct mrows one = {DY_VEC(struct mrow), false};
        char id[32];
        snprintf(id, sizeof id, "%lld", r->id);
        const char *p[] = {id};
        int rc = s->ops->exec(s->d, sql_mention_row, 1, p, take_mention, &one, err);
        if (rc == 0 && (one.oom || one.v.n != 1)) {
            if (one.oom)
                dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
            else
                dy_seterr(err, DY_EDB, NULL, 0, "merge: mention %s is gone", id);
            rc = -1;
        }
        if (rc != 0) {
            mrows_free(&one);
            if (rc == 2)
                dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
            return -1;
        }
        *r = DY_AT(one.v, struct mrow, 0); /* takes its strings */
        dy_vec_free(&one.v);
    }
    return 0;
}

/* Walks the clusters of SP's mentions.  With NNEW, writes nothing and adds
 * to *NNEW the number of new events the write will create; without, writes
 * the events (put_event) and deletes the old events in the span that no
 * cluster took over; with REMOVED (mentions of the key were removed), it
 * writes every cluster, else only those that changed (cluster_intact). */
static int write_span(dy_store *s, const char *mkey, struct span *sp, bool removed,
                      long *nnew, dy_error *err)
{
    long w = s->rules.window_days;
    struct mrow *rows = sp->m.v.items;
    size_t a = 0, n = sp->m.v.n;
    long anchor = 0;
    int rc = 0;
    if (sp->light && !nnew && !old_clusters(s, sp)) {
        dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
        return -1;
    }
    for (size_t i = 0; rc == 0 && i <= n; i++) {
        long d = i < n ? days_of(rows[i].date) : 0;
        if (i == n || (i > a && d - anchor > w)) {
            struct oldev *reuse = i > a ? reused_event(sp, rows[a].date) : NULL;
            if (i > a && nnew) {
                if (reuse)
                    reuse->reused = true;
                else
                    (*nnew)++;
            } else if (reuse && !removed &&
                       (sp->light ? light_intact(sp, a, i) : cluster_intact(sp, a, i, reuse)))
                reuse->reused = true;
            else if (i > a && ((sp->light && fill_rows(s, sp, a, i, err) < 0) ||
                               put_event(s, mkey, rows, a, i, reuse, err) < 0))
                rc = -1;
            a = i;
        }
        if (i == a)
            anchor = d;
    }
    if (nnew) {
        for (size_t j = 0; j < sp->old.n; j++)
            DY_AT(sp->old, struct oldev, j).reused = false;
        return 0;
    }
    /* the old events in the span that no cluster took over are gone */
    for (size_t i = 0; rc == 0 && i < sp->old.n; i++) {
        struct oldev *o = &DY_AT(sp->old, struct oldev, i);
        if (o->reused)
            continue;
        char id[32];
        snprintf(id, sizeof id, "%lld", o->id);
        const char *p[] = {id};
        if (s->bulk) {
            if (!rowbuf_add(&s->ev_del, 1, p)) {
                dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
                rc = -1;
            }
        } else if (exec0(s, sql_ev_del1, 1, p, err) < 0)
            rc = -1;
    }
    return rc < 0 ? -1 : 0;
}

/* ------------------------------------------ batched reads (PostgreSQL) */

/* On PostgreSQL every read is a round trip, so the first read of every
 * dirty key's span is done for all keys at once: the keys, their earliest
 * dates and their bounds go as three arrays, and three statements return
 * the old events, the mentions and the check after the bound of every
 * key, numbered by the key's place in the arrays.  Keys whose span must
 * widen read again one by one (settle).  The new events' ids are taken
 * from the sequence in one statement too, so that the writes need no
 * answer and are pipelined. */
#define KEYS "unnest(CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]), " \
             "CAST(? AS TEXT[])) WITH ORDINALITY AS k(mkey, lo, lw, b, i)"
#define K_START "COALESCE((SELECT MAX(x.date) FROM events x WHERE x.mkey = k.mkey " \
                "AND x.date <= k.lo AND x.date >= k.lw), k.lo)"
static const char sql_b_events[] =
    "SELECT k.i, e.id, e.date FROM " KEYS " CROSS JOIN LATERAL (SELECT id, date FROM events "
    "WHERE mkey = k.mkey AND date >= " K_START " AND date <= k.b) AS e "
    "ORDER BY k.i, e.date, e.id";
static const char sql_b_mentions[] =
    "SELECT k.i, m.id, m.date, m.article_id, m.outlet, m.source, m.target, m.code, m.root, "
    "m.quad, m.goldstein, m.participants, m.event_id FROM " KEYS " CROSS JOIN LATERAL "
    "(SELECT mm.id, mm.date, mm.article_id, a.source AS outlet, mm.source, mm.target, "
    "mm.code, mm.root, mm.quad, mm.goldstein, mm.participants, mm.event_id "
    "FROM mentions mm JOIN articles a ON a.id = mm.article_id "
    "WHERE mm.mkey = k.mkey AND mm.date >= " K_START " AND mm.date <= k.b) AS m "
    "ORDER BY k.i, m.date, m.id";
static const char sql_b_next[] =
    "SELECT k.i, n.d, (SELECT COUNT(*) FROM events WHERE mkey = k.mkey AND date = n.d) "
    "FROM " KEYS " CROSS JOIN LATERAL (SELECT MIN(date) AS d FROM mentions "
    "WHERE mkey = k.mkey AND date > k.b) AS n";
static const char sql_ev_ids[] =
    "SELECT nextval(pg_get_serial_sequence('events', 'id')) "
    "FROM generate_series(1, CAST(? AS INTEGER))";

static const char sql_evs_put[] =
    "INSERT INTO events (id, mkey, date, last_date, source, target, source_country, "
    "target_country, code, root, quad, goldstein, participants, num_mentions, "
    "num_sources, num_articles) SELECT CAST(c1 AS BIGINT), c2, c3, c4, c5, c6, c7, c8, c9, "
    "c10, CAST(c11 AS INTEGER), CAST(c12 AS DOUBLE PRECISION), c13, CAST(c14 AS INTEGER), "
    "CAST(c15 AS INTEGER), CAST(c16 AS INTEGER) FROM unnest(" T5 ", " T5 ", " T5 ", " T1 ") "
    "AS u(c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16)";
static const char sql_evs_upd[] =
    "UPDATE events SET mkey = u.c1, date = u.c2, last_date = u.c3, source = u.c4, "
    "target = u.c5, source_country = u.c6, target_country = u.c7, code = u.c8, root = u.c9, "
    "quad = CAST(u.c10 AS INTEGER), goldstein = CAST(u.c11 AS DOUBLE PRECISION), "
    "participants = u.c12, num_mentions = CAST(u.c13 AS INTEGER), "
    "num_sources = CAST(u.c14 AS INTEGER), num_articles = CAST(u.c15 AS INTEGER) "
    "FROM unnest(" T5 ", " T5 ", " T5 ", " T1 ") "
    "AS u(c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16) "
    "WHERE events.id = CAST(u.c16 AS BIGINT)";
/* (joins with the arrays unnested: see sql_arts_hash) */
static const char sql_evs_del[] =
    "DELETE FROM events e USING unnest(CAST(CAST(? AS TEXT[]) AS BIGINT[])) AS u(id) "
    "WHERE e.id = u.id";
static const char sql_mentions_ev[] =
    "UPDATE mentions SET event_id = CAST(u.e AS BIGINT) FROM unnest(" T1 ", " T1 ") AS u(e, id) "
    "WHERE mentions.id = CAST(u.id AS BIGINT)";

struct batch_ctx {
    struct span *spans;
    size_t n;
    int what;             /* 0 events, 1 mentions, 2 next */
};

static int take_batch(void *ctx, int n, const char *const *v)
{
    struct batch_ctx *c = ctx;
    long long i = n > 0 && v[0] ? atoll(v[0]) : 0;
    if (i < 1 || (size_t)i > c->n)
        return 0;
    struct span *sp = &c->spans[i - 1];
    if (c->what == 0)
        return take_oldev(&sp->old, n - 1, v + 1);
    if (c->what == 1)
        return take_mention(&sp->m, n - 1, v + 1);
    snprintf(sp->next, sizeof sp->next, "%s", n > 1 && v[1] ? v[1] : "");
    sp->starts = n > 2 && v[2] && atol(v[2]) > 0;
    return 0;
}

/* Adds S to B as an element of a PostgreSQL array literal. */
static void array_add(dy_buf *b, const char *s)
{
    dy_buf_putc(b, b->len ? ',' : '{');
    dy_buf_putc(b, '"');
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            dy_buf_putc(b, '\\');
        dy_buf_putc(b, *s);
    }
    dy_buf_putc(b, '"');
}

static int read_batch(dy_store *s, struct span *spans, size_t n, dy_error *err)
{
    dy_buf arr[4] = {{0}};   /* the keys, LO, LW and B of each (KEYS) */
    long w = s->rules.window_days;
    for (size_t i = 0; i < n; i++) {
        struct dirty *dk = &DY_AT(s->dirty_keys, struct dirty, i);
        char lw[11];
        date_of(days_of(dk->hi) + w, spans[i].b);
        date_of(days_of(dk->lo) - w, lw);
        array_add(&arr[0], dk->mkey);
        array_add(&arr[1], dk->lo);
        array_add(&arr[2], lw);
        array_add(&arr[3], spans[i].b);
    }
    int rc = 0;
    for (int k = 0; k < 4; k++) {
        dy_buf_putc(&arr[k], '}');
        dy_buf_putc(&arr[k], 0);
        if (arr[k].oom && rc == 0) {
            dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
            rc = -1;
        }
    }
    const char *p[] = {arr[0].data, arr[1].data, arr[2].data, arr[3].data};
    const char *const sql[] = {sql_b_events, sql_b_mentions, sql_b_next};
    for (int k = 0; k < 3 && rc == 0; k++) {
        struct batch_ctx c = {spans, n, k};
        rc = s->ops->exec(s->d, sql[k], 4, p, take_batch, &c, err);
        if (rc == 2) {
            dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
            rc = -1;
        }
    }
    for (size_t i = 0; i < n && rc == 0; i++) {
        if (spans[i].m.oom) {
            dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
            rc = -1;
        }
        spans[i].pre = true;
    }
    for (int k = 0; k < 4; k++)
        dy_buf_free(&arr[k]);
    return rc < 0 ? -1 : 0;
}

static int take_id(void *ctx, int n, const char *const *v)
{
    dy_vec *ids = ctx;
    long long *x = dy_vec_push(ids);
    if (!x)
        return 2;
    *x = n > 0 && v[0] ? atoll(v[0]) : 0;
    return 0;
}

static int cmp_ll(const void *a, const void *b)
{
    long long x = *(const long long *)a, y = *(const long long *)b;
    return (x > y) - (x < y);
}

/* Takes N ids for new events from the sequence into s->ids. */
static int take_ids(dy_store *s, long n, dy_error *err)
{
    s->ids.n = 0;
    s->ids_next = 0;
    if (n <= 0)
        return 0;
    char cn[24];
    snprintf(cn, sizeof cn, "%ld", n);
    const char *p[] = {cn};
    int rc = s->ops->exec(s->d, sql_ev_ids, 1, p, take_id, &s->ids, err);
    if (rc == 2)
        dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
    if (rc != 0)
        return -1;
    qsort(s->ids.items, s->ids.n, sizeof(long long), cmp_ll);
    return 0;
}

/* PostgreSQL: the batch's new mentions with their ids and events, in one
 * statement (the columns of s->mentions and two more) */
#define MENTION_COLS "article_id, seq, sent, date, source, target, source_name, " \
    "target_name, code, root, quad, goldstein, mood, evidence, ev_start, ev_end, " \
    "src_start, src_end, tgt_start, tgt_end, pred_start, pred_end, rule, participants, mkey"
#define MENTION_SEL "SELECT c1, CAST(c2 AS INTEGER), CAST(c3 AS INTEGER), c4, c5, c6, c7, " \
    "c8, c9, c10, CAST(c11 AS INTEGER), CAST(c12 AS DOUBLE PRECISION), c13, c14, " \
    "CAST(c15 AS INTEGER), CAST(c16 AS INTEGER), CAST(c17 AS INTEGER), CAST(c18 AS INTEGER), " \
    "CAST(c19 AS INTEGER), CAST(c20 AS INTEGER), CAST(c21 AS INTEGER), CAST(c22 AS INTEGER), " \
    "c23, c24, c25, "
#define C25 "c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, " \
    "c18, c19, c20, c21, c22, c23, c24, c25"
static const char sql_mentions_put_ev[] =
    "INSERT INTO mentions (" MENTION_COLS ", id, event_id) " MENTION_SEL
    "CAST(c26 AS BIGINT), CAST(c27 AS BIGINT) FROM unnest(" T5 ", " T5 ", " T5 ", " T5 ", "
    T5 ", " T1 ", " T1 ") AS u(" C25 ", c26, c27)";
static const char sql_mentions_put3_ev[] =
    "INSERT INTO mentions (" MENTION_COLS ", location, id, event_id) " MENTION_SEL
    "c26, CAST(c27 AS BIGINT), CAST(c28 AS BIGINT) FROM unnest(" T5 ", " T5 ", " T5 ", " T5
    ", " T5 ", " T1 ", " T1 ", " T1 ") AS u(" C25 ", c26, c27, c28)";
static const char sql_mention_ids[] =
    "SELECT nextval(pg_get_serial_sequence('mentions', 'id')) "
    "FROM generate_series(1, CAST(? AS INTEGER))";

/* Takes ids for the batch's new mentions from the sequence (in the order
 * they were put, as SQLite numbers them) and links each to its key's
 * span. */
static int fresh_link(dy_store *s, struct span *spans, dy_error *err)
{
    size_t nf = s->fresh.n;
    if (!nf)
        return 0;
    char cn[24];
    snprintf(cn, sizeof cn, "%zu", nf);
    const char *p[] = {cn};
    dy_vec ids = DY_VEC(long long);
    int rc = s->ops->exec(s->d, sql_mention_ids, 1, p, take_id, &ids, err);
    if (rc == 2)
        dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
    else if (rc == 0 && ids.n != nf) {
        dy_seterr(err, DY_EDB, NULL, 0, "merge: %zu mention ids for %zu mentions", ids.n, nf);
        rc = -1;
    }
    if (rc == 0)
        qsort(ids.items, ids.n, sizeof(long long), cmp_ll);
    for (size_t k = 0; k < nf && rc == 0; k++) {
        struct fresh *f = &DY_AT(s->fresh, struct fresh, k);
        f->id = DY_AT(ids, long long, k);
        f->event = 0;
        const char *q = s->fresh_data.data + f->off, *mkey = val_get(&q);
        uint32_t i = mkey ? dy_map_get(&s->dirty, mkey, strlen(mkey)) : UINT32_MAX;
        if (i == UINT32_MAX || i >= s->dirty_keys.n) {
            dy_seterr(err, DY_EDB, NULL, 0, "merge: a new mention's key was not marked");
            rc = -1;
            break;
        }
        f->next = spans[i].fresh;
        spans[i].fresh = k + 1;
    }
    dy_vec_free(&ids);
    return rc == 0 ? 0 : -1;
}

/* Writes the batch's new mentions with their ids and the events the merge
 * put them in (PostgreSQL). */
static int fresh_write_ev(dy_store *s, dy_error *err)
{
    struct rowbuf *rb = s->mentions;
    size_t nf = s->fresh.n;
    if (!nf)
        return 0;
    if (!rb || rb->n != nf || rb->ncols + 2 > ROWBUF_MAX) {
        dy_seterr(err, DY_EDB, NULL, 0, "merge: %zu new mentions for %zu rows", nf,
                  rb ? rb->n : 0);
        return -1;
    }
    int nc = rb->ncols, rc = 0;
    dy_buf *bi = &rb->col[nc], *be = &rb->col[nc + 1];
    for (size_t k = 0; k < nf && rc == 0; k++) {
        struct fresh *f = &DY_AT(s->fresh, struct fresh, k);
        if (!f->id || !f->event) {
            dy_seterr(err, DY_EDB, NULL, 0, "merge: a new mention was put in no event");
            rc = -1;
        }
        dy_buf_printf(bi, "%c%lld", k ? ',' : '{', f->id);
        dy_buf_printf(be, "%c%lld", k ? ',' : '{', f->event);
    }
    rb->ncols = nc + 2;
    if (rc == 0)
        rc = rowbuf_flush(s, rb, nc > 25 ? sql_mentions_put3_ev : sql_mentions_put_ev, err);
    rb->ncols = nc;
    dy_buf_free(bi);
    dy_buf_free(be);
    fresh_clear(s);
    return rc;
}

static int recluster_dirty(dy_store *s, dy_error *err)
{
    size_t n = s->dirty_keys.n;
    if (!n)
        return s->fresh.n ? fresh_write_plain(s, err) : 0;
    bool batch = s->ops->kind == DB_POSTGRES;
    struct span one;
    struct span *spans = batch ? dy_calloc(n, sizeof *spans) : &one;
    if (!spans) {
        dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
        return -1;
    }
    int rc = 0;
    if (batch) {
        for (size_t i = 0; i < n; i++)
            span_init(&spans[i]);
        long nnew = 0;
        rc = read_batch(s, spans, n, err);
        if (rc == 0)
            rc = fresh_link(s, spans, err);
        for (size_t i = 0; i < n && rc == 0; i++)
            rc = add_fresh(s, &spans[i], err);
        for (size_t i = 0; i < n && rc == 0; i++) {
            struct dirty *dk = &DY_AT(s->dirty_keys, struct dirty, i);
            rc = settle(s, dk->mkey, dk->lo, dk->hi, &spans[i], err);
            if (rc == 0)
                rc = write_span(s, dk->mkey, &spans[i], dk->removed, &nnew, err);
        }
        if (rc == 0)
            rc = take_ids(s, nnew, err);
        s->bulk = true;
        for (size_t i = 0; i < n && rc == 0; i++)
            rc = write_span(s, DY_AT(s->dirty_keys, struct dirty, i).mkey, &spans[i],
                            DY_AT(s->dirty_keys, struct dirty, i).removed, NULL, err);
        s->bulk = false;
        if (rc == 0)
            rc = rowbuf_flush(s, s->ev_new, sql_evs_put, err);
        if (rc == 0)
            rc = rowbuf_flush(s, s->ev_upd, sql_evs_upd, err);
        if (rc == 0)
            rc = rowbuf_flush(s, s->ev_del, sql_evs_del, err);
        if (rc == 0)
            rc = rowbuf_flush(s, s->mention_ev, sql_mentions_ev, err);
        if (rc == 0)
            rc = fresh_write_ev(s, err);
        if (rc == 0 && s->ids_next != s->ids.n) {
            dy_seterr(err, DY_EDB, NULL, 0, "merge: %zu new event ids taken, %zu used",
                      s->ids.n, s->ids_next);
            rc = -1;
        }
        for (size_t i = 0; i < n; i++)
            span_free(&spans[i]);
        dy_free(spans);
        s->ids.n = s->ids_next = 0;
    } else
        for (size_t i = 0; i < n && rc == 0; i++) {
            struct dirty *dk = &DY_AT(s->dirty_keys, struct dirty, i);
            span_init(&one);
            /* read light where no mention was removed (write_span) */
            one.light = s->old_max >= 0 && !s->removed_any && !dk->removed;
            rc = settle(s, dk->mkey, dk->lo, dk->hi, &one, err);
            if (rc == 0)
                rc = write_span(s, dk->mkey, &one, dk->removed, NULL, err);
            span_free(&one);
        }
    return rc < 0 ? -1 : 0;
}

/* PostgreSQL plans a query by the tables' statistics, which autovacuum
 * renews only a while after a bulk load: until then a store filled from
 * empty looks empty, and the planner scans the mentions once per event (a
 * query of 23,000 events took 102 s instead of 2.7 s).  So a writer
 * analyzes the tables itself whenever the articles it stored reach the
 * size they had at the last analysis (at least 1,000): a few ANALYZE runs
 * per ingest (the size doubles between them), each a sample of the rows.
 * A failure here is no error of the batch, which is committed: it only
 * leaves the statistics to autovacuum. */
static void analyze_grown(dy_store *s)
{
    if (!strcmp(s->ops->name, "sqlite") || s->readonly)
        return;
    s->since_analyze += s->counts.stored;
    if (s->analyzed_size < 0) {
        char v[64];
        dy_error e = {0};
        if (query1(s, "SELECT reltuples FROM pg_class WHERE oid = 'articles'::regclass", 0, NULL, v,
                   &e) < 0)
            v[0] = 0;
        s->analyzed_size = v[0] ? atof(v) : 0;
        if (s->analyzed_size < 0) /* never analyzed */
            s->analyzed_size = 0;
    }
    if (s->since_analyze < 1000 || s->since_analyze < s->analyzed_size)
        return;
    dy_error e = {0};
    /* a sample of 3,000 rows a table instead of the default 30,000: the
     * plans wanted here need the tables' sizes and rough spreads, and the
     * default target made these runs a quarter of the server's time in an
     * ingest of 6,000 articles into a new store */
    if (s->ops->script(s->d, "SET default_statistics_target = 10; "
                             "ANALYZE articles, events, mentions; "
                             "RESET default_statistics_target", &e) < 0)
        return;
    s->analyzed_size += (double)s->since_analyze;
    s->since_analyze = 0;
}

int dy_store_commit(dy_store *s, dy_error *err)
{
    if (!s->in_batch) {
        dy_seterr(err, DY_EDB, NULL, 0, "no batch is open");
        return -1;
    }
    if (tx_begin(s, err) < 0 || flush_pending(s, false, err) < 0 ||
        (s->version >= 2 && write_actors(s, err) < 0) || recluster_dirty(s, err) < 0 ||
        exec0(s, sql_meta_bump, 0, NULL, err) < 0 || s->ops->commit(s->d, err) < 0) {
        dy_store_rollback(s);
        return -1;
    }
    s->in_batch = s->tx = false;
    dirty_clear(s);
    analyze_grown(s);
    return 0;
}

/* ----------------------------------------------------------- remerging */

struct krow {
    long long id;
    char key[320];
    char date[11];
};

static int take_key(void *ctx, int n, const char *const *v)
{
    struct { dy_store *s; dy_vec v; const dy_merge_rules *r; } *c = ctx;
    if (n < 7)
        return 0;
    struct krow *k = dy_vec_push(&c->v);
    if (!k)
        return 2;
    k->id = atoll(v[0] ? v[0] : "0");
    merge_key(c->r, v[1] ? v[1] : "", v[2] ? v[2] : "", v[3] ? v[3] : "", v[4] ? v[4] : "",
              v[5], k->key, sizeof k->key);
    snprintf(k->date, sizeof k->date, "%s", v[6] ? v[6] : "");
    return 0;
}

static const char sql_all_mentions[] =
    "SELECT id, source, target, code, root, participants, date FROM mentions";
static const char sql_set_mkey[] = "UPDATE mentions SET mkey = ? WHERE id = ?";
static const char sql_ev_all_del[] = "DELETE FROM events";
static const char sql_ev_unlink[] = "UPDATE mentions SET event_id = NULL";

int dy_store_remerge(dy_store *s, const dy_merge_rules *rules, dy_error *err)
{
    if (s->readonly) {
        dy_seterr(err, DY_EDB, NULL, 0, "the store was opened for reading only");
        return -1;
    }
    if (rules->window_days < 0 || rules->window_days > 3650) {
        dy_seterr(err, DY_EDB, NULL, 0, "merge window %d days is out of range (0..3650)",
                  rules->window_days);
        return -1;
    }
    if (dy_store_begin(s, err) < 0)
        return -1;
    /* (on PostgreSQL dy_store_begin leaves the transaction to the first
     * write: a remerge writes at once) */
    if (tx_begin(s, err) < 0) {
        dy_store_rollback(s);
        return -1;
    }
    struct { dy_store *s; dy_vec v; const dy_merge_rules *r; } c = {s, DY_VEC(struct krow), rules};
    int rc = s->ops->exec(s->d, sql_all_mentions, 0, NULL, take_key, &c, err);
    if (rc == 2)
        dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
    if (rc == 0 && (write_rules(s, rules, err) < 0 || exec0(s, sql_ev_all_del, 0, NULL, err) < 0 ||
                    exec0(s, sql_ev_unlink, 0, NULL, err) < 0))
        rc = -1;
    for (size_t i = 0; rc == 0 && i < c.v.n; i++) {
        struct krow *k = &DY_AT(c.v, struct krow, i);
        char id[32];
        snprintf(id, sizeof id, "%lld", k->id);
        const char *p[] = {k->key, id};
        if (exec0(s, sql_set_mkey, 2, p, err) < 0 || !mark_dirty(s, k->key, "0000-00-00", "9999-12-31", true))
            rc = -1;
    }
    dy_vec_free(&c.v);
    dy_merge_rules before = s->rules;
    s->rules = *rules;
    if (rc == 0 && dy_store_commit(s, err) == 0)
        return 0;
    dy_store_rollback(s);
    s->rules = before;   /* the transaction that changed them was rolled back */
    return -1;
}

/* ------------------------------------------------------------- reading */

static int take_stats(void *ctx, int n, const char *const *v)
{
    dy_store_stats *st = ctx;
    if (n >= 4) {
        st->articles = atol(v[0] ? v[0] : "0");
        st->mentions = atol(v[1] ? v[1] : "0");
        st->events = atol(v[2] ? v[2] : "0");
        st->actors = atol(v[3] ? v[3] : "0");
    }
    return 0;
}

static const char sql_stats[] =
    "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM mentions), "
    "(SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM actors)";
static const char sql_stats_v1[] =
    "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM mentions), "
    "(SELECT COUNT(*) FROM events), 0";

int dy_store_get_stats(dy_store *s, dy_store_stats *out, dy_error *err)
{
    memset(out, 0, sizeof *out);
    /* version 1 had no actors table */
    const char *sql = s->version >= 2 ? sql_stats : sql_stats_v1;
    return s->ops->exec(s->d, sql, 0, NULL, take_stats, out, err) < 0 ? -1 : 0;
}

/* A date column that is not ten characters YYYY-MM-DD in the years
 * 0001..9999 (text comparison, the same on both backends). */
#define NOT_A_DATE(col)                                                        \
    "NOT (length(" col ") = 10 AND substr(" col ", 5, 1) = '-' AND "           \
    "substr(" col ", 8, 1) = '-' AND " col " >= '0001-01-01' AND "            \
    col " <= '9999-12-31' AND substr(" col ", 6, 2) BETWEEN '01' AND '12' AND " \
    "substr(" col ", 9, 2) BETWEEN '01' AND '31')"

static const char *const check_sql[][2] = {
    {"articles whose mention count is wrong",
     "SELECT COUNT(*) FROM articles a WHERE n_mentions <> "
     "(SELECT COUNT(*) FROM mentions m WHERE m.article_id = a.id)"},
    {"mentions in no event",
     "SELECT COUNT(*) FROM mentions WHERE event_id IS NULL OR event_id NOT IN "
     "(SELECT id FROM events)"},
    {"events whose NumMentions is wrong",
     "SELECT COUNT(*) FROM events e WHERE num_mentions <> "
     "(SELECT COUNT(*) FROM mentions m WHERE m.event_id = e.id)"},
    {"events with no mention",
     "SELECT COUNT(*) FROM events e WHERE NOT EXISTS "
     "(SELECT 1 FROM mentions m WHERE m.event_id = e.id)"},
    {"events whose first or last date disagrees with their mentions",
     "SELECT COUNT(*) FROM events e WHERE "
     "date <> (SELECT MIN(m.date) FROM mentions m WHERE m.event_id = e.id) OR "
     "last_date <> (SELECT MAX(m.date) FROM mentions m WHERE m.event_id = e.id)"},
    {"events whose NumArticles is wrong",
     "SELECT COUNT(*) FROM events e WHERE num_articles <> "
     "(SELECT COUNT(DISTINCT m.article_id) FROM mentions m WHERE m.event_id = e.id)"},
    {"events whose NumSources is wrong",
     "SELECT COUNT(*) FROM events e WHERE num_sources <> "
     "(SELECT COUNT(DISTINCT COALESCE(a.source, '')) FROM mentions m "
     "JOIN articles a ON a.id = m.article_id WHERE m.event_id = e.id)"},
    {"events whose merge key (actors, code) disagrees with a mention's",
     "SELECT COUNT(*) FROM events e WHERE EXISTS "
     "(SELECT 1 FROM mentions m WHERE m.event_id = e.id AND m.mkey <> e.mkey)"},
    {"dates that are not YYYY-MM-DD (articles, mentions, events)",
     "SELECT (SELECT COUNT(*) FROM articles WHERE " NOT_A_DATE("date") ") + "
     "(SELECT COUNT(*) FROM mentions WHERE " NOT_A_DATE("date") ") + "
     "(SELECT COUNT(*) FROM events WHERE " NOT_A_DATE("date") " OR " NOT_A_DATE("last_date") ")"},
};

/* SQLite's own check of the file (b-tree pages, indexes against their
 * tables): each row that is not "ok" is one problem, reported as it is. */
struct icheck {
    FILE *report;
    long bad;
};

static int integrity_row(void *ctx, int n, const char *const *v)
{
    struct icheck *c = ctx;
    if (n < 1 || (v[0] && !strcmp(v[0], "ok")))
        return 0;
    c->bad++;
    if (c->report)
        fprintf(c->report, "integrity_check: %.200s\n", v[0] ? v[0] : "(null)");
    return 0;
}

long dy_store_check(dy_store *s, FILE *report, dy_error *err)
{
    long bad = 0;
    if (!strcmp(s->ops->name, "sqlite")) {
        struct icheck c = {report, 0};
        if (s->ops->exec(s->d, "PRAGMA integrity_check", 0, NULL, integrity_row, &c, err) < 0)
            return -1;
        bad += c.bad;
    }
    for (size_t i = 0; i < sizeof check_sql / sizeof check_sql[0]; i++) {
        char v[64];
        if (query1(s, check_sql[i][1], 0, NULL, v, err) < 0)
            return -1;
        long n = atol(v);
        if (n && report)
            fprintf(report, "%ld %s\n", n, check_sql[i][0]);
        bad += n;
    }
    return bad;
}

/* An actor filter: a country (3 letters) or a full code, as the two
 * parameters (country, code), one of them NULL. */
static void actor_param(const char *a, char country[4], const char **pc, const char **pf,
                        char like[8])
{
    *pc = *pf = NULL;
    snprintf(like, 8, "%%");
    if (!a || !*a)
        return;
    snprintf(country, 4, "%.3s", a);
    snprintf(like, 8, "%%%.3s%%", a);
    if (strlen(a) <= 3)
        *pc = country;
    else
        *pf = a;
}

/* One SQL text for every filter: a NULL parameter switches its test off. */
#define ACTOR_TEST(col)                                                          \
    "(CAST(? AS TEXT) IS NULL OR " col "_country = ?) AND "                      \
    "(CAST(? AS TEXT) IS NULL OR " col " = ?)"
/* an event's location (version 3): its first mention's that has one */
#define EVENT_LOC                                                               \
    ", (SELECT m.location FROM mentions m WHERE m.event_id = events.id"         \
    " AND m.location IS NOT NULL ORDER BY m.id LIMIT 1)"
#define EVENT_COLS                                                              \
    "SELECT id, date, last_date, source, target, code, root, quad, goldstein, " \
    "num_mentions, num_sources, num_articles, participants"
#define QUERY_WHERE \
    " FROM events WHERE " \
    "((participants IS NULL AND ((" ACTOR_TEST("source") " AND " ACTOR_TEST("target") ") OR " \
    "(CAST(? AS TEXT) IS NOT NULL AND " ACTOR_TEST("source") " AND " ACTOR_TEST("target") ")))" \
    " OR (participants IS NOT NULL AND participants LIKE ? AND participants LIKE ?))" \
    " AND (CAST(? AS TEXT) IS NULL OR substr(source, 4) = ? OR substr(target, 4) = ?)" \
    " AND (CAST(? AS TEXT) IS NULL OR code LIKE ?)" \
    " AND (CAST(? AS TEXT) IS NULL OR root = ?)" \
    " AND (CAST(? AS TEXT) IS NULL OR quad = ?)" \
    " AND (CAST(? AS TEXT) IS NULL OR date >= ?)" \
    " AND (CAST(? AS TEXT) IS NULL OR date <= ?)" \
    " AND (CAST(? AS TEXT) IS NULL OR num_sources >= CAST(? AS INTEGER))" \
    " AND (CAST(? AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM mentions m JOIN articles a" \
    " ON a.id = m.article_id WHERE m.event_id = events.id" \
    " AND (CAST(? AS TEXT) IS NULL OR a.lang = ?)" \
    " AND (CAST(? AS TEXT) IS NULL OR a.source = ?)" \
    " AND (CAST(? AS TEXT) IS NULL OR m.mood = ?)))"

/* A pair (source and target both given): the same test, on the events
 * that the indexes find for it, a superset of its answer: those of the
 * pair of countries (events_pair), the other way round when undirected,
 * and the multilateral ones (their merge keys, and only theirs, start
 * with "M|" and hold the participants: events_mkey covers the test).
 * Without it a pair's query reads every event of the store (the test
 * above is one text for all filters, which no index serves); with it a
 * year of one pair in a store of a million events takes milliseconds
 * (bench/serve.sh). */
#define PAIR_CANDIDATES \
    " AND id IN (SELECT id FROM events WHERE source_country = ? AND target_country = ?" \
    " AND date >= ? AND date <= ?" \
    " UNION ALL SELECT id FROM events WHERE CAST(? AS TEXT) IS NOT NULL" \
    " AND source_country = ? AND target_country = ? AND date >= ? AND date <= ?" \
    " UNION ALL SELECT id FROM events WHERE mkey >= 'M|' AND mkey < 'M}'" \
    " AND mkey LIKE ? AND mkey LIKE ? AND date >= ? AND date <= ?)"
#define QUERY_ORDER " ORDER BY date, id"
static const char sql_query[] = EVENT_COLS QUERY_WHERE QUERY_ORDER;
static const char sql_query3[] = EVENT_COLS EVENT_LOC QUERY_WHERE QUERY_ORDER;
static const char sql_query_pair[] = EVENT_COLS QUERY_WHERE PAIR_CANDIDATES QUERY_ORDER;
static const char sql_query_pair3[] = EVENT_COLS EVENT_LOC QUERY_WHERE PAIR_CANDIDATES QUERY_ORDER;

struct qctx {
    int (*cb)(void *, const dy_stored_event *);
    void *ctx;
    long limit, n;
};

static int take_event(void *ctx, int n, const char *const *v)
{
    struct qctx *q = ctx;
    if (n < 13)
        return 0;
    dy_stored_event e = {
        atoll(v[0] ? v[0] : "0"), v[1] ? v[1] : "", v[2] ? v[2] : "", v[3] ? v[3] : "",
        v[4] ? v[4] : "", v[5] ? v[5] : "", v[6] ? v[6] : "", atoi(v[7] ? v[7] : "0"),
        atof(v[8] ? v[8] : "0"), atoi(v[9] ? v[9] : "0"), atoi(v[10] ? v[10] : "0"),
        atoi(v[11] ? v[11] : "0"), v[12], {0}};
    char lb[512];
    loc_decode(n > 13 ? v[13] : NULL, lb, sizeof lb, &e.location);
    if (q->cb(q->ctx, &e))
        return 3;
    if (q->limit && ++q->n >= q->limit)
        return 3;
    return 0;
}

int dy_store_query(dy_store *s, const dy_query *q,
                   int (*cb)(void *ctx, const dy_stored_event *e), void *ctx, dy_error *err)
{
    static const dy_query none;
    if (!q)
        q = &none;
    if (s->version < 1) {
        dy_seterr(err, DY_EDB, NULL, 0, "the store has no schema");
        return -1;
    }
    char ca[4], cb2[4], la[8], lb[8], code_like[16], quad[8];
    const char *ac, *af, *bc, *bf;
    actor_param(q->source, ca, &ac, &af, la);
    actor_param(q->target, cb2, &bc, &bf, lb);
    const char *code = NULL;
    if (q->code && *q->code) {
        snprintf(code_like, sizeof code_like, "%.8s%%", q->code);
        code = code_like;
    }
    const char *pq = NULL;
    if (q->quad) {
        snprintf(quad, sizeof quad, "%d", q->quad);
        pq = quad;
    }
    const char *und = q->undirected ? "1" : NULL;
    const char *role = q->role && *q->role ? q->role : NULL;
    const char *root = q->root && *q->root ? q->root : NULL;
    const char *from = q->from && *q->from ? q->from : NULL;
    const char *to = q->to && *q->to ? q->to : NULL;
    char minsrc[16];
    const char *ms = NULL;
    if (q->min_sources > 0) {
        snprintf(minsrc, sizeof minsrc, "%d", q->min_sources);
        ms = minsrc;
    }
    const char *lang = q->lang && *q->lang ? q->lang : NULL;
    const char *outlet = q->outlet && *q->outlet ? q->outlet : NULL;
    const char *mood = q->mood && *q->mood ? q->mood : NULL;
    const char *any = lang || outlet || mood ? "1" : NULL;
    const char *lo = from ? from : "", *hi = to ? to : "~";
    const char *p[] = {
        ac, ac, af, af, bc, bc, bf, bf,                /* as given */
        und, bc, bc, bf, bf, ac, ac, af, af,           /* the other way round */
        la, lb,                                        /* multilateral */
        role, role, role, code, code, root, root, pq, pq, from, from, to, to,
        ms, ms, any, lang, lang, outlet, outlet, mood, mood,
        /* the candidates of a pair (sql_query_pair) */
        ca, cb2, lo, hi, und, cb2, ca, lo, hi, la, lb, lo, hi};
    int n = (int)(sizeof p / sizeof p[0]);
    bool pair = q->source && *q->source && q->target && *q->target;
    struct qctx c = {cb, ctx, q->limit, 0};
    const char *sql = s->version >= 3 && !q->no_location ? (pair ? sql_query_pair3 : sql_query3)
                                      : (pair ? sql_query_pair : sql_query);
    int rc = s->ops->exec(s->d, sql, pair ? n : n - 13, p, take_event, &c, err);
    return rc < 0 ? -1 : 0;
}

static const char sql_mentions[] =
    "SELECT m.event_id, m.article_id, a.date, a.source, a.url, m.sent, m.evidence, "
    "m.src_start, m.src_end, m.tgt_start, m.tgt_end, m.pred_start, m.pred_end, m.mood, "
    "m.rule, m.source_name, m.target_name, a.lang FROM mentions m JOIN articles a ON a.id = m.article_id "
    "WHERE m.event_id = ? ORDER BY a.date, m.id";

struct mctx {
    int (*cb)(void *, const dy_stored_mention *);
    void *ctx;
};

static int take_mention_row(void *ctx, int n, const char *const *v)
{
    struct mctx *c = ctx;
    if (n < 15)
        return 0;
#define U(i) ((uint32_t)strtoul(v[i] ? v[i] : "0", NULL, 10))
    dy_stored_mention m = {
        atoll(v[0] ? v[0] : "0"), v[1] ? v[1] : "", v[2] ? v[2] : "", v[3], v[4],
        atoi(v[5] ? v[5] : "0"), v[6] ? v[6] : "",
        {U(7), U(8)}, {U(9), U(10)}, {U(11), U(12)}, v[13] ? v[13] : "", v[14],
        n > 15 ? v[15] : NULL, n > 16 ? v[16] : NULL, n > 17 ? v[17] : NULL};
#undef U
    return c->cb(c->ctx, &m) ? 3 : 0;
}

int dy_store_mentions(dy_store *s, long long event_id,
                      int (*cb)(void *ctx, const dy_stored_mention *m), void *ctx,
                      dy_error *err)
{
    char id[32];
    snprintf(id, sizeof id, "%lld", event_id);
    const char *p[] = {id};
    struct mctx c = {cb, ctx};
    return s->ops->exec(s->d, sql_mentions, 1, p, take_mention_row, &c, err) < 0 ? -1 : 0;
}

/* ------------------------------------------------ reads for dyad serve */

static const char sql_event[] = EVENT_COLS " FROM events WHERE id = ?";
static const char sql_event3[] = EVENT_COLS EVENT_LOC " FROM events WHERE id = ?";

int dy_store_event(dy_store *s, long long id,
                   int (*cb)(void *ctx, const dy_stored_event *e), void *ctx, dy_error *err)
{
    char ids[32];
    snprintf(ids, sizeof ids, "%lld", id);
    const char *p[] = {ids};
    struct qctx c = {cb, ctx, 1, 0};
    return s->ops->exec(s->d, s->version >= 3 ? sql_event3 : sql_event, 1, p, take_event, &c, err) < 0 ? -1 : 0;
}

static const char sql_actors[] =
    "SELECT code, name, first_seen, last_seen FROM actors WHERE "
    "CAST(? AS TEXT) IS NULL OR upper(code) LIKE upper(?) OR lower(name) LIKE lower(?) ORDER BY code";

struct actx {
    int (*cb)(void *, const dy_stored_actor *);
    void *ctx;
};

static int take_actor(void *ctx, int n, const char *const *v)
{
    struct actx *c = ctx;
    if (n < 4)
        return 0;
    dy_stored_actor a = {v[0] ? v[0] : "", v[1], v[2] ? v[2] : "", v[3] ? v[3] : ""};
    return c->cb(c->ctx, &a) ? 3 : 0;
}

int dy_store_actors(dy_store *s, const char *prefix,
                    int (*cb)(void *ctx, const dy_stored_actor *a), void *ctx, dy_error *err)
{
    /* LIKE's wildcards in PREFIX are taken out: it is a plain string */
    char clean[64], pre[72], sub[72];
    size_t k = 0;
    for (const char *q = prefix ? prefix : ""; *q && k + 1 < sizeof clean; q++)
        if (*q != '%' && *q != '_' && *q != '\\')
            clean[k++] = *q;
    clean[k] = 0;
    snprintf(pre, sizeof pre, "%s%%", clean);
    snprintf(sub, sizeof sub, "%%%s%%", clean);
    const char *p[] = {k ? clean : NULL, pre, sub};
    struct actx c = {cb, ctx};
    return s->ops->exec(s->d, sql_actors, 3, p, take_actor, &c, err) < 0 ? -1 : 0;
}
