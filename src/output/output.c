/* output.c: the writers of dyad's output formats (output.h): JSON Lines,
 * TSV and GDELT 2.0 rows, for coded events (dy_write_event) and stored
 * ones (dy_write_stored_event). */
#include "output/output.h"
#include "base/date.h"
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------- escaping */

void dy_out_json_str(dy_buf *b, const char *s, size_t n)
{
    dy_buf_putc(b, '"');
    for (size_t i = 0; i < n; i++) {
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

/* ----------------------------------------------------------------- GDELT */

/* Country and type parts of an actor code, as GDELT splits them: "CHNGOV"
 * is CHN and GOV; an IGO or NGO has no country. */
static void actor_parts(const char *code, char country[4], char type[4])
{
    if (!strncmp(code, "IGO", 3) || !strncmp(code, "NGO", 3)) {
        country[0] = 0;
        snprintf(type, 4, "%.3s", code);
        return;
    }
    snprintf(country, 4, "%.3s", code);
    snprintf(type, 4, "%.3s", strlen(code) > 3 ? code + 3 : "");
}

/* Actor1 or Actor2: Code Name CountryCode KnownGroupCode EthnicCode
 * Religion1Code Religion2Code Type1Code Type2Code Type3Code */
static void gdelt_actor(dy_buf *b, const char *code, const char *name)
{
    char country[4], type[4];
    actor_parts(code, country, type);
    dy_buf_printf(b, "%s\t", code);
    tsv_s(b, name);
    dy_buf_printf(b, "\t%s\t%s\t\t\t\t%s\t\t\t", country, strncmp(code, "IGO", 3) ? "" : code, type);
}

void dy_out_gdelt(dy_buf *b, const dy_gdelt_row *r)
{
    /* GLOBALEVENTID SQLDATE MonthYear Year FractionDate */
    int y = 0, m = 0, d = 0;
    dy_date_split(r->date, &y, &m, &d);
    char day[9];
    snprintf(day, sizeof day, "%.4s%.2s%.2s", r->date, r->date + 5, r->date + 8);
    if (r->id)
        dy_buf_printf(b, "%lld", r->id);
    dy_buf_printf(b, "\t%s\t%.6s\t%d\t%.4f\t", day, day, y, y + ((m - 1) * 30.4 + d) / 365.0);
    gdelt_actor(b, r->source, r->source_name);
    gdelt_actor(b, r->target, r->target_name);
    /* IsRootEvent EventCode EventBaseCode EventRootCode QuadClass
     * GoldsteinScale NumMentions NumSources NumArticles AvgTone (empty:
     * dyad does not score tone) */
    dy_buf_printf(b, "%d\t%s\t%.3s\t%s\t%d\t%.1f\t%d\t%d\t%d\t\t", r->is_root ? 1 : 0, r->code,
                  r->code, r->root, r->quad, r->goldstein, r->num_mentions, r->num_sources,
                  r->num_articles);
    /* three geography blocks of 8 columns each (Actor1, Actor2, Action):
     * empty, dyad does not geocode */
    for (int g = 0; g < 3; g++)
        dy_buf_puts(b, "\t\t\t\t\t\t\t\t");
    /* DATEADDED SOURCEURL */
    dy_buf_printf(b, "%s\t", day);
    tsv_s(b, r->url);
    dy_buf_putc(b, '\n');
}

/* ---------------------------------------------------- coded events (code) */

/* An event's location (include/dyad.h dy_location): ,"location":{...}, or
 * null when the text does not say where. */
static void json_location(dy_buf *b, const char *text, const dy_location *l)
{
    dy_buf_puts(b, ",\"location\":");
    if (!l->level) {
        dy_buf_puts(b, "null");
        return;
    }
    dy_buf_printf(b, "{\"country\":\"%s\",\"admin1\":\"%s\",\"place\":", l->country, l->admin1);
    json_s(b, l->place);
    dy_buf_printf(b, ",\"level\":\"%s\"", dy_loc_level_name(l->level));
    if (l->lat == l->lat && l->lon == l->lon) /* not NAN */
        dy_buf_printf(b, ",\"lat\":%.4f,\"lon\":%.4f", l->lat, l->lon);
    else
        dy_buf_puts(b, ",\"lat\":null,\"lon\":null");
    if (l->geonames_id)
        dy_buf_printf(b, ",\"geonames_id\":%u", l->geonames_id);
    else
        dy_buf_puts(b, ",\"geonames_id\":null");
    dy_buf_puts(b, ",\"evidence\":");
    dy_out_json_str(b, text + l->span.start, l->span.end - l->span.start);
    dy_buf_puts(b, ",\"location_rule\":");
    json_s(b, l->rule);
    dy_buf_putc(b, '}');
}

int dy_write_header(FILE *out, dy_format f)
{
    if (f != DY_FMT_TSV)
        return 0;
    return fputs("doc\tsent\tdate\tsource\ttarget\tcode\troot\tquad\tgoldstein\tmood\t"
                 "source_name\ttarget_name\trule\tevidence\n", out) < 0 ? -1 : 0;
}

int dy_write_event(FILE *out, dy_format f, const dy_article *a, const dy_result *r,
                   const dy_event *e, dy_scale scale)
{
    dy_buf b = {0};
    const char *text = dy_result_text(r, NULL);
    const char *id = a->id ? a->id : "";
    size_t evn = e->evidence.end - e->evidence.start;
    if (f == DY_FMT_JSONL) {
        dy_buf_puts(&b, "{\"doc\":");
        json_s(&b, id);
        dy_buf_printf(&b, ",\"sent\":%d,\"date\":\"%s\",\"lang\":", e->sent, e->date);
        /* the language the article was coded in (chosen by --lang auto) */
        json_s(&b, a->lang && *a->lang ? a->lang : "de");
        dy_buf_printf(&b, ",\"source\":\"%s\",\"target\":\"%s\",\"source_name\":",
                      e->source, e->target);
        json_s(&b, e->source_name);
        dy_buf_puts(&b, ",\"target_name\":");
        json_s(&b, e->target_name);
        dy_buf_printf(&b, ",\"code\":\"%s\",\"root\":\"%s\",\"quad\":%d,\"goldstein\":%.1f,"
                          "\"scale\":\"%s\",\"mood\":\"%s\",\"evidence\":",
                      e->code, e->root, e->quad, e->goldstein, dy_scale_name(scale),
                      dy_mood_name(e->mood));
        dy_out_json_str(&b, text + e->evidence.start, evn);
        dy_buf_printf(&b, ",\"spans\":{\"sentence\":[%u,%u],\"source\":[%u,%u],"
                          "\"target\":[%u,%u],\"predicate\":[%u,%u]},\"rule\":",
                      e->evidence.start, e->evidence.end, e->src_span.start,
                      e->src_span.end, e->tgt_span.start, e->tgt_span.end,
                      e->pred_span.start, e->pred_span.end);
        json_s(&b, e->rule);
        json_location(&b, text, &e->location);
        dy_buf_puts(&b, "}\n");
    } else if (f == DY_FMT_TSV) {
        tsv_s(&b, id);
        dy_buf_printf(&b, "\t%d\t%s\t%s\t%s\t%s\t%s\t%d\t%.1f\t%s\t", e->sent, e->date,
                      e->source, e->target, e->code, e->root, e->quad, e->goldstein,
                      dy_mood_name(e->mood));
        tsv_s(&b, e->source_name);
        dy_buf_putc(&b, '\t');
        tsv_s(&b, e->target_name);
        dy_buf_putc(&b, '\t');
        tsv_s(&b, e->rule);
        dy_buf_putc(&b, '\t');
        dy_out_tsv_str(&b, text + e->evidence.start, evn);
        dy_buf_putc(&b, '\n');
    } else {
        /* one mention in one article; GLOBALEVENTID is left empty for a
         * store to assign */
        dy_gdelt_row row = {0, e->date, e->source, e->source_name, e->target, e->target_name,
                            e->code, e->root, e->quad, e->goldstein, e->sent == 0, 1, 1, 1,
                            a->url && *a->url ? a->url : id};
        dy_out_gdelt(&b, &row);
    }
    return flush(out, &b);
}

/* --------------------------------------------------- stored events (query) */

int dy_write_stored_header(FILE *out, dy_format f)
{
    if (f != DY_FMT_TSV)
        return 0;
    return fputs("id\tdate\tlast_date\tsource\ttarget\tcode\troot\tquad\tgoldstein\t"
                 "num_mentions\tnum_sources\tnum_articles\tparticipants\n", out) < 0 ? -1 : 0;
}

int dy_write_stored_event(FILE *out, dy_format f, const dy_stored_event *e,
                          const dy_stored_mention *first)
{
    dy_buf b = {0};
    if (f == DY_FMT_JSONL) {
        dy_buf_printf(&b, "{\"id\":%lld,\"date\":\"%s\",\"last_date\":\"%s\",\"source\":\"%s\","
                          "\"target\":\"%s\",\"code\":\"%s\",\"root\":\"%s\",\"quad\":%d,"
                          "\"goldstein\":%.1f,\"num_mentions\":%d,\"num_sources\":%d,"
                          "\"num_articles\":%d",
                      e->id, e->date, e->last_date, e->source, e->target, e->code, e->root, e->quad,
                      e->goldstein, e->num_mentions, e->num_sources, e->num_articles);
        if (e->participants) {
            dy_buf_puts(&b, ",\"participants\":");
            json_s(&b, e->participants);
        }
        dy_buf_puts(&b, "}\n");
    } else if (f == DY_FMT_TSV) {
        dy_buf_printf(&b, "%lld\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%.1f\t%d\t%d\t%d\t", e->id, e->date,
                      e->last_date, e->source, e->target, e->code, e->root, e->quad, e->goldstein,
                      e->num_mentions, e->num_sources, e->num_articles);
        tsv_s(&b, e->participants);
        dy_buf_putc(&b, '\n');
    } else {
        const char *url = first ? (first->url && *first->url ? first->url : first->article_id) : NULL;
        dy_gdelt_row row = {e->id, e->date, e->source, first ? first->source_name : NULL,
                            e->target, first ? first->target_name : NULL, e->code, e->root,
                            e->quad, e->goldstein, first && first->sent == 0, e->num_mentions,
                            e->num_sources, e->num_articles, url};
        dy_out_gdelt(&b, &row);
    }
    return flush(out, &b);
}

int dy_write_stored_mention(FILE *out, dy_format f, const dy_stored_mention *m)
{
    dy_buf b = {0};
    if (f == DY_FMT_JSONL) {
        dy_buf_printf(&b, "{\"mention_of\":%lld,\"article\":", m->event_id);
        json_s(&b, m->article_id);
        dy_buf_printf(&b, ",\"article_date\":\"%s\",\"outlet\":", m->article_date);
        json_s(&b, m->source);
        dy_buf_puts(&b, ",\"url\":");
        json_s(&b, m->url);
        dy_buf_printf(&b, ",\"sent\":%d,\"mood\":\"%s\",\"evidence\":", m->sent, m->mood);
        json_s(&b, m->evidence);
        dy_buf_printf(&b, ",\"spans\":{\"source\":[%u,%u],\"target\":[%u,%u],\"predicate\":[%u,%u]},"
                          "\"rule\":",
                      m->src_span.start, m->src_span.end, m->tgt_span.start, m->tgt_span.end,
                      m->pred_span.start, m->pred_span.end);
        json_s(&b, m->rule);
        dy_buf_puts(&b, "}\n");
    } else {
        dy_buf_printf(&b, "#mention\t%lld\t", m->event_id);
        tsv_s(&b, m->article_id);
        dy_buf_printf(&b, "\t%s\t", m->article_date);
        tsv_s(&b, m->source);
        dy_buf_putc(&b, '\t');
        tsv_s(&b, m->url);
        dy_buf_printf(&b, "\t%d\t%s\t", m->sent, m->mood);
        tsv_s(&b, m->evidence);
        dy_buf_putc(&b, '\n');
    }
    return flush(out, &b);
}
