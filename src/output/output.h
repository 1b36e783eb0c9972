/* output.h: the writers of dyad's output formats, one per format, shared by
 * `dyad code` (events of a dy_result, dy_write_event in dyad.h) and `dyad
 * query` (events and mentions of a store).  Both commands first make the
 * same record of an event (dy_out_rec) and hand it to the one writer of the
 * format, so that the columns and the quoting are the same; docs/formats.md
 * shows every format.  Not installed.
 *
 *   jsonl           `code`: its own objects (unchanged); `query`: one object
 *                   per event with the table's fields, and spans
 *   csv, tsv        the event table (DY_OUT_COLUMNS), a header row, one row
 *                   per event; CSV quoted as RFC 4180, TSV with tabs and
 *                   newlines in a field made spaces
 *   gdelt           GDELT 2.0 event rows: 61 tab-separated columns, no header
 *   gdelt-mentions  GDELT 2.0 mentions rows: 16 columns, no header
 *   icews           the ICEWS coded event file layout (20 columns, header)
 *   plover          POLECAT-style JSON Lines: PLOVER type, mode, context
 *
 * GLOBALEVENTID (dy_out_gid): a stable 53-bit number made from what
 * identifies an event in a store (source, target, code, first date and
 * participants), the same in `code` and `query`, in gdelt and
 * gdelt-mentions rows, on every backend and after a remerge that keeps the
 * event; 53 bits so that R and JavaScript, which read numbers as doubles,
 * keep it exact. */
#ifndef DY_OUTPUT_H
#define DY_OUTPUT_H

#include "base/internal.h"

/* JSON: S (N bytes) as a quoted JSON string (", \, \n, \r, \t escaped,
 * other control characters as \u00XX). */
void dy_out_json_str(dy_buf *b, const char *s, size_t n);
/* TSV: S (N bytes) as one field (tab, newline and CR become spaces). */
void dy_out_tsv_str(dy_buf *b, const char *s, size_t n);
/* CSV: S (N bytes) as one field, quoted when it holds , " CR or LF. */
void dy_out_csv_str(dy_buf *b, const char *s, size_t n);

/* What both commands know of an event.  Strings may be NULL (empty). */
typedef struct dy_out_rec {
    long long id;              /* the store's event id; 0: none (code) */
    const char *date, *last_date; /* YYYY-MM-DD */
    const char *source, *source_name, *target, *target_name;
    const char *code, *root;
    int quad;
    double goldstein;
    const char *mood;          /* "fact" ... */
    const char *doc, *url, *outlet, *lang;  /* the (first) article */
    int sent;                  /* its sentence, from 0 */
    const char *evidence;      /* the sentence, EVIDENCE_LEN bytes */
    size_t evidence_len;
    dy_span src_span, tgt_span, pred_span; /* in the sentence */
    int num_mentions, num_sources, num_articles;
    const char *participants;  /* "CHN IND RUS" or NULL */
    const char *rule;
    const dy_dict *dict;       /* labels, country names, PLOVER; may be NULL */
    const dy_location *loc;    /* where it happened; NULL or level 0: not said */
} dy_out_rec;

/* The stable GLOBALEVENTID of R (never 0). */
unsigned long long dy_out_gid(const dy_out_rec *r);

/* The header row of format F (csv, tsv, icews), nothing for the others. */
void dy_out_header(dy_buf *b, dy_format f);
/* One event in format F; PLOVER writes nothing for a code PLOVER has no
 * event for.  F is not DY_FMT_JSONL from `code` (its own writer). */
void dy_out_event(dy_buf *b, dy_format f, const dy_out_rec *r);

/* The mentions table (`query --mentions`): header and one row per mention
 * for csv, tsv and jsonl ("mention_of" objects); gdelt-mentions rows.  GID
 * is the event's GLOBALEVENTID, EVENT_DATE its first date. */
void dy_out_mention_header(dy_buf *b, dy_format f);
void dy_out_mention(dy_buf *b, dy_format f, const dy_stored_mention *m,
                    unsigned long long gid, const char *event_date);

/* `dyad query`: a store's events.  FIRST is the event's first mention
 * (names, article, evidence; may be NULL); D the dictionaries (labels;
 * may be NULL).  Each returns 0, or -1 on a write error. */
int dy_write_stored_header(FILE *out, dy_format f);
int dy_write_stored_event(FILE *out, dy_format f, const dy_stored_event *e,
                          const dy_stored_mention *first, const dy_dict *d);
int dy_write_stored_mention_header(FILE *out, dy_format f);
int dy_write_stored_mention(FILE *out, dy_format f, const dy_stored_mention *m,
                            const dy_stored_event *e);

/* The dictionary of a result (coder/api.c). */
const dy_dict *dy_result_dict(const dy_result *r);

/* The JSON of `dyad network --json` and `dyad blocs --json`, also served
 * by dyad serve: a new object (json_decref it), or NULL when out of
 * memory.  FROM and TO may be NULL; ACTORS is "country" or "code". */
#include <jansson.h>
json_t *dy_out_network_json(const dy_network *net, const char *from, const char *to, const char *actors);
json_t *dy_out_blocs_json(const dy_blocs *b, const char *from, const char *to, long min_events);

#endif
