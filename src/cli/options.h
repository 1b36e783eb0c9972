/* options.h: the one option parser of the dyad command line (git's
 * parse-options is the model).  Every command and subcommand declares its
 * options in a table of cli_opt (name, value kind, help text, default) and
 * itself in a cli_cmd (usage operands, summary, example); the help text
 * (`dyad CMD --help`), the list of commands (`dyad help`) and every usage
 * error are made from these tables, so the usage text lives in one place.
 *
 * A command reads its arguments with an iterator:
 *
 *     cli_parser p;
 *     cli_init(&p, &cli_cmd_eval, argc, argv);    // argv[0]: the command
 *     for (int k; (k = cli_next(&p)) != CLI_DONE;)
 *         switch (k) {
 *         case CLI_HELP: return EXIT_OK;          // help printed
 *         case CLI_ERROR: return EXIT_USAGE;      // error printed
 *         case CLI_ARG: path = p.val; break;      // an operand
 *         case O_DICT: dir = p.val; break;        // an option of the table
 *         }
 *
 * cli_next first returns every option that has a default (with the default
 * as its value), then the arguments in order.  It checks what the table
 * says of a value (present, one of the choices, a number in range, a date)
 * and reports a mistake the same way in every command:
 *
 *     dyad CMD: unknown option '--x'
 *     see 'dyad CMD --help'
 *
 * and exit status 64 (EXIT_USAGE).  "-h" and "--help" print the help to
 * standard output; "--" ends the options; "-" alone is an operand. */
#ifndef DY_CLI_OPTIONS_H
#define DY_CLI_OPTIONS_H

#include <stdbool.h>
#include <stdio.h>

typedef enum cli_kind {
    CLI_FLAG = 1, /* no value */
    CLI_STR,      /* any value */
    CLI_CHOICE,   /* one of ARG, "jsonl|tsv|gdelt"; its index is in p.num */
    CLI_NUM,      /* a whole number from LO to HI, in p.num */
    CLI_DATE,     /* YYYY-MM-DD (year from 1, day up to 31) */
    CLI_PAIR      /* two values (p.val, p.val2) */
} cli_kind;

typedef struct cli_opt {
    int id;             /* what cli_next returns (> 0); 0 ends the table */
    const char *name;   /* "--format", "-o" */
    cli_kind kind;
    const char *arg;    /* the value's name in the help ("FILE", "N"); for
                         * CLI_CHOICE the choices, '|'-separated */
    const char *help;
    const char *dflt;   /* the default, applied first; NULL: none */
    long long lo, hi;   /* CLI_NUM: the range */
    const char *why;    /* CLI_NUM: said after the range when out of it */
} cli_opt;

typedef struct cli_cmd {
    const char *name;      /* "code", "dict import" */
    const char *operands;  /* the usage line after the options: "[FILE...]" */
    const char *summary;   /* one line, for `dyad help` */
    const char *about;     /* a paragraph for --help, or NULL */
    const char *example;   /* one or more command lines, '\n'-separated */
    const cli_opt *opts;   /* NULL: no options */
    const struct cli_cmd *const *subs; /* subcommands, NULL-terminated */
} cli_cmd;

enum { CLI_DONE = 0, CLI_ARG = -1, CLI_HELP = -2, CLI_ERROR = -3 };

typedef struct cli_parser {
    const cli_cmd *cmd;
    int argc;
    char **argv;
    int i;              /* the next argument */
    int next_default;   /* the next table entry whose default is due */
    bool operands_only; /* after "--" */
    const cli_opt *opt; /* the option returned */
    const char *val, *val2;
    long long num;
} cli_parser;

void cli_init(cli_parser *p, const cli_cmd *c, int argc, char **argv);
/* The next option's id, CLI_ARG (operand in p->val), CLI_HELP (the help
 * was printed), CLI_ERROR (a usage error was printed) or CLI_DONE. */
int cli_next(cli_parser *p);

/* Prints "dyad CMD: MESSAGE" and "see 'dyad CMD --help'" to standard
 * error; returns 64 (EXIT_USAGE). */
int cli_usage_error(const cli_cmd *c, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Prints "usage: dyad CMD ..." and "see 'dyad CMD --help'" to standard
 * error (a missing operand); returns 64. */
int cli_usage_short(const cli_cmd *c);
/* The help of C: usage line, options with defaults, subcommands, example. */
void cli_help(const cli_cmd *c, FILE *out);
/* The subcommand of C named NAME, or NULL. */
const cli_cmd *cli_sub(const cli_cmd *c, const char *name);

/* The commands' tables (defined beside each command). */
extern const cli_cmd cli_cmd_code, cli_cmd_explain, cli_cmd_eval, cli_cmd_split,
    cli_cmd_dict, cli_cmd_dict_stats, cli_cmd_dict_check, cli_cmd_dict_coverage, cli_cmd_dict_import,
    cli_cmd_validate, cli_cmd_ingest, cli_cmd_query, cli_cmd_store, cli_cmd_store_info,
    cli_cmd_store_check, cli_cmd_store_remerge, cli_cmd_store_init, cli_cmd_trend,
    cli_cmd_network, cli_cmd_blocs, cli_cmd_serve, cli_cmd_version, cli_cmd_help;

/* The options of dict, dict stats and dict check (cmd_dict.c): --dict,
 * whose id is CLI_OPT_DICT_ID. */
enum { CLI_OPT_DICT_ID = 1 };
extern const cli_opt cli_dict_opts[];

/* Options several commands share, so that their help says the same. */
#define CLI_OPT_DICT(ID) \
    {ID, "--dict", CLI_STR, "DIR", "the dictionaries (default: $DYAD_DICT, else ./dict, else the installed or beside-the-program dict/: README)", NULL, 0, 0, NULL}
/* --lang: DFLT is NULL (auto, chosen quietly: dyad.h, dy_run_opts), or a
 * command's own default */
#define CLI_OPT_LANG(ID, DFLT) \
    {ID, "--lang", CLI_STR, "de|en|fr|ru|auto", "the articles' language (a JSON Lines \"lang\" field wins); by default each article's is identified and one it is unsure of is reported and skipped; --lang auto also says what it chose for each", DFLT, 0, 0, NULL}
#define CLI_OPT_LANG_FALLBACK(ID) \
    {ID, "--lang-fallback", CLI_CHOICE, "de|en|guess", "how to code an article whose identified language is unsure (guess: the leaning), instead of skipping it", NULL, 0, 0, NULL}
#define CLI_OPT_DATE(ID) \
    {ID, "--date", CLI_STR, "YYYY-MM-DD", "the story date of articles that give none (a JSON Lines \"date\" field wins)", NULL, 0, 0, NULL}
#define CLI_OPT_INPUT(ID) \
    {ID, "--input", CLI_CHOICE, "text|jsonl|html|rss|atom|warc", "how the files are read (default: by the name: jsonl for *.jsonl, html for *.html and *.htm, rss for *.rss, *.atom and *.xml (RSS 2.0 or Atom, one article an item), warc for *.warc and *.warc.gz (one an HTML response record); else text: one article a file; docs/input.md)", NULL, 0, 0, NULL}
#define CLI_OPT_DB(ID) \
    {ID, "--db", CLI_STR, "PATH|URL", "the store: an SQLite file or a postgres:// URL", "dyad.db", 0, 0, NULL}
#define CLI_OPT_FROM(ID) \
    {ID, "--from", CLI_DATE, "YYYY-MM-DD", "only events on or after this day", NULL, 0, 0, NULL}
#define CLI_OPT_TO(ID) \
    {ID, "--to", CLI_DATE, "YYYY-MM-DD", "only events on or before this day", NULL, 0, 0, NULL}
#define CLI_OPT_WINDOW(ID) \
    {ID, "--window", CLI_NUM, "DAYS", "merge mentions of one event this many days apart (changing it remerges the store)", NULL, 0, 3650, NULL}
#define CLI_OPT_MERGE_BY(ID) \
    {ID, "--merge-by", CLI_CHOICE, "code|root", "merge mentions with the same full code, or the same root code", NULL, 0, 0, NULL}
#define CLI_OPT_FORMAT(ID) \
    {ID, "--format", CLI_CHOICE, "jsonl|tsv|gdelt|csv|icews|plover|gdelt-mentions", "the output (docs/formats.md): JSON Lines; TSV or CSV with a header, one row per event; GDELT 2.0 event rows (61 columns); ICEWS event file columns; PLOVER (POLECAT-style JSON Lines); GDELT 2.0 mentions rows", "jsonl", 0, 0, NULL}
#define CLI_OPT_END {0, NULL, 0, NULL, NULL, NULL, 0, 0, NULL}

#endif
