/* input.h: the article readers' helpers that the library's other modules
 * share (evaluation, validation, the coding run).  Not installed: the
 * public entry points are in include/dyad.h ("Reading articles"). */
#ifndef DY_INPUT_H
#define DY_INPUT_H

#include "base/internal.h"
#include <jansson.h>

/* Reads one line of any length (up to CAP bytes; longer lines are consumed
 * and flagged *TOO_LONG).  Returns 1 for a line, 0 at EOF, -1 on error. */
int dy_getline(FILE *f, dy_buf *line, size_t cap, bool *too_long);
/* Parses one JSON Lines line (BOM on line 1 skipped, NUL escapes allowed). */
json_t *dy_json_line(const char *line, size_t len, long lineno, json_error_t *je);
/* The string member K of object O, or NULL (absent or not a string). */
const char *dy_jstr(json_t *o, const char *k);
/* Reads the article of one JSON Lines line (line LINENO of NAME; options O
 * give the date, language and id it lacks).  Returns 0 for a blank line, 1
 * when the line is skipped (the reason, with file and line, written to
 * ERR), 2 with *A filled: its strings live in *ROOT (json_decref it after
 * use) and IDBUF. */
int dy_jsonl_article(const char *name, long lineno, const char *line, size_t len,
                     const dy_input_opts *o, FILE *err, json_t **root, dy_article *a,
                     char idbuf[64]);

/* The news readers (src/input/news.c, libxml2 and zlib): an HTML page is
 * one article; a feed one per item; a WARC file one per response record
 * with an HTML page (PATH NULL: standard input).  NAME names the input in
 * messages.  Return the worst status, as dy_read_articles. */
int dy_read_html(FILE *f, const char *name, const dy_input_opts *o, FILE *err,
                 dy_article_fn fn, void *ctx);
int dy_read_feed(FILE *f, const char *name, const dy_input_opts *o, FILE *err,
                 dy_article_fn fn, void *ctx);
int dy_read_warc(const char *path, const char *name, const dy_input_opts *o, FILE *err,
                 dy_article_fn fn, void *ctx);

#endif
