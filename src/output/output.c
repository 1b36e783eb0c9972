/* output.c: the writers of dyad's output formats (output.h, docs/formats.md):
 * JSON Lines, CSV, TSV, GDELT 2.0 events and mentions, ICEWS and PLOVER,
 * for coded events (dy_write_event) and stored ones (dy_write_stored_event).
 * Both make a dy_out_rec and call the one writer of the format. */
#include "output/output.h"
#include "base/date.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------- escaping */

void dy_out_json_str(dy_buf *b, const char *s, size_t n)
{
    dy_buf_putc(b, '"');
    for (size_t i = 0; i < n; i++) {
        /* the bytes that need no escape, at once */
        size_t j = dy_json_plain_end(s, i, n);
        if (j > i) {
            dy_buf_add(b, s + i, j - i);
            i = j;
            if (i == n)
                break;
        }
        unsigned char ch = (unsigned char)s[i];
        switch (ch) {
        case '"': dy_buf_puts(b, "\\\""); break;
        case '\\': dy_buf_puts(b, "\\\\"); break;
        case '\n': dy_buf_puts(b, "\\n"); break;
        case '\r': dy_buf_puts(b, "\\r"); break;
        case '\t': dy_buf_puts(b, "\\t"); break;
        default:
            if (ch < 0x20)
                dy_buf_printf(b, "\\u%04x", ch);
            else
                dy_buf_putc(b, (char)ch);
        }
    }
    dy_buf_putc(b, '"');
}

void dy_out_tsv_str(dy_buf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        dy_buf_putc(b, (ch == '\t' || ch == '\n' || ch == '\r') ? ' ' : ch);
    }
}

void dy_out_csv_str(dy_buf *b, const char *s, size_t n)
{
    bool quote = false;
    for (size_t i = 0; i < n && !quote; i++)
        quote = s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r';
    if (!quote) {
        dy_buf_add(b, s, n);
        return;
    }
    dy_buf_putc(b, '"');
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"')
            dy_buf_putc(b, '"');
        dy_buf_putc(b, s[i]);
    }
    dy_buf_putc(b, '"');
}

/* NUL-terminated strings; NULL writes as "" */
static void json_s(dy_buf *b, const char *s) { dy_out_json_str(b, s ? s : "", s ? strlen(s) : 0); }
static void tsv_s(dy_buf *b, const char *s) { dy_out_tsv_str(b, s ? s : "", s ? strlen(s) : 0); }

/* Writes B to OUT and frees it; 0, or -1 when out of memory or the write
 * failed. */
static int flush(FILE *out, dy_buf *b)
{
    int rc = 0;
    if (b->oom || (b->len && fwrite(b->data, 1, b->len, out) != b->len) || ferror(out))
        rc = -1;
    dy_buf_free(b);
    return rc;
}


/* ------------------------------------------------------------ the record */

unsigned long long dy_out_gid(const dy_out_rec *r)
{
    /* FNV-1a over the fields that identify a stored event, each ended by
     * 0x1f; 53 bits */
    const char *f[] = {r->source, r->target, r->code, r->date, r->participants};
    unsigned long long h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < sizeof f / sizeof *f; i++) {
        for (const char *p = f[i] ? f[i] : ""; *p; p++) {
            h ^= (unsigned char)*p;
            h *= 0x100000001b3ULL;
        }
        h ^= 0x1f;
        h *= 0x100000001b3ULL;
    }
    h &= (1ULL << 53) - 1;
    return h ? h : 1;
}

static const char *label_of(const dy_out_rec *r)
{
    dy_cameo_info ci;
    if (!r->dict || dy_cameo_describe(r->dict, r->code, &ci) < 0)
        return NULL;
    return ci.label;
}

static bool is_org(const char *code)
{
    return code && (!strncmp(code, "IGO", 3) || !strncmp(code, "NGO", 3));
}

/* The country of an actor: its first three letters; an IGO's or NGO's
 * whole code (IGOUNO), as relations keep them (dyad.h). */
static void country_of(const char *code, char *out, size_t cap)
{
    if (!code)
        code = "";
    if (is_org(code))
        snprintf(out, cap, "%s", code);
    else
        snprintf(out, cap, "%.3s", code);
}

/* The event table's columns (csv, tsv), in order. */
static const char *const COLUMNS[] = {
    /* the first 14 as `code --format tsv` always wrote them */
    "doc", "sent", "date", "source", "target", "code", "root", "quad", "goldstein", "mood",
    "source_name", "target_name", "rule", "evidence",
    "id", "global_event_id", "last_date", "source_country", "target_country", "label",
    "location", "url", "outlet", "lang", "num_mentions", "num_sources", "num_articles",
    "participants",
    /* the location's fields (issue 12; "location" above is the place) */
    "location_country", "location_admin1", "location_type", "location_lat", "location_lon",
    "geonames_id"};
#define NCOLUMNS (sizeof COLUMNS / sizeof *COLUMNS)

static const char *const MENTION_COLUMNS[] = {
    "event_id", "global_event_id", "doc", "article_date", "outlet", "url", "sent", "mood",
    "source_name", "target_name", "rule", "evidence"};
#define NMENTION_COLUMNS (sizeof MENTION_COLUMNS / sizeof *MENTION_COLUMNS)

static const char *const ICEWS_COLUMNS[] = {
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude",
    "Longitude"};
#define NICEWS_COLUMNS (sizeof ICEWS_COLUMNS / sizeof *ICEWS_COLUMNS)

static void header_row(dy_buf *b, const char *const *cols, size_t n, char sep)
{
    for (size_t i = 0; i < n; i++) {
        if (i)
            dy_buf_putc(b, sep);
        dy_buf_puts(b, cols[i]);
    }
    dy_buf_putc(b, '\n');
}

void dy_out_header(dy_buf *b, dy_format f)
{
    if (f == DY_FMT_CSV || f == DY_FMT_TSV)
        header_row(b, COLUMNS, NCOLUMNS, f == DY_FMT_CSV ? ',' : '\t');
    else if (f == DY_FMT_ICEWS)
        header_row(b, ICEWS_COLUMNS, NICEWS_COLUMNS, '\t');
}

void dy_out_mention_header(dy_buf *b, dy_format f)
{
    if (f == DY_FMT_CSV || f == DY_FMT_TSV)
        header_row(b, MENTION_COLUMNS, NMENTION_COLUMNS, f == DY_FMT_CSV ? ',' : '\t');
}

/* A table writer: fields separated by SEP, quoted for CSV or flattened
 * for TSV. */
typedef struct table {
    dy_buf *b;
    dy_format f;
    int n;
} table;

static void t_str(table *t, const char *s, size_t n)
{
    if (t->n++)
        dy_buf_putc(t->b, t->f == DY_FMT_CSV ? ',' : '\t');
    if (!s)
        s = "", n = 0;
    if (t->f == DY_FMT_CSV)
        dy_out_csv_str(t->b, s, n);
    else
        dy_out_tsv_str(t->b, s, n);
}
static void t_s(table *t, const char *s) { t_str(t, s, s ? strlen(s) : 0); }
static void t_fmt(table *t, const char *fmt, long long v)
{
    char num[48];
    snprintf(num, sizeof num, fmt, v);
    t_s(t, num);
}

/* ------------------------------------------------------ csv, tsv, jsonl */

static void table_row(dy_buf *b, dy_format f, const dy_out_rec *r)
{
    table t = {b, f, 0};
    char sc[24], tc[24], g[32], num[32];
    country_of(r->source, sc, sizeof sc);
    country_of(r->target, tc, sizeof tc);
    t_s(&t, r->doc);
    t_fmt(&t, "%lld", r->sent);
    t_s(&t, r->date);
    t_s(&t, r->source);
    t_s(&t, r->target);
    t_s(&t, r->code);
    t_s(&t, r->root);
    t_fmt(&t, "%lld", r->quad);
    snprintf(num, sizeof num, "%.1f", r->goldstein);
    t_s(&t, num);
    t_s(&t, r->mood);
    t_s(&t, r->source_name);
    t_s(&t, r->target_name);
    t_s(&t, r->rule);
    t_str(&t, r->evidence, r->evidence ? r->evidence_len : 0);
    if (r->id)
        t_fmt(&t, "%lld", r->id);
    else
        t_s(&t, "");
    snprintf(g, sizeof g, "%llu", dy_out_gid(r));
    t_s(&t, g);
    t_s(&t, r->last_date ? r->last_date : r->date);
    t_s(&t, sc);
    t_s(&t, tc);
    t_s(&t, label_of(r));
    const dy_location *l = r->loc && r->loc->level ? r->loc : NULL;
    t_s(&t, l ? l->place : NULL);
    t_s(&t, r->url);
    t_s(&t, r->outlet);
    t_s(&t, r->lang);
    t_fmt(&t, "%lld", r->num_mentions);
    t_fmt(&t, "%lld", r->num_sources);
    t_fmt(&t, "%lld", r->num_articles);
    t_s(&t, r->participants);
    t_s(&t, l ? l->country : NULL);
    t_s(&t, l ? l->admin1 : NULL);
    t_s(&t, l ? dy_loc_level_name(l->level) : NULL);
    char lat[32] = "", lon[32] = "", gid[16] = "";
    if (l && l->lat == l->lat && l->lon == l->lon) {
        snprintf(lat, sizeof lat, "%.4f", l->lat);
        snprintf(lon, sizeof lon, "%.4f", l->lon);
    }
    if (l && l->geonames_id)
        snprintf(gid, sizeof gid, "%u", l->geonames_id);
    t_s(&t, lat);
    t_s(&t, lon);
    t_s(&t, gid);
    dy_buf_putc(b, '\n');
}

/* An event's location (include/dyad.h dy_location): ,"location":{...}, or
 * null when the text does not say where (or L is NULL).  TEXT, the coded
 * text, gives the words that name the place ("evidence"); stored events
 * (query, plover) have none. */
static void json_location(dy_buf *b, const char *text, const dy_location *l)
{
    DY_BUF_LIT(b, ",\"location\":");
    if (!l || !l->level) {
        DY_BUF_LIT(b, "null");
        return;
    }
    DY_BUF_LIT(b, "{\"country\":\"");
    dy_buf_puts(b, l->country);
    DY_BUF_LIT(b, "\",\"admin1\":\"");
    dy_buf_puts(b, l->admin1);
    DY_BUF_LIT(b, "\",\"place\":");
    json_s(b, l->place);
    DY_BUF_LIT(b, ",\"level\":\"");
    dy_buf_puts(b, dy_loc_level_name(l->level));
    dy_buf_putc(b, '"');
    if (l->lat == l->lat && l->lon == l->lon) { /* not NAN */
        DY_BUF_LIT(b, ",\"lat\":");
        dy_buf_putfixed(b, l->lat, 4);
        DY_BUF_LIT(b, ",\"lon\":");
        dy_buf_putfixed(b, l->lon, 4);
    } else {
        DY_BUF_LIT(b, ",\"lat\":null,\"lon\":null");
    }
    if (l->geonames_id) {
        DY_BUF_LIT(b, ",\"geonames_id\":");
        dy_buf_putint(b, l->geonames_id);
    } else {
        DY_BUF_LIT(b, ",\"geonames_id\":null");
    }
    if (text) {
        DY_BUF_LIT(b, ",\"evidence\":");
        dy_out_json_str(b, text + l->span.start, l->span.end - l->span.start);
    }
    DY_BUF_LIT(b, ",\"location_rule\":");
    json_s(b, l->rule);
    dy_buf_putc(b, '}');
}

static void json_kv(dy_buf *b, const char *k, const char *v)
{
    dy_buf_printf(b, ",\"%s\":", k);
    if (v)
        json_s(b, v);
    else
        dy_buf_puts(b, "null");
}

/* `query --format jsonl`: the table's fields, spans; null for what is not
 * known. */
static void json_row(dy_buf *b, const dy_out_rec *r)
{
    char sc[24], tc[24];
    country_of(r->source, sc, sizeof sc);
    country_of(r->target, tc, sizeof tc);
    dy_buf_printf(b, "{\"id\":%lld,\"global_event_id\":%llu", r->id, dy_out_gid(r));
    json_kv(b, "date", r->date);
    json_kv(b, "last_date", r->last_date);
    json_kv(b, "source", r->source);
    json_kv(b, "source_name", r->source_name);
    json_kv(b, "source_country", sc);
    json_kv(b, "target", r->target);
    json_kv(b, "target_name", r->target_name);
    json_kv(b, "target_country", tc);
    json_kv(b, "code", r->code);
    json_kv(b, "label", label_of(r));
    json_kv(b, "root", r->root);
    DY_BUF_LIT(b, ",\"quad\":");
    dy_buf_putint(b, r->quad);
    DY_BUF_LIT(b, ",\"goldstein\":");
    dy_buf_putfixed(b, r->goldstein, 1);
    json_kv(b, "mood", r->mood);
    json_location(b, NULL, r->loc);
    json_kv(b, "doc", r->doc);
    dy_buf_printf(b, ",\"sent\":%d", r->sent);
    json_kv(b, "url", r->url);
    json_kv(b, "outlet", r->outlet);
    json_kv(b, "lang", r->lang);
    dy_buf_puts(b, ",\"evidence\":");
    if (r->evidence)
        dy_out_json_str(b, r->evidence, r->evidence_len);
    else
        dy_buf_puts(b, "null");
    dy_buf_printf(b, ",\"spans\":{\"source\":[%u,%u],\"target\":[%u,%u],\"predicate\":[%u,%u]}",
                  r->src_span.start, r->src_span.end, r->tgt_span.start, r->tgt_span.end,
                  r->pred_span.start, r->pred_span.end);
    dy_buf_printf(b, ",\"num_mentions\":%d,\"num_sources\":%d,\"num_articles\":%d",
                  r->num_mentions, r->num_sources, r->num_articles);
    if (r->participants)
        json_kv(b, "participants", r->participants);
    json_kv(b, "rule", r->rule);
    dy_buf_puts(b, "}\n");
}

/* ----------------------------------------------------------------- GDELT */

/* YYYYMMDD of a YYYY-MM-DD date */
static void day8(const char *date, char out[9])
{
    snprintf(out, 9, "%.4s%.2s%.2s", date, date + 5, date + 8);
}

/* Actor1 or Actor2: Code Name CountryCode KnownGroupCode EthnicCode
 * Religion1Code Religion2Code Type1Code Type2Code Type3Code.  "CHNGOVMIL"
 * is country CHN, types GOV and MIL; "IGOUNO" has no country, type IGO
 * and known group UNO (the last three letters: IGOMEAAMU is AMU). */
static void gdelt_actor(dy_buf *b, const char *code, const char *name)
{
    if (!code)
        code = "";
    size_t n = strlen(code);
    dy_buf_printf(b, "%s\t", code);
    tsv_s(b, name);
    if (is_org(code)) {
        dy_buf_printf(b, "\t\t%s\t\t\t\t%.3s\t\t\t", n >= 6 ? code + n - 3 : "", code);
        return;
    }
    dy_buf_printf(b, "\t%.3s\t\t\t\t\t%.3s\t%.3s\t%.3s\t", code, n > 3 ? code + 3 : "",
                  n > 6 ? code + 6 : "", n > 9 ? code + 9 : "");
}

/* ActionGeo: Type FullName CountryCode ADM1Code ADM2Code Lat Long
 * FeatureID.  Type as GDELT: 1 a country, 4 a world city, 5 a world
 * first-level division (GDELT's 2 and 3, US state and city, for places in
 * the USA).  CountryCode and ADM1Code are dyad's (ISO alpha-3 and ISO
 * 3166-2), not GDELT's FIPS codes; FeatureID the GeoNames id of a city, the
 * ADM1 or country code otherwise.  GeoType 0 and empty: not said. */
static void gdelt_geo(dy_buf *b, const dy_location *l)
{
    if (!l || !l->level) {
        dy_buf_puts(b, "0\t\t\t\t\t\t\t\t");
        return;
    }
    bool us = !strcmp(l->country, "USA");
    int type = l->level == DY_LOC_COUNTRY ? 1
               : l->level == DY_LOC_CITY  ? (us ? 3 : 4)
                                          : (us ? 2 : 5);
    dy_buf_printf(b, "%d\t", type);
    tsv_s(b, l->place);
    dy_buf_printf(b, "\t%s\t%s\t\t", l->country, l->admin1);
    if (l->lat == l->lat && l->lon == l->lon)
        dy_buf_printf(b, "%.4f\t%.4f\t", l->lat, l->lon);
    else
        dy_buf_puts(b, "\t\t");
    if (l->geonames_id)
        dy_buf_printf(b, "%u\t", l->geonames_id);
    else
        dy_buf_printf(b, "%s\t", l->admin1[0] ? l->admin1 : l->country);
}

static void gdelt_row(dy_buf *b, const dy_out_rec *r)
{
    /* GLOBALEVENTID SQLDATE MonthYear Year FractionDate */
    int y = 0, m = 0, d = 0;
    dy_date_split(r->date, &y, &m, &d);
    char day[9];
    day8(r->date, day);
    dy_buf_printf(b, "%llu\t%s\t%.6s\t%d\t%.4f\t", dy_out_gid(r), day, day, y,
                  y + ((m - 1) * 30.4 + d) / 365.0);
    gdelt_actor(b, r->source, r->source_name);
    gdelt_actor(b, r->target, r->target_name);
    /* IsRootEvent EventCode EventBaseCode EventRootCode QuadClass
     * GoldsteinScale NumMentions NumSources NumArticles AvgTone (empty:
     * dyad does not score tone) */
    dy_buf_printf(b, "%d\t%s\t%.3s\t%s\t%d\t%.1f\t%d\t%d\t%d\t\t", r->sent == 0 ? 1 : 0, r->code,
                  r->code, r->root, r->quad, r->goldstein, r->num_mentions, r->num_sources,
                  r->num_articles);
    /* three geography blocks of 8 columns each (Actor1, Actor2, Action):
     * Type FullName CountryCode ADM1Code ADM2Code Lat Long FeatureID;
     * GeoType 0 and the rest empty until dyad geocodes */
    for (int g = 0; g < 2; g++)
        dy_buf_puts(b, "0\t\t\t\t\t\t\t\t");
    gdelt_geo(b, r->loc);
    /* DATEADDED (YYYYMMDDHHMMSS: the event's first day, at midnight, as
     * dyad keeps no time of day) SOURCEURL */
    dy_buf_printf(b, "%s000000\t", day);
    tsv_s(b, r->url && *r->url ? r->url : r->doc);
    dy_buf_putc(b, '\n');
}

/* GDELT 2.0 Mentions: GLOBALEVENTID EventTimeDate MentionTimeDate
 * MentionType MentionSourceName MentionIdentifier SentenceID
 * Actor1CharOffset Actor2CharOffset ActionCharOffset InRawText Confidence
 * MentionDocLen MentionDocTone MentionDocTranslationInfo Extras */
static void gdelt_mention_row(dy_buf *b, unsigned long long gid, const char *event_date,
                              const char *article_date, const char *outlet, const char *url,
                              const char *doc, int sent)
{
    char ed[9], md[9];
    day8(event_date, ed);
    day8(article_date && *article_date ? article_date : event_date, md);
    /* MentionType 1 (web); offsets -1: dyad keeps spans within the
     * sentence, not in the document; no confidence, length or tone */
    dy_buf_printf(b, "%llu\t%s000000\t%s000000\t1\t", gid, ed, md);
    tsv_s(b, outlet);
    dy_buf_putc(b, '\t');
    tsv_s(b, url && *url ? url : doc);
    dy_buf_printf(b, "\t%d\t-1\t-1\t-1\t1\t\t\t\t\t\n", sent + 1);
}

/* ----------------------------------------------------------------- ICEWS */

/* The sector of a role code, in ICEWS's words. */
static const char *sector_name(const char *role)
{
    static const char *const map[][2] = {
        {"GOV", "Government"}, {"MIL", "Military"}, {"OPP", "Opposition"}, {"REB", "Rebel"},
        {"JUD", "Judicial"}, {"LEG", "Legislative / Parliamentary"}, {"BUS", "Business"},
        {"MED", "Media"}, {"EDU", "Education"}, {"HLH", "Health"}, {"HRI", "Human Rights"},
        {"LAB", "Labor"}, {"REF", "Refugees"}, {"CVL", "Civilian"}, {"COP", "Police"},
        {"SPY", "Intelligence"}, {"PTY", "Parties"}, {"ELI", "Elite"}, {"AGR", "Agricultural"},
        {"ENV", "Environmental"}, {"CRM", "Criminal"}, {"IGO", "International Government Organization"},
        {"NGO", "Nongovernmental Organization"}};
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        if (!strncmp(map[i][0], role, 3))
            return map[i][1];
    return NULL;
}

/* The sectors of CODE, comma-separated: its role codes after the country
 * (IGO or NGO for an organisation). */
static void sectors(dy_buf *b, const char *code, bool tsv)
{
    if (!code)
        return;
    size_t n = strlen(code);
    bool first = true;
    for (size_t i = is_org(code) ? 0 : 3; i + 3 <= n; i += is_org(code) ? n : 3) {
        const char *s = sector_name(code + i);
        if (!first)
            dy_buf_putc(b, ',');
        first = false;
        if (s)
            dy_buf_puts(b, s);
        else
            dy_buf_printf(b, "%.3s", code + i);
    }
    (void)tsv;
}

static void icews_actor(dy_buf *b, const dy_out_rec *r, const char *code, const char *name)
{
    const char *country = r->dict && !is_org(code) ? dy_country_name(r->dict, code) : NULL;
    tsv_s(b, name && *name ? name : country ? country : code);
    dy_buf_putc(b, '\t');
    sectors(b, code, true);
    dy_buf_putc(b, '\t');
    tsv_s(b, country);
    dy_buf_putc(b, '\t');
}

static void icews_row(dy_buf *b, const dy_out_rec *r)
{
    dy_buf_printf(b, "%llu\t%s\t", dy_out_gid(r), r->date);
    icews_actor(b, r, r->source, r->source_name);
    tsv_s(b, label_of(r));
    dy_buf_printf(b, "\t%s\t%.1f\t", r->code, r->goldstein);
    icews_actor(b, r, r->target, r->target_name);
    tsv_s(b, r->doc);
    dy_buf_printf(b, "\t%d\t", r->sent + 1);
    tsv_s(b, r->outlet);
    /* City District Province Country Latitude Longitude */
    const dy_location *l = r->loc && r->loc->level ? r->loc : NULL;
    dy_buf_putc(b, '\t');
    if (l && l->level == DY_LOC_CITY)
        tsv_s(b, l->place);
    dy_buf_puts(b, "\t\t");
    if (l && l->level == DY_LOC_REGION)
        tsv_s(b, l->place);
    else if (l)
        tsv_s(b, l->admin1);
    dy_buf_putc(b, '\t');
    if (l)
        tsv_s(b, r->dict ? dy_country_name(r->dict, l->country) : l->country);
    dy_buf_putc(b, '\t');
    if (l && l->lat == l->lat && l->lon == l->lon)
        dy_buf_printf(b, "%.4f\t%.4f", l->lat, l->lon);
    else
        dy_buf_putc(b, '\t');
    dy_buf_putc(b, '\n');
}

/* ---------------------------------------------------------------- PLOVER */

static void plover_actor(dy_buf *b, const dy_out_rec *r, const char *code, const char *name)
{
    char c[24];
    country_of(code, c, sizeof c);
    dy_buf_puts(b, "{\"code\":");
    json_s(b, code);
    json_kv(b, "name", name);
    json_kv(b, "country", c);
    json_kv(b, "country_name", r->dict && !is_org(code) ? dy_country_name(r->dict, code) : NULL);
    dy_buf_puts(b, ",\"sectors\":[");
    size_t n = code ? strlen(code) : 0;
    bool first = true;
    for (size_t i = is_org(code) ? 0 : 3; code && i + 3 <= n; i += is_org(code) ? n : 3) {
        dy_buf_printf(b, "%s\"%.3s\"", first ? "" : ",", code + i);
        first = false;
    }
    dy_buf_puts(b, "]}");
}

static void plover_row(dy_buf *b, const dy_out_rec *r)
{
    dy_cameo_info ci = {0};
    if (!r->dict || dy_cameo_describe(r->dict, r->code, &ci) < 0 || !ci.plover_type)
        return; /* no PLOVER event (a statement, 01x) */
    dy_buf_printf(b, "{\"id\":\"%llu\"", dy_out_gid(r));
    json_kv(b, "event_date", r->date);
    json_kv(b, "event_type", ci.plover_type);
    json_kv(b, "mode", ci.plover_mode ? ci.plover_mode : "");
    dy_buf_puts(b, ",\"context\":[");
    if (ci.plover_context)
        json_s(b, ci.plover_context);
    dy_buf_puts(b, "],\"actor\":");
    plover_actor(b, r, r->source, r->source_name);
    dy_buf_puts(b, ",\"recipient\":");
    plover_actor(b, r, r->target, r->target_name);
    json_location(b, NULL, r->loc);
    dy_buf_puts(b, ",\"sentence\":");
    if (r->evidence)
        dy_out_json_str(b, r->evidence, r->evidence_len);
    else
        dy_buf_puts(b, "null");
    json_kv(b, "story_id", r->doc);
    dy_buf_printf(b, ",\"sentence_number\":%d", r->sent + 1);
    json_kv(b, "publisher", r->outlet);
    json_kv(b, "url", r->url);
    json_kv(b, "language", r->lang);
    json_kv(b, "cameo_code", r->code);
    dy_buf_printf(b, ",\"num_mentions\":%d,\"num_sources\":%d}\n", r->num_mentions,
                  r->num_sources);
}

void dy_out_event(dy_buf *b, dy_format f, const dy_out_rec *r)
{
    switch (f) {
    case DY_FMT_JSONL: json_row(b, r); break;
    case DY_FMT_CSV:
    case DY_FMT_TSV: table_row(b, f, r); break;
    case DY_FMT_GDELT: gdelt_row(b, r); break;
    case DY_FMT_GDELT_MENTIONS:
        gdelt_mention_row(b, dy_out_gid(r), r->date, r->date, r->outlet, r->url, r->doc, r->sent);
        break;
    case DY_FMT_ICEWS: icews_row(b, r); break;
    case DY_FMT_PLOVER: plover_row(b, r); break;
    }
}

/* ---------------------------------------------------- coded events (code) */

int dy_write_header(FILE *out, dy_format f)
{
    dy_buf b = {0};
    dy_out_header(&b, f);
    return flush(out, &b);
}

int dy_write_event(FILE *out, dy_format f, const dy_article *a, const dy_result *r,
                   const dy_event *e, dy_scale scale)
{
    dy_buf b = {0};
    const char *text = dy_result_text(r, NULL);
    const char *id = a->id ? a->id : "";
    size_t evn = e->evidence.end - e->evidence.start;
    if (f == DY_FMT_JSONL) {
        /* one allocation for the record: the evidence and about 600 bytes */
        dy_buf_reserve(&b, evn + 640);
        DY_BUF_LIT(&b, "{\"doc\":");
        json_s(&b, id);
        DY_BUF_LIT(&b, ",\"sent\":");
        dy_buf_putint(&b, e->sent);
        DY_BUF_LIT(&b, ",\"date\":\"");
        dy_buf_puts(&b, e->date);
        DY_BUF_LIT(&b, "\",\"lang\":");
        /* the language the article was coded in (chosen by --lang auto) */
        json_s(&b, a->lang && *a->lang ? a->lang : "de");
        DY_BUF_LIT(&b, ",\"source\":\"");
        dy_buf_puts(&b, e->source);
        DY_BUF_LIT(&b, "\",\"target\":\"");
        dy_buf_puts(&b, e->target);
        DY_BUF_LIT(&b, "\",\"source_name\":");
        json_s(&b, e->source_name);
        DY_BUF_LIT(&b, ",\"target_name\":");
        json_s(&b, e->target_name);
        DY_BUF_LIT(&b, ",\"code\":\"");
        dy_buf_puts(&b, e->code);
        DY_BUF_LIT(&b, "\",\"root\":\"");
        dy_buf_puts(&b, e->root);
        DY_BUF_LIT(&b, "\",\"quad\":");
        dy_buf_putint(&b, e->quad);
        DY_BUF_LIT(&b, ",\"goldstein\":");
        dy_buf_putfixed(&b, e->goldstein, 1);
        DY_BUF_LIT(&b, ",\"scale\":\"");
        dy_buf_puts(&b, dy_scale_name(scale));
        DY_BUF_LIT(&b, "\",\"mood\":\"");
        dy_buf_puts(&b, dy_mood_name(e->mood));
        DY_BUF_LIT(&b, "\",\"evidence\":");
        dy_out_json_str(&b, text + e->evidence.start, evn);
        static const char *const span_keys[] = {",\"spans\":{\"sentence\":[", "],\"source\":[",
                                                 "],\"target\":[", "],\"predicate\":["};
        const dy_span *spans[] = {&e->evidence, &e->src_span, &e->tgt_span, &e->pred_span};
        for (int k = 0; k < 4; k++) {
            dy_buf_puts(&b, span_keys[k]);
            dy_buf_putint(&b, spans[k]->start);
            dy_buf_putc(&b, ',');
            dy_buf_putint(&b, spans[k]->end);
        }
        DY_BUF_LIT(&b, "]},\"rule\":");
        json_s(&b, e->rule);
        json_location(&b, text, &e->location);
        DY_BUF_LIT(&b, "}\n");
        return flush(out, &b);
    }
    /* one mention in one article: an event of one mention, as a store
     * would first hold it */
    dy_out_rec rec = {0};
    rec.date = rec.last_date = e->date;
    rec.source = e->source;
    rec.source_name = e->source_name;
    rec.target = e->target;
    rec.target_name = e->target_name;
    rec.code = e->code;
    rec.root = e->root;
    rec.quad = e->quad;
    rec.goldstein = e->goldstein;
    rec.mood = dy_mood_name(e->mood);
    rec.doc = id;
    rec.url = a->url;
    rec.outlet = a->source;
    rec.lang = a->lang && *a->lang ? a->lang : "de";
    rec.sent = e->sent;
    rec.evidence = text + e->evidence.start;
    rec.evidence_len = evn;
    rec.src_span = e->src_span;
    rec.tgt_span = e->tgt_span;
    rec.pred_span = e->pred_span;
    rec.num_mentions = rec.num_sources = rec.num_articles = 1;
    rec.rule = e->rule;
    rec.dict = dy_result_dict(r);
    rec.loc = &e->location;
    dy_out_event(&b, f, &rec);
    return flush(out, &b);
}

/* --------------------------------------------------- stored events (query) */

int dy_write_stored_header(FILE *out, dy_format f)
{
    return dy_write_header(out, f);
}

int dy_write_stored_mention_header(FILE *out, dy_format f)
{
    dy_buf b = {0};
    dy_out_mention_header(&b, f);
    return flush(out, &b);
}

static void stored_rec(dy_out_rec *rec, const dy_stored_event *e, const dy_stored_mention *m,
                       const dy_dict *d)
{
    memset(rec, 0, sizeof *rec);
    rec->id = e->id;
    rec->date = e->date;
    rec->last_date = e->last_date;
    rec->source = e->source;
    rec->target = e->target;
    rec->code = e->code;
    rec->root = e->root;
    rec->quad = e->quad;
    rec->goldstein = e->goldstein;
    rec->num_mentions = e->num_mentions;
    rec->num_sources = e->num_sources;
    rec->num_articles = e->num_articles;
    rec->participants = e->participants;
    rec->dict = d;
    rec->loc = &e->location;
    rec->sent = -1;
    if (m) {
        rec->source_name = m->source_name;
        rec->target_name = m->target_name;
        rec->mood = m->mood;
        rec->doc = m->article_id;
        rec->url = m->url;
        rec->outlet = m->source;
        rec->lang = m->lang;
        rec->sent = m->sent;
        rec->evidence = m->evidence;
        rec->evidence_len = m->evidence ? strlen(m->evidence) : 0;
        rec->src_span = m->src_span;
        rec->tgt_span = m->tgt_span;
        rec->pred_span = m->pred_span;
        rec->rule = m->rule;
    }
}

int dy_write_stored_event(FILE *out, dy_format f, const dy_stored_event *e,
                          const dy_stored_mention *first, const dy_dict *d)
{
    dy_buf b = {0};
    dy_out_rec rec;
    stored_rec(&rec, e, first, d);
    dy_out_event(&b, f, &rec);
    return flush(out, &b);
}

void dy_out_mention(dy_buf *b, dy_format f, const dy_stored_mention *m, unsigned long long gid,
                    const char *event_date)
{
    if (f == DY_FMT_GDELT || f == DY_FMT_GDELT_MENTIONS) {
        gdelt_mention_row(b, gid, event_date, m->article_date, m->source, m->url, m->article_id,
                          m->sent);
    } else if (f == DY_FMT_CSV || f == DY_FMT_TSV) {
        table t = {b, f, 0};
        t_fmt(&t, "%lld", m->event_id);
        char g[32];
        snprintf(g, sizeof g, "%llu", gid);
        t_s(&t, g);
        t_s(&t, m->article_id);
        t_s(&t, m->article_date);
        t_s(&t, m->source);
        t_s(&t, m->url);
        t_fmt(&t, "%lld", m->sent);
        t_s(&t, m->mood);
        t_s(&t, m->source_name);
        t_s(&t, m->target_name);
        t_s(&t, m->rule);
        t_s(&t, m->evidence);
        dy_buf_putc(b, '\n');
    } else {
        dy_buf_printf(b, "{\"mention_of\":%lld,\"global_event_id\":%llu,\"article\":", m->event_id,
                      gid);
        json_s(b, m->article_id);
        dy_buf_printf(b, ",\"article_date\":\"%s\",\"outlet\":", m->article_date);
        json_s(b, m->source);
        dy_buf_puts(b, ",\"url\":");
        json_s(b, m->url);
        dy_buf_printf(b, ",\"sent\":%d,\"mood\":\"%s\",\"evidence\":", m->sent, m->mood);
        json_s(b, m->evidence);
        dy_buf_printf(b, ",\"spans\":{\"source\":[%u,%u],\"target\":[%u,%u],\"predicate\":[%u,%u]},"
                         "\"rule\":",
                      m->src_span.start, m->src_span.end, m->tgt_span.start, m->tgt_span.end,
                      m->pred_span.start, m->pred_span.end);
        json_s(b, m->rule);
        dy_buf_puts(b, "}\n");
    }
}

int dy_write_stored_mention(FILE *out, dy_format f, const dy_stored_mention *m,
                            const dy_stored_event *e)
{
    dy_buf b = {0};
    dy_out_rec rec;
    stored_rec(&rec, e, NULL, NULL);
    dy_out_mention(&b, f, m, dy_out_gid(&rec), e->date);
    return flush(out, &b);
}
