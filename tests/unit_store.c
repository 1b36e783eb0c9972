/* Failure injection on the store: make the Nth allocation of the library
 * fail, for every N, along a batch that stores three coded articles (a
 * multilateral summit among them) and merges them, and along a remerge.
 * Each failure must give an error (DY_ENOMEM or DY_EDB), the batch is
 * rolled back, and the store stays consistent (dy_store_check) and usable:
 * the same batch run again without failures stores everything.  The
 * sanitizer build proves that nothing leaks.  SQLite's own allocations are
 * not ours to fail; its errors reach the same paths as DY_EDB.
 *
 * With a postgres:// URL (tests/pg.sh), the same on PostgreSQL, whose
 * batches gather their writes and reads (src/store/store.c): the database
 * is emptied (its public schema dropped and made again) before each run.
 * libpq's allocations are not ours to fail either.
 *
 * usage: unit_store DICT_DIR [POSTGRES-URL] */
#include "check.h"
#include "dyad.h"
#include "store/db.h"
#include <stdlib.h>
#include <string.h>

static const char *target = ":memory:";

/* A new, empty store at TARGET (NULL with ERR set). */
static dy_store *fresh(dy_error *err)
{
    if (strcmp(target, ":memory:")) {
        if (!db_pg_ops) {
            dy_seterr(err, DY_EDB, NULL, 0, "built without PostgreSQL");
            return NULL;
        }
        db *d = db_pg_ops->open(target, err);
        if (!d)
            return NULL;
        int rc = db_pg_ops->script(d, "DROP SCHEMA public CASCADE; CREATE SCHEMA public", err);
        db_pg_ops->close(d);
        if (rc < 0)
            return NULL;
    }
    return dy_store_open(target, err);
}

static const char *texts[][3] = {
    {"a1", "2021-06-11",
     "The leaders of the United States, Japan, Germany, France, Italy, Canada and "
     "Britain met in Cornwall on Friday."},
    {"a2", "2021-06-12",
     "Chinese Foreign Minister Wang Yi met U.S. Secretary of State Antony Blinken. "
     "Russia attacked Ukraine."},
    {"a3", "2021-06-12", "Wang Yi met Antony Blinken in Alaska, officials said."},
};

static dy_result *results[3];
static dy_article arts[3];

/* One batch of the three articles; returns 0 or the failing status. */
static int batch(dy_store *s, dy_error *err)
{
    if (dy_store_begin(s, err) < 0)
        return -1;
    for (int i = 0; i < 3; i++)
        if (dy_store_put(s, &arts[i], results[i], 1, err) < 0) {
            dy_store_rollback(s);
            return -1;
        }
    return dy_store_commit(s, err);
}

int main(int argc, char **argv)
{
    dy_error err = {0};
    dy_dict *d = dy_dict_load(argc > 1 ? argv[1] : "dict", &err);
    if (argc > 2)
        target = argv[2];
    CHECK(d != NULL);
    if (!d)
        return CHECK_DONE("unit_store");
    for (int i = 0; i < 3; i++) {
        arts[i] = (dy_article){.id = texts[i][0], .date = texts[i][1], .lang = "en",
                               .text = texts[i][2], .text_len = strlen(texts[i][2]),
                               .source = i ? "Valley Times" : NULL};
        results[i] = dy_code(d, &arts[i], NULL, &err);
        CHECK(results[i] != NULL);
        if (!results[i])
            return CHECK_DONE("unit_store");
    }

    /* the reference: no failure */
    dy_store *s = fresh(&err);
    CHECK(s != NULL);
    if (!s) {
        fprintf(stderr, "unit_store: %s\n", err.msg);
        return CHECK_DONE("unit_store");
    }
    CHECK(batch(s, &err) == 0);
    dy_store_stats ref;
    CHECK(dy_store_get_stats(s, &ref, &err) == 0);
    CHECK(ref.articles == 3 && ref.events >= 3);
    dy_store_close(s);

    /* the Nth allocation fails, for every N until a batch succeeds */
    long n, failures = 0;
    for (n = 1; n < 100000; n++) {
        s = fresh(&err);
        if (!s)
            return CHECK_DONE("unit_store");
        dy_fail_alloc_after(n);
        int rc = batch(s, &err);
        dy_fail_alloc_after(0);
        if (rc == 0) {
            dy_store_stats st;
            CHECK(dy_store_get_stats(s, &st, &err) == 0);
            CHECK(st.articles == ref.articles && st.mentions == ref.mentions &&
                  st.events == ref.events);
            dy_store_close(s);
            break;
        }
        failures++;
        CHECK(err.status == DY_ENOMEM || err.status == DY_EDB);
        /* rolled back: nothing of the batch is there, the store is usable */
        dy_store_stats st;
        CHECK(dy_store_get_stats(s, &st, &err) == 0 && st.articles == 0 && st.mentions == 0 &&
              st.events == 0);
        CHECK(dy_store_check(s, stderr, &err) == 0);
        CHECK(batch(s, &err) == 0);
        CHECK(dy_store_get_stats(s, &st, &err) == 0 && st.events == ref.events);
        dy_store_close(s);
    }
    CHECK(failures > 5); /* the batch does allocate: the loop tested something */

    /* the same along a remerge */
    long rfail = 0;
    for (n = 1; n < 100000; n++) {
        s = fresh(&err);
        if (!s || batch(s, &err) != 0)
            return CHECK_DONE("unit_store");
        dy_merge_rules wide = {3, DY_MERGE_ROOT};
        dy_fail_alloc_after(n);
        int rc = dy_store_remerge(s, &wide, &err);
        dy_fail_alloc_after(0);
        dy_store_stats st;
        CHECK(dy_store_check(s, stderr, &err) == 0);
        if (rc == 0) {
            dy_merge_rules r;
            dy_store_get_rules(s, &r);
            CHECK(r.window_days == 3 && r.by == DY_MERGE_ROOT);
            dy_store_close(s);
            break;
        }
        rfail++;
        /* rolled back: the old rules and events stand */
        dy_merge_rules r;
        dy_store_get_rules(s, &r);
        CHECK(r.window_days == 1 && r.by == DY_MERGE_CODE);
        CHECK(dy_store_get_stats(s, &st, &err) == 0 && st.events == ref.events);
        dy_store_close(s);
    }
    CHECK(rfail > 0);
    printf("unit_store: %ld failing allocations along a batch, %ld along a remerge\n", failures,
           rfail);
    for (int i = 0; i < 3; i++)
        dy_result_free(results[i]);
    dy_dict_free(d);
    return CHECK_DONE("unit_store");
}
