/* cli.h: the dyad command line.  Thin: parsing options and files, calling
 * libdyad, writing results.  One table of subcommands in main.c; each
 * command's options in its table (options.h). */
#ifndef DY_CLI_H
#define DY_CLI_H

#include "base/internal.h"
#include "cli/options.h"
#include <jansson.h>

/* The article readers are libdyad's (dyad.h, "Reading articles"). */
typedef dy_input_opts cli_input_opts;

/* A store's target for messages, a URL's password masked (a static
 * buffer, valid until the next call). */
const char *cli_store_name(const char *target);
/* Parses a whole decimal number S within [LO, HI] into *OUT; false if S
 * is not one (the caller names the option in its message). */
bool cli_parse_long(const char *s, long lo, long hi, long *out);
/* Loads the dictionaries (--dict DIR, else where dy_dict_find finds
 * them); prints the error and returns NULL on failure. */
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
/* dyad dict coverage (cmd_coverage.c) */
int cmd_coverage(int argc, char **argv);
int cmd_validate(int argc, char **argv);
/* cmd_store.c */
int cmd_ingest(int argc, char **argv);
int cmd_query(int argc, char **argv);
int cmd_store(int argc, char **argv);
/* cmd_relations.c (docs/relations.md) */
int cmd_trend(int argc, char **argv);
int cmd_network(int argc, char **argv);
int cmd_blocs(int argc, char **argv);
/* cmd_serve.c (docs/api.md) */
int cmd_serve(int argc, char **argv);
/* main.c */
int cmd_version(int argc, char **argv);
int cmd_help(int argc, char **argv);

/* Exit codes */
enum { EXIT_OK = 0, EXIT_SKIPPED = 1, EXIT_ERROR = 2, EXIT_USAGE = 64 };

#endif
