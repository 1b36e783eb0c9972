/* db_pg.c: the PostgreSQL backend of the store (src/store/db.h), through libpq.
 *
 * The target is a postgres:// or postgresql:// URL, handed to libpq as is
 * (host, port, user, password, database and options as libpq reads them;
 * PGPASSWORD, ~/.pgpass and the other PG* variables work too).  The
 * connection always speaks UTF-8.  Error messages carry the server's
 * message and the URL with its password masked.
 *
 * The store writes `?` placeholders; exec() renumbers them to $1, $2, ...
 * (outside quoted strings, quoted identifiers and comments) and prepares a
 * named statement once per SQL text (cached by the text's address, checked
 * against a copy of the text: the store passes literals, and a buffer
 * reused for another statement is not mistaken for the old one).  Every
 * parameter goes as text (NULL for SQL NULL) and the server infers its
 * type from its use; every result comes back as text.  A result is read
 * whole before the row callback runs, so the callback may run other
 * statements on the same connection.
 *
 * Inside a write transaction, a statement that returns no rows (an
 * INSERT, UPDATE or DELETE without RETURNING) is pipelined: sent without
 * waiting for its answer, up to MAXQ of them, and the answers are read at
 * the next statement that returns rows, at commit, or when MAXQ are
 * waiting.  This saves a round trip per statement; an error of such a
 * statement is reported (with its SQL) by that later call instead, which
 * changes nothing for the store: on PostgreSQL any error loses the whole
 * transaction, and the store rolls back the batch on any error.
 * A statement that returns rows, run while answers are waiting, is sent
 * behind them and read in the same round trip (drain_keep).  The store
 * itself gathers a batch's writes into multi-row statements and its reads
 * into a few per batch (src/store/store.c, docs/store.md), so that what is
 * left is about one round trip per article.  With DYAD_PG_COUNT set in the
 * environment, close() prints the round trips and pipelined statements.
 *
 * begin_write() is BEGIN plus pg_advisory_xact_lock(DYAD_LOCK_KEY): every
 * writer of a store takes the same transaction-scoped lock, so concurrent
 * ingests run their batches one after another (the lock goes with COMMIT
 * or ROLLBACK).  Transactions run at READ COMMITTED, so each statement of
 * a batch that got the lock sees every batch committed before it.
 *
 * Built without libpq (make NO_PG=1), db_pg_ops is NULL. */
#include "store/db.h"
#include "store/db_schema.h"

#ifdef DY_NO_PG
const db_ops *const db_pg_ops = NULL;
#else

#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The advisory lock every dyad writer takes: "dyad" in ASCII, 0x64796164.
 * docs/store.md names it, so that other software can keep clear of it. */
#define DYAD_LOCK_KEY "1685676388"

#define NCACHE 64
#define MAXQ 512

typedef struct pg_stmt {
    const char *key;     /* the caller's SQL text (address) */
    char *orig;          /* a copy of it, to check a cache hit */
    char name[16];       /* "dyad_N"; "" for an unnamed statement */
    int nparams;
    int rows;            /* it returns rows (a SELECT, a RETURNING) */
} pg_stmt;

struct db {
    PGconn *c;
    char *target;              /* the connection string, for db_redact only */
    pg_stmt cache[NCACHE];
    int ncache;
    int next_name;
    int in_tx;                 /* between begin_write and commit/rollback */
    int piped;                 /* in libpq's pipeline mode */
    int nq;                    /* statements sent, answers not read yet */
    const pg_stmt *q[MAXQ];    /* their statements, for messages */
    /* DYAD_PG_COUNT set: round trips (a statement waited for) and
     * pipelined statements, printed to stderr at close */
    int count;
    long n_trips, n_piped;
};

/* ------------------------------------------------------------ messages */

/* Copies at most CAP-1 bytes of S to OUT on one line (runs of white space
 * become one space; leading and trailing space dropped). */
static void one_line(char *out, size_t cap, const char *s)
{
    size_t o = 0;
    int space = 0;
    for (; s && *s && o + 1 < cap; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch == '\n' || ch == '\r' || ch == '\t' || ch == ' ') {
            space = o > 0;
            continue;
        }
        if (space && o + 2 < cap)
            out[o++] = ' ';
        space = 0;
        out[o++] = (char)ch;
    }
    out[o] = '\0';
}

/* "postgres: WHAT: the server's message (detail) [SQLSTATE xxxxx]". */
static void set_res_err(db *d, dy_error *err, const PGresult *res, const char *what)
{
    char msg[300], detail[160], head[72];
    const char *primary = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : NULL;
    const char *det = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL) : NULL;
    const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
    one_line(msg, sizeof msg, primary ? primary
             : (res && *PQresultErrorMessage(res)) ? PQresultErrorMessage(res)
             : PQerrorMessage(d->c));
    if (!*msg)
        snprintf(msg, sizeof msg, "%s", "no answer from the server");
    one_line(detail, sizeof detail, det);
    one_line(head, sizeof head, what);
    db_redact(msg, sizeof msg, d->target);
    db_redact(detail, sizeof detail, d->target);
    dy_seterr(err, DY_EDB, NULL, 0, "postgres: %s%s%s%s%s%s%s%s%s", head, *head ? ": " : "",
              msg, *detail ? " (" : "", detail, *detail ? ")" : "",
              state ? " [SQLSTATE " : "", state ? state : "", state ? "]" : "");
}

static void ignore_notice(void *arg, const char *message)
{
    (void)arg;
    (void)message;
}

/* ---------------------------------------------------------- open, close */

static void pg_close(db *d);

static db *pg_open(const char *target, dy_error *err)
{
    char shown[256];
    dy_store_target_name(shown, sizeof shown, target ? target : "");
    if (!target || (strncmp(target, "postgres://", 11) && strncmp(target, "postgresql://", 13))) {
        dy_seterr(err, DY_EDB, shown, 0, "not a postgres:// or postgresql:// URL");
        return NULL;
    }
    db *d = dy_calloc(1, sizeof *d);
    if (!d || !(d->target = dy_strndup(target, strlen(target)))) {
        dy_free(d);
        dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
        return NULL;
    }
    /* the URL's own options win over the first two; UTF-8 always */
    const char *const keys[] = {"connect_timeout", "fallback_application_name", "dbname",
                                "client_encoding", NULL};
    const char *const vals[] = {"30", "dyad", target, "UTF8", NULL};
    d->c = PQconnectdbParams(keys, vals, 1);
    if (!d->c || PQstatus(d->c) != CONNECTION_OK) {
        char msg[400];
        one_line(msg, sizeof msg, d->c ? PQerrorMessage(d->c) : "out of memory");
        db_redact(msg, sizeof msg, target);
        dy_seterr(err, DY_EDB, shown, 0, "cannot open the store: %s", msg);
        PQfinish(d->c);
        dy_free(d->target);
        dy_free(d);
        return NULL;
    }
    PQsetNoticeProcessor(d->c, ignore_notice, NULL);
    d->count = getenv("DYAD_PG_COUNT") != NULL;
    PGresult *res = PQexec(d->c, "SET client_min_messages = warning");
    if (PQresultStatus(res) != PGRES_COMMAND_OK) {
        set_res_err(d, err, res, "open");
        PQclear(res);
        PQfinish(d->c);
        dy_free(d->target);
        dy_free(d);
        return NULL;
    }
    PQclear(res);
    return d;
}

/* A reader: connects as pg_open does, then one REPEATABLE READ READ ONLY
 * transaction for the handle's life, so that a command's reads (an event
 * and its mentions) come from one snapshot while an ingest writes. */
static db *pg_open_read(const char *target, dy_error *err)
{
    db *d = pg_open(target, err);
    if (!d)
        return NULL;
    PGresult *res = PQexec(d->c, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    if (PQresultStatus(res) != PGRES_COMMAND_OK) {
        set_res_err(d, err, res, "begin a read-only snapshot");
        PQclear(res);
        pg_close(d);
        return NULL;
    }
    PQclear(res);
    return d;
}

static void pg_close(db *d)
{
    if (!d)
        return;
    if (d->count)
        fprintf(stderr, "dyad postgres: %ld round trips, %ld pipelined statements\n",
                d->n_trips, d->n_piped);
    for (int i = 0; i < d->ncache; i++)
        dy_free(d->cache[i].orig);
    PQfinish(d->c);     /* an open transaction is rolled back by the server */
    dy_free(d->target);
    dy_free(d);
}

/* ------------------------------------------------------------ statements */

/* Renumbers the `?` of SQL to $1, $2, ... outside '...' strings, "..."
 * identifiers, -- and C-style comments.  Returns a dy_malloc'ed string
 * and the count in *N, or NULL on out of memory. */
static char *renumber(const char *sql, int *n)
{
    size_t q = 0, len = strlen(sql);
    for (const char *p = sql; *p; p++)
        q += *p == '?';
    char *out = dy_malloc(len + q * 10 + 1);
    if (!out)
        return NULL;
    size_t o = 0;
    int count = 0;
    const char *p = sql;
    while (*p) {
        if (*p == '\'' || *p == '"') {
            char quote = *p;
            out[o++] = *p++;
            while (*p) {
                if (*p == quote && p[1] == quote) {      /* '' or "" inside */
                    out[o++] = *p++;
                    out[o++] = *p++;
                } else if (*p == quote) {
                    out[o++] = *p++;
                    break;
                } else
                    out[o++] = *p++;
            }
        } else if (p[0] == '-' && p[1] == '-') {
            while (*p && *p != '\n')
                out[o++] = *p++;
        } else if (p[0] == '/' && p[1] == '*') {
            out[o++] = *p++;
            out[o++] = *p++;
            while (*p && !(p[0] == '*' && p[1] == '/'))
                out[o++] = *p++;
            if (*p) {
                out[o++] = *p++;
                out[o++] = *p++;
            }
        } else if (*p == '?') {
            o += (size_t)sprintf(out + o, "$%d", ++count);
            p++;
        } else
            out[o++] = *p++;
    }
    out[o] = '\0';
    *n = count;
    return out;
}

/* Reads the answers of the pipelined statements and leaves pipeline mode.
 * With KEEP, the last statement's answer is not dropped but left in *KEEP
 * (a statement that returns rows, sent last: its rows come back in the
 * same round trip as the answers before it).  Returns 0, or -1 with ERR
 * set to the first failed statement's error (*KEEP then NULL). */
static int drain_keep(db *d, dy_error *err, PGresult **keep)
{
    if (keep)
        *keep = NULL;
    if (!d->piped)
        return 0;
    d->n_trips++;
    int failed = 0, i = 0, nulls = 0;
    if (!PQpipelineSync(d->c)) {
        set_res_err(d, err, NULL, "pipeline");
        failed = 1;
    } else
        for (;;) {
            PGresult *res = PQgetResult(d->c);
            if (!res) {
                /* one NULL ends each statement's answers; more than that
                 * means the connection is gone */
                if (++nulls > d->nq + 1 || PQstatus(d->c) == CONNECTION_BAD) {
                    if (!failed)
                        set_res_err(d, err, NULL, "pipeline");
                    failed = 1;
                    break;
                }
                i++;
                continue;
            }
            ExecStatusType st = PQresultStatus(res);
            if (st == PGRES_PIPELINE_SYNC) {
                PQclear(res);
                break;
            }
            if (st == PGRES_FATAL_ERROR && !failed) {
                set_res_err(d, err, res, i < d->nq ? d->q[i]->orig : "pipeline");
                failed = 1;
            }
            if (keep && !*keep && i == d->nq - 1 &&
                (st == PGRES_TUPLES_OK || st == PGRES_COMMAND_OK)) {
                *keep = res;
                continue;
            }
            PQclear(res);
        }
    d->nq = 0;
    if (PQexitPipelineMode(d->c))
        d->piped = 0;
    else if (!failed) {
        set_res_err(d, err, NULL, "pipeline");
        failed = 1;
    }
    if (failed && keep && *keep) {
        PQclear(*keep);
        *keep = NULL;
    }
    return failed ? -1 : 0;
}

static int drain(db *d, dy_error *err)
{
    return drain_keep(d, err, NULL);
}

/* The cached statement for SQL, or NULL. */
static pg_stmt *cached(db *d, const char *sql)
{
    for (int i = 0; i < d->ncache; i++)
        if (d->cache[i].key == sql && !strcmp(d->cache[i].orig, sql))
            return &d->cache[i];
    return NULL;
}

/* The cached statement for SQL, prepared on first use; NULL with ERR set.
 * When the cache is full the statement runs unprepared: TMP is filled and
 * returned, and *TEXT is the renumbered text (the caller frees it). */
static pg_stmt *statement(db *d, const char *sql, pg_stmt *tmp, char **text, dy_error *err)
{
    *text = NULL;
    pg_stmt *hit = cached(d, sql);
    if (hit)
        return hit;
    int n = 0;
    char *pgsql = renumber(sql, &n);
    size_t len = strlen(sql);
    char *orig = d->ncache < NCACHE ? dy_malloc(len + 1) : NULL;
    if (!pgsql || (d->ncache < NCACHE && !orig)) {
        dy_free(pgsql);
        dy_free(orig);
        dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
        return NULL;
    }
    if (!orig) {          /* the cache is full: run it unnamed */
        memset(tmp, 0, sizeof *tmp);
        tmp->key = sql;
        tmp->nparams = n;
        *text = pgsql;
        return tmp;
    }
    pg_stmt *s = &d->cache[d->ncache];
    snprintf(s->name, sizeof s->name, "dyad_%d", d->next_name++);
    PGresult *res = PQprepare(d->c, s->name, pgsql, n, NULL);
    dy_free(pgsql);
    if (PQresultStatus(res) != PGRES_COMMAND_OK) {
        set_res_err(d, err, res, sql);
        PQclear(res);
        dy_free(orig);
        return NULL;
    }
    PQclear(res);
    /* whether it returns rows: only those that do not are pipelined */
    res = PQdescribePrepared(d->c, s->name);
    if (PQresultStatus(res) != PGRES_COMMAND_OK) {
        set_res_err(d, err, res, sql);
        PQclear(res);
        dy_free(orig);
        return NULL;
    }
    s->rows = PQnfields(res) > 0;
    PQclear(res);
    memcpy(orig, sql, len + 1);
    s->key = sql;
    s->orig = orig;
    s->nparams = n;
    d->ncache++;
    return s;
}

static int answer(db *d, PGresult *res, const char *sql, db_row_fn fn, void *ctx,
                  dy_error *err);

static int pg_exec(db *d, const char *sql, int n, const char *const *params,
                   db_row_fn fn, void *ctx, dy_error *err)
{
    pg_stmt *s = cached(d, sql);
    if (s && !s->rows && d->in_tx && s->nparams == n) {
        /* pipelined: sent now, its answer read later (drain) */
        if (!d->piped) {
            if (!PQenterPipelineMode(d->c)) {
                set_res_err(d, err, NULL, "pipeline");
                return -1;
            }
            d->piped = 1;
        }
        if (!PQsendQueryPrepared(d->c, s->name, n, params, NULL, NULL, 0)) {
            set_res_err(d, err, NULL, sql);
            drain(d, NULL);
            return -1;
        }
        d->q[d->nq++] = s;
        d->n_piped++;
        return d->nq < MAXQ ? 0 : drain(d, err);
    }
    PGresult *res = NULL;
    if (s && s->rows && d->piped && s->nparams == n) {
        /* a read after pipelined writes: sent behind them, answered in the
         * same round trip */
        if (!PQsendQueryPrepared(d->c, s->name, n, params, NULL, NULL, 0)) {
            set_res_err(d, err, NULL, sql);
            drain(d, NULL);
            return -1;
        }
        d->q[d->nq++] = s;
        if (drain_keep(d, err, &res) < 0)
            return -1;
        if (!res) {
            set_res_err(d, err, NULL, sql);
            return -1;
        }
        return answer(d, res, sql, fn, ctx, err);
    }
    if (drain(d, err) < 0)
        return -1;
    char *text = NULL;
    pg_stmt tmp;
    s = statement(d, sql, &tmp, &text, err);
    if (!s)
        return -1;
    if (s->nparams != n) {
        char head[72];
        one_line(head, sizeof head, sql);
        dy_seterr(err, DY_EDB, NULL, 0, "postgres: %s: %d parameters for %d placeholders",
                  head, n, s->nparams);
        dy_free(text);
        return -1;
    }
    d->n_trips++;
    res = text ? PQexecParams(d->c, text, n, NULL, params, NULL, NULL, 0)
               : PQexecPrepared(d->c, s->name, n, params, NULL, NULL, 0);
    dy_free(text);
    return answer(d, res, sql, fn, ctx, err);
}

/* Checks the answer RES of SQL and calls FN per row; clears RES. */
static int answer(db *d, PGresult *res, const char *sql, db_row_fn fn, void *ctx,
                  dy_error *err)
{
    ExecStatusType st = PQresultStatus(res);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
        set_res_err(d, err, res, sql);
        PQclear(res);
        return -1;
    }
    int ret = 0;
    if (fn && st == PGRES_TUPLES_OK) {
        int nrows = PQntuples(res), nc = PQnfields(res);
        const char *small[32];
        const char **vals = nc <= 32 ? small : dy_malloc((size_t)nc * sizeof *vals);
        if (!vals) {
            dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
            PQclear(res);
            return -1;
        }
        for (int r = 0; r < nrows && !ret; r++) {
            for (int i = 0; i < nc; i++)
                vals[i] = PQgetisnull(res, r, i) ? NULL : PQgetvalue(res, r, i);
            ret = fn(ctx, nc, vals);
        }
        if (vals != small)
            dy_free(vals);
    }
    PQclear(res);
    return ret;
}

/* ----------------------------------------------------------- scripts */

static int run(db *d, const char *sql, const char *what, dy_error *err)
{
    PGresult *res = PQexec(d->c, sql);
    ExecStatusType st = PQresultStatus(res);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
        set_res_err(d, err, res, what);
        PQclear(res);
        return -1;
    }
    PQclear(res);
    return 0;
}

static int pg_script(db *d, const char *sql, dy_error *err)
{
    if (drain(d, err) < 0)
        return -1;
    return run(d, sql, "script", err);
}

static int pg_begin(db *d, dy_error *err)
{
    if (drain(d, err) < 0)
        return -1;
    if (run(d, "BEGIN; SELECT pg_advisory_xact_lock(" DYAD_LOCK_KEY ")", "begin", err) < 0)
        return -1;
    d->in_tx = 1;
    return 0;
}

static int pg_commit(db *d, dy_error *err)
{
    if (drain(d, err) < 0)
        return -1;      /* the transaction has failed: the caller rolls back */
    d->in_tx = 0;
    /* COMMIT of a failed transaction rolls back and answers "ROLLBACK" */
    PGresult *res = PQexec(d->c, "COMMIT");
    int ok = PQresultStatus(res) == PGRES_COMMAND_OK && !strcmp(PQcmdStatus(res), "COMMIT");
    if (!ok) {
        if (PQresultStatus(res) == PGRES_COMMAND_OK)
            dy_seterr(err, DY_EDB, NULL, 0,
                      "postgres: commit: the transaction had failed and was rolled back");
        else
            set_res_err(d, err, res, "commit");
    }
    PQclear(res);
    return ok ? 0 : -1;
}

static void pg_rollback(db *d)
{
    drain(d, NULL);
    d->in_tx = 0;
    PGTransactionStatusType ts = PQtransactionStatus(d->c);
    if (ts == PQTRANS_INTRANS || ts == PQTRANS_INERROR)
        PQclear(PQexec(d->c, "ROLLBACK"));
}

/* ------------------------------------------------------------- schema */

/* The schema (src/store/db_schema.h) in PostgreSQL's types: ids are BIGSERIAL
 * (BIGINT where a column refers to one), reals DOUBLE PRECISION. */
static const char schema1[] = DB_SCHEMA_V1("BIGSERIAL PRIMARY KEY", "BIGINT", "DOUBLE PRECISION");
static const char schema2[] = DB_SCHEMA_V2;
static const char schema3[] = DB_SCHEMA_V3;

static const char *const migrations[] = {schema1, schema2, schema3};

static const db_ops pg_ops = {
    DB_POSTGRES, "postgres", pg_open, pg_open_read, pg_close, pg_exec, pg_script,
    pg_begin, pg_commit, pg_rollback,
    migrations, (int)(sizeof migrations / sizeof migrations[0]),
};

const db_ops *const db_pg_ops = &pg_ops;

#endif
