/* cmd_relations.c: dyad trend, dyad network and dyad blocs.  Thin: options,
 * one store query each, and the output formats; the computations are
 * libdyad's (the relations section of include/dyad.h, docs/relations.md). */
#include "cli.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define REL_DEFAULT_DB "dyad.db"
#define MAX_PAIRS 8

/* Options every relations command takes. */
typedef struct rel_common {
    const char *db, *from, *to;
} rel_common;

/* Takes --db, --from and --to at ARGV[*I]: 1 taken, 0 not ours, -1 usage. */
static int rel_common_opt(rel_common *c, int argc, char **argv, int *i)
{
    const char *a = argv[*i];
    const char **slot = !strcmp(a, "--db") ? &c->db : !strcmp(a, "--from") ? &c->from
                      : !strcmp(a, "--to") ? &c->to : NULL;
    if (!slot)
        return 0;
    if (*i + 1 >= argc) {
        fprintf(stderr, "dyad: option %s needs a value\n", a);
        return -1;
    }
    *slot = argv[++*i];
    /* both are YYYY-MM-DD (the library checks), so they compare as text */
    if (c->from && c->to && strcmp(c->from, c->to) > 0) {
        fprintf(stderr, "dyad: --from %s is after --to %s\n", c->from, c->to);
        return -1;
    }
    return 1;
}

/* Opens the store; a missing SQLite file is an error, not a new store. */
static dy_store *rel_open(const char *db)
{
    if (strncmp(db, "postgres://", 11) && strncmp(db, "postgresql://", 13) && access(db, F_OK) != 0) {
        fprintf(stderr, "dyad: %s: no such store (create one with dyad ingest, or name one with --db)\n",
                cli_store_name(db));
        return NULL;
    }
    dy_error err = {0};
    dy_store *s = dy_store_open_read(db, &err);
    if (!s)
        fprintf(stderr, "dyad: %s: %s\n", cli_store_name(db), err.msg);
    return s;
}

/* Writes S as one CSV field (quoted when it needs to be). */
static void csv_field(FILE *out, const char *s)
{
    if (!strpbrk(s, ",\"\n\r")) {
        fputs(s, out);
        return;
    }
    fputc('"', out);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', out);
        fputc(*s, out);
    }
    fputc('"', out);
}

/* Writes to PATH through WRITE; reports and returns false on failure. */
static bool write_file(const char *path, int (*write)(FILE *, const void *), const void *ctx)
{
    FILE *f = fopen(path, "wb");
    if (!f) {
        fprintf(stderr, "dyad: %s: cannot write: %s\n", path, strerror(errno));
        return false;
    }
    int rc = write(f, ctx);
    if (fclose(f) != 0 || rc != 0) {
        fprintf(stderr, "dyad: %s: error writing\n", path);
        return false;
    }
    return true;
}

/* ------------------------------------------------------------------ trend */

typedef struct feed {
    dy_trend *trend;
    dy_network *net;
    dy_error err;
    bool failed;
} feed;

static int feed_event(void *ctx, const dy_stored_event *e)
{
    feed *f = ctx;
    int rc = f->trend ? dy_trend_add(f->trend, e, &f->err) : dy_network_add(f->net, e, &f->err);
    if (rc < 0) {
        f->failed = true;
        return 1;
    }
    return 0;
}

static const char trend_usage[] =
    "usage: dyad trend A B [--vs C D]... [--by day|week|month|year] [--undirected]\n"
    "                  [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--db PATH|URL] [--csv]\n"
    "                  [--svg FILE] [--show quads,goldstein,net|all] [--overlay] [--title TEXT]\n";

typedef struct svg_job {
    const dy_trend *const *t;
    size_t n;
    const dy_chart_opts *o;
} svg_job;

static int write_svg(FILE *f, const void *ctx)
{
    const svg_job *j = ctx;
    return dy_trend_write_svg(f, j->t, j->n, j->o);
}

static int parse_show(const char *s)
{
    int show = 0;
    while (*s) {
        size_t n = strcspn(s, ",");
        if (n == 5 && !strncmp(s, "quads", 5))
            show |= DY_CHART_QUADS;
        else if (n == 9 && !strncmp(s, "goldstein", 9))
            show |= DY_CHART_GOLDSTEIN;
        else if (n == 3 && !strncmp(s, "net", 3))
            show |= DY_CHART_NET;
        else if (n == 3 && !strncmp(s, "all", 3))
            show |= DY_CHART_QUADS | DY_CHART_GOLDSTEIN | DY_CHART_NET;
        else
            return -1;
        s += n;
        if (*s == ',')
            s++;
    }
    return show;
}

int cmd_trend(int argc, char **argv)
{
    rel_common c = {REL_DEFAULT_DB, NULL, NULL};
    const char *pairs[MAX_PAIRS][2];
    size_t np = 0;
    const char *svg = NULL, *title = NULL;
    int by = DY_BY_MONTH, show = 0;
    bool undirected = false, csv = false, overlay = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int r = rel_common_opt(&c, argc, argv, &i);
        if (r < 0)
            return fputs(trend_usage, stderr), EXIT_USAGE;
        if (r > 0)
            continue;
        bool takes = !strcmp(a, "--by") || !strcmp(a, "--svg") || !strcmp(a, "--show") ||
                     !strcmp(a, "--title");
        if (takes && i + 1 >= argc) {
            fprintf(stderr, "dyad: option %s needs a value\n%s", a, trend_usage);
            return EXIT_USAGE;
        }
        if (!strcmp(a, "--by")) {
            by = dy_period_parse(argv[++i]);
            if (by < 0) {
                fprintf(stderr, "dyad: --by takes day, week, month or year\n");
                return EXIT_USAGE;
            }
        } else if (!strcmp(a, "--svg"))
            svg = argv[++i];
        else if (!strcmp(a, "--title"))
            title = argv[++i];
        else if (!strcmp(a, "--show")) {
            show = parse_show(argv[++i]);
            if (show <= 0) {
                fprintf(stderr, "dyad: --show takes quads, goldstein, net or all, comma-separated\n");
                return EXIT_USAGE;
            }
        } else if (!strcmp(a, "--undirected"))
            undirected = true;
        else if (!strcmp(a, "--overlay"))
            overlay = true;
        else if (!strcmp(a, "--csv"))
            csv = true;
        else if (!strcmp(a, "--vs")) {
            if (np == 0 || i + 2 >= argc || np == MAX_PAIRS) {
                fprintf(stderr, "dyad: --vs takes two actors, after the first pair (at most %d pairs)\n%s",
                        MAX_PAIRS, trend_usage);
                return EXIT_USAGE;
            }
            pairs[np][0] = argv[i + 1];
            pairs[np][1] = argv[i + 2];
            np++;
            i += 2;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "dyad: trend: unknown option %s\n%s", a, trend_usage);
            return EXIT_USAGE;
        } else if (np == 0 && i + 1 < argc && argv[i + 1][0] != '-') {
            pairs[0][0] = a;
            pairs[0][1] = argv[++i];
            np = 1;
        } else {
            fputs(trend_usage, stderr);
            return EXIT_USAGE;
        }
    }
    if (np == 0) {
        fputs(trend_usage, stderr);
        return EXIT_USAGE;
    }
    dy_trend *t[MAX_PAIRS] = {NULL};
    dy_error err = {0};
    for (size_t p = 0; p < np; p++) {
        dy_trend_opts o = {pairs[p][0], pairs[p][1], (dy_period)by, undirected, c.from, c.to};
        if (!(t[p] = dy_trend_new(&o, &err))) {
            fprintf(stderr, "dyad: trend: %s\n", err.msg);
            for (size_t q = 0; q < p; q++)
                dy_trend_free(t[q]);
            return err.status == DY_ENOMEM ? EXIT_ERROR : EXIT_USAGE;
        }
    }
    int rc = EXIT_OK;
    dy_store *s = rel_open(c.db);
    if (!s) {
        rc = EXIT_ERROR;
        goto done;
    }
    /* one query per pair; the store matches actors as the trend does */
    char first[11] = "", last[11] = "";
    for (size_t p = 0; p < np && rc == EXIT_OK; p++) {
        dy_query q = {0};
        q.source = pairs[p][0];
        q.target = pairs[p][1];
        q.undirected = undirected;
        q.from = c.from;
        q.to = c.to;
        feed f = {t[p], NULL, {0}, false};
        if (dy_store_query(s, &q, feed_event, &f, &err) < 0) {
            fprintf(stderr, "dyad: %s: %s\n", cli_store_name(c.db), err.msg);
            rc = EXIT_ERROR;
        } else if (f.failed) {
            fprintf(stderr, "dyad: trend: %s\n", f.err.msg);
            rc = EXIT_ERROR;
        }
        char f1[11], l1[11];
        if (dy_trend_span(t[p], f1, l1)) {
            if (!*first || strcmp(f1, first) < 0)
                memcpy(first, f1, sizeof first);
            if (!*last || strcmp(l1, last) > 0)
                memcpy(last, l1, sizeof last);
        }
    }
    dy_store_close(s);
    /* every pair over the same periods, so that they compare */
    for (size_t p = 0; p < np && rc == EXIT_OK; p++) {
        const char *f0 = c.from ? c.from : *first ? first : NULL;
        const char *l0 = c.to ? c.to : *last ? last : NULL;
        if (dy_trend_finish(t[p], f0, l0, &err)) {
            fprintf(stderr, "dyad: trend: %s\n", err.msg);
            rc = err.status == DY_ENOMEM ? EXIT_ERROR : EXIT_USAGE;
        }
    }
    if (rc != EXIT_OK)
        goto done;
    if (csv)
        puts("pair,period,start,events,verbal_coop,material_coop,verbal_conflict,material_conflict,"
             "goldstein_sum,goldstein_mean,net_coop");
    for (size_t p = 0; p < np; p++) {
        size_t n = dy_trend_count(t[p]);
        if (dy_trend_bad_dates(t[p]))
            fprintf(stderr, "dyad: trend %s: %ld events with a malformed date ignored\n",
                    dy_trend_label(t[p]), dy_trend_bad_dates(t[p]));
        if (!csv) {
            if (p)
                putchar('\n');
            printf("%s, by %s: %zu periods\n", dy_trend_label(t[p]), dy_period_name((dy_period)by), n);
            printf("%-10s  %-10s  %6s  %6s  %6s  %6s  %6s  %9s  %8s  %5s\n", "period", "start", "events",
                   "vcoop", "mcoop", "vconf", "mconf", "gold_sum", "gold_avg", "net");
        }
        for (size_t i = 0; i < n; i++) {
            const dy_trend_point *pt = dy_trend_point_at(t[p], i);
            if (csv) {
                csv_field(stdout, dy_trend_label(t[p]));
                printf(",%s,%s,%ld,%ld,%ld,%ld,%ld,%.2f,%.3f,%ld\n", pt->label, pt->start, pt->events,
                       pt->quad[1], pt->quad[2], pt->quad[3], pt->quad[4], pt->goldstein_sum,
                       pt->goldstein_mean, pt->net_coop);
            } else
                printf("%-10s  %-10s  %6ld  %6ld  %6ld  %6ld  %6ld  %9.1f  %8.2f  %5ld\n", pt->label, pt->start,
                       pt->events, pt->quad[1], pt->quad[2], pt->quad[3], pt->quad[4], pt->goldstein_sum,
                       pt->goldstein_mean, pt->net_coop);
        }
    }
    if (svg) {
        dy_chart_opts co = {show | (overlay ? DY_CHART_OVERLAY : 0), title, 0, 0};
        char auto_title[160];
        if (!title) {
            snprintf(auto_title, sizeof auto_title, "Relations by %s (dyad)", dy_period_name((dy_period)by));
            co.title = auto_title;
        }
        svg_job j = {(const dy_trend *const *)t, np, &co};
        if (!write_file(svg, write_svg, &j))
            rc = EXIT_ERROR;
    }
done:
    for (size_t p = 0; p < np; p++)
        dy_trend_free(t[p]);
    return rc;
}

/* ---------------------------------------------------------------- network */

static const char network_usage[] =
    "usage: dyad network [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--db PATH|URL]\n"
    "                    [--actors country|code] [--directed] [--graphml FILE] [--json]\n";

static int write_graphml(FILE *f, const void *ctx) { return dy_network_write_graphml(f, ctx); }

/* Builds the network of the store's events in the range: NULL on error
 * (reported). */
static dy_network *load_network(const rel_common *c, dy_actor_level level, bool directed)
{
    dy_error err = {0};
    dy_net_opts o = {level, directed, c->from, c->to};
    dy_network *net = dy_network_new(&o, &err);
    if (!net) {
        fprintf(stderr, "dyad: %s\n", err.msg);
        return NULL;
    }
    dy_store *s = rel_open(c->db);
    if (!s) {
        dy_network_free(net);
        return NULL;
    }
    dy_query q = {0};
    q.from = c->from;
    q.to = c->to;
    feed f = {NULL, net, {0}, false};
    int rc = dy_store_query(s, &q, feed_event, &f, &err);
    dy_store_close(s);
    if (rc < 0 || f.failed || dy_network_finish(net, &f.err)) {
        fprintf(stderr, "dyad: %s: %s\n", cli_store_name(c->db), rc < 0 ? err.msg : f.err.msg);
        dy_network_free(net);
        return NULL;
    }
    return net;
}

static json_t *jreal(double v) { return json_real(v); }

static int print_network_json(const dy_network *net, const rel_common *c, const char *actors)
{
    json_t *root = json_object(), *nodes = json_array(), *edges = json_array();
    if (!root || !nodes || !edges) {
        json_decref(root);
        json_decref(nodes);
        json_decref(edges);
        return -1;
    }
    json_object_set_new(root, "from", c->from ? json_string(c->from) : json_null());
    json_object_set_new(root, "to", c->to ? json_string(c->to) : json_null());
    json_object_set_new(root, "actors", json_string(actors));
    json_object_set_new(root, "directed", json_boolean(dy_network_directed(net)));
    for (size_t i = 0; i < dy_network_node_count(net); i++) {
        const dy_net_node *n = dy_network_node(net, i);
        json_array_append_new(nodes, json_pack("{s:s, s:I, s:o, s:o}", "id", n->id, "events",
                                               (json_int_t)n->events, "cooperation", jreal(n->coop),
                                               "conflict", jreal(n->conflict)));
    }
    for (size_t i = 0; i < dy_network_edge_count(net); i++) {
        const dy_net_edge *e = dy_network_edge(net, i);
        json_array_append_new(edges, json_pack("{s:s, s:s, s:I, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o}",
            "source", dy_network_node(net, e->a)->id, "target", dy_network_node(net, e->b)->id,
            "events", (json_int_t)e->events, "weight", jreal(e->weight),
            "verbal_coop", jreal(e->quad[1]), "material_coop", jreal(e->quad[2]),
            "verbal_conflict", jreal(e->quad[3]), "material_conflict", jreal(e->quad[4]),
            "neutral", jreal(e->quad[0]), "goldstein", jreal(e->goldstein),
            "cooperation", jreal(e->coop), "conflict", jreal(e->conflict)));
    }
    json_object_set_new(root, "nodes", nodes);
    json_object_set_new(root, "edges", edges);
    int rc = json_dumpf(root, stdout, JSON_INDENT(1) | JSON_REAL_PRECISION(6) | JSON_PRESERVE_ORDER);
    putchar('\n');
    json_decref(root);
    return rc;
}

static bool parse_actors(const char *v, dy_actor_level *out)
{
    if (!strcmp(v, "country"))
        *out = DY_ACTORS_COUNTRY;
    else if (!strcmp(v, "code"))
        *out = DY_ACTORS_CODE;
    else {
        fprintf(stderr, "dyad: --actors takes country or code\n");
        return false;
    }
    return true;
}

int cmd_network(int argc, char **argv)
{
    rel_common c = {REL_DEFAULT_DB, NULL, NULL};
    const char *graphml = NULL, *actors = "country";
    dy_actor_level level = DY_ACTORS_COUNTRY;
    bool json = false, directed = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int r = rel_common_opt(&c, argc, argv, &i);
        if (r < 0)
            return fputs(network_usage, stderr), EXIT_USAGE;
        if (r > 0)
            continue;
        if ((!strcmp(a, "--graphml") || !strcmp(a, "--actors")) && i + 1 >= argc) {
            fprintf(stderr, "dyad: option %s needs a value\n%s", a, network_usage);
            return EXIT_USAGE;
        }
        if (!strcmp(a, "--graphml"))
            graphml = argv[++i];
        else if (!strcmp(a, "--actors")) {
            actors = argv[++i];
            if (!parse_actors(actors, &level))
                return EXIT_USAGE;
        } else if (!strcmp(a, "--json"))
            json = true;
        else if (!strcmp(a, "--directed"))
            directed = true;
        else {
            fprintf(stderr, "dyad: network: unknown argument %s\n%s", a, network_usage);
            return EXIT_USAGE;
        }
    }
    dy_network *net = load_network(&c, level, directed);
    if (!net)
        return EXIT_ERROR;
    int rc = EXIT_OK;
    if (graphml && !write_file(graphml, write_graphml, net))
        rc = EXIT_ERROR;
    if (json) {
        if (print_network_json(net, &c, actors) != 0) {
            fprintf(stderr, "dyad: network: out of memory or output error\n");
            rc = EXIT_ERROR;
        }
    } else if (!graphml) {
        printf("%zu actors, %zu edges (%s)\n", dy_network_node_count(net), dy_network_edge_count(net),
               directed ? "directed" : "undirected");
        printf("%-8s %-8s %6s %8s %7s %7s %7s %7s %9s %8s %8s\n", "a", "b", "events", "weight",
               "vcoop", "mcoop", "vconf", "mconf", "goldstein", "coop", "conflict");
        for (size_t i = 0; i < dy_network_edge_count(net); i++) {
            const dy_net_edge *e = dy_network_edge(net, i);
            printf("%-8s %-8s %6ld %8.2f %7.2f %7.2f %7.2f %7.2f %9.2f %8.2f %8.2f\n",
                   dy_network_node(net, e->a)->id, dy_network_node(net, e->b)->id, e->events, e->weight,
                   e->quad[1], e->quad[2], e->quad[3], e->quad[4], e->goldstein, e->coop, e->conflict);
        }
    } else
        fprintf(stderr, "dyad: %s: %zu actors, %zu edges\n", graphml, dy_network_node_count(net),
                dy_network_edge_count(net));
    dy_network_free(net);
    return rc;
}

/* ------------------------------------------------------------------ blocs */

static const char blocs_usage[] =
    "usage: dyad blocs [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--db PATH|URL] [--min-events N]\n"
    "                  [--actors country|code] [--restarts N] [--seed N] [--json]\n";

static int print_blocs_json(const dy_blocs *b, const rel_common *c, long min_events)
{
    json_t *root = json_object(), *groups = json_array();
    if (!root || !groups) {
        json_decref(root);
        json_decref(groups);
        return -1;
    }
    json_object_set_new(root, "from", c->from ? json_string(c->from) : json_null());
    json_object_set_new(root, "to", c->to ? json_string(c->to) : json_null());
    json_object_set_new(root, "min_events", json_integer(min_events));
    json_object_set_new(root, "actors", json_integer((json_int_t)b->n_actors));
    json_object_set_new(root, "pairs", json_integer((json_int_t)b->pairs));
    for (size_t g = 0; g < b->n_groups; g++) {
        json_t *m = json_array();
        for (size_t i = b->groups[g].first; i < b->groups[g].first + b->groups[g].n; i++)
            json_array_append_new(m, json_string(b->actors[i]));
        json_array_append_new(groups, json_pack("{s:o, s:o, s:o}", "members", m, "within",
                                                json_real(b->groups[g].within), "across",
                                                json_real(b->groups[g].across)));
    }
    json_object_set_new(root, "groups", groups);
    json_object_set_new(root, "total_weight", json_real(b->total));
    json_object_set_new(root, "frustration", json_real(b->frustration));
    json_object_set_new(root, "agreement", json_real(b->agreement));
    json_object_set_new(root, "method", json_pack("{s:s, s:i, s:I}", "name",
        "correlation clustering by local search", "restarts", b->restarts, "seed", (json_int_t)b->seed));
    int rc = json_dumpf(root, stdout, JSON_INDENT(1) | JSON_REAL_PRECISION(6) | JSON_PRESERVE_ORDER);
    putchar('\n');
    json_decref(root);
    return rc;
}

int cmd_blocs(int argc, char **argv)
{
    rel_common c = {REL_DEFAULT_DB, NULL, NULL};
    dy_bloc_opts bo = {1, 0, 0};
    dy_actor_level level = DY_ACTORS_COUNTRY;
    bool json = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int r = rel_common_opt(&c, argc, argv, &i);
        if (r < 0)
            return fputs(blocs_usage, stderr), EXIT_USAGE;
        if (r > 0)
            continue;
        bool takes = !strcmp(a, "--min-events") || !strcmp(a, "--actors") || !strcmp(a, "--restarts") ||
                     !strcmp(a, "--seed");
        if (takes && i + 1 >= argc) {
            fprintf(stderr, "dyad: option %s needs a value\n%s", a, blocs_usage);
            return EXIT_USAGE;
        }
        long v = 0;
        if (!strcmp(a, "--min-events")) {
            if (!cli_parse_long(argv[++i], 1, 1000000000L, &v)) {
                fprintf(stderr, "dyad: --min-events takes a number of at least 1\n");
                return EXIT_USAGE;
            }
            bo.min_events = v;
        } else if (!strcmp(a, "--restarts")) {
            if (!cli_parse_long(argv[++i], 1, 100000, &v)) {
                fprintf(stderr, "dyad: --restarts takes a number from 1 to 100000\n");
                return EXIT_USAGE;
            }
            bo.restarts = (int)v;
        } else if (!strcmp(a, "--seed")) {
            if (!cli_parse_long(argv[++i], 1, 2147483647L, &v)) {
                fprintf(stderr, "dyad: --seed takes a positive number\n");
                return EXIT_USAGE;
            }
            bo.seed = (unsigned long long)v;
        } else if (!strcmp(a, "--actors")) {
            if (!parse_actors(argv[++i], &level))
                return EXIT_USAGE;
        } else if (!strcmp(a, "--json"))
            json = true;
        else {
            fprintf(stderr, "dyad: blocs: unknown argument %s\n%s", a, blocs_usage);
            return EXIT_USAGE;
        }
    }
    dy_network *net = load_network(&c, level, false);
    if (!net)
        return EXIT_ERROR;
    dy_error err = {0};
    dy_blocs *b = dy_blocs_find(net, &bo, &err);
    dy_network_free(net);
    if (!b) {
        fprintf(stderr, "dyad: blocs: %s\n", err.msg);
        return EXIT_ERROR;
    }
    int rc = EXIT_OK;
    if (json) {
        if (print_blocs_json(b, &c, bo.min_events) != 0) {
            fprintf(stderr, "dyad: blocs: out of memory or output error\n");
            rc = EXIT_ERROR;
        }
    } else {
        printf("blocs from %s to %s: %zu actors with at least %ld event%s, %zu signed pairs, %zu group%s\n",
               c.from ? c.from : "the first event", c.to ? c.to : "the last", b->n_actors, bo.min_events,
               bo.min_events == 1 ? "" : "s", b->pairs, b->n_groups, b->n_groups == 1 ? "" : "s");
        for (size_t g = 0; g < b->n_groups; g++) {
            printf("bloc %zu (%zu):", g + 1, b->groups[g].n);
            for (size_t i = b->groups[g].first; i < b->groups[g].first + b->groups[g].n; i++)
                printf(" %s", b->actors[i]);
            printf("\n    signed weight within %+.1f, across %+.1f\n", b->groups[g].within, b->groups[g].across);
        }
        printf("agreement %.3f: share of the signed weight (%.1f) that agrees with the partition\n",
               b->agreement, b->total);
        printf("frustration %.1f: cooperation split across blocs plus conflict inside them\n", b->frustration);
        printf("method: correlation clustering by local search, %d restarts, seed %llu (docs/relations.md)\n",
               b->restarts, b->seed);
    }
    dy_blocs_free(b);
    return rc;
}
