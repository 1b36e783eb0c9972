/* main.c: dispatches subcommands from one table and checks that standard
 * output was written completely (a full disk must fail loudly). */
#include "cli.h"
#include <errno.h>
#include <signal.h>
#include <string.h>

static int cmd_version(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    printf("dyad %s\n", DYAD_VERSION);
    return 0;
}

static int cmd_help(int argc, char **argv);

static const struct command {
    const char *name;
    int (*fn)(int argc, char **argv);
    const char *usage;
} commands[] = {
    {"code", cmd_code, "code [--lang de|en] [--date YYYY-MM-DD] [--id ID] [--format jsonl|tsv|gdelt] [--scale gdelt|icews|phoenix] [--input text|jsonl] [--threads N] [--dict DIR] [--max-doc-bytes N] [--max-sentence-tokens N] [--max-doc-tokens N] [FILE…]"},
    {"explain", cmd_explain, "explain [same options as code] [FILE…]: every clause, predicate, mood decision and event"},
    {"eval", cmd_eval, "eval [--dict DIR] [--quiet] GOLD.jsonl: score the coder against a gold file"},
    {"split", cmd_split, "split [FILE]: print one sentence a line"},
    {"dict", cmd_dict_main, "dict stats|check [--dict DIR]: load the dictionaries and report\n"
                            "  dict coverage [--dict DIR] [--check]: triggers per CAMEO code and language; --check exits 1 below a floor\n"
                            "  dict import --format tabari|petrarch -o DIR [--merge] [--codes cameo|keep] FILE…: convert TABARI or PETRARCH dictionaries (docs/import.md)"},
    {"validate", cmd_validate, "validate --suite tabari|petrarch FILE --dict DIR [--quiet]: run a peer's validation suite"},
    {"ingest", cmd_ingest, "ingest [--db PATH|postgres://URL] [--lang de|en] [--date D] [--input text|jsonl] [--batch N] [--force] [--window DAYS] [--merge-by code|root] FILE…: code and store (docs/store.md)"},
    {"query", cmd_query, "query [--db PATH|URL] [--source A] [--target B] [--actor A] [--undirected] [--role R] [--code C] [--root R] [--quad N] [--from D] [--to D] [--limit N] [--format jsonl|tsv|gdelt] [--mentions]"},
    {"store", cmd_store, "store info|check|remerge|init [--db PATH|URL] [--window DAYS] [--merge-by code|root] [--schema N]"},
    {"trend", cmd_trend, "trend A B [--vs C D]... [--by day|week|month|year] [--undirected] [--from D] [--to D] [--db PATH|URL] [--csv] [--svg FILE] [--show quads,goldstein,net|all] [--overlay]: a pair's relations over time (docs/relations.md)"},
    {"network", cmd_network, "network [--from D] [--to D] [--db PATH|URL] [--actors country|code] [--directed] [--graphml FILE] [--json]: the relation graph of a period"},
    {"blocs", cmd_blocs, "blocs [--from D] [--to D] [--db PATH|URL] [--min-events N] [--actors country|code] [--restarts N] [--seed N] [--json]: groups that cooperate inside and conflict across"},
    {"version", cmd_version, "version"},
    {"help", cmd_help, "help"},
};

static int cmd_help(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    printf("usage: dyad COMMAND [OPTIONS]\n\ncommands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        printf("  %s\n", commands[i].usage);
    return 0;
}

int main(int argc, char **argv)
{
    /* "dyad code … | head -1": a closed pipe ends the run cleanly */
    signal(SIGPIPE, SIG_DFL);
    if (argc < 2) {
        cmd_help(0, NULL);
        return EXIT_USAGE;
    }
    const char *name = argv[1];
    if (!strcmp(name, "--help") || !strcmp(name, "-h"))
        name = "help";
    if (!strcmp(name, "--version"))
        name = "version";
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        if (strcmp(commands[i].name, name))
            continue;
        int rc = commands[i].fn(argc - 1, argv + 1);
        if (fflush(stdout) != 0 || ferror(stdout)) {
            fprintf(stderr, "dyad: error writing output: %s\n", strerror(errno));
            return EXIT_ERROR;
        }
        return rc;
    }
    fprintf(stderr, "dyad: unknown command '%s' (try 'dyad help')\n", argv[1]);
    return EXIT_USAGE;
}
