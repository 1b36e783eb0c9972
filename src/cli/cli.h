/* cli.h: the dyad command line.  Thin: parsing options and files, calling
 * libdyad, writing results.  One table of subcommands in main.c; each
 * command's options in its table (options.h). */
#ifndef DY_CLI_H
#define DY_CLI_H

#include "base/internal.h"
#include "cli/options.h"

typedef struct cli_input_opts {
    bool jsonl, jsonl_set;
    const char *date, *lang, *id;
    size_t max_bytes;
    long long *pos;   /* if set: bytes of the current file read so far */
} cli_input_opts;

/* Called per article; returns 0 (ok), 1 (article skipped), 2 (error), or 3
 * (output failed: stop). */
typedef int (*article_fn)(void *ctx, const dy_article *a, const char *file, long line);

int cli_each_article(const char *path, const cli_input_opts *o, article_fn fn, void *ctx);
int cli_getline(FILE *f, dy_buf *line, size_t cap, bool *too_long);
/* Parses one JSON Lines line (BOM on line 1 skipped, NUL escapes allowed). */
#include <jansson.h>
json_t *cli_json_line(const char *line, size_t len, long lineno, json_error_t *je);
/* A store's target for messages, a URL's password masked (a static
 * buffer, valid until the next call). */
const char *cli_store_name(const char *target);
/* Parses a whole decimal number S within [LO, HI] into *OUT; false if S
 * is not one (the caller names the option in its message). */
bool cli_parse_long(const char *s, long lo, long hi, long *out);
/* The string member K of object O, or NULL (absent or not a string). */
const char *cli_jstr(json_t *o, const char *k);
/* Reads the article of one JSON Lines line (line LINENO of NAME; options O
 * give the date, language and id it lacks).  Returns 0 for a blank line, 1
 * when the line is skipped (the reason, with file and line, written to
 * ERR), 2 with *A filled: its strings live in *ROOT (json_decref it after
 * use) and IDBUF. */
int cli_jsonl_article(const char *name, long lineno, const char *line, size_t len,
                      const cli_input_opts *o, FILE *err, json_t **root, dy_article *a,
                      char idbuf[64]);

/* Loads the dictionaries (--dict DIR, $DYAD_DICT, or ./dict next to the
 * binary); prints the error and returns NULL on failure. */
dy_dict *cli_load_dict(const char *dir);

/* actors.c: an actor argument (WHAT: "--source", "A") checked against the
 * dictionaries' codes and names (src/cli/actors.c says which files): a
 * known code (CHN, CHNGOV, IGOUNO; IGO alone means every IGO) is copied to
 * OUT, a known name, any case ("India", "united nations"), gives its code.
 * Anything else (a code in lower case, a typo, "%", "CH") is a usage error
 * naming up to three close matches ("did you mean IND?"); returns false
 * after printing it. */
bool cli_actor(const cli_cmd *c, const char *what, const char *arg, char *out, size_t cap);
/* A role code (GOV, MIL ...) of the dictionaries' roles.txt; false after
 * printing a usage error. */
bool cli_role(const cli_cmd *c, const char *arg);
/* The dictionary folder as cli_load_dict finds it without --dict:
 * $DYAD_DICT, ./dict, else dict/ beside the program (BUF holds it). */
const char *cli_dict_dir(char *buf, size_t cap);

int cmd_code(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_split(int argc, char **argv);
int cmd_dict(int argc, char **argv);   /* cmd_dict.c */
/* dyad dict import (cmd_import.c), else cmd_dict */
int cmd_dict_main(int argc, char **argv);
int cmd_validate(int argc, char **argv);
/* cmd_store.c */
int cmd_ingest(int argc, char **argv);
int cmd_query(int argc, char **argv);
int cmd_store(int argc, char **argv);
/* cmd_relations.c (docs/relations.md) */
int cmd_trend(int argc, char **argv);
int cmd_network(int argc, char **argv);
int cmd_blocs(int argc, char **argv);
/* main.c */
int cmd_version(int argc, char **argv);
int cmd_help(int argc, char **argv);

/* Exit codes */
enum { EXIT_OK = 0, EXIT_SKIPPED = 1, EXIT_ERROR = 2, EXIT_USAGE = 64 };

#endif
