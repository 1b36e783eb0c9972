/* cmd_serve.c: dyad serve, the HTTP API and dashboard over a store
 * (docs/api.md).  Thin: options, libmicrohttpd, signals and the access log;
 * routing and responses are src/serve/serve.c. */
#include "cli.h"
#include "serve/serve.h"
#include <arpa/inet.h>
#include <errno.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define CHARTJS_DEFAULT "/usr/share/javascript/chart.js/chart.min.js"

enum { O_S_DB = 1, O_S_LISTEN, O_S_THREADS, O_S_TOKEN, O_S_CORS, O_S_LOG, O_S_DICT, O_S_CHARTJS, O_S_TIMEOUT, O_S_CACHE };

static const cli_opt serve_opts[] = {
    CLI_OPT_DB(O_S_DB),
    {O_S_LISTEN, "--listen", CLI_STR, "ADDR:PORT", "the address to listen on (an address other than "
     "loopback needs --token; port 0: any free port, which is logged)", "127.0.0.1:8080", 0, 0, NULL},
    {O_S_THREADS, "--threads", CLI_NUM, "N", "worker threads", "4", 1, 64, NULL},
    {O_S_TOKEN, "--token", CLI_STR, "FILE", "require 'Authorization: Bearer TOKEN', TOKEN the first line of FILE",
     NULL, 0, 0, NULL},
    {O_S_CORS, "--cors", CLI_STR, "ORIGIN", "allow this origin to call the API from a browser (CORS)", NULL,
     0, 0, NULL},
    {O_S_LOG, "--log", CLI_STR, "FILE", "append the access log to FILE (default: standard error)", NULL, 0,
     0, NULL},
    CLI_OPT_DICT(O_S_DICT),
    {O_S_CHARTJS, "--chartjs", CLI_STR, "FILE", "Chart.js for the dashboard", CHARTJS_DEFAULT, 0, 0, NULL},
    {O_S_TIMEOUT, "--timeout", CLI_NUM, "SECONDS", "close a connection idle this long", "10", 1, 3600, NULL},
    {O_S_CACHE, "--cache", CLI_NUM, "N", "keep up to N answers of /api/trend, /api/network and /api/blocs "
     "(each up to 1 MB) until the store changes; 0: none", "64", 0, 4096, NULL},
    CLI_OPT_END,
};

const cli_cmd cli_cmd_serve = {
    "serve", "", "serve a store read-only: an HTTP API (JSON, CSV) and a dashboard",
    "The store is opened read-only: a handle per thread, a new snapshot per request.  docs/api.md describes the API.  SIGTERM or "
    "SIGINT stops the server after the requests in progress.",
    "dyad serve --db events.db --listen 127.0.0.1:8080", serve_opts, NULL,
};

typedef struct srv {
    dy_server *app;
    FILE *log;
    atomic_long inflight;
} srv;

/* A request's state (its con_cls), set when its request line has been
 * read (on_uri, before libmicrohttpd decodes the target): whether the raw
 * target is bad (dy_serve_target_ok) or has too many arguments, and
 * whether the request was counted in inflight.  Static markers, one per
 * combination, so that nothing is allocated: libmicrohttpd does not
 * always report the end of a request it refused itself. */
enum { RS_BAD = 1, RS_MANY = 2, RS_COUNTED = 4 };
static char rs_marks[8];
#define RS_OF(p) ((int)((char *)(p) - rs_marks))
static int counted;

static void *on_uri(void *cls, const char *uri, struct MHD_Connection *c)
{
    (void)cls;
    (void)c;
    size_t args = 0;
    const char *qm = strchr(uri, '?');
    if (qm)
        for (args = 1; *qm; qm++)
            args += *qm == '&';
    /* more than DY_SERVE_MAX_ARGS: a 400.  (Far more, some 400, do not fit
     * the connection's 32 KiB of memory, where libmicrohttpd keeps one
     * record per argument: it then closes the connection unanswered.) */
    int f = (dy_serve_target_ok(uri) ? 0 : RS_BAD) | (args > DY_SERVE_MAX_ARGS ? RS_MANY : 0);
    return &rs_marks[f];
}

static bool is_mark(const void *p) { return p >= (const void *)rs_marks && p < (const void *)(rs_marks + 8); }

static const char *get_arg(void *ctx, const char *name)
{
    return MHD_lookup_connection_value(ctx, MHD_GET_ARGUMENT_KIND, name);
}

typedef struct argv_ctx {
    const char **names, **values;
    size_t cap, n;
} argv_ctx;

static enum MHD_Result take_arg(void *cls, enum MHD_ValueKind kind, const char *key, const char *value)
{
    argv_ctx *a = cls;
    (void)kind;
    if (a->n < a->cap) {
        a->names[a->n] = key ? key : "";
        a->values[a->n] = value;
    }
    a->n++;
    return MHD_YES;
}

static size_t list_args(void *ctx, const char **names, const char **values, size_t cap)
{
    argv_ctx a = {names, values, cap, 0};
    MHD_get_connection_values(ctx, MHD_GET_ARGUMENT_KIND, take_arg, &a);
    return a.n;
}

/* One line of the Common Log Format. */
static void access_log(srv *s, struct MHD_Connection *c, const char *method, const char *url,
                       const char *version, int status, size_t len)
{
    char host[INET6_ADDRSTRLEN] = "-";
    const union MHD_ConnectionInfo *ci = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    if (ci && ci->client_addr) {
        const struct sockaddr *sa = ci->client_addr;
        if (sa->sa_family == AF_INET)
            inet_ntop(AF_INET, &((const struct sockaddr_in *)(const void *)sa)->sin_addr, host, sizeof host);
        else if (sa->sa_family == AF_INET6)
            inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)(const void *)sa)->sin6_addr, host, sizeof host);
    }
    char when[64];
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(when, sizeof when, "%d/%b/%Y:%H:%M:%S +0000", &tm);
    /* the path only: no query string, no header (the token is never logged);
     * quotes and control characters escaped */
    char path[512];
    size_t k = 0;
    for (const char *p = url; *p && k + 5 < sizeof path; p++) {
        unsigned char ch = (unsigned char)*p;
        if (ch < 0x20 || ch == '"' || ch == '\\' || ch >= 0x7f)
            k += (size_t)snprintf(path + k, sizeof path - k, "\\x%02x", ch);
        else
            path[k++] = (char)ch;
    }
    path[k] = 0;
    fprintf(s->log, "%s - - [%s] \"%.16s %s %.16s\" %d %zu\n", host, when, method, path, version, status, len);
    fflush(s->log);
}

static enum MHD_Result send_resp(srv *s, struct MHD_Connection *c, const char *method, const char *url,
                                 const char *version, dy_serve_resp *r)
{
    /* HEAD: libmicrohttpd sends the headers of the whole answer, no body */
    bool head = !strcmp(method, "HEAD");
    struct MHD_Response *resp = MHD_create_response_from_buffer(r->len, r->body,
                                                                r->body_static ? MHD_RESPMEM_PERSISTENT
                                                                               : MHD_RESPMEM_MUST_COPY);
    if (!resp)
        return MHD_NO;
    if (r->ctype && r->status != 304)
        MHD_add_response_header(resp, "Content-Type", r->ctype);
    for (size_t i = 0; i < r->n_headers; i++)
        MHD_add_response_header(resp, r->hname[i], r->hvalue[i]);
    enum MHD_Result rc = MHD_queue_response(c, (unsigned)r->status, resp);
    MHD_destroy_response(resp);
    access_log(s, c, method, url, version, r->status, head ? 0 : r->len);
    return rc;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url, const char *method,
                                  const char *version, const char *upload, size_t *upload_size, void **con_cls)
{
    srv *s = cls;
    (void)upload;
    int f = is_mark(*con_cls) ? RS_OF(*con_cls) : 0;
    if (!*con_cls || (is_mark(*con_cls) && !(f & RS_COUNTED))) {
        if (is_mark(*con_cls))
            *con_cls = &rs_marks[f | RS_COUNTED];
        else
            *con_cls = &counted;
        atomic_fetch_add(&s->inflight, 1);
        /* a request with a body is refused at once, before it is read */
        const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Length");
        const char *te = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Transfer-Encoding");
        if ((cl && strcmp(cl, "0")) || te) {
            static const char msg[] = "{\"error\":\"a request body is not accepted\",\"status\":413}";
            dy_serve_resp r = {.status = 413, .ctype = "application/json", .body = (char *)msg,
                               .len = sizeof msg - 1, .body_static = true};
            return send_resp(s, c, method, url, version, &r);
        }
        return MHD_YES;
    }
    if (*upload_size) {
        *upload_size = 0; /* discarded: the 413 above was queued */
        return MHD_YES;
    }
    dy_serve_req q = {method, url, get_arg, c,
                      MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Authorization"),
                      MHD_lookup_connection_value(c, MHD_HEADER_KIND, "If-None-Match"), list_args,
                      (f & RS_BAD) != 0, (f & RS_MANY) != 0};
    dy_serve_resp r;
    dy_serve_handle(s->app, &q, &r);
    enum MHD_Result rc = send_resp(s, c, method, url, version, &r);
    dy_serve_resp_free(&r);
    return rc;
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls, enum MHD_RequestTerminationCode t)
{
    srv *s = cls;
    (void)c;
    (void)t;
    if (*con_cls == &counted || (is_mark(*con_cls) && (RS_OF(*con_cls) & RS_COUNTED)))
        atomic_fetch_sub(&s->inflight, 1);
    *con_cls = NULL;
}

static void mhd_log(void *cls, const char *fmt, va_list ap)
{
    (void)cls;
    fprintf(stderr, "dyad serve: ");
    vfprintf(stderr, fmt, ap);
}

/* Parses ADDR:PORT ("127.0.0.1:8080", "[::1]:8080") into SS. */
static bool parse_listen(const char *s, struct sockaddr_storage *ss, bool *loopback, bool *v6)
{
    char host[64];
    const char *colon = strrchr(s, ':');
    if (!colon || colon == s || (size_t)(colon - s) >= sizeof host)
        return false;
    memcpy(host, s, (size_t)(colon - s));
    host[colon - s] = 0;
    long port;
    if (!cli_parse_long(colon + 1, 0, 65535, &port))
        return false;
    memset(ss, 0, sizeof *ss);
    if (host[0] == '[' && host[strlen(host) - 1] == ']') {
        host[strlen(host) - 1] = 0;
        struct sockaddr_in6 *a = (struct sockaddr_in6 *)(void *)ss;
        a->sin6_family = AF_INET6;
        a->sin6_port = htons((uint16_t)port);
        if (inet_pton(AF_INET6, host + 1, &a->sin6_addr) != 1)
            return false;
        *loopback = IN6_IS_ADDR_LOOPBACK(&a->sin6_addr);
        *v6 = true;
        return true;
    }
    struct sockaddr_in *a = (struct sockaddr_in *)(void *)ss;
    a->sin_family = AF_INET;
    a->sin_port = htons((uint16_t)port);
    if (inet_pton(AF_INET, host, &a->sin_addr) != 1)
        return false;
    *loopback = (ntohl(a->sin_addr.s_addr) >> 24) == 127;
    *v6 = false;
    return true;
}

/* The first line of PATH, without surrounding white space; NULL (reported). */
static char *read_token(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "dyad serve: --token %s: %s\n", path, strerror(errno));
        return NULL;
    }
    char line[1024];
    char *t = fgets(line, sizeof line, f) ? line : NULL;
    fclose(f);
    if (t) {
        t[strcspn(t, "\r\n")] = 0;
        while (*t == ' ' || *t == '\t')
            t++;
        for (size_t n = strlen(t); n && (t[n - 1] == ' ' || t[n - 1] == '\t'); n--)
            t[n - 1] = 0;
    }
    if (!t || strlen(t) < 16) {
        fprintf(stderr, "dyad serve: --token %s: the file's first line must be a token of 16 characters or more\n",
                path);
        return NULL;
    }
    char *dup = strdup(t);
    memset(line, 0, sizeof line);
    return dup;
}

/* The folder of the dictionaries, as cli_load_dict finds it: --dict,
 * $DYAD_DICT, ./dict, or dict/ beside the program. */
static void dict_dir(const char *dir, char *out, size_t cap)
{
    if (!dir)
        dir = getenv("DYAD_DICT");
    snprintf(out, cap, "%s", dir ? dir : "dict");
    if (dir || access("dict/cameo.txt", R_OK) == 0)
        return;
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = 0;
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = 0;
            snprintf(out, cap, "%s/dict", exe);
        }
    }
}

int cmd_serve(int argc, char **argv)
{
    const char *db = NULL, *listen = NULL, *token_file = NULL, *cors = NULL, *logf = NULL, *dict = NULL,
               *chartjs = NULL;
    long threads = 4, timeout = 10, cache = 64;
    const cli_cmd *spec = &cli_cmd_serve;
    cli_parser p;
    cli_init(&p, spec, argc, argv);
    for (int k; (k = cli_next(&p)) != CLI_DONE;) {
        switch (k) {
        case CLI_HELP: return EXIT_OK;
        case CLI_ERROR: return EXIT_USAGE;
        case CLI_ARG: return cli_usage_error(spec, "unexpected argument '%s'", p.val);
        case O_S_DB: db = p.val; break;
        case O_S_LISTEN: listen = p.val; break;
        case O_S_THREADS: threads = (long)p.num; break;
        case O_S_TOKEN: token_file = p.val; break;
        case O_S_CORS: cors = p.val; break;
        case O_S_LOG: logf = p.val; break;
        case O_S_DICT: dict = p.val; break;
        case O_S_CHARTJS: chartjs = p.val; break;
        case O_S_TIMEOUT: timeout = (long)p.num; break;
        case O_S_CACHE: cache = (long)p.num; break;
        }
    }
    struct sockaddr_storage ss;
    bool loopback, v6;
    if (!parse_listen(listen, &ss, &loopback, &v6))
        return cli_usage_error(spec, "--listen takes ADDR:PORT, a numeric address (127.0.0.1:8080, [::1]:8080)");
    if (!loopback && !token_file)
        return cli_usage_error(spec, "listening on %s, beyond loopback, needs --token FILE", listen);
    if (cors && (strpbrk(cors, "\r\n") || strlen(cors) > 200))
        return cli_usage_error(spec, "--cors takes one origin (https://example.org)");
    /* the store must be readable now, not at the first request */
    if (strncmp(db, "postgres://", 11) && strncmp(db, "postgresql://", 13) && access(db, F_OK) != 0) {
        fprintf(stderr, "dyad serve: %s: no such store (create one with dyad ingest, or name one with --db)\n",
                cli_store_name(db));
        return EXIT_ERROR;
    }
    dy_error err = {0};
    dy_store *probe = dy_store_open_read(db, &err);
    if (!probe) {
        fprintf(stderr, "dyad serve: %s: %s\n", cli_store_name(db), err.msg);
        return EXIT_ERROR;
    }
    dy_store_close(probe);
    char *token = NULL;
    if (token_file && !(token = read_token(token_file)))
        return EXIT_ERROR;
    char ddir[4200];
    dict_dir(dict, ddir, sizeof ddir);
    dy_dict *dd = cli_load_dict(ddir);
    if (!dd) {
        free(token);
        return EXIT_ERROR;
    }
    dy_serve_cfg cfg = {db, dd, ddir, chartjs, token, cors, 0, (int)cache};
    srv s = {NULL, stderr, 0};
    s.app = dy_serve_new(&cfg, &err);
    dy_dict_free(dd);
    if (token) {
        memset(token, 0, strlen(token));
        free(token);
    }
    if (!s.app) {
        fprintf(stderr, "dyad serve: %s\n", err.msg);
        return EXIT_ERROR;
    }
    if (logf && !(s.log = fopen(logf, "a"))) {
        fprintf(stderr, "dyad serve: --log %s: %s\n", logf, strerror(errno));
        dy_serve_free(s.app);
        return EXIT_ERROR;
    }
    /* the signals are taken by this thread alone (sigwait below) */
    sigset_t sigs;
    sigemptyset(&sigs);
    sigaddset(&sigs, SIGTERM);
    sigaddset(&sigs, SIGINT);
    pthread_sigmask(SIG_BLOCK, &sigs, NULL);
    signal(SIGPIPE, SIG_IGN);
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ITC | MHD_USE_ERROR_LOG | (v6 ? MHD_USE_IPv6 : 0);
    struct MHD_Daemon *d = MHD_start_daemon(
        flags, 0, NULL, NULL, on_request, &s, MHD_OPTION_EXTERNAL_LOGGER, mhd_log, NULL, MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
        MHD_OPTION_THREAD_POOL_SIZE, (unsigned)threads, MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)timeout,
        MHD_OPTION_CONNECTION_LIMIT, (unsigned)512, MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)128,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)32768, MHD_OPTION_NOTIFY_COMPLETED, on_completed, &s, MHD_OPTION_URI_LOG_CALLBACK, on_uri, NULL,
        MHD_OPTION_END);
    if (!d) {
        fprintf(stderr, "dyad serve: cannot listen on %s\n", listen);
        if (s.log != stderr)
            fclose(s.log);
        dy_serve_free(s.app);
        return EXIT_ERROR;
    }
    const union MHD_DaemonInfo *di = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
    char host[64];
    snprintf(host, sizeof host, "%.*s", (int)(strrchr(listen, ':') - listen), listen);
    fprintf(stderr, "dyad serve: listening on http://%s:%u/ (store %s, %ld threads)\n", host,
            di ? di->port : 0, cli_store_name(db), threads);
    fflush(stderr);
    int sig = 0;
    sigwait(&sigs, &sig);
    /* stop accepting, let the requests in progress finish (10 s at most) */
    fprintf(stderr, "dyad serve: %s: finishing %ld request(s) in progress\n", sig == SIGTERM ? "SIGTERM" : "SIGINT",
            atomic_load(&s.inflight));
    MHD_quiesce_daemon(d);
    for (int i = 0; i < 1000 && atomic_load(&s.inflight) > 0; i++)
        nanosleep(&(struct timespec){0, 10000000L}, NULL);
    MHD_stop_daemon(d);
    fprintf(stderr, "dyad serve: stopped\n");
    if (s.log != stderr)
        fclose(s.log);
    dy_serve_free(s.app);
    return EXIT_OK;
}
