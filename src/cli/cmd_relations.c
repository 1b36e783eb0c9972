/* cmd_relations.c: dyad trend, dyad network and dyad blocs.  Thin: options,
 * one store query each, and the output formats; the computations are
 * libdyad's (the relations section of include/dyad.h, docs/relations.md). */
#include "cli.h"
#include "output/output.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_PAIRS 8

/* Options every relations command takes. */
typedef struct rel_common {
    const char *db, *from, *to;
} rel_common;

/* Both are YYYY-MM-DD (checked by the option parser), so they compare as
 * text.  Returns 0, or 64 after reporting. */
static int rel_check_range(const cli_cmd *spec, const rel_common *c)
{
    if (c->from && c->to && strcmp(c->from, c->to) > 0)
        return cli_usage_error(spec, "--from %s is after --to %s", c->from, c->to);
    return 0;
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
    long n; /* events fed */
} feed;

static int feed_event(void *ctx, const dy_stored_event *e)
{
    feed *f = ctx;
    f->n++;
    int rc = f->trend ? dy_trend_add(f->trend, e, &f->err) : dy_network_add(f->net, e, &f->err);
    if (rc < 0) {
        f->failed = true;
        return 1;
    }
    return 0;
}

enum {
    O_R_DB = 1, O_R_FROM, O_R_TO, O_R_VS, O_R_BY, O_R_UNDIRECTED, O_R_CSV, O_R_SVG, O_R_SHOW,
    O_R_OVERLAY, O_R_TITLE, O_R_ACTORS, O_R_DIRECTED, O_R_GRAPHML, O_R_JSON, O_R_MIN_EVENTS,
    O_R_RESTARTS, O_R_SEED, O_R_FORMAT
};

/* The parser results and options every relations command shares (help,
 * errors, --db, --from, --to; ARGS_OK when the command takes arguments).
 * Returns REL_MINE when K is the command's own option or argument,
 * REL_TAKEN when it was handled here, or the exit status to return now. */
enum { REL_MINE = -1, REL_TAKEN = -2 };
static int rel_opt(rel_common *c, const cli_cmd *spec, const cli_parser *ap, int k, bool args_ok)
{
    switch (k) {
    case CLI_HELP: return EXIT_OK;
    case CLI_ERROR: return EXIT_USAGE;
    case CLI_ARG:
        if (args_ok)
            return REL_MINE;
        return cli_usage_error(spec, "unexpected argument '%s'", ap->val);
    case O_R_DB: c->db = ap->val; return REL_TAKEN;
    case O_R_FROM: c->from = ap->val; return REL_TAKEN;
    case O_R_TO: c->to = ap->val; return REL_TAKEN;
    default: return REL_MINE;
    }
}
#define REL_OPT_ACTORS                                                                          \
    {O_R_ACTORS, "--actors", CLI_CHOICE, "country|code",                                      \
     "the graph's nodes: countries, or full actor codes (CHNGOV)", "country", 0, 0, NULL}
#define REL_OPT_JSON                                                                            \
    {O_R_JSON, "--json", CLI_FLAG, NULL, "print JSON instead of a table", NULL, 0, 0, NULL}

static const cli_opt trend_opts[] = {
    {O_R_VS, "--vs", CLI_PAIR, "C D", "another pair on the same periods (at most 8 pairs)", NULL, 0, 0, NULL},
    {O_R_BY, "--by", CLI_CHOICE, "day|week|month|year", "the periods", "month", 0, 0, NULL},
    {O_R_UNDIRECTED, "--undirected", CLI_FLAG, NULL, "count events of B towards A too", NULL, 0, 0, NULL},
    CLI_OPT_FROM(O_R_FROM),
    CLI_OPT_TO(O_R_TO),
    CLI_OPT_DB(O_R_DB),
    {O_R_FORMAT, "--format", CLI_CHOICE, "table|csv", "the output: a table, or CSV with a header (as "
     "query --format csv)", NULL, 0, 0, NULL},
    {O_R_CSV, "--csv", CLI_FLAG, NULL, "the same as --format csv", NULL, 0, 0, NULL},
    {O_R_SVG, "--svg", CLI_STR, "FILE", "draw the series as an SVG chart into FILE", NULL, 0, 0, NULL},
    {O_R_SHOW, "--show", CLI_STR, "quads,goldstein,net|all", "what the chart shows, comma-separated",
     NULL, 0, 0, NULL},
    {O_R_OVERLAY, "--overlay", CLI_FLAG, NULL, "draw the pairs in one panel", NULL, 0, 0, NULL},
    {O_R_TITLE, "--title", CLI_STR, "TEXT", "the chart's title", NULL, 0, 0, NULL},
    CLI_OPT_END,
};

const cli_cmd cli_cmd_trend = {
    "trend", "A B", "a pair's relations over time: counts by quad class, Goldstein, net cooperation",
    "A and B are actors: a country (CHN, every role of it) or a full code (CHNGOV).  "
    "docs/relations.md describes the output.",
    "dyad trend CHN USA --vs RUS USA --by month --db events.db --svg trend.svg", trend_opts, NULL,
};

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
    rel_common c = {NULL, NULL, NULL};
    const char *pairs[MAX_PAIRS][2];
    size_t np = 0, nargs = 0;
    const char *svg = NULL, *title = NULL;
    int by = DY_BY_MONTH, show = 0;
    bool undirected = false, csv = false, overlay = false;
    const cli_cmd *spec = &cli_cmd_trend;
    cli_parser ap;
    cli_init(&ap, spec, argc, argv);
    for (int k; (k = cli_next(&ap)) != CLI_DONE;) {
        int r = rel_opt(&c, spec, &ap, k, true);
        if (r == REL_TAKEN)
            continue;
        if (r != REL_MINE)
            return r;
        switch (k) {
        case O_R_BY: by = (int)ap.num; break;
        case O_R_SVG: svg = ap.val; break;
        case O_R_TITLE: title = ap.val; break;
        case O_R_SHOW:
            show = parse_show(ap.val);
            if (show <= 0)
                return cli_usage_error(spec, "--show takes quads, goldstein, net or all, comma-separated");
            break;
        case O_R_UNDIRECTED: undirected = true; break;
        case O_R_OVERLAY: overlay = true; break;
        case O_R_CSV: csv = true; break;
        case O_R_FORMAT: csv = ap.num == 1; break;
        case O_R_VS:
            if (np == 0 || np == MAX_PAIRS)
                return cli_usage_error(spec, "--vs takes two actors, after the first pair (at most %d pairs)",
                                       MAX_PAIRS);
            pairs[np][0] = ap.val;
            pairs[np][1] = ap.val2;
            np++;
            break;
        case CLI_ARG:
            /* A B: the first pair */
            if (nargs == 2)
                return cli_usage_error(spec, "unexpected argument '%s'", ap.val);
            pairs[0][nargs++] = ap.val;
            if (nargs == 2)
                np = 1;
            break;
        }
    }
    if (np == 0)
        return cli_usage_short(spec);
    if (rel_check_range(spec, &c))
        return EXIT_USAGE;
    /* every actor a known code or name (cli_actor); all are checked, so
     * that one message names every mistake */
    char codes[MAX_PAIRS][2][48];
    bool bad = false;
    for (size_t p = 0; p < np; p++)
        for (int k = 0; k < 2; k++) {
            if (!cli_actor(spec, p == 0 ? (k ? "B" : "A") : "--vs", pairs[p][k], codes[p][k],
                           sizeof codes[p][k]))
                bad = true;
            else
                pairs[p][k] = codes[p][k];
        }
    if (bad)
        return EXIT_USAGE;
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
        q.no_location = 1;
        feed f = {t[p], NULL, {0}, false, 0};
        if (dy_store_query(s, &q, feed_event, &f, &err) < 0) {
            fprintf(stderr, "dyad: %s: %s\n", cli_store_name(c.db), err.msg);
            rc = EXIT_ERROR;
        } else if (f.failed) {
            fprintf(stderr, "dyad: trend: %s\n", f.err.msg);
            rc = EXIT_ERROR;
        } else if (f.n == 0) {
            /* known actors, but no event between them: say so, as an
             * empty series looks like a mistake */
            fprintf(stderr, "dyad: trend: no events of %s %s %s in %s%s%s%s%s\n", pairs[p][0],
                    undirected ? "and" : "towards", pairs[p][1], cli_store_name(c.db),
                    c.from ? " from " : "", c.from ? c.from : "", c.to ? " to " : "",
                    c.to ? c.to : "");
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

static const cli_opt network_opts[] = {
    CLI_OPT_FROM(O_R_FROM),
    CLI_OPT_TO(O_R_TO),
    CLI_OPT_DB(O_R_DB),
    REL_OPT_ACTORS,
    {O_R_DIRECTED, "--directed", CLI_FLAG, NULL, "keep the direction of events (A to B is not B to A)",
     NULL, 0, 0, NULL},
    {O_R_GRAPHML, "--graphml", CLI_STR, "FILE", "write the graph as GraphML into FILE", NULL, 0, 0, NULL},
    REL_OPT_JSON,
    CLI_OPT_END,
};

const cli_cmd cli_cmd_network = {
    "network", "", "the relation graph of a period: actors, and the events between them", NULL,
    "dyad network --from 2021-01-01 --to 2021-12-31 --db events.db --graphml net.graphml",
    network_opts, NULL,
};

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
    q.no_location = 1;
    feed f = {NULL, net, {0}, false, 0};
    int rc = dy_store_query(s, &q, feed_event, &f, &err);
    dy_store_close(s);
    if (rc < 0 || f.failed || dy_network_finish(net, &f.err)) {
        fprintf(stderr, "dyad: %s: %s\n", cli_store_name(c->db), rc < 0 ? err.msg : f.err.msg);
        dy_network_free(net);
        return NULL;
    }
    return net;
}

static int print_network_json(const dy_network *net, const rel_common *c, const char *actors)
{
    json_t *root = dy_out_network_json(net, c->from, c->to, actors);
    if (!root)
        return -1;
    int rc = json_dumpf(root, stdout, JSON_INDENT(1) | JSON_REAL_PRECISION(6) | JSON_PRESERVE_ORDER);
    putchar('\n');
    json_decref(root);
    return rc;
}

int cmd_network(int argc, char **argv)
{
    rel_common c = {NULL, NULL, NULL};
    const char *graphml = NULL, *actors = "country";
    dy_actor_level level = DY_ACTORS_COUNTRY;
    bool json = false, directed = false;
    const cli_cmd *spec = &cli_cmd_network;
    cli_parser ap;
    cli_init(&ap, spec, argc, argv);
    for (int k; (k = cli_next(&ap)) != CLI_DONE;) {
        int r = rel_opt(&c, spec, &ap, k, false);
        if (r == REL_TAKEN)
            continue;
        if (r != REL_MINE)
            return r;
        switch (k) {
        case O_R_GRAPHML: graphml = ap.val; break;
        case O_R_ACTORS:
            actors = ap.val;
            level = ap.num == 0 ? DY_ACTORS_COUNTRY : DY_ACTORS_CODE;
            break;
        case O_R_JSON: json = true; break;
        case O_R_DIRECTED: directed = true; break;
        }
    }
    if (rel_check_range(spec, &c))
        return EXIT_USAGE;
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
    } else if (rc == EXIT_OK)   /* the result line only for a file written whole */
        fprintf(stderr, "dyad: %s: %zu actors, %zu edges\n", graphml, dy_network_node_count(net),
                dy_network_edge_count(net));
    dy_network_free(net);
    return rc;
}

/* ------------------------------------------------------------------ blocs */

static const cli_opt blocs_opts[] = {
    CLI_OPT_FROM(O_R_FROM),
    CLI_OPT_TO(O_R_TO),
    CLI_OPT_DB(O_R_DB),
    {O_R_MIN_EVENTS, "--min-events", CLI_NUM, "N", "leave out actors with fewer events", "1", 1,
     1000000000L, NULL},
    REL_OPT_ACTORS,
    {O_R_RESTARTS, "--restarts", CLI_NUM, "N", "restarts of the local search (default: the library's)",
     NULL, 1, 100000, NULL},
    {O_R_SEED, "--seed", CLI_NUM, "N", "the search's random seed (default: the library's)", NULL, 1,
     2147483647L, NULL},
    REL_OPT_JSON,
    CLI_OPT_END,
};

const cli_cmd cli_cmd_blocs = {
    "blocs", "", "groups of actors that cooperate inside and conflict across", NULL,
    "dyad blocs --from 2021-01-01 --to 2021-12-31 --min-events 3 --db events.db", blocs_opts, NULL,
};

static int print_blocs_json(const dy_blocs *b, const rel_common *c, long min_events)
{
    json_t *root = dy_out_blocs_json(b, c->from, c->to, min_events);
    if (!root)
        return -1;
    int rc = json_dumpf(root, stdout, JSON_INDENT(1) | JSON_REAL_PRECISION(6) | JSON_PRESERVE_ORDER);
    putchar('\n');
    json_decref(root);
    return rc;
}

int cmd_blocs(int argc, char **argv)
{
    rel_common c = {NULL, NULL, NULL};
    dy_bloc_opts bo = {1, 0, 0};
    dy_actor_level level = DY_ACTORS_COUNTRY;
    bool json = false;
    const cli_cmd *spec = &cli_cmd_blocs;
    cli_parser ap;
    cli_init(&ap, spec, argc, argv);
    for (int k; (k = cli_next(&ap)) != CLI_DONE;) {
        int r = rel_opt(&c, spec, &ap, k, false);
        if (r == REL_TAKEN)
            continue;
        if (r != REL_MINE)
            return r;
        switch (k) {
        case O_R_MIN_EVENTS: bo.min_events = (long)ap.num; break;
        case O_R_RESTARTS: bo.restarts = (int)ap.num; break;
        case O_R_SEED: bo.seed = (unsigned long long)ap.num; break;
        case O_R_ACTORS: level = ap.num == 0 ? DY_ACTORS_COUNTRY : DY_ACTORS_CODE; break;
        case O_R_JSON: json = true; break;
        }
    }
    if (rel_check_range(spec, &c))
        return EXIT_USAGE;
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
