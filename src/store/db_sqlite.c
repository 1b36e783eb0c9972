/* db_sqlite.c: the SQLite backend of the store (src/store/db.h).  One file, WAL
 * journal (readers keep reading while an ingest writes), synchronous=NORMAL
 * (a committed batch survives a killed process; a power cut may lose the
 * last batches but never leaves one half-written).  Prepared statements
 * are cached by their SQL text's address (the store passes literals),
 * checked against the text. */
#include "store/db.h"
#include "store/db_schema.h"
#include <sqlite3.h>
#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#define NCACHE 64

struct db {
    sqlite3 *h;
    struct { const char *sql; sqlite3_stmt *st; } cache[NCACHE];
    int ncache;
};

static void set_err(db *d, dy_error *err, const char *what)
{
    dy_seterr(err, DY_EDB, NULL, 0, "sqlite: %s: %s", what,
              d && d->h ? sqlite3_errmsg(d->h) : "cannot open");
}

static db *sq_open(const char *target, dy_error *err)
{
    db *d = dy_calloc(1, sizeof *d);
    if (!d) {
        dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
        return NULL;
    }
    int rc = sqlite3_open_v2(target, &d->h, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
    if (rc != SQLITE_OK) {
        dy_seterr(err, DY_EDB, target, 0, "cannot open the store: %s",
                  d->h ? sqlite3_errmsg(d->h) : sqlite3_errstr(rc));
        sqlite3_close(d->h);
        dy_free(d);
        return NULL;
    }
    /* wait for a concurrent writer rather than failing at once */
    sqlite3_busy_timeout(d->h, 60000);
    char *msg = NULL;
    if (sqlite3_exec(d->h, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                           " PRAGMA foreign_keys=ON; PRAGMA cache_size=-65536;", NULL, NULL, &msg) != SQLITE_OK) {
        dy_seterr(err, DY_EDB, target, 0, "not an SQLite store: %s", msg ? msg : "?");
        sqlite3_free(msg);
        sqlite3_close(d->h);
        dy_free(d);
        return NULL;
    }
    return d;
}

/* A reader: the file must exist and be non-empty (a reader never creates
 * a store).  Opened read-only; when the folder is read-only and the WAL's
 * files cannot be made, opened again as immutable (no writer can be at
 * work where no -wal file can be created).  Then one read transaction for
 * the handle's life: one snapshot per command. */
static db *sq_open_read(const char *target, dy_error *err)
{
    struct stat st;
    if (stat(target, &st) != 0 || !S_ISREG(st.st_mode)) {
        dy_seterr(err, DY_EDB, target, 0, "no store here (%s)",
                  stat(target, &st) != 0 ? strerror(errno) : "not a file");
        return NULL;
    }
    if (st.st_size == 0) {
        dy_seterr(err, DY_EDB, target, 0, "not a store: the file is empty");
        return NULL;
    }
    db *d = dy_calloc(1, sizeof *d);
    if (!d) {
        dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
        return NULL;
    }
    for (int attempt = 0; attempt < 2; attempt++) {
        int flags = SQLITE_OPEN_READONLY;
        if (attempt == 1) {
            /* file:PATH?immutable=1, with URI characters in PATH escaped */
            flags |= SQLITE_OPEN_URI;
            size_t n = strlen(target);
            char *esc = dy_malloc(3 * n + 32);
            if (!esc) {
                dy_free(d);
                dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
                return NULL;
            }
            size_t o = (size_t)snprintf(esc, 8, "file:");
            for (size_t i = 0; i < n; i++) {
                unsigned char c = (unsigned char)target[i];
                if (c == '%' || c == '?' || c == '#' || c < 0x20 || c >= 0x7f)
                    o += (size_t)snprintf(esc + o, 4, "%%%02X", c);
                else
                    esc[o++] = (char)c;
            }
            memcpy(esc + o, "?immutable=1", 13);
            int rc = sqlite3_open_v2(esc, &d->h, flags, NULL);
            dy_free(esc);
            if (rc != SQLITE_OK)
                break;
        } else if (sqlite3_open_v2(target, &d->h, flags, NULL) != SQLITE_OK)
            break;
        sqlite3_busy_timeout(d->h, 60000);
        if (sqlite3_exec(d->h, "PRAGMA cache_size=-65536; BEGIN; SELECT count(*) FROM sqlite_master;",
                         NULL, NULL, NULL) == SQLITE_OK)
            return d;
        int code = sqlite3_errcode(d->h);
        if (attempt == 0 && (code == SQLITE_CANTOPEN || code == SQLITE_READONLY)) {
            sqlite3_close(d->h);
            d->h = NULL;
            continue;
        }
        break;
    }
    dy_seterr(err, DY_EDB, target, 0, "cannot read the store: %s",
              d->h ? sqlite3_errmsg(d->h) : "cannot open");
    sqlite3_close(d->h);
    dy_free(d);
    return NULL;
}

static void sq_close(db *d)
{
    if (!d)
        return;
    for (int i = 0; i < d->ncache; i++)
        sqlite3_finalize(d->cache[i].st);
    sqlite3_close(d->h);
    dy_free(d);
}

static sqlite3_stmt *prepare(db *d, const char *sql, dy_error *err)
{
    /* by address, and the text checked: a caller's reused buffer with
     * other SQL in it is not taken for the cached statement */
    for (int i = 0; i < d->ncache; i++)
        if (d->cache[i].sql == sql && !strcmp(sqlite3_sql(d->cache[i].st), sql)) {
            sqlite3_reset(d->cache[i].st);
            sqlite3_clear_bindings(d->cache[i].st);
            return d->cache[i].st;
        }
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(d->h, sql, -1, &st, NULL) != SQLITE_OK) {
        set_err(d, err, "prepare");
        return NULL;
    }
    if (d->ncache < NCACHE) {
        d->cache[d->ncache].sql = sql;
        d->cache[d->ncache].st = st;
        d->ncache++;
    }
    return st;
}

static void release(db *d, sqlite3_stmt *st)
{
    for (int i = 0; i < d->ncache; i++)
        if (d->cache[i].st == st) {
            sqlite3_reset(st);
            return;
        }
    sqlite3_finalize(st);
}

static int sq_exec(db *d, const char *sql, int n, const char *const *params,
                   db_row_fn fn, void *ctx, dy_error *err)
{
    sqlite3_stmt *st = prepare(d, sql, err);
    if (!st)
        return -1;
    for (int i = 0; i < n; i++) {
        int rc = params[i] ? sqlite3_bind_text(st, i + 1, params[i], -1, SQLITE_TRANSIENT)
                           : sqlite3_bind_null(st, i + 1);
        if (rc != SQLITE_OK) {
            set_err(d, err, "bind");
            release(d, st);
            return -1;
        }
    }
    int ret = 0;
    for (;;) {
        int rc = sqlite3_step(st);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW) {
            set_err(d, err, "step");
            ret = -1;
            break;
        }
        if (!fn)
            continue;
        int nc = sqlite3_column_count(st);
        const char *vals[32];
        if (nc > 32)
            nc = 32;
        for (int i = 0; i < nc; i++)
            vals[i] = (const char *)sqlite3_column_text(st, i);
        ret = fn(ctx, nc, vals);
        if (ret)
            break;
    }
    release(d, st);
    return ret;
}

static int sq_script(db *d, const char *sql, dy_error *err)
{
    char *msg = NULL;
    if (sqlite3_exec(d->h, sql, NULL, NULL, &msg) != SQLITE_OK) {
        dy_seterr(err, DY_EDB, NULL, 0, "sqlite: %s", msg ? msg : sqlite3_errmsg(d->h));
        sqlite3_free(msg);
        return -1;
    }
    return 0;
}

static int sq_begin(db *d, dy_error *err) { return sq_script(d, "BEGIN IMMEDIATE", err); }
static int sq_commit(db *d, dy_error *err) { return sq_script(d, "COMMIT", err); }
static void sq_rollback(db *d)
{
    if (!sqlite3_get_autocommit(d->h))
        sqlite3_exec(d->h, "ROLLBACK", NULL, NULL, NULL);
}

static const char schema1[] = DB_SCHEMA_V1("INTEGER PRIMARY KEY", "INTEGER", "REAL");
static const char schema2[] = DB_SCHEMA_V2;
static const char schema3[] = DB_SCHEMA_V3;
static const char *const migrations[] = {schema1, schema2, schema3};

const db_ops db_sqlite_ops = {
    DB_SQLITE, "sqlite", sq_open, sq_open_read, sq_close, sq_exec, sq_script,
    sq_begin, sq_commit, sq_rollback,
    migrations, (int)(sizeof migrations / sizeof migrations[0]),
};
