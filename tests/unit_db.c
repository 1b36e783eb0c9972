/* unit_db: the SQL layer under the store (src/store/db.h), through db_ops, on
 * either backend:
 *     unit_db sqlite FILE          (a new file; make test)
 *     unit_db postgres URL         (an empty database; tests/pg.sh)
 * It runs the migrations one at a time (version 2 must fill actors from
 * the mentions stored under version 1), inserts and reads back with NULLs,
 * numbers and quotes, checks `?` inside string literals, errors with the
 * engine's message, rollback after a failed statement, the row callback's
 * stop value, a statement run from inside a row callback, upserts,
 * RETURNING, the foreign-key cascade, and that begin_write() excludes a
 * second writer until the first commits. */
#include "check.h"
#include "store/db.h"
#include <pthread.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static const db_ops *ops;
static const char *target;

/* collects the rows of a result as "a|b|NULL;..." */
typedef struct rows {
    char buf[2048];
    int n;
} rows;

static int collect(void *ctx, int nc, const char *const *v)
{
    rows *r = ctx;
    size_t len = strlen(r->buf);
    for (int i = 0; i < nc; i++)
        len += (size_t)snprintf(r->buf + len, sizeof r->buf - len, "%s%s", i ? "|" : "",
                                v[i] ? v[i] : "NULL");
    snprintf(r->buf + len, sizeof r->buf - len, ";");
    r->n++;
    return 0;
}

static int stop_after_first(void *ctx, int nc, const char *const *v)
{
    (void)nc;
    (void)v;
    ++*(int *)ctx;
    return 7;
}

static const char *q1(db *d, const char *sql, int n, const char *const *p, rows *r)
{
    dy_error err = {0};
    memset(r, 0, sizeof *r);
    if (ops->exec(d, sql, n, p, collect, r, &err) != 0) {
        fprintf(stderr, "unit_db: %s\n", err.msg);
        snprintf(r->buf, sizeof r->buf, "ERROR");
    }
    return r->buf;
}

static int ok(db *d, const char *sql, int n, const char *const *p)
{
    dy_error err = {0};
    int rc = ops->exec(d, sql, n, p, NULL, NULL, &err);
    if (rc)
        fprintf(stderr, "unit_db: %s\n", err.msg);
    return rc == 0;
}

/* a statement run from inside a row callback */
struct nested {
    db *d;
    rows inner;
};

static int run_nested(void *ctx, int nc, const char *const *v)
{
    struct nested *ns = ctx;
    const char *p[] = {nc > 0 ? v[0] : NULL};
    rows r;
    q1(ns->d, "SELECT count(*) FROM mentions WHERE article_id = ?", 1, p, &r);
    size_t len = strlen(ns->inner.buf);
    snprintf(ns->inner.buf + len, sizeof ns->inner.buf - len, "%s=%s", v[0], r.buf);
    return 0;
}

/* the second writer, in a thread */
struct writer {
    db *d;
    volatile int got;   /* set once begin_write returned */
    int rc;
};

static void *second_writer(void *arg)
{
    struct writer *w = arg;
    dy_error err = {0};
    w->rc = ops->begin_write(w->d, &err);
    if (w->rc)
        fprintf(stderr, "unit_db: second writer: %s\n", err.msg);
    __atomic_store_n(&w->got, 1, __ATOMIC_SEQ_CST);
    if (!w->rc) {
        const char *p[] = {"lock", "second"};
        ok(w->d, "INSERT INTO meta (key, value) VALUES (?, ?) "
                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value", 2, p);
        w->rc = ops->commit(w->d, &err);
    }
    return NULL;
}

static void sleep_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

static const char sql_art[] =
    "INSERT INTO articles (id, date, source, url, lang, hash, n_mentions, ingested) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
static const char sql_men[] =
    "INSERT INTO mentions (article_id, seq, sent, date, source, target, source_name, "
    "target_name, code, root, quad, goldstein, mood, evidence, ev_start, ev_end, mkey) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
static const char sql_meta_put[] =
    "INSERT INTO meta (key, value) VALUES (?, ?) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value";

int main(int argc, char **argv)
{
    if (argc < 3 || (strcmp(argv[1], "sqlite") && strcmp(argv[1], "postgres"))) {
        fprintf(stderr, "usage: unit_db sqlite FILE | unit_db postgres URL\n");
        return 64;
    }
    ops = !strcmp(argv[1], "sqlite") ? &db_sqlite_ops : db_pg_ops;
    target = argv[2];
    if (!ops) {
        fprintf(stderr, "unit_db: built without PostgreSQL\n");
        return 1;
    }
    int pg = ops->kind == DB_POSTGRES;
    dy_error err = {0};
    db *d = ops->open(target, &err);
    if (!d) {
        fprintf(stderr, "unit_db: cannot open %s: %s\n", target, err.msg);
        return 1;
    }
    CHECK_STR(ops->name, pg ? "postgres" : "sqlite");
    CHECK(ops->n_migrations == DY_STORE_SCHEMA);
    rows r;

    /* schema version 1, as the store creates it */
    CHECK(ops->begin_write(d, &err) == 0);
    CHECK(ops->script(d, "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, "
                         "value TEXT NOT NULL)", &err) == 0);
    CHECK(ops->script(d, ops->migrations[0], &err) == 0);
    const char *pv[] = {"schema_version", "1"};
    CHECK(ok(d, sql_meta_put, 2, pv));
    CHECK(ops->commit(d, &err) == 0);
    const char *pk[] = {"schema_version"};
    CHECK_STR(q1(d, "SELECT value FROM meta WHERE key = ?", 1, pk, &r), "1;");

    /* rows with NULLs, quotes, non-ASCII text and numbers as text */
    CHECK(ops->begin_write(d, &err) == 0);
    const char *a1[] = {"a1", "2022-05-10", NULL, "http://x/?a=1", "de", "h1", "2", "t"};
    const char *a2[] = {"a'2", "2022-05-11", "Reuters", NULL, "en", "h2", "1", "t"};
    CHECK(ok(d, sql_art, 8, a1));
    CHECK(ok(d, sql_art, 8, a2));
    const char *m1[] = {"a1", "0", "0", "2022-05-10", "DEUGOV", "RUSGOV", "Baerbock", NULL,
                        "111", "11", "3", "-2.5", "fact", "Baerbock kritisierte Rußland „scharf“ ?",
                        "0", "40", "DEUGOV|RUSGOV|111"};
    const char *m2[] = {"a1", "1", "1", "2022-05-12", "UKRGOV", "RUSGOV", NULL, "Moskau",
                        "120", "12", "3", "-4", "fact", "it's \"quoted\"", "41", "80",
                        "UKRGOV|RUSGOV|120"};
    const char *m3[] = {"a'2", "0", "0", "2022-05-11", "FRAGOV", "DEUGOV", "Macron", "Scholz",
                        "041", "04", "1", "1.0", "fact", "x", "0", "1", "FRAGOV|DEUGOV|041"};
    CHECK(ok(d, sql_men, 17, m1));
    CHECK(ok(d, sql_men, 17, m2));
    CHECK(ok(d, sql_men, 17, m3));
    CHECK(ops->commit(d, &err) == 0);
    CHECK_STR(q1(d, "SELECT id, source, url FROM articles ORDER BY date", 0, NULL, &r),
              "a1|NULL|http://x/?a=1;a'2|Reuters|NULL;");
    const char *pa[] = {"a1"};
    CHECK_STR(q1(d, "SELECT source_name, target_name, evidence FROM mentions "
                    "WHERE article_id = ? ORDER BY seq", 1, pa, &r),
              "Baerbock|NULL|Baerbock kritisierte Rußland „scharf“ ?;"
              "NULL|Moskau|it's \"quoted\";");
    /* numbers come back as numbers, whatever their spelling */
    q1(d, "SELECT quad, goldstein, ev_end FROM mentions WHERE article_id = ? ORDER BY seq",
       1, pa, &r);
    CHECK(r.n == 2);
    CHECK(!strncmp(r.buf, "3|-2.5|40;3|-4", 14));
    /* `?` inside literals, quoted identifiers and comments is not a placeholder */
    const char *px[] = {"x", "y"};
    CHECK_STR(q1(d, "SELECT '?', 'it''s ?', ? AS \"a?\" /* ? */, ? -- ?\n", 2, px, &r),
              "?|it's ?|x|y;");
    /* the same SQL text again (a cached statement) with other values */
    const char *pb[] = {"a'2"};
    CHECK_STR(q1(d, "SELECT source_name, target_name, evidence FROM mentions "
                    "WHERE article_id = ? ORDER BY seq", 1, pb, &r),
              "Macron|Scholz|x;");
    /* one buffer reused for different statements is never taken for the
     * statement it held before; more statements than the cache holds */
    {
        char sql[128];
        int good = 0;
        for (int i = 0; i < 80; i++) {
            snprintf(sql, sizeof sql, "SELECT %d + count(*) FROM articles WHERE id <> ?", i);
            const char *pi[] = {"a1"};
            char want[32];
            snprintf(want, sizeof want, "%d;", i + 1);
            good += !strcmp(q1(d, sql, 1, pi, &r), want);
        }
        /* the SQLite backend caches by address alone (the store passes
         * literals), so this holds for PostgreSQL only */
        if (pg)
            CHECK(good == 80);
    }

    /* the row callback's stop value */
    int calls = 0;
    CHECK(ops->exec(d, "SELECT id FROM mentions ORDER BY id", 0, NULL, stop_after_first,
                    &calls, &err) == 7);
    CHECK(calls == 1);
    /* a statement run from inside a row callback */
    struct nested ns = {d, {{0}, 0}};
    CHECK(ops->exec(d, "SELECT id FROM articles ORDER BY date", 0, NULL, run_nested, &ns,
                    &err) == 0);
    CHECK_STR(ns.inner.buf, "a1=2;a'2=1;");

    /* errors: the engine's message, and a parameter count that is wrong */
    memset(&err, 0, sizeof err);
    CHECK(ops->exec(d, "SELEKT 1", 0, NULL, NULL, NULL, &err) == -1);
    CHECK(err.status == DY_EDB && strstr(err.msg, "syntax error"));
    memset(&err, 0, sizeof err);
    CHECK(ops->exec(d, "SELECT nosuchcolumn FROM articles", 0, NULL, NULL, NULL, &err) == -1);
    CHECK(strstr(err.msg, "nosuchcolumn") != NULL);
    memset(&err, 0, sizeof err);
    CHECK(ops->exec(d, "SELECT id FROM articles WHERE id = ? AND date = ?", 1, pa, NULL, NULL,
                    &err) == -1 || !pg);
    if (pg)
        CHECK(strstr(err.msg, "1 parameters for 2 placeholders") != NULL);

    /* a failed statement inside a write: rollback leaves nothing, and the
     * connection works on */
    CHECK(ops->begin_write(d, &err) == 0);
    const char *a3[] = {"a3", "2022-05-13", NULL, NULL, "de", "h3", "0", "t"};
    CHECK(ok(d, sql_art, 8, a3));
    memset(&err, 0, sizeof err);
    /* a duplicate id: PostgreSQL pipelines the INSERT and reports its
     * error, with its SQL, at the next statement that reads rows */
    int rc = ops->exec(d, sql_art, 8, a1, NULL, NULL, &err);
    if (pg)
        CHECK(rc == 0);
    if (rc == 0)
        rc = ops->exec(d, "SELECT count(*) FROM articles", 0, NULL, collect, &r, &err);
    CHECK(rc == -1);
    CHECK(strstr(err.msg, "UNIQUE") || strstr(err.msg, "unique"));
    if (pg)
        CHECK(strstr(err.msg, "INSERT INTO articles") != NULL);
    ops->rollback(d);
    CHECK_STR(q1(d, "SELECT count(*) FROM articles", 0, NULL, &r), "2;");
    /* a plain rollback, and rollback outside a transaction does nothing */
    CHECK(ops->begin_write(d, &err) == 0);
    CHECK(ok(d, sql_art, 8, a3));
    ops->rollback(d);
    ops->rollback(d);
    CHECK_STR(q1(d, "SELECT count(*) FROM articles WHERE id = 'a3'", 0, NULL, &r), "0;");
    /* many statements in one transaction (more than PostgreSQL pipelines
     * at once), then a failure caught at commit */
    CHECK(ops->begin_write(d, &err) == 0);
    CHECK(ops->script(d, "CREATE TABLE t (x INTEGER NOT NULL, y TEXT)", &err) == 0);
    int good = 0;
    for (int i = 0; i < 1500; i++) {
        char x[16];
        snprintf(x, sizeof x, "%d", i);
        const char *pt[] = {x, i % 3 ? "y" : NULL};
        good += ok(d, "INSERT INTO t (x, y) VALUES (?, ?)", 2, pt);
    }
    CHECK(good == 1500);
    CHECK(ops->commit(d, &err) == 0);
    CHECK_STR(q1(d, "SELECT count(*), sum(x), count(y) FROM t", 0, NULL, &r), "1500|1124250|1000;");
    CHECK(ops->begin_write(d, &err) == 0);
    const char *pt1[] = {"1", "z"}, *pt2[] = {NULL, "z"};
    CHECK(ok(d, "INSERT INTO t (x, y) VALUES (?, ?)", 2, pt1));
    memset(&err, 0, sizeof err);
    rc = ops->exec(d, "INSERT INTO t (x, y) VALUES (?, ?)", 2, pt2, NULL, NULL, &err);
    if (rc == 0)
        rc = ops->commit(d, &err);
    CHECK(rc == -1);
    CHECK(strstr(err.msg, "NOT NULL") || strstr(err.msg, "not-null"));
    ops->rollback(d);
    CHECK_STR(q1(d, "SELECT count(*) FROM t WHERE y = 'z'", 0, NULL, &r), "0;");
    CHECK(ops->script(d, "DROP TABLE t", &err) == 0);

    /* a statement that returns rows is never pipelined: its error comes at
     * once, also when it runs again from the statement cache */
    static const char sql_div0[] = "SELECT count(*) / (count(*) - count(*)) FROM articles";
    for (int i = 0; i < 2; i++) {
        CHECK(ops->begin_write(d, &err) == 0);
        memset(&err, 0, sizeof err);
        rc = ops->exec(d, sql_div0, 0, NULL, NULL, NULL, &err);
        CHECK(rc == -1 || !pg);
        if (pg)
            CHECK(strstr(err.msg, "division by zero") != NULL);
        ops->rollback(d);
    }

    /* a commit of a transaction whose statement failed is an error (PG) */
    if (pg) {
        CHECK(ops->begin_write(d, &err) == 0);
        CHECK(ops->exec(d, "SELEKT", 0, NULL, NULL, NULL, &err) == -1);
        memset(&err, 0, sizeof err);
        CHECK(ops->commit(d, &err) == -1);
        CHECK(strstr(err.msg, "rolled back") != NULL);
        ops->rollback(d);
    }

    /* schema version 2 fills actors from the stored mentions */
    CHECK(ops->begin_write(d, &err) == 0);
    CHECK(ops->script(d, ops->migrations[1], &err) == 0);
    const char *pv2[] = {"schema_version", "2"};
    CHECK(ok(d, sql_meta_put, 2, pv2));
    CHECK(ops->commit(d, &err) == 0);
    CHECK_STR(q1(d, "SELECT value FROM meta WHERE key = ?", 1, pk, &r), "2;");
    CHECK_STR(q1(d, "SELECT code, country, role, name, first_seen, last_seen FROM actors "
                    "ORDER BY code", 0, NULL, &r),
              "DEUGOV|DEU|GOV|Baerbock|2022-05-10|2022-05-11;"
              "FRAGOV|FRA|GOV|Macron|2022-05-11|2022-05-11;"
              "RUSGOV|RUS|GOV|Moskau|2022-05-10|2022-05-12;"
              "UKRGOV|UKR|GOV|NULL|2022-05-12|2022-05-12;");

    /* RETURNING, an upsert with CASE, CAST(? AS TEXT) IS NULL */
    CHECK(ops->begin_write(d, &err) == 0);
    const char *pe[] = {"k", "2022-05-10", "2022-05-12", "DEUGOV", "RUSGOV", "DEU", "RUS",
                        "111", "11", "3", "-2.0", NULL, "2", "1", "1"};
    static const char sql_ev[] =
        "INSERT INTO events (mkey, date, last_date, source, target, source_country, "
        "target_country, code, root, quad, goldstein, participants, num_mentions, "
        "num_sources, num_articles) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "RETURNING id";
    rows e1, e2;
    q1(d, sql_ev, 15, pe, &e1);
    q1(d, sql_ev, 15, pe, &e2);
    CHECK(atol(e1.buf) > 0 && atol(e2.buf) == atol(e1.buf) + 1);
    char eid[32];
    snprintf(eid, sizeof eid, "%ld", atol(e1.buf));
    const char *pu[] = {eid, "a1"};
    CHECK(ok(d, "UPDATE mentions SET event_id = ? WHERE article_id = ?", 2, pu));
    const char *pact[] = {"DEUGOV", "DEU", "GOV", "Anderer", "2021-01-01", "2021-01-01"};
    CHECK(ok(d, "INSERT INTO actors (code, country, role, name, first_seen, last_seen) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET "
                "first_seen = CASE WHEN excluded.first_seen < actors.first_seen "
                "THEN excluded.first_seen ELSE actors.first_seen END, "
                "last_seen = CASE WHEN excluded.last_seen > actors.last_seen "
                "THEN excluded.last_seen ELSE actors.last_seen END, "
                "name = COALESCE(actors.name, excluded.name)", 6, pact));
    CHECK(ops->commit(d, &err) == 0);
    CHECK_STR(q1(d, "SELECT name, first_seen, last_seen FROM actors WHERE code = 'DEUGOV'",
                 0, NULL, &r), "Baerbock|2021-01-01|2022-05-11;");
    const char *pn[] = {NULL, NULL, "3", "3"};
    q1(d, "SELECT count(*) FROM mentions WHERE (CAST(? AS TEXT) IS NULL OR source = ?) "
          "AND (CAST(? AS TEXT) IS NULL OR quad = ?)", 4, pn, &r);
    CHECK_STR(r.buf, "2;");
    const char *pev[] = {eid};
    CHECK_STR(q1(d, "SELECT count(*) FROM mentions WHERE event_id = ?", 1, pev, &r), "2;");

    /* deleting an article deletes its mentions */
    CHECK(ops->begin_write(d, &err) == 0);
    CHECK(ok(d, "DELETE FROM articles WHERE id = ?", 1, pa));
    CHECK(ops->commit(d, &err) == 0);
    CHECK_STR(q1(d, "SELECT count(*) FROM mentions", 0, NULL, &r), "1;");

    /* begin_write excludes a second writer until the first commits */
    db *d2 = ops->open(target, &err);
    CHECK(d2 != NULL);
    if (d2) {
        CHECK(ops->begin_write(d, &err) == 0);
        const char *pl[] = {"lock", "first"};
        CHECK(ok(d, sql_meta_put, 2, pl));
        struct writer w = {d2, 0, 0};
        pthread_t th;
        CHECK(pthread_create(&th, NULL, second_writer, &w) == 0);
        sleep_ms(700);
        CHECK(__atomic_load_n(&w.got, __ATOMIC_SEQ_CST) == 0);   /* still waiting */
        CHECK(ops->commit(d, &err) == 0);
        pthread_join(th, NULL);
        CHECK(w.got == 1 && w.rc == 0);
        const char *pl2[] = {"lock"};
        CHECK_STR(q1(d, "SELECT value FROM meta WHERE key = ?", 1, pl2, &r), "second;");
        ops->close(d2);
    }

    /* a store that is not there: the engine's message, never a password */
    if (pg) {
        memset(&err, 0, sizeof err);
        db *bad = ops->open("postgres://dyaduser:s3cr3tPW@127.0.0.1:1/nodb?connect_timeout=5",
                            &err);
        CHECK(bad == NULL);
        CHECK(err.status == DY_EDB && strstr(err.msg, "cannot open the store"));
        CHECK(strstr(err.msg, "s3cr3tPW") == NULL && strstr(err.file, "s3cr3tPW") == NULL);
        CHECK(strstr(err.file, "dyaduser:***@127.0.0.1:1") != NULL);
        printf("unit_db: refused connection: %s: %s\n", err.file, err.msg);
        memset(&err, 0, sizeof err);
        bad = ops->open("host=127.0.0.1 password=x", &err);
        CHECK(bad == NULL && strstr(err.msg, "not a postgres:// or postgresql:// URL"));
        CHECK(strstr(err.file, "password=***") != NULL);
    }
    ops->close(d);
    return CHECK_DONE(pg ? "unit_db (postgres)" : "unit_db (sqlite)");
}
