/* A store whose meta.schema_version is not a version dyad knows is refused
 * with DY_EDB and a message naming the value; it never re-runs migrations
 * nor indexes the migration table with it (issue 14: '-2' crashed, '-100'
 * ran bytes of the binary as SQL, '0', '' and '1.9' re-ran the migrations).
 * A valid store still opens.  The check lives in the backend-independent
 * migrate() (src/store/store.c), so PostgreSQL takes the same path.
 *
 * usage: unit_store_version [DIR]   (a writable folder; default a new one
 * under $TMPDIR or /tmp, removed at the end) */
#include "check.h"
#include "dyad.h"
#include <sqlite3.h>
#include <stdlib.h>
#include <unistd.h>

static int set_version(const char *path, const char *sqlval)
{
    sqlite3 *db;
    if (sqlite3_open(path, &db) != SQLITE_OK)
        return -1;
    char sql[256];
    snprintf(sql, sizeof sql, "UPDATE meta SET value = %s WHERE key = 'schema_version'", sqlval);
    int rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
    sqlite3_close(db);
    return rc == SQLITE_OK ? 0 : -1;
}

int main(int argc, char **argv)
{
    char tmpl[512];
    const char *dir = argc > 1 ? argv[1] : NULL;
    if (!dir) {
        const char *t = getenv("TMPDIR");
        snprintf(tmpl, sizeof tmpl, "%s/dyad-unit-version.XXXXXX", t && *t ? t : "/tmp");
        if (!(dir = mkdtemp(tmpl))) {
            perror("mkdtemp");
            return 2;
        }
    }
    char path[1024];
    snprintf(path, sizeof path, "%s/version.db", dir);
    remove(path);
    dy_error err;
    dy_store *s = dy_store_open(path, &err);
    CHECK(s != NULL);
    dy_store_close(s);

    static const char *bad[] = {"'-2'", "'-100'", "'0'", "''", "'1.9'", "' 2'", "'2x'",
                                "'99999999999'", "'4'", "x'ff00'"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        CHECK(set_version(path, bad[i]) == 0);
        s = dy_store_open(path, &err);
        if (s) {
            fprintf(stderr, "schema_version %s: opened\n", bad[i]);
            dy_store_close(s);
        }
        CHECK(s == NULL);
        CHECK(err.status == DY_EDB);
        CHECK(strstr(err.msg, "schema") != NULL);
        /* the store was not touched: the bad value is still there */
        sqlite3 *db;
        sqlite3_stmt *st;
        CHECK(sqlite3_open(path, &db) == SQLITE_OK);
        CHECK(sqlite3_prepare_v2(db, "SELECT count(*) FROM meta WHERE key='schema_version'", -1,
                                 &st, NULL) == SQLITE_OK);
        CHECK(sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) == 1);
        sqlite3_finalize(st);
        sqlite3_close(db);
    }
    char cur[16]; /* the current version, a good value */
    snprintf(cur, sizeof cur, "'%d'", DY_STORE_SCHEMA);
    CHECK(set_version(path, cur) == 0);
    s = dy_store_open(path, &err);
    CHECK(s != NULL);
    CHECK(s && dy_store_schema_version(s) == DY_STORE_SCHEMA);
    dy_store_close(s);
    remove(path);
    if (argc < 2)
        rmdir(dir);
    return CHECK_DONE("unit_store_version");
}
