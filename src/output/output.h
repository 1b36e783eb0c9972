/* output.h: the writers of dyad's output formats, one per format, shared by
 * `dyad code` (events of a dy_result, dy_write_event in dyad.h) and `dyad
 * query` (events and mentions of a store).  One escaping function per
 * format, so that both commands quote the same way.  Not installed.
 *
 * GDELT 2.0 event rows (61 tab-separated columns, GDELT's order) follow
 * the GDELT 2.0 Event codebook: Actor1Name/Actor2Name are the actors'
 * names, SOURCEURL the URL of the first article that reported the event
 * (its id when the article has no URL), IsRootEvent says the event was
 * found in the article's first sentence; dyad does not geocode or score
 * tone, so the geography columns and AvgTone are empty. */
#ifndef DY_OUTPUT_H
#define DY_OUTPUT_H

#include "base/internal.h"

/* JSON: S (N bytes) as a quoted JSON string (", \, \n, \r, \t escaped,
 * other control characters as \u00XX). */
void dy_out_json_str(dy_buf *b, const char *s, size_t n);
/* TSV: S (N bytes) as one field (tab, newline and CR become spaces). */
void dy_out_tsv_str(dy_buf *b, const char *s, size_t n);

/* One GDELT row: what both commands know of an event. */
typedef struct dy_gdelt_row {
    long long id;              /* GLOBALEVENTID; 0: left empty (no store) */
    const char *date;          /* YYYY-MM-DD */
    const char *source, *source_name, *target, *target_name;
    const char *code, *root;
    int quad;
    double goldstein;
    bool is_root;              /* found in the first sentence */
    int num_mentions, num_sources, num_articles;
    const char *url;           /* SOURCEURL: the article's URL, else its id */
} dy_gdelt_row;
void dy_out_gdelt(dy_buf *b, const dy_gdelt_row *r);

/* `dyad query`: a store's events and mentions.  FIRST, for GDELT rows, is
 * the event's first mention (names, SOURCEURL, IsRootEvent); may be NULL.
 * Each returns 0, or -1 on a write error. */
int dy_write_stored_header(FILE *out, dy_format f);
int dy_write_stored_event(FILE *out, dy_format f, const dy_stored_event *e,
                          const dy_stored_mention *first);
int dy_write_stored_mention(FILE *out, dy_format f, const dy_stored_mention *m);

/* The JSON of `dyad network --json` and `dyad blocs --json`, also served
 * by dyad serve: a new object (json_decref it), or NULL when out of
 * memory.  FROM and TO may be NULL; ACTORS is "country" or "code". */
#include <jansson.h>
json_t *dy_out_network_json(const dy_network *net, const char *from, const char *to, const char *actors);
json_t *dy_out_blocs_json(const dy_blocs *b, const char *from, const char *to, long min_events);

#endif
