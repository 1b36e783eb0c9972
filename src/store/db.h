/* db.h: the little SQL layer under the store (src/store/store.c).  Two backends
 * implement it: SQLite (src/store/db_sqlite.c, the embedded default) and
 * PostgreSQL (src/store/db_pg.c, for shared deployments).  The store writes one
 * SQL dialect that both accept (ON CONFLICT upserts, RETURNING), with `?`
 * placeholders that the PostgreSQL backend renumbers to $1, $2, ...
 *
 * Every parameter and every result value travels as text (NULL for SQL
 * NULL); columns are declared with types, so both engines convert.  Not
 * installed; not part of the public API. */
#ifndef DY_DB_H
#define DY_DB_H

#include "base/internal.h"

typedef struct db db;

typedef enum db_kind { DB_SQLITE = 1, DB_POSTGRES = 2 } db_kind;

/* Called for each result row; VALS[i] is NULL for SQL NULL.  Return 0 to
 * go on, non-zero to stop (db_exec then returns that value). */
typedef int (*db_row_fn)(void *ctx, int ncols, const char *const *vals);

typedef struct db_ops {
    db_kind kind;
    const char *name;                       /* "sqlite", "postgres" */
    /* Opens TARGET (a path, or a postgres:// URL).  NULL with ERR set. */
    db *(*open)(const char *target, dy_error *err);
    /* Opens TARGET for reading only: never creates a store (a missing or
     * empty file is an error), never writes, and holds one snapshot for
     * the life of the handle (SQLite: a read transaction; PostgreSQL:
     * REPEATABLE READ READ ONLY), so that one command's reads agree with
     * each other while an ingest writes. */
    db *(*open_read)(const char *target, dy_error *err);
    void (*close)(db *d);
    /* Runs SQL with N text parameters; calls FN per row (FN may be NULL).
     * Returns 0, FN's non-zero stop value, or -1 with ERR set. */
    int (*exec)(db *d, const char *sql, int n, const char *const *params,
                db_row_fn fn, void *ctx, dy_error *err);
    /* Runs a script of several statements without parameters (DDL). */
    int (*script)(db *d, const char *sql, dy_error *err);
    /* Starts a write transaction that excludes other writers until
     * commit (SQLite: BEGIN IMMEDIATE; PostgreSQL: BEGIN plus a
     * transaction-scoped advisory lock), so that concurrent ingests
     * serialise their batches. */
    int (*begin_write)(db *d, dy_error *err);
    int (*commit)(db *d, dy_error *err);
    void (*rollback)(db *d);
    /* MIGRATIONS[i] is the script (DDL and data statements, no
     * parameters) that brings a store from schema version i to i + 1;
     * MIGRATIONS[0] creates version 1 from nothing.  N_MIGRATIONS equals
     * DY_STORE_SCHEMA.  The store runs them with script(), inside one
     * write transaction, and records the version in meta. */
    const char *const *migrations;
    int n_migrations;
} db_ops;

extern const db_ops db_sqlite_ops;
/* NULL when dyad was built without libpq. */
extern const db_ops *const db_pg_ops;

/* Replaces in MSG (a NUL-terminated message of at most CAP bytes) every
 * occurrence of a secret of the connection string TARGET by "***": the
 * URL's password (user:PASSWORD@), raw and percent-decoded, and every
 * piece of it of 4 bytes or more, and every
 * password=VALUE of its query, likewise; and in MSG itself any
 * "password=..." up to the next space, quote or '&'.  libpq quotes the URL
 * back in its messages ('invalid percent-encoded token: "hunter%zz"'), so
 * every message that may carry it passes through here. */
void db_redact(char *msg, size_t cap, const char *target);

#endif
