/* The routing and responses of dyad serve (src/serve/serve.h), without a
 * socket: a store of a few articles written here, then requests handed to
 * dy_serve_handle and their JSON read back with jansson.  Also: paging
 * with the cursor visits every event once, the bearer token, the security
 * headers, ETags, 405/404/400, a missing store, a missing Chart.js, and
 * every allocation failing in turn (a 500, never a crash or a leak).
 *
 * usage: unit_serve DICT_DIR */
#include "check.h"
#include "dyad.h"
#include "serve/serve.h"
#include <jansson.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <unistd.h>

static const char *texts[][3] = {
    {"s1", "2021-03-18", "Chinese Foreign Minister Wang Yi met U.S. Secretary of State Antony Blinken in Alaska."},
    {"s2", "2021-04-02", "China condemned the United States on Friday. Russia attacked Ukraine."},
    {"s3", "2021-05-05", "The United States praised China. China criticised the United States."},
    {"s4", "2022-02-24", "Russia attacked Ukraine on Thursday. Germany condemned Russia."},
};
#define N_ART (sizeof texts / sizeof texts[0])

/* query arguments: "k=v" strings, NULL-terminated */
static const char *find_arg(void *ctx, const char *name)
{
    const char **kv = ctx;
    size_t n = strlen(name);
    for (; kv && *kv; kv++)
        if (!strncmp(*kv, name, n) && (*kv)[n] == '=')
            return *kv + n + 1;
    return NULL;
}

static dy_serve_resp resp;

/* GET PATH with the arguments; returns the parsed JSON body or NULL. */
static json_t *req(const dy_server *s, const char *method, const char *path, const char **args,
                   const char *auth)
{
    dy_serve_req q = {method, path, find_arg, args, auth, NULL, NULL, false, false};
    dy_serve_handle(s, &q, &resp);
    json_t *j = json_loadb(resp.body ? resp.body : "", resp.len, 0, NULL);
    dy_serve_resp_free(&resp);
    return j;
}

static const char *header(const char *name)
{
    for (size_t i = 0; i < resp.n_headers; i++)
        if (!strcmp(resp.hname[i], name))
            return resp.hvalue[i];
    return NULL;
}

static long jint(json_t *o, const char *k) { return (long)json_integer_value(json_object_get(o, k)); }
static const char *jstr(json_t *o, const char *k) { return json_string_value(json_object_get(o, k)); }

int main(int argc, char **argv)
{
    const char *dictdir = argc > 1 ? argv[1] : "dict";
    dy_error err = {0};
    dy_dict *d = dy_dict_load(dictdir, &err);
    CHECK(d != NULL);
    if (!d)
        return CHECK_DONE("unit_serve");
    char dir[] = "/tmp/dyad-unit-serve.XXXXXX";
    if (!mkdtemp(dir)) {
        CHECK(0);
        return CHECK_DONE("unit_serve");
    }
    char db[256], chart[256], nodb[256];
    snprintf(db, sizeof db, "%s/s.db", dir);
    snprintf(chart, sizeof chart, "%s/chart.js", dir);
    snprintf(nodb, sizeof nodb, "%s/none.db", dir);
    FILE *f = fopen(chart, "w");
    fputs("/* a stand-in for Chart.js */\n", f);
    fclose(f);

    /* the store */
    dy_store *st = dy_store_open(db, &err);
    CHECK(st != NULL);
    CHECK(dy_store_begin(st, &err) == 0);
    for (size_t i = 0; i < N_ART; i++) {
        dy_article a = {.id = texts[i][0], .date = texts[i][1], .lang = "en", .text = texts[i][2],
                        .text_len = strlen(texts[i][2]), .source = "Test Outlet",
                        .url = "https://example.org/a"};
        dy_result *r = dy_code(d, &a, NULL, &err);
        CHECK(r != NULL);
        CHECK(dy_store_put(st, &a, r, 0, &err) == 0);
        dy_result_free(r);
    }
    CHECK(dy_store_commit(st, &err) == 0);
    dy_store_stats ss;
    CHECK(dy_store_get_stats(st, &ss, &err) == 0);
    CHECK(ss.events >= 5);
    dy_store_close(st);

    dy_serve_cfg cfg = {db, d, dictdir, chart, NULL, NULL, 3, 0};
    dy_server *s = dy_serve_new(&cfg, &err);
    CHECK(s != NULL);
    if (!s)
        return CHECK_DONE("unit_serve");

    /* health and stats */
    json_t *j = req(s, "GET", "/api/health", NULL, NULL);
    CHECK(resp.status == 200);
    CHECK_STR(jstr(j, "status"), "ok");
    CHECK_STR(jstr(j, "backend"), "sqlite");
    CHECK_STR(header("X-Content-Type-Options"), "nosniff");
    CHECK(header("Content-Security-Policy") && strstr(header("Content-Security-Policy"), "default-src 'self'"));
    CHECK(header("Access-Control-Allow-Origin") == NULL);
    json_decref(j);
    j = req(s, "GET", "/api/stats", NULL, NULL);
    CHECK(resp.status == 200);
    CHECK(jint(j, "events") == ss.events && jint(j, "articles") == (long)N_ART && jint(j, "mentions") == ss.mentions);
    CHECK_STR(jstr(j, "first_date"), "2021-03-18");
    CHECK_STR(jstr(j, "last_date"), "2022-02-24");
    CHECK(jint(j, "size_bytes") > 0);
    CHECK(json_is_null(json_object_get(j, "cache"))); /* cache_entries 0 */
    json_decref(j);

    /* paging: limit 2 (the server's cap is 3), following next_cursor, visits
     * every event once, in date and id order */
    char cursor[64] = "", lastkey[64] = "";
    long seen = 0, pages = 0;
    long long ids[64];
    for (;;) {
        char carg[80];
        snprintf(carg, sizeof carg, "cursor=%s", cursor);
        const char *args[] = {"limit=2", *cursor ? carg : NULL, NULL};
        j = req(s, "GET", "/api/events", args, NULL);
        CHECK(resp.status == 200);
        json_t *ev = json_object_get(j, "events");
        size_t i;
        json_t *e;
        json_array_foreach(ev, i, e) {
            char key[64];
            snprintf(key, sizeof key, "%s_%012lld", jstr(e, "date"), (long long)jint(e, "id"));
            CHECK(strcmp(key, lastkey) > 0);
            snprintf(lastkey, sizeof lastkey, "%s", key);
            if (seen < 64)
                ids[seen] = jint(e, "id");
            seen++;
        }
        pages++;
        CHECK(json_array_size(ev) <= 2);
        const char *next = jstr(j, "next_cursor");
        if (!next || pages > 100) {
            json_decref(j);
            break;
        }
        CHECK(json_array_size(ev) == 2);
        snprintf(cursor, sizeof cursor, "%s", next);
        json_decref(j);
    }
    CHECK(seen == ss.events);
    CHECK(pages == (ss.events + 1) / 2);
    /* over the cap */
    const char *big[] = {"limit=4", NULL};
    json_decref(req(s, "GET", "/api/events", big, NULL));
    CHECK(resp.status == 400);

    /* filters */
    const char *q4[] = {"quad=4", NULL};
    j = req(s, "GET", "/api/events", q4, NULL);
    CHECK(resp.status == 200 && json_array_size(json_object_get(j, "events")) > 0);
    size_t i;
    json_t *e;
    json_array_foreach(json_object_get(j, "events"), i, e) CHECK(jint(e, "quad") == 4);
    json_decref(j);
    const char *pair[] = {"source=CHN", "target=USA", "from=2021-04-01", "to=2021-12-31", NULL};
    j = req(s, "GET", "/api/events", pair, NULL);
    CHECK(resp.status == 200 && json_array_size(json_object_get(j, "events")) >= 2);
    json_array_foreach(json_object_get(j, "events"), i, e) {
        CHECK(!strncmp(jstr(e, "source"), "CHN", 3) && !strncmp(jstr(e, "target"), "USA", 3));
        CHECK(strcmp(jstr(e, "date"), "2021-04-01") >= 0);
    }
    json_decref(j);
    const char *actor[] = {"actor=USA", "root=04", NULL};
    j = req(s, "GET", "/api/events", actor, NULL);
    CHECK(resp.status == 200 && json_array_size(json_object_get(j, "events")) == 1);
    json_decref(j);
    static const char *bad[][3] = {{"quad=5", NULL}, {"from=2021-13-01", NULL}, {"source=C'N", NULL},
                                   {"from=2022-01-01", "to=2021-01-01", NULL}, {"code=0x", NULL},
                                   {"cursor=nonsense", NULL}, {"format=xml", NULL}, {"actor=CHN", "source=USA"}};
    for (size_t b = 0; b < sizeof bad / sizeof bad[0]; b++) {
        const char *args[] = {bad[b][0], bad[b][1], NULL};
        j = req(s, "GET", "/api/events", args, NULL);
        CHECK(resp.status == 400);
        CHECK(jstr(j, "error") != NULL);
        json_decref(j);
    }
    /* CSV: a header and one line per event */
    const char *csv[] = {"format=csv", "limit=3", NULL};
    dy_serve_req cq = {"GET", "/api/events", find_arg, csv, NULL, NULL, NULL, false, false};
    dy_serve_handle(s, &cq, &resp);
    CHECK(resp.status == 200 && strstr(resp.ctype, "text/csv"));
    long lines = 0;
    for (size_t k = 0; k < resp.len; k++)
        lines += resp.body[k] == '\n';
    CHECK(lines == 4);
    CHECK(resp.len > 3 && !strncmp(resp.body, "id,date,", 8));
    CHECK(header("X-Next-Cursor") != NULL);
    dy_serve_resp_free(&resp);

    /* one event, with its evidence */
    char path[64];
    snprintf(path, sizeof path, "/api/events/%lld", ids[0]);
    j = req(s, "GET", path, NULL, NULL);
    CHECK(resp.status == 200);
    CHECK(jint(j, "id") == ids[0]);
    json_t *m = json_array_get(json_object_get(j, "mentions"), 0);
    CHECK(m != NULL);
    CHECK_STR(jstr(m, "article"), "s1");
    CHECK_STR(jstr(m, "outlet"), "Test Outlet");
    CHECK_STR(jstr(m, "url"), "https://example.org/a");
    CHECK(jstr(m, "evidence") && strstr(jstr(m, "evidence"), "Wang Yi"));
    CHECK(jstr(m, "rule") && strstr(jstr(m, "rule"), ".txt:"));
    CHECK(json_array_size(json_object_get(m, "source_span")) == 2);
    json_decref(j);
    json_decref(req(s, "GET", "/api/events/999999", NULL, NULL));
    CHECK(resp.status == 404);
    json_decref(req(s, "GET", "/api/events/1;DROP", NULL, NULL));
    CHECK(resp.status == 404);

    /* codes and actors */
    const char *c02[] = {"q=0211", NULL};
    j = req(s, "GET", "/api/codes", c02, NULL);
    CHECK(resp.status == 200);
    json_t *c = json_array_get(json_object_get(j, "codes"), 0);
    CHECK_STR(jstr(c, "code"), "0211");
    CHECK(jstr(c, "label") && strlen(jstr(c, "label")) > 5);
    CHECK(json_integer_value(json_object_get(c, "quad")) == 1);
    json_decref(j);
    j = req(s, "GET", "/api/codes", NULL, NULL);
    CHECK(json_array_size(json_object_get(j, "codes")) > 250);
    json_decref(j);
    const char *aq[] = {"q=chn", NULL};
    j = req(s, "GET", "/api/actors", aq, NULL);
    CHECK(resp.status == 200);
    CHECK(json_array_size(json_object_get(j, "actors")) >= 1);
    json_array_foreach(json_object_get(j, "actors"), i, e) CHECK(!strncmp(jstr(e, "code"), "CHN", 3));
    json_decref(j);
    /* no wildcard, no punctuation beyond - . ' */
    const char *aw[] = {"q=%", NULL};
    j = req(s, "GET", "/api/actors", aw, NULL);
    CHECK(resp.status == 400);
    json_decref(j);
    const char *an[] = {"q=Wang Yi", NULL};
    j = req(s, "GET", "/api/actors", an, NULL);
    CHECK(resp.status == 200);
    json_decref(j);

    /* the trend of a pair: its events add up to the pair's events */
    const char *tr[] = {"a=CHN", "b=USA", "by=year", NULL};
    j = req(s, "GET", "/api/trend", tr, NULL);
    CHECK(resp.status == 200);
    json_t *pts = json_object_get(json_array_get(json_object_get(j, "series"), 0), "points");
    CHECK(json_array_size(pts) == 1);
    CHECK_STR(jstr(json_array_get(pts, 0), "period"), "2021");
    long tev = jint(json_array_get(pts, 0), "events");
    json_decref(j);
    const char *pq[] = {"source=CHN", "target=USA", NULL};
    j = req(s, "GET", "/api/events", pq, NULL);
    CHECK(tev > 0 && (size_t)tev == json_array_size(json_object_get(j, "events")));
    json_decref(j);
    /* network and blocs */
    j = req(s, "GET", "/api/network", NULL, NULL);
    CHECK(resp.status == 200 && json_array_size(json_object_get(j, "edges")) >= 3);
    json_decref(j);
    const char *nb[] = {"actors=states", NULL};
    json_decref(req(s, "GET", "/api/network", nb, NULL));
    CHECK(resp.status == 400);
    j = req(s, "GET", "/api/blocs", NULL, NULL);
    CHECK(resp.status == 200 && jint(j, "actors") >= 4);
    json_decref(j);
    const char *br[] = {"restarts=100000", NULL};
    json_decref(req(s, "GET", "/api/blocs", br, NULL));
    CHECK(resp.status == 400);
    const char *trbad[] = {"a=CHN", NULL};
    json_decref(req(s, "GET", "/api/trend", trbad, NULL));
    CHECK(resp.status == 400);

    /* method, routes, static files */
    json_decref(req(s, "POST", "/api/events", NULL, NULL));
    CHECK(resp.status == 405);
    json_decref(req(s, "GET", "/api/nothing", NULL, NULL));
    CHECK(resp.status == 404);
    json_decref(req(s, "GET", "/../etc/passwd", NULL, NULL));
    CHECK(resp.status == 404);
    dy_serve_req sq = {"GET", "/", NULL, NULL, NULL, NULL, NULL, false, false};
    dy_serve_handle(s, &sq, &resp);
    CHECK(resp.status == 200 && strstr(resp.ctype, "text/html") && resp.len > 100);
    CHECK(header("ETag") != NULL);
    char etag[64];
    snprintf(etag, sizeof etag, "%s", header("ETag") ? header("ETag") : "");
    dy_serve_resp_free(&resp);
    sq.if_none_match = etag;
    dy_serve_handle(s, &sq, &resp);
    CHECK(resp.status == 304 && resp.len == 0);
    dy_serve_resp_free(&resp);
    dy_serve_req cj = {"GET", "/static/chart.js", NULL, NULL, NULL, NULL, NULL, false, false};
    dy_serve_handle(s, &cj, &resp);
    CHECK(resp.status == 200 && resp.len == strlen("/* a stand-in for Chart.js */\n"));
    dy_serve_resp_free(&resp);
    /* the raw target, before decoding (t1340 sends these over a socket) */
    CHECK(dy_serve_target_ok("/api/events?source=CHN&q=a%2Fb"));
    CHECK(dy_serve_target_ok("/static/app.js"));
    CHECK(!dy_serve_target_ok("/static%2fapp.js"));
    CHECK(!dy_serve_target_ok("/%2e%2e/etc/passwd"));
    CHECK(!dy_serve_target_ok("/static/../app.js"));
    CHECK(!dy_serve_target_ok("/./index.html"));
    CHECK(!dy_serve_target_ok("/static/..\\app.js"));
    CHECK(!dy_serve_target_ok("/api/events/1%00"));
    CHECK(!dy_serve_target_ok("/static/app.js%2"));
    CHECK(!dy_serve_target_ok("/api/trend?a=CHN%00&b=USA"));
    cj.bad_target = true;
    dy_serve_handle(s, &cj, &resp);
    CHECK(resp.status == 400);
    dy_serve_resp_free(&resp);
    cj.bad_target = false;
    cj.too_many_args = true;
    dy_serve_handle(s, &cj, &resp);
    CHECK(resp.status == 400);
    dy_serve_resp_free(&resp);
    dy_serve_free(s);

    /* the answer cache: an answer is kept until the store's generation
     * changes.  The events of the pair are moved to 2020 behind the
     * store's back (no batch, the generation stays): the kept answer
     * still says 2021.  Then a batch is committed: the answer is computed
     * again. */
    cfg.cache_entries = 2;
    s = dy_serve_new(&cfg, &err);
    CHECK(s != NULL);
    if (s) {
        const char *ct[] = {"a=CHN", "b=USA", "by=year", NULL};
#define FIRST_PERIOD(j) jstr(json_array_get(json_object_get(json_array_get(json_object_get(j, "series"), 0), "points"), 0), "period")
        j = req(s, "GET", "/api/trend", ct, NULL);
        CHECK(resp.status == 200);
        CHECK_STR(FIRST_PERIOD(j), "2021");
        json_decref(j);
        sqlite3 *raw = NULL;
        CHECK(sqlite3_open(db, &raw) == SQLITE_OK);
        CHECK(sqlite3_exec(raw, "UPDATE events SET date = '2020' || substr(date, 5), last_date = '2020' || "
                                "substr(last_date, 5) WHERE source_country = 'CHN' AND target_country = 'USA'",
                           NULL, NULL, NULL) == SQLITE_OK);
        sqlite3_close(raw);
        j = req(s, "GET", "/api/trend", ct, NULL);
        CHECK(resp.status == 200);
        CHECK_STR(FIRST_PERIOD(j), "2021"); /* kept */
        json_decref(j);
        const char *ct2[] = {"a=CHN", "b=USA", "by=month", NULL};
        j = req(s, "GET", "/api/trend", ct2, NULL); /* another URL: computed */
        CHECK(resp.status == 200);
        CHECK_STR(FIRST_PERIOD(j), "2020-03");
        json_decref(j);
        dy_store *w = dy_store_open(db, &err);
        CHECK(w != NULL);
        const char *t5 = "China praised the United States on Monday.";
        dy_article a5 = {.id = "s5", .date = "2021-06-07", .lang = "en", .text = t5, .text_len = strlen(t5)};
        dy_result *r5 = w ? dy_code(d, &a5, NULL, &err) : NULL;
        CHECK(r5 != NULL);
        if (r5 && dy_store_begin(w, &err) == 0) {
            CHECK(dy_store_put(w, &a5, r5, 0, &err) == 0);
            CHECK(dy_store_commit(w, &err) == 0);
        }
        dy_result_free(r5);
        dy_store_close(w);
        j = req(s, "GET", "/api/trend", ct, NULL); /* a new generation: computed */
        CHECK(resp.status == 200);
        CHECK_STR(FIRST_PERIOD(j), "2020");
        json_decref(j);
        /* three answers computed, one kept answer given; two kept now */
        j = req(s, "GET", "/api/stats", NULL, NULL);
        json_t *cs = json_object_get(j, "cache");
        CHECK(jint(cs, "hits") == 1 && jint(cs, "misses") == 3);
        CHECK(jint(cs, "entries") == 2 && jint(cs, "kept") == 2);
        json_decref(j);
#undef FIRST_PERIOD
        dy_serve_free(s);
    }

    /* a token, and CORS */
    cfg.token = "0123456789abcdef-secret";
    cfg.cors = "https://example.org";
    s = dy_serve_new(&cfg, &err);
    CHECK(s != NULL);
    json_decref(req(s, "GET", "/api/health", NULL, NULL));
    CHECK(resp.status == 401);
    json_decref(req(s, "GET", "/api/health", NULL, "Bearer 0123456789abcdef-secreT"));
    CHECK(resp.status == 401);
    json_decref(req(s, "GET", "/api/health", NULL, "Bearer 0123456789abcdef-secret"));
    CHECK(resp.status == 200);
    CHECK_STR(header("Access-Control-Allow-Origin"), "https://example.org");
    dy_serve_free(s);
    CHECK(dy_serve_token_ok("abc", "Bearer abc"));
    CHECK(!dy_serve_token_ok("abc", "Bearer abcd"));
    CHECK(!dy_serve_token_ok("abc", "Bearer ab"));
    CHECK(!dy_serve_token_ok("abc", "abc"));
    CHECK(!dy_serve_token_ok("abc", NULL));
    CHECK(dy_serve_token_ok(NULL, NULL));

    /* a store that is not there: 503; Chart.js missing: no server */
    cfg.token = cfg.cors = NULL;
    cfg.db = nodb;
    s = dy_serve_new(&cfg, &err);
    json_decref(req(s, "GET", "/api/stats", NULL, NULL));
    CHECK(resp.status == 503);
    CHECK(access(nodb, F_OK) != 0); /* read-only: nothing was created */
    dy_serve_free(s);
    cfg.db = db;
    cfg.chartjs = "/nonexistent/chart.js";
    CHECK(dy_serve_new(&cfg, &err) == NULL);
    CHECK(err.status == DY_EIO && strstr(err.msg, "libjs-chart.js"));
    cfg.chartjs = chart;

    /* every allocation of the library failing in turn: an error, no crash
     * (with the answer cache, which a failed allocation leaves out) */
    cfg.cache_entries = 4;
    long fails = 0;
    for (long n = 1; n < 600; n++) {
        dy_fail_alloc_after(n);
        s = dy_serve_new(&cfg, &err);
        if (s) {
            const char *args[] = {"a=CHN", "b=USA", "limit=2", NULL};
            json_decref(req(s, "GET", "/api/trend", args, NULL));
            CHECK(resp.status == 200 || resp.status == 500 || resp.status == 503);
            fails += resp.status != 200;
            json_decref(req(s, "GET", path, NULL, NULL));
            CHECK(resp.status == 200 || resp.status == 500 || resp.status == 503);
            json_decref(req(s, "GET", "/api/events", args, NULL));
            CHECK(resp.status == 200 || resp.status == 500 || resp.status == 503);
            json_decref(req(s, "GET", "/api/blocs", NULL, NULL));
            CHECK(resp.status == 200 || resp.status == 500 || resp.status == 503);
            dy_serve_free(s);
        } else {
            CHECK(err.status == DY_ENOMEM);
            fails++;
        }
        dy_fail_alloc_after(0);
    }
    CHECK(fails > 0);

    unlink(db);
    char wal[300];
    snprintf(wal, sizeof wal, "%s-wal", db);
    unlink(wal);
    snprintf(wal, sizeof wal, "%s-shm", db);
    unlink(wal);
    unlink(chart);
    rmdir(dir);
    dy_dict_free(d);
    return CHECK_DONE("unit_serve");
}
