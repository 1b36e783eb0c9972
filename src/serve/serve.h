/* serve.h: the library side of `dyad serve` (docs/api.md): routing a request
 * to its handler and building the JSON, CSV or static-file response, with
 * no socket in sight, so that tests/unit_serve.c drives it directly.  The
 * HTTP server itself (libmicrohttpd, threads, signals, the access log) is
 * src/cli/cmd_serve.c.  Not installed.
 *
 * Read-only: every request that reads the store uses the thread's handle
 * of dy_store_open_read(), kept from request to request
 * and renewed at each (dy_store_renew: one snapshot for that request); no
 * snapshot outlives a request.  Only GET and HEAD are served. */
#ifndef DY_SERVE_H
#define DY_SERVE_H

#include "dyad.h"
#include <stdbool.h>
#include <stddef.h>

/* A file built into the binary (web/, made into build/gen/web_assets.c). */
typedef struct dy_asset {
    const char *path;            /* "/index.html", "/app.js" */
    const unsigned char *data;
    size_t len;
} dy_asset;
extern const dy_asset dy_web_assets[];
extern const size_t dy_web_assets_count;

typedef struct dy_serve_cfg {
    const char *db;          /* the store: a path or a postgres:// URL */
    const dy_dict *dict;     /* the dictionaries (weights of /api/codes) */
    const char *dict_dir;    /* their folder (cameo.txt: the labels) */
    const char *chartjs;     /* Chart.js served at /static/chart.js */
    const char *token;       /* the bearer token; NULL: none asked for */
    const char *cors;        /* an origin allowed by CORS; NULL: no CORS */
    long max_page;           /* /api/events page size cap; 0: 1000 */
    /* Answers of /api/trend, /api/network and /api/blocs kept for reuse
     * (the aggregations; the same URL against the same store generation,
     * dy_store_generation, gives the same bytes): at most this many, each
     * of at most 1 MB.  0: none kept. */
    int cache_entries;
} dy_serve_cfg;

typedef struct dy_server dy_server;

/* Reads the code table and Chart.js (both must exist).  NULL with ERR set
 * (DY_EIO naming the file, DY_ESYNTAX, DY_ENOMEM).  The strings of CFG are
 * copied. */
dy_server *dy_serve_new(const dy_serve_cfg *cfg, dy_error *err);
void dy_serve_free(dy_server *s);

/* A request.  ARG returns the value of a query-string parameter or NULL. */
typedef struct dy_serve_req {
    const char *method;      /* "GET" */
    const char *path;        /* "/api/events/12", without the query */
    const char *(*arg)(void *ctx, const char *name);
    void *arg_ctx;
    const char *authorization;   /* the Authorization header, or NULL */
    const char *if_none_match;   /* the If-None-Match header, or NULL */
    /* Every query-string argument in order, repeated ones too: fills up to
     * CAP names and values and returns how many there are.  NULL: not
     * known (the names and values are then not checked). */
    size_t (*args)(void *ctx, const char **names, const char **values, size_t cap);
    /* The request target as it came, before percent-decoding, failed
     * dy_serve_target_ok (an encoded '/', '\\', '.', NUL or control
     * character, "." or ".." segments): a 400. */
    bool bad_target;
    bool too_many_args;          /* more than DY_SERVE_MAX_ARGS: a 400 */
} dy_serve_req;

/* At most this many query-string arguments in a request. */
#define DY_SERVE_MAX_ARGS 32

/* False when the path of the raw request target RAW (before its '?')
 * holds a percent-encoded '/', '\\', '.', NUL or control character, a
 * backslash, a "." or ".." segment, or a malformed escape, or when its
 * query holds a NUL or control character, raw or percent-encoded. */
bool dy_serve_target_ok(const char *raw);

#define DY_SERVE_MAX_HEADERS 10

typedef struct dy_serve_resp {
    int status;                  /* 200, 304, 400, 401, 404, 405, 500 */
    const char *ctype;           /* static */
    char *body;                  /* owned unless body_static */
    size_t len;
    bool body_static;
    size_t n_headers;            /* extra headers, names and values static or in hbuf */
    const char *hname[DY_SERVE_MAX_HEADERS];
    const char *hvalue[DY_SERVE_MAX_HEADERS];
    char hbuf[2][128];           /* ETag, CORS origin */
} dy_serve_resp;

/* Answers REQ into RESP (always filled, errors as JSON {"error": "..."}). */
void dy_serve_handle(const dy_server *s, const dy_serve_req *req, dy_serve_resp *resp);
void dy_serve_resp_free(dy_serve_resp *resp);

/* Renews the snapshot of a handle of dy_store_open_read (src/store/store.c;
 * not in the public API): the server keeps one read handle per thread and
 * renews it at each request.  -1 with ERR set: the handle is to be closed. */
int dy_store_renew(dy_store *s, dy_error *err);
/* The store's generation as of the handle's snapshot (read when it was
 * opened or renewed): a number that grows with every batch committed
 * (dy_store_commit, a remerge), -1 for a store no batch of this dyad has
 * written yet.  Equal generations: the same events. */
long long dy_store_generation(const dy_store *s);

/* Compares the Authorization header AUTH with "Bearer TOKEN" in time that
 * does not depend on where they differ.  True when they match. */
bool dy_serve_token_ok(const char *token, const char *auth);

#endif
