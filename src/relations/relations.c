/* relations.c: trends, networks and blocs over stored events (the
 * "relations" section of dyad.h; docs/relations.md). */
#include "base/internal.h"
#include "base/date.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ dates */

/* Day numbers count from 0001-01-01, a Monday (base/date.h). */
#define day_number dy_day_number
#define civil dy_day_civil

/* Parses YYYY-MM-DD (a real date, years 1-9999) into a day number. */
static bool parse_date(const char *s, long *out)
{
    int32_t x = dy_date_parse(s, 1, 9999, DY_DATE_REAL);
    if (x < 0)
        return false;
    *out = day_number(x / 10000, x / 100 % 100, x % 100);
    return true;
}

/* Writes V (0 <= V < 10^W after the modulo) as W digits at P. */
static char *digits(char *p, long v, int w)
{
    v %= w == 4 ? 10000 : 100;
    for (int i = w - 1; i >= 0; i--, v /= 10)
        p[i] = (char)('0' + v % 10);
    return p + w;
}

static void format_day(long n, char out[11])
{
    long y;
    int m, d;
    civil(n, &y, &m, &d);
    char *p = digits(out, y, 4);
    *p++ = '-';
    p = digits(p, m, 2);
    *p++ = '-';
    p = digits(p, d, 2);
    *p = 0;
}

/* The ordinal of the period that contains day N. */
static long period_of(dy_period by, long n)
{
    long y;
    int m, d;
    switch (by) {
    case DY_BY_DAY: return n;
    case DY_BY_WEEK: return n / 7;
    case DY_BY_MONTH: civil(n, &y, &m, &d); return y * 12 + (m - 1);
    case DY_BY_YEAR: civil(n, &y, &m, &d); return y;
    }
    return n;
}

/* The first day of period ORD, and its label. */
static long period_start(dy_period by, long ord, char label[11])
{
    long n = ord;
    switch (by) {
    case DY_BY_DAY:
        format_day(n, label);
        break;
    case DY_BY_WEEK: {
        n = ord * 7;                 /* a Monday */
        long y;
        int m, d;
        civil(n + 3, &y, &m, &d);    /* the Thursday names the ISO year */
        long week = (n + 3 - day_number(y, 1, 1)) / 7 + 1;
        char *p = digits(label, y, 4);
        *p++ = '-';
        *p++ = 'W';
        p = digits(p, week, 2);
        *p = 0;
        break;
    }
    case DY_BY_MONTH:
        n = day_number(ord / 12, (int)(ord % 12) + 1, 1);
        {
            char *p = digits(label, ord / 12, 4);
            *p++ = '-';
            p = digits(p, ord % 12 + 1, 2);
            *p = 0;
        }
        break;
    case DY_BY_YEAR:
        n = day_number(ord, 1, 1);
        digits(label, ord, 4)[0] = 0;
        break;
    }
    return n;
}

const char *dy_period_name(dy_period p)
{
    switch (p) {
    case DY_BY_DAY: return "day";
    case DY_BY_WEEK: return "week";
    case DY_BY_MONTH: return "month";
    case DY_BY_YEAR: return "year";
    }
    return "?";
}

int dy_period_parse(const char *s)
{
    for (int p = DY_BY_DAY; p <= DY_BY_YEAR; p++)
        if (s && !strcmp(s, dy_period_name((dy_period)p)))
            return p;
    return -1;
}

/* ----------------------------------------------------------------- actors */

/* Does actor pattern P (3 letters: a country; else a full code) match CODE? */
static bool actor_match(const char *p, const char *code)
{
    if (!p || !code)
        return false;
    if (strlen(p) == 3)
        return strncmp(code, p, 3) == 0;
    return strcmp(code, p) == 0;
}

/* Is the country of actor P one of the space-separated PARTICIPANTS? */
static bool among(const char *p, const char *participants)
{
    size_t pl = strlen(p) < 3 ? strlen(p) : 3;
    const char *s = participants;
    while (*s) {
        while (*s == ' ')
            s++;
        const char *e = s;
        while (*e && *e != ' ')
            e++;
        size_t n = (size_t)(e - s);
        if (n >= pl && pl > 0 && !strncmp(s, p, pl))
            return true;
        s = e;
    }
    return false;
}

static bool in_range(long day, bool has_from, long from, bool has_to, long to)
{
    return (!has_from || day >= from) && (!has_to || day <= to);
}

/* ------------------------------------------------------------------ trend */

typedef struct bucket {
    long ord, events, quad[5];
    double gsum;
} bucket;

struct dy_trend {
    char *a, *b, *label;
    dy_period by;
    bool undirected, has_from, has_to, finished;
    long from, to;            /* day numbers */
    long first, last;         /* first and last event's day */
    long counted, bad_dates;
    dy_vec buckets;           /* bucket, unordered */
    dy_map index;             /* ordinal (decimal) -> bucket index */
    dy_trend_point *points;
    size_t n_points;
};

static bool opt_range(const char *from, const char *to, bool *hf, long *f, bool *ht, long *t,
                      dy_error *err)
{
    *hf = from && *from;
    *ht = to && *to;
    if (*hf && !parse_date(from, f)) {
        dy_seterr(err, DY_EINPUT, NULL, 0, "malformed date '%s' (YYYY-MM-DD)", from);
        return false;
    }
    if (*ht && !parse_date(to, t)) {
        dy_seterr(err, DY_EINPUT, NULL, 0, "malformed date '%s' (YYYY-MM-DD)", to);
        return false;
    }
    return true;
}

dy_trend *dy_trend_new(const dy_trend_opts *o, dy_error *err)
{
    if (!o || !o->a || !o->b || !*o->a || !*o->b) {
        dy_seterr(err, DY_EINPUT, NULL, 0, "a trend needs two actors");
        return NULL;
    }
    if ((int)o->by < DY_BY_DAY || (int)o->by > DY_BY_YEAR) {
        dy_seterr(err, DY_EINPUT, NULL, 0, "unknown period");
        return NULL;
    }
    dy_trend *t = dy_calloc(1, sizeof *t);
    if (!t)
        goto oom;
    t->buckets = (dy_vec)DY_VEC(bucket);
    t->by = o->by;
    t->undirected = o->undirected != 0;
    if (!opt_range(o->from, o->to, &t->has_from, &t->from, &t->has_to, &t->to, err)) {
        dy_trend_free(t);
        return NULL;
    }
    size_t la = strlen(o->a), lb = strlen(o->b);
    t->a = dy_strndup(o->a, la);
    t->b = dy_strndup(o->b, lb);
    t->label = dy_malloc(la + lb + 5);
    if (!t->a || !t->b || !t->label)
        goto oom;
    snprintf(t->label, la + lb + 5, "%s %s %s", o->a, t->undirected ? "-" : "->", o->b);
    return t;
oom:
    dy_trend_free(t);
    dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
    return NULL;
}

static bool trend_concerns(const dy_trend *t, const dy_stored_event *e)
{
    if (e->participants && *e->participants)
        return among(t->a, e->participants) && among(t->b, e->participants);
    if (actor_match(t->a, e->source) && actor_match(t->b, e->target))
        return true;
    return t->undirected && actor_match(t->b, e->source) && actor_match(t->a, e->target);
}

int dy_trend_add(dy_trend *t, const dy_stored_event *e, dy_error *err)
{
    if (t->finished) {
        dy_seterr(err, DY_EINPUT, NULL, 0, "the trend is finished");
        return -1;
    }
    if (!e || !trend_concerns(t, e))
        return 0;
    long day;
    if (!parse_date(e->date, &day)) {
        t->bad_dates++;
        return 0;
    }
    if (!in_range(day, t->has_from, t->from, t->has_to, t->to))
        return 0;
    long ord = period_of(t->by, day);
    char key[24];
    int kl = snprintf(key, sizeof key, "%ld", ord);
    uint32_t i = dy_map_get(&t->index, key, (size_t)kl);
    bucket *bk;
    if (i == UINT32_MAX) {
        size_t at = t->buckets.n;
        if (at >= UINT32_MAX - 1 || !(bk = dy_vec_push(&t->buckets)))
            goto oom;
        if (!dy_map_put(&t->index, key, (size_t)kl, (uint32_t)at)) {
            t->buckets.n--;
            goto oom;
        }
        bk = &DY_AT(t->buckets, bucket, at);
        bk->ord = ord;
    } else
        bk = &DY_AT(t->buckets, bucket, i);
    bk->events++;
    if (e->quad >= 0 && e->quad <= 4)
        bk->quad[e->quad]++;
    bk->gsum += e->goldstein;
    if (!t->counted || day < t->first)
        t->first = day;
    if (!t->counted || day > t->last)
        t->last = day;
    t->counted++;
    return 1;
oom:
    dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
    return -1;
}

int dy_trend_span(const dy_trend *t, char first[11], char last[11])
{
    if (!t->counted)
        return 0;
    format_day(t->first, first);
    format_day(t->last, last);
    return 1;
}

int dy_trend_finish(dy_trend *t, const char *from, const char *to, dy_error *err)
{
    if (t->finished) {
        dy_seterr(err, DY_EINPUT, NULL, 0, "the trend is finished");
        return -1;
    }
    bool hf, ht;
    long f = 0, l = 0;
    if (!opt_range(from, to, &hf, &f, &ht, &l, err))
        return -1;
    if (!hf) {
        hf = t->has_from || t->counted;
        f = t->has_from ? t->from : t->first;
    }
    if (!ht) {
        ht = t->has_to || t->counted;
        l = t->has_to ? t->to : t->last;
    }
    if (!hf && !ht) {   /* nothing counted, no range: an empty series */
        t->finished = true;
        return 0;
    }
    if (!hf)
        f = l;
    if (!ht)
        l = f;
    if (l < f) {
        long x = f;
        f = l;
        l = x;
    }
    long lo = period_of(t->by, f), hi = period_of(t->by, l);
    if (hi - lo + 1 > DY_TREND_MAX_PERIODS) {
        dy_seterr(err, DY_EINPUT, NULL, 0,
                  "the series would have %ld periods (at most %d); choose a longer period or a shorter range",
                  hi - lo + 1, DY_TREND_MAX_PERIODS);
        return -1;
    }
    size_t n = (size_t)(hi - lo + 1);
    dy_trend_point *p = dy_calloc(n, sizeof *p);
    if (!p) {
        dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        long s = period_start(t->by, lo + (long)i, p[i].label);
        format_day(s, p[i].start);
    }
    for (size_t i = 0; i < t->buckets.n; i++) {
        const bucket *bk = &DY_AT(t->buckets, bucket, i);
        if (bk->ord < lo || bk->ord > hi)
            continue;
        dy_trend_point *q = &p[bk->ord - lo];
        q->events = bk->events;
        memcpy(q->quad, bk->quad, sizeof q->quad);
        q->goldstein_sum = bk->gsum;
        q->goldstein_mean = bk->events ? bk->gsum / (double)bk->events : 0;
        q->net_coop = bk->quad[1] + bk->quad[2] - bk->quad[3] - bk->quad[4];
    }
    t->points = p;
    t->n_points = n;
    t->finished = true;
    return 0;
}

size_t dy_trend_count(const dy_trend *t) { return t ? t->n_points : 0; }

const dy_trend_point *dy_trend_point_at(const dy_trend *t, size_t i)
{
    return t && i < t->n_points ? &t->points[i] : NULL;
}

const char *dy_trend_label(const dy_trend *t) { return t->label; }
long dy_trend_bad_dates(const dy_trend *t) { return t->bad_dates; }

void dy_trend_free(dy_trend *t)
{
    if (!t)
        return;
    dy_free(t->a);
    dy_free(t->b);
    dy_free(t->label);
    dy_vec_free(&t->buckets);
    dy_map_free(&t->index);
    dy_free(t->points);
    dy_free(t);
}

/* ---------------------------------------------------------- XML writing */

/* Writes S escaped for XML text and attributes.  Control characters and,
 * in a string that is not valid UTF-8, every byte over 0x7F become '?',
 * so the document stays well-formed whatever the store holds. */
static void xml_puts(FILE *out, const char *s)
{
    bool utf8 = dy_utf8_valid(s, strlen(s));
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        switch (c) {
        case '&': fputs("&amp;", out); break;
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '"': fputs("&quot;", out); break;
        case '\'': fputs("&apos;", out); break;
        default:
            if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f || (c >= 0x80 && !utf8))
                fputc('?', out);
            else
                fputc(c, out);
        }
    }
}

/* ------------------------------------------------------------------ chart */

static const char *const quad_names[5] = {
    "neutral", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"
};
static const char *const quad_colors[5] = {"#888888", "#2c7bb6", "#1a9641", "#f29e2e", "#d7191c"};
/* one colour per pair in an overlay chart */
static const char *const pair_colors[8] = {"#d7191c", "#2c7bb6", "#1a9641", "#6a3d9a",
                                           "#f29e2e", "#222222", "#b15928", "#e7298a"};
#define GOLD_COLOR "#6a3d9a"
#define NET_COLOR "#222222"

/* A "nice" step (1, 2 or 5 times a power of ten) for about N ticks over SPAN. */
static double nice_step(double span, int n)
{
    if (span <= 0)
        return 1;
    double raw = span / n, p = pow(10, floor(log10(raw))), f = raw / p;
    double step = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
    step *= p;
    return step < 1 ? 1 : step;  /* counts are whole */
}

typedef struct chart_geo {
    double x0, y0, w, h;    /* the plot area */
    double lo, hi, step;    /* left axis range and tick step */
    size_t n;               /* points */
} chart_geo;

static double gx(const chart_geo *g, size_t i)
{
    return g->n <= 1 ? g->x0 + g->w / 2 : g->x0 + g->w * (double)i / (double)(g->n - 1);
}
static double gy(const chart_geo *g, double v)
{
    return g->y0 + g->h - (v - g->lo) / (g->hi - g->lo) * g->h;
}
static double gy_gold(const chart_geo *g, double v)
{
    return g->y0 + g->h - (v + 10) / 20 * g->h;
}

/* Series: 1-4 the quad classes, 5 net cooperation, 6 the Goldstein mean. */
enum { SERIES_NET = 5, SERIES_GOLD = 6 };

static double point_value(const dy_trend_point *p, int series)
{
    return series <= 4 ? (double)p->quad[series] : series == SERIES_NET ? (double)p->net_coop
                                                                          : p->goldstein_mean;
}

static const char *series_name(int series)
{
    return series <= 4 ? quad_names[series] : series == SERIES_NET ? "net cooperation" : "Goldstein mean";
}

/* One line of trend T (the Goldstein mean broken where a period has no
 * events), with a tooltip per point when MARKERS. */
static void chart_line(FILE *out, const dy_trend *t, const chart_geo *g, int series,
                       const char *color, const char *dash, bool markers)
{
    bool gold = series == SERIES_GOLD;
    bool open = false;
    for (size_t i = 0; i < t->n_points; i++) {
        const dy_trend_point *p = &t->points[i];
        if (gold && p->events == 0) {
            if (open)
                fputs("\"/>\n", out);
            open = false;
            continue;
        }
        double v = point_value(p, series);
        double y = gold ? gy_gold(g, v) : gy(g, v);
        if (!open) {
            fprintf(out, "<path fill=\"none\" stroke=\"%s\" stroke-width=\"2\"", color);
            if (dash)
                fprintf(out, " stroke-dasharray=\"%s\"", dash);
            fputs(" d=\"M", out);
        }
        fprintf(out, "%s%.1f %.1f", open ? " L" : "", gx(g, i), y);
        open = true;
    }
    if (open)
        fputs("\"/>\n", out);
    if (!markers)
        return;
    for (size_t i = 0; i < t->n_points; i++) {
        const dy_trend_point *p = &t->points[i];
        if (gold && p->events == 0)
            continue;
        double v = point_value(p, series);
        fprintf(out, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"><title>",
                gx(g, i), gold ? gy_gold(g, v) : gy(g, v), color);
        xml_puts(out, t->label);
        fprintf(out, ", %s: %s ", p->label, series_name(series));
        if (gold)
            fprintf(out, "%.2f (%ld events)", v, p->events);
        else
            fprintf(out, "%.0f", v);
        fputs("</title></circle>\n", out);
    }
}

/* Widens [*LO, *HI] to the values of SERIES in T. */
static void chart_range(const dy_trend *t, int series, double *lo, double *hi)
{
    for (size_t i = 0; i < t->n_points; i++) {
        double v = point_value(&t->points[i], series);
        if (v > *hi)
            *hi = v;
        if (v < *lo)
            *lo = v;
    }
}

/* The plot area of a panel at TOP, with the left axis over [LO, HI]. */
static chart_geo chart_area(double top, double width, double height, bool right_axis, size_t n,
                            double lo, double hi)
{
    chart_geo g = {70, top + 76, width - 70 - (right_axis ? 70 : 30), height - 76 - 46, 0, 1, 1, n};
    g.step = nice_step(hi - lo, 5);
    g.lo = floor(lo / g.step) * g.step;
    g.hi = ceil(hi / g.step) * g.step;
    if (g.hi <= g.lo)
        g.hi = g.lo + g.step;
    return g;
}

/* The panel's title: LABEL, and the span of T. */
static void chart_title(FILE *out, const chart_geo *g, double top, const char *label, const dy_trend *t)
{
    fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"15\" font-weight=\"bold\">", g->x0, top + 20);
    xml_puts(out, label);
    if (t && t->n_points)
        fprintf(out, " (%s to %s, by %s)", t->points[0].label, t->points[t->n_points - 1].label,
                dy_period_name(t->by));
    fputs("</text>\n", out);
}

/* A legend entry at *LX, *LY (wrapping to a second row). */
static void chart_key(FILE *out, const chart_geo *g, double *lx, double *ly, const char *name,
                      const char *color, bool dashed)
{
    double item = 23 + 6.6 * (double)strlen(name) + 16;
    if (*lx > g->x0 && *lx + item > g->x0 + g->w + 20) {
        *lx = g->x0;
        *ly += 17;
    }
    fprintf(out, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"3\"%s/>"
                 "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\">",
            *lx, *ly, *lx + 18, *ly, color, dashed ? " stroke-dasharray=\"5 3\"" : "", *lx + 23, *ly + 4);
    xml_puts(out, name);
    fputs("</text>\n", out);
    *lx += item;
}

/* Gridlines, axis labels (the left one named YNAME; the Goldstein axis on
 * the right when GOLD), date labels from T, and the frame. */
static void chart_axes(FILE *out, const chart_geo *g, const dy_trend *t, const char *yname, bool gold)
{
    for (double v = g->lo; v <= g->hi + g->step / 2; v += g->step) {
        double y = gy(g, v);
        fprintf(out, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1\"/>"
                     "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%.0f</text>\n",
                g->x0, y, g->x0 + g->w, y, fabs(v) < g->step / 2 ? "#999999" : "#e4e4e4", g->x0 - 6,
                y + 4, fabs(v) < g->step / 2 ? 0.0 : v);
    }
    fprintf(out, "<text transform=\"translate(%.1f %.1f) rotate(-90)\" font-size=\"12\" text-anchor=\"middle\">%s</text>\n",
            g->x0 - 48, g->y0 + g->h / 2, yname);
    if (gold) {
        for (int v = -10; v <= 10; v += 5)
            fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"%s\">%+d</text>\n",
                    g->x0 + g->w + 6, gy_gold(g, v) + 4, GOLD_COLOR, v);
        fprintf(out, "<text transform=\"translate(%.1f %.1f) rotate(90)\" font-size=\"12\" text-anchor=\"middle\" fill=\"%s\">Goldstein mean</text>\n",
                g->x0 + g->w + 48, g->y0 + g->h / 2, GOLD_COLOR);
    }
    /* vertical gridlines and the date labels: at most about 12 */
    if (t && t->n_points) {
        size_t every = (t->n_points + 11) / 12;
        for (size_t i = 0; i < t->n_points; i += every) {
            double x = gx(g, i);
            fprintf(out, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#eeeeee\" stroke-width=\"1\"/>"
                         "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#555555\" stroke-width=\"1\"/>"
                         "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\">%s</text>\n",
                    x, g->y0, x, g->y0 + g->h, x, g->y0 + g->h, x, g->y0 + g->h + 5,
                    x, g->y0 + g->h + 19, t->points[i].label);
        }
    } else
        fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"13\" text-anchor=\"middle\" fill=\"#777777\">no events</text>\n",
                g->x0 + g->w / 2, g->y0 + g->h / 2);
    fprintf(out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" stroke=\"#555555\" stroke-width=\"1\"/>\n",
            g->x0, g->y0, g->w, g->h);
}

/* One panel for one trend: its quads, net cooperation, Goldstein mean. */
static void chart_panel(FILE *out, const dy_trend *t, double top, double width, double height,
                        int show)
{
    double lo = 0, hi = 1;
    if (show & DY_CHART_QUADS)
        for (int q = 1; q <= 4; q++)
            chart_range(t, q, &lo, &hi);
    if (show & DY_CHART_NET)
        chart_range(t, SERIES_NET, &lo, &hi);
    chart_geo g = chart_area(top, width, height, show & DY_CHART_GOLDSTEIN, t->n_points, lo, hi);
    fputs("<g>\n", out);
    chart_title(out, &g, top, t->label, t);
    double lx = g.x0, ly = top + 40;
    if (show & DY_CHART_QUADS)
        for (int q = 1; q <= 4; q++)
            chart_key(out, &g, &lx, &ly, quad_names[q], quad_colors[q], false);
    if (show & DY_CHART_NET)
        chart_key(out, &g, &lx, &ly, "net cooperation", NET_COLOR, false);
    if (show & DY_CHART_GOLDSTEIN)
        chart_key(out, &g, &lx, &ly, "Goldstein mean (right axis)", GOLD_COLOR, true);
    chart_axes(out, &g, t, "events", show & DY_CHART_GOLDSTEIN);
    bool markers = t->n_points <= 120;
    if (show & DY_CHART_NET)   /* under the quads, which it often equals */
        chart_line(out, t, &g, SERIES_NET, NET_COLOR, NULL, markers);
    if (show & DY_CHART_QUADS)
        for (int q = 1; q <= 4; q++)
            chart_line(out, t, &g, q, quad_colors[q], NULL, markers);
    if (show & DY_CHART_GOLDSTEIN)
        chart_line(out, t, &g, SERIES_GOLD, GOLD_COLOR, "5 3", markers);
    fputs("</g>\n", out);
}

/* One panel for all trends: net cooperation (solid) and the Goldstein
 * mean (dashed) of each, one colour per trend; dates from the longest. */
static void chart_overlay(FILE *out, const dy_trend *const *t, size_t n, double top, double width,
                          double height, int show)
{
    const dy_trend *longest = NULL;
    double lo = 0, hi = 1;
    for (size_t i = 0; i < n; i++) {
        if (!longest || t[i]->n_points > longest->n_points)
            longest = t[i];
        if (show & DY_CHART_NET)
            chart_range(t[i], SERIES_NET, &lo, &hi);
    }
    chart_geo g = chart_area(top, width, height, show & DY_CHART_GOLDSTEIN, longest ? longest->n_points : 0,
                             lo, hi);
    fputs("<g>\n", out);
    chart_title(out, &g, top,
                show & DY_CHART_NET ? (show & DY_CHART_GOLDSTEIN ? "Net cooperation (solid) and Goldstein mean (dashed)"
                                                                 : "Net cooperation")
                                    : "Goldstein mean",
                longest);
    double lx = g.x0, ly = top + 40;
    for (size_t i = 0; i < n; i++)
        chart_key(out, &g, &lx, &ly, t[i]->label, pair_colors[i % 8], !(show & DY_CHART_NET));
    chart_axes(out, &g, longest, show & DY_CHART_NET ? "net cooperation (events)" : "", show & DY_CHART_GOLDSTEIN);
    for (size_t i = 0; i < n; i++) {
        chart_geo gi = g;
        gi.n = t[i]->n_points;
        bool markers = gi.n <= 120;
        if (show & DY_CHART_NET)
            chart_line(out, t[i], &gi, SERIES_NET, pair_colors[i % 8], NULL, markers);
        if (show & DY_CHART_GOLDSTEIN)
            chart_line(out, t[i], &gi, SERIES_GOLD, pair_colors[i % 8], "5 3", markers);
    }
    fputs("</g>\n", out);
}

int dy_trend_write_svg(FILE *out, const dy_trend *const *trends, size_t n, const dy_chart_opts *o)
{
    int show = o && o->show ? o->show : DY_CHART_QUADS | DY_CHART_GOLDSTEIN;
    bool overlay = show & DY_CHART_OVERLAY;
    if (overlay && !(show & (DY_CHART_NET | DY_CHART_GOLDSTEIN)))
        show |= DY_CHART_NET;
    double width = o && o->width >= 320 ? o->width : 960;
    double ph = o && o->panel_height >= 200 ? o->panel_height : 340;
    const char *title = o && o->title ? o->title : "dyad trend";
    size_t panels = overlay ? 1 : n;
    double height = 40 + ph * (double)panels + 10;
    fprintf(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                 "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%.0f\" height=\"%.0f\" "
                 "viewBox=\"0 0 %.0f %.0f\" font-family=\"sans-serif\">\n<title>",
            width, height, width, height);
    xml_puts(out, title);
    fprintf(out, "</title>\n<rect x=\"0\" y=\"0\" width=\"%.0f\" height=\"%.0f\" fill=\"#ffffff\"/>\n"
                 "<text x=\"%.1f\" y=\"26\" font-size=\"18\" font-weight=\"bold\">",
            width, height, 70.0);
    xml_puts(out, title);
    fputs("</text>\n", out);
    if (overlay)
        chart_overlay(out, trends, n, 40, width, ph, show);
    else
        for (size_t i = 0; i < n; i++)
            chart_panel(out, trends[i], 40 + ph * (double)i, width, ph, show);
    fputs("</svg>\n", out);
    return ferror(out) ? -1 : 0;
}

/* ---------------------------------------------------------------- network */

struct dy_network {
    dy_actor_level level;
    bool directed, has_from, has_to, finished;
    long from, to;
    dy_vec nodes;         /* dy_net_node; ids owned here */
    dy_vec edges;         /* dy_net_edge */
    dy_map node_index;    /* id -> node */
    dy_map edge_index;    /* "a b" -> edge */
};

dy_network *dy_network_new(const dy_net_opts *o, dy_error *err)
{
    dy_network *n = dy_calloc(1, sizeof *n);
    if (!n) {
        dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
        return NULL;
    }
    n->nodes = (dy_vec)DY_VEC(dy_net_node);
    n->edges = (dy_vec)DY_VEC(dy_net_edge);
    if (o) {
        n->level = o->actors;
        n->directed = o->directed != 0;
        if (!opt_range(o->from, o->to, &n->has_from, &n->from, &n->has_to, &n->to, err)) {
            dy_network_free(n);
            return NULL;
        }
    }
    return n;
}

/* The node of actor ID (its first LEN bytes), created if new; UINT32_MAX on OOM. */
static uint32_t net_node(dy_network *n, const char *id, size_t len)
{
    uint32_t i = dy_map_get(&n->node_index, id, len);
    if (i != UINT32_MAX)
        return i;
    if (n->nodes.n >= UINT32_MAX - 1)
        return UINT32_MAX;
    char *copy = dy_strndup(id, len);
    if (!copy)
        return UINT32_MAX;
    dy_net_node *nd = dy_vec_push(&n->nodes);
    if (!nd) {
        dy_free(copy);
        return UINT32_MAX;
    }
    nd->id = copy;
    i = (uint32_t)(n->nodes.n - 1);
    if (!dy_map_put(&n->node_index, copy, len, i)) {
        n->nodes.n--;
        dy_free(copy);
        return UINT32_MAX;
    }
    return i;
}

static dy_net_edge *net_edge(dy_network *n, uint32_t a, uint32_t b)
{
    if (!n->directed && a > b) {
        uint32_t x = a;
        a = b;
        b = x;
    }
    char key[32];
    int kl = snprintf(key, sizeof key, "%u %u", a, b);
    uint32_t i = dy_map_get(&n->edge_index, key, (size_t)kl);
    if (i != UINT32_MAX)
        return &DY_AT(n->edges, dy_net_edge, i);
    if (n->edges.n >= UINT32_MAX - 1)
        return NULL;
    dy_net_edge *e = dy_vec_push(&n->edges);
    if (!e)
        return NULL;
    if (!dy_map_put(&n->edge_index, key, (size_t)kl, (uint32_t)(n->edges.n - 1))) {
        n->edges.n--;
        return NULL;
    }
    e->a = a;
    e->b = b;
    return e;
}

/* An actor's length at the network's level: countries are the first three
 * letters, but an IGO or NGO stays whole (IGOUNO, IGOWSTNAT: the UN and
 * NATO are two nodes, not one "IGO"). */
static size_t actor_len(const dy_network *n, const char *code, size_t len)
{
    if (n->level != DY_ACTORS_COUNTRY || len <= 3)
        return len;
    if (!strncmp(code, "IGO", 3) || !strncmp(code, "NGO", 3))
        return len;
    return 3;
}

/* Adds weight W of event EV to the edge A-B. */
static void edge_add(dy_net_edge *e, const dy_stored_event *ev, double w)
{
    e->events++;
    e->weight += w;
    if (ev->quad >= 0 && ev->quad <= 4)
        e->quad[ev->quad] += w;
    e->goldstein += w * ev->goldstein;
    if (ev->goldstein > 0)
        e->coop += w * ev->goldstein;
    else if (ev->goldstein < 0)
        e->conflict -= w * ev->goldstein;
}

#define MAX_PARTICIPANTS 256

int dy_network_add(dy_network *n, const dy_stored_event *ev, dy_error *err)
{
    if (n->finished) {
        dy_seterr(err, DY_EINPUT, NULL, 0, "the network is finished");
        return -1;
    }
    long day;
    if (!ev || !parse_date(ev->date, &day) ||
        !in_range(day, n->has_from, n->from, n->has_to, n->to))
        return 0;
    /* the actors: the participants of a gathering, else source and target */
    const char *ids[MAX_PARTICIPANTS];
    size_t lens[MAX_PARTICIPANTS], k = 0;
    bool multi = ev->participants && *ev->participants;
    /* full codes: a participant (a country) takes the role of the event's
     * source, as the coder names states acting ("CHN" -> "CHNGOV") */
    char coded[MAX_PARTICIPANTS][48];
    const char *role = n->level == DY_ACTORS_CODE && ev->source && strlen(ev->source) > 3
                           ? ev->source + 3 : "";
    if (multi) {
        const char *s = ev->participants;
        while (*s && k < MAX_PARTICIPANTS) {
            while (*s == ' ')
                s++;
            const char *e = s;
            while (*e && *e != ' ')
                e++;
            if (e > s) {
                const char *id = s;
                size_t len = actor_len(n, s, (size_t)(e - s));
                if (*role && len == 3) {
                    int w = snprintf(coded[k], sizeof coded[k], "%.3s%s", s, role);
                    id = coded[k];
                    len = w < (int)sizeof coded[k] ? (size_t)w : sizeof coded[k] - 1;
                }
                bool seen = false;
                for (size_t j = 0; j < k && !seen; j++)
                    seen = lens[j] == len && !memcmp(ids[j], id, len);
                if (!seen) {
                    ids[k] = id;
                    lens[k++] = len;
                }
            }
            s = e;
        }
    } else {
        if (!ev->source || !ev->target || !*ev->source || !*ev->target)
            return 0;
        ids[0] = ev->source;
        lens[0] = actor_len(n, ev->source, strlen(ev->source));
        ids[1] = ev->target;
        lens[1] = actor_len(n, ev->target, strlen(ev->target));
        k = 2;
        if (lens[0] == lens[1] && !memcmp(ids[0], ids[1], lens[0]))
            return 0;
    }
    if (k < 2)
        return 0;
    uint32_t node[MAX_PARTICIPANTS];
    for (size_t i = 0; i < k; i++)
        if ((node[i] = net_node(n, ids[i], lens[i])) == UINT32_MAX)
            goto oom;
    /* create every edge first, so that an allocation failure changes no counts */
    for (size_t i = 0; i < k; i++)
        for (size_t j = i + 1; j < k; j++) {
            if (!net_edge(n, node[i], node[j]))
                goto oom;
            if (n->directed && multi && !net_edge(n, node[j], node[i]))
                goto oom;
        }
    double w = 1.0 / (double)(k - 1);
    for (size_t i = 0; i < k; i++) {
        DY_AT(n->nodes, dy_net_node, node[i]).events++;
        for (size_t j = i + 1; j < k; j++) {
            if (n->directed && multi) {
                edge_add(net_edge(n, node[i], node[j]), ev, w / 2);
                edge_add(net_edge(n, node[j], node[i]), ev, w / 2);
            } else
                edge_add(net_edge(n, node[i], node[j]), ev, w);
        }
    }
    return 1;
oom:
    dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
    return -1;
}

static int cmp_node_ptr(const void *x, const void *y)
{
    const dy_net_node *a = *(const dy_net_node *const *)x, *b = *(const dy_net_node *const *)y;
    return strcmp(a->id, b->id);
}

static int cmp_edge(const void *x, const void *y)
{
    const dy_net_edge *a = x, *b = y;
    if (a->a != b->a)
        return a->a < b->a ? -1 : 1;
    return a->b < b->b ? -1 : a->b > b->b;
}

int dy_network_finish(dy_network *n, dy_error *err)
{
    if (n->finished) {
        dy_seterr(err, DY_EINPUT, NULL, 0, "the network is finished");
        return -1;
    }
    size_t nn = n->nodes.n, ne = n->edges.n;
    dy_net_node **order = dy_malloc((nn ? nn : 1) * sizeof *order);
    size_t *rank = dy_malloc((nn ? nn : 1) * sizeof *rank);
    dy_net_node *sorted = dy_malloc((nn ? nn : 1) * sizeof *sorted);
    if (!order || !rank || !sorted) {
        dy_free(order);
        dy_free(rank);
        dy_free(sorted);
        dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
        return -1;
    }
    dy_net_node *nodes = n->nodes.items;
    for (size_t i = 0; i < nn; i++)
        order[i] = &nodes[i];
    qsort(order, nn, sizeof *order, cmp_node_ptr);
    for (size_t i = 0; i < nn; i++) {
        rank[order[i] - nodes] = i;
        sorted[i] = *order[i];
    }
    dy_net_edge *edges = n->edges.items;
    for (size_t i = 0; i < ne; i++) {
        edges[i].a = rank[edges[i].a];
        edges[i].b = rank[edges[i].b];
        if (!n->directed && edges[i].a > edges[i].b) {
            size_t x = edges[i].a;
            edges[i].a = edges[i].b;
            edges[i].b = x;
        }
    }
    if (nn)
        memcpy(nodes, sorted, nn * sizeof *nodes);
    if (ne)
        qsort(edges, ne, sizeof *edges, cmp_edge);
    for (size_t i = 0; i < ne; i++) {
        nodes[edges[i].a].coop += edges[i].coop;
        nodes[edges[i].a].conflict += edges[i].conflict;
        nodes[edges[i].b].coop += edges[i].coop;
        nodes[edges[i].b].conflict += edges[i].conflict;
    }
    dy_free(order);
    dy_free(rank);
    dy_free(sorted);
    /* the indexes now point to old positions: they are not used again */
    dy_map_free(&n->node_index);
    dy_map_free(&n->edge_index);
    n->finished = true;
    return 0;
}

size_t dy_network_node_count(const dy_network *n) { return n->nodes.n; }
size_t dy_network_edge_count(const dy_network *n) { return n->edges.n; }
int dy_network_directed(const dy_network *n) { return n->directed; }

const dy_net_node *dy_network_node(const dy_network *n, size_t i)
{
    return i < n->nodes.n ? &DY_AT(n->nodes, dy_net_node, i) : NULL;
}

const dy_net_edge *dy_network_edge(const dy_network *n, size_t i)
{
    return i < n->edges.n ? &DY_AT(n->edges, dy_net_edge, i) : NULL;
}

void dy_network_free(dy_network *n)
{
    if (!n)
        return;
    for (size_t i = 0; i < n->nodes.n; i++)
        dy_free((char *)DY_AT(n->nodes, dy_net_node, i).id);
    dy_vec_free(&n->nodes);
    dy_vec_free(&n->edges);
    dy_map_free(&n->node_index);
    dy_map_free(&n->edge_index);
    dy_free(n);
}

int dy_network_write_graphml(FILE *out, const dy_network *n)
{
    static const char *const ekeys[][2] = {
        {"events", "long"}, {"weight", "double"}, {"verbal_coop", "double"},
        {"material_coop", "double"}, {"verbal_conflict", "double"},
        {"material_conflict", "double"}, {"neutral", "double"}, {"goldstein", "double"},
        {"cooperation", "double"}, {"conflict", "double"},
    };
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
          "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
          "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
          "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
          "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
          "  <key id=\"n_events\" for=\"node\" attr.name=\"events\" attr.type=\"long\"/>\n"
          "  <key id=\"n_cooperation\" for=\"node\" attr.name=\"cooperation\" attr.type=\"double\"/>\n"
          "  <key id=\"n_conflict\" for=\"node\" attr.name=\"conflict\" attr.type=\"double\"/>\n",
          out);
    for (size_t k = 0; k < sizeof ekeys / sizeof ekeys[0]; k++)
        fprintf(out, "  <key id=\"%s\" for=\"edge\" attr.name=\"%s\" attr.type=\"%s\"/>\n",
                ekeys[k][0], ekeys[k][0], ekeys[k][1]);
    fprintf(out, "  <graph id=\"dyad\" edgedefault=\"%s\">\n", n->directed ? "directed" : "undirected");
    for (size_t i = 0; i < n->nodes.n; i++) {
        const dy_net_node *nd = &DY_AT(n->nodes, dy_net_node, i);
        fprintf(out, "    <node id=\"n%zu\"><data key=\"label\">", i);
        xml_puts(out, nd->id);
        fprintf(out, "</data><data key=\"n_events\">%ld</data><data key=\"n_cooperation\">%.4f</data>"
                     "<data key=\"n_conflict\">%.4f</data></node>\n",
                nd->events, nd->coop, nd->conflict);
    }
    for (size_t i = 0; i < n->edges.n; i++) {
        const dy_net_edge *e = &DY_AT(n->edges, dy_net_edge, i);
        double v[] = {e->weight, e->quad[1], e->quad[2], e->quad[3], e->quad[4], e->quad[0],
                      e->goldstein, e->coop, e->conflict};
        fprintf(out, "    <edge id=\"e%zu\" source=\"n%zu\" target=\"n%zu\"><data key=\"events\">%ld</data>",
                i, e->a, e->b, e->events);
        for (size_t k = 1; k < sizeof ekeys / sizeof ekeys[0]; k++)
            fprintf(out, "<data key=\"%s\">%.4f</data>", ekeys[k][0], v[k - 1]);
        fputs("</edge>\n", out);
    }
    fputs("  </graph>\n</graphml>\n", out);
    return ferror(out) ? -1 : 0;
}

/* ------------------------------------------------------------------ blocs */

/* splitmix64: a small seeded generator, the same numbers on every platform. */
static uint64_t next_rand(uint64_t *s)
{
    uint64_t z = (*s += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

typedef struct adj { size_t to; double w; } adj;

typedef struct signed_graph {
    size_t n;
    size_t *off;      /* adjacency of node i: ad[off[i] .. off[i+1]) */
    adj *ad;
} signed_graph;

/* Frustration of partition G over graph SG (each pair once). */
static double frustration(const signed_graph *sg, const size_t *g)
{
    double f = 0;
    for (size_t i = 0; i < sg->n; i++)
        for (size_t k = sg->off[i]; k < sg->off[i + 1]; k++) {
            const adj *a = &sg->ad[k];
            if (a->to <= i)
                continue;
            if (g[i] == g[a->to] ? a->w < 0 : a->w > 0)
                f += fabs(a->w);
        }
    return f;
}

/* Local search from the assignment in G: moves each node to the group of
 * highest gain until none helps.  SUM and SIZE are scratch (n each). */
static void local_search(const signed_graph *sg, size_t *g, double *sum, size_t *size,
                         uint64_t *rng, size_t *order)
{
    size_t n = sg->n;
    memset(size, 0, n * sizeof *size);
    for (size_t i = 0; i < n; i++)
        size[g[i]]++;
    for (size_t i = 0; i < n; i++)
        order[i] = i;
    for (int pass = 0; pass < 1000; pass++) {
        /* a fresh random order each pass */
        for (size_t i = n; i > 1; i--) {
            size_t j = (size_t)(next_rand(rng) % i), x = order[i - 1];
            order[i - 1] = order[j];
            order[j] = x;
        }
        bool moved = false;
        for (size_t oi = 0; oi < n; oi++) {
            size_t v = order[oi];
            /* SUM[c]: signed weight from v to group c.  Moving v from
             * group A to group C lowers the frustration by SUM[C] - SUM[A]
             * (a new, empty group has SUM 0). */
            for (size_t k = sg->off[v]; k < sg->off[v + 1]; k++)
                sum[g[sg->ad[k].to]] = 0;
            sum[g[v]] = 0;
            for (size_t k = sg->off[v]; k < sg->off[v + 1]; k++)
                sum[g[sg->ad[k].to]] += sg->ad[k].w;
            size_t cur = g[v], best = cur;
            double best_gain = 1e-9;
            for (size_t k = sg->off[v]; k < sg->off[v + 1]; k++) {
                size_t c = g[sg->ad[k].to];
                double gain = sum[c] - sum[cur];
                if (c != cur && gain > best_gain) {
                    best_gain = gain;
                    best = c;
                }
            }
            if (size[cur] > 1 && -sum[cur] > best_gain) {   /* a group of its own */
                size_t empty = 0;
                while (empty < n && size[empty])
                    empty++;
                if (empty < n) {
                    best_gain = -sum[cur];
                    best = empty;
                }
            }
            if (best != cur) {
                size[cur]--;
                size[best]++;
                g[v] = best;
                moved = true;
            }
        }
        if (!moved)
            break;
    }
}

typedef struct bloc_sort { size_t node; const char *id; size_t group; } bloc_sort;

static int cmp_bloc_sort(const void *x, const void *y)
{
    const bloc_sort *a = x, *b = y;
    if (a->group != b->group)
        return a->group < b->group ? -1 : 1;
    return strcmp(a->id, b->id);
}

void dy_blocs_free(dy_blocs *b)
{
    if (!b)
        return;
    dy_free(b->actors);
    dy_free(b->group);
    dy_free(b->groups);
    dy_free(b);
}

/* The signed graph of the kept actors (KEEP: network node -> actor, or
 * SIZE_MAX): one signed weight per pair, cooperation minus conflict; a
 * directed network's two edges of a pair are summed.  Counts the pairs
 * and their total weight into B.  False when out of memory. */
static bool build_graph(const dy_network *net, const size_t *keep, size_t n, signed_graph *sg,
                        dy_blocs *b)
{
    size_t ne = net->edges.n;
    const dy_net_edge *edges = net->edges.items;
    size_t m = 0;
    bool ok = false;
    double *pw = dy_calloc(ne + 1, sizeof *pw);
    size_t *pa = dy_calloc(ne + 1, sizeof *pa), *pb = dy_calloc(ne + 1, sizeof *pb);
    size_t *deg = dy_calloc(n + 1, sizeof *deg);
    dy_map pairs = {0};
    if (!pw || !pa || !pb || !deg)
        goto out;
    for (size_t i = 0; i < ne; i++) {
        size_t a = keep[edges[i].a], c = keep[edges[i].b];
        if (a == SIZE_MAX || c == SIZE_MAX || a == c)
            continue;
        if (a > c) {
            size_t x = a;
            a = c;
            c = x;
        }
        char key[48];
        int kl = snprintf(key, sizeof key, "%zu %zu", a, c);
        uint32_t at = dy_map_get(&pairs, key, (size_t)kl);
        if (at == UINT32_MAX) {
            if (!dy_map_put(&pairs, key, (size_t)kl, (uint32_t)m))
                goto out;
            at = (uint32_t)m++;
            pa[at] = a;
            pb[at] = c;
        }
        pw[at] += edges[i].coop - edges[i].conflict;
    }
    /* the adjacency (pairs with a weight only) */
    for (size_t k = 0; k < m; k++)
        if (pw[k] != 0) {
            deg[pa[k]]++;
            deg[pb[k]]++;
        }
    sg->off = dy_calloc(n + 1, sizeof *sg->off);
    size_t nadj = 0;
    for (size_t i = 0; i < n; i++)
        nadj += deg[i];
    sg->ad = dy_calloc(nadj + 1, sizeof *sg->ad);
    if (!sg->off || !sg->ad)
        goto out;
    for (size_t i = 0; i < n; i++)
        sg->off[i + 1] = sg->off[i] + deg[i];
    memset(deg, 0, (n + 1) * sizeof *deg);
    for (size_t k = 0; k < m; k++) {
        if (pw[k] == 0)
            continue;
        b->pairs++;
        b->total += fabs(pw[k]);
        sg->ad[sg->off[pa[k]] + deg[pa[k]]++] = (adj){pb[k], pw[k]};
        sg->ad[sg->off[pb[k]] + deg[pb[k]]++] = (adj){pa[k], pw[k]};
    }
    ok = true;
out:
    dy_map_free(&pairs);
    dy_free(pa);
    dy_free(pb);
    dy_free(pw);
    dy_free(deg);
    return ok;
}

/* The partition with the least frustration found over the restarts (one
 * group, singletons, then random assignments), each group then split into
 * the parts its positive ties connect: there is no positive weight
 * between the parts, so the frustration cannot rise, and actors that
 * nothing ties together (two pairs that never met; an actor with conflict
 * only) are not reported as one bloc.  BEST receives the group labels
 * (below 2n).  False when out of memory. */
static bool search_groups(const signed_graph *sg, size_t n, int restarts, uint64_t seed,
                          size_t *best)
{
    size_t *g = dy_calloc(n + 1, sizeof *g), *size = dy_calloc(n + 1, sizeof *size);
    size_t *order = dy_calloc(n + 1, sizeof *order);
    double *sum = dy_calloc(n + 1, sizeof *sum);
    bool ok = g && size && order && sum;
    uint64_t rng = seed;
    double best_f = -1;
    for (int r = 0; ok && r < restarts + 2; r++) {
        size_t k = r == 0 ? 1 : r == 1 ? n : 1 + (size_t)(next_rand(&rng) % (n < 8 ? (n ? n : 1) : 8));
        for (size_t i = 0; i < n; i++)
            g[i] = r == 1 ? i : k > 1 ? (size_t)(next_rand(&rng) % k) : 0;
        if (n)
            local_search(sg, g, sum, size, &rng, order);
        double f = frustration(sg, g);
        if (best_f < 0 || f < best_f - 1e-9) {
            best_f = f;
            memcpy(best, g, n * sizeof *g);
        }
    }
    /* G receives the new labels, ORDER serves as the queue */
    for (size_t i = 0; ok && i < n; i++)
        g[i] = SIZE_MAX;
    for (size_t i = 0; ok && i < n; i++) {
        if (g[i] != SIZE_MAX)
            continue;
        size_t head = 0, tail = 0;
        g[i] = i;
        order[tail++] = i;
        while (head < tail) {
            size_t v = order[head++];
            for (size_t k = sg->off[v]; k < sg->off[v + 1]; k++) {
                size_t u = sg->ad[k].to;
                if (sg->ad[k].w > 0 && g[u] == SIZE_MAX && best[u] == best[v]) {
                    g[u] = i;
                    order[tail++] = u;
                }
            }
        }
    }
    if (ok)
        memcpy(best, g, n * sizeof *g);
    dy_free(g);
    dy_free(size);
    dy_free(order);
    dy_free(sum);
    return ok;
}

/* The kept actors in canonical order: groups by size (largest first), then
 * by first name, and within a group by name; BS gets them, with their
 * group's rank; *NL the number of groups.  False when out of memory. */
static bool rank_groups(const dy_network *net, const size_t *keep, size_t n, const size_t *best,
                        bloc_sort *bs, size_t *nl_out)
{
    size_t nn = net->nodes.n;
    const dy_net_node *nodes = net->nodes.items;
    size_t *gsize = dy_calloc(2 * n + 1, sizeof *gsize);
    const char **gfirst = dy_calloc(2 * n + 1, sizeof *gfirst);
    size_t *labels = dy_calloc(2 * n + 1, sizeof *labels);
    if (!gsize || !gfirst || !labels) {
        dy_free(gsize);
        dy_free(gfirst);
        dy_free(labels);
        return false;
    }
    for (size_t i = 0, a = 0; i < nn; i++) {
        if (keep[i] == SIZE_MAX)
            continue;
        size_t lab = best[a];
        gsize[lab]++;
        if (!gfirst[lab] || strcmp(nodes[i].id, gfirst[lab]) < 0)
            gfirst[lab] = nodes[i].id;
        bs[a] = (bloc_sort){a, nodes[i].id, lab};
        a++;
    }
    /* rank the labels */
    size_t nl = 0;
    for (size_t l = 0; l < 2 * n; l++)
        if (gsize[l])
            labels[nl++] = l;
    for (size_t i = 1; i < nl; i++)   /* insertion sort: few groups */
        for (size_t j = i; j > 0; j--) {
            size_t x = labels[j - 1], y = labels[j];
            bool before = gsize[y] > gsize[x] || (gsize[y] == gsize[x] && strcmp(gfirst[y], gfirst[x]) < 0);
            if (!before)
                break;
            labels[j - 1] = y;
            labels[j] = x;
        }
    for (size_t r = 0; r < nl; r++)
        gsize[labels[r]] = r;  /* reused: label -> rank */
    for (size_t i = 0; i < n; i++)
        bs[i].group = gsize[bs[i].group];
    dy_free(gsize);
    dy_free(gfirst);
    dy_free(labels);
    qsort(bs, n, sizeof *bs, cmp_bloc_sort);
    *nl_out = nl;
    return true;
}

/* B's actors, their groups and the groups' weights within and across, from
 * the sorted BS; BEST is reset to actor index -> final group.  False when
 * out of memory. */
static bool fill_blocs(dy_blocs *b, const bloc_sort *bs, size_t n, size_t nl,
                       const signed_graph *sg, size_t *best)
{
    b->n_actors = n;
    b->n_groups = nl;
    /* the names are copied after the pointers, in the same block */
    size_t bytes = 0;
    for (size_t i = 0; i < n; i++)
        bytes += strlen(bs[i].id) + 1;
    b->actors = dy_malloc((n + 1) * sizeof *b->actors + bytes);
    b->group = dy_calloc(n + 1, sizeof *b->group);
    b->groups = dy_calloc(nl + 1, sizeof *b->groups);
    if (!b->actors || !b->group || !b->groups)
        return false;
    char *names = (char *)(b->actors + n + 1);
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(bs[i].id) + 1;
        memcpy(names, bs[i].id, len);
        b->actors[i] = names;
        names += len;
        b->group[i] = bs[i].group;
        best[bs[i].node] = bs[i].group;   /* actor index -> final group */
        dy_bloc *gr = &b->groups[bs[i].group];
        if (!gr->n)
            gr->first = i;
        gr->n++;
    }
    for (size_t i = 0; i < n; i++)
        for (size_t k = sg->off[i]; k < sg->off[i + 1]; k++) {
            const adj *a = &sg->ad[k];
            if (a->to <= i)
                continue;
            if (best[i] == best[a->to])
                b->groups[best[i]].within += a->w;
            else {
                b->groups[best[i]].across += a->w;
                b->groups[best[a->to]].across += a->w;
            }
        }
    return true;
}

dy_blocs *dy_blocs_find(const dy_network *net, const dy_bloc_opts *o, dy_error *err)
{
    if (!net->finished) {
        dy_seterr(err, DY_EINPUT, NULL, 0, "the network is not finished");
        return NULL;
    }
    long min_events = o && o->min_events > 0 ? o->min_events : 1;
    int restarts = o && o->restarts > 0 ? o->restarts : 64;
    uint64_t seed = o && o->seed ? o->seed : 0x64796164ULL;  /* "dyad" */

    size_t nn = net->nodes.n;
    const dy_net_node *nodes = net->nodes.items;
    dy_blocs *b = dy_calloc(1, sizeof *b);
    size_t *keep = dy_malloc((nn + 1) * sizeof *keep);  /* network node -> actor, or SIZE_MAX */
    signed_graph sg = {0, NULL, NULL};
    size_t *best = NULL;
    bloc_sort *bs = NULL;
    if (!b || !keep)
        goto oom;
    b->restarts = restarts;
    b->seed = seed;
    size_t n = 0, nl = 0;
    for (size_t i = 0; i < nn; i++)
        keep[i] = nodes[i].events >= min_events ? n++ : SIZE_MAX;
    sg.n = n;
    if (!build_graph(net, keep, n, &sg, b))
        goto oom;
    best = dy_calloc(n + 1, sizeof *best);
    if (!best || !search_groups(&sg, n, restarts, seed, best))
        goto oom;
    b->frustration = n ? frustration(&sg, best) : 0;
    b->agreement = b->total > 0 ? 1 - b->frustration / b->total : 1;
    bs = dy_calloc(n + 1, sizeof *bs);
    if (!bs || !rank_groups(net, keep, n, best, bs, &nl) || !fill_blocs(b, bs, n, nl, &sg, best))
        goto oom;
    dy_free(bs);
    dy_free(keep);
    dy_free(sg.off);
    dy_free(sg.ad);
    dy_free(best);
    return b;
oom:
    dy_free(bs);
    dy_free(keep);
    dy_free(sg.off);
    dy_free(sg.ad);
    dy_free(best);
    dy_blocs_free(b);
    dy_seterr(err, DY_ENOMEM, NULL, 0, "out of memory");
    return NULL;
}
