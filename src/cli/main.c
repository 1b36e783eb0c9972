/* main.c: dispatches subcommands from one table and checks that standard
 * output was written completely (a full disk must fail loudly).  What each
 * command takes is in its table (options.h), beside the command. */
#include "cli.h"
#include <errno.h>
#include <signal.h>
#include <string.h>

static const struct command {
    int (*fn)(int argc, char **argv);
    const cli_cmd *spec;
} commands[] = {
    {cmd_code, &cli_cmd_code},
    {cmd_explain, &cli_cmd_explain},
    {cmd_eval, &cli_cmd_eval},
    {cmd_split, &cli_cmd_split},
    {cmd_dict_main, &cli_cmd_dict},
    {cmd_validate, &cli_cmd_validate},
    {cmd_ingest, &cli_cmd_ingest},
    {cmd_query, &cli_cmd_query},
    {cmd_store, &cli_cmd_store},
    {cmd_trend, &cli_cmd_trend},
    {cmd_network, &cli_cmd_network},
    {cmd_blocs, &cli_cmd_blocs},
    {cmd_serve, &cli_cmd_serve},
    {cmd_version, &cli_cmd_version},
    {cmd_help, &cli_cmd_help},
};

const cli_cmd cli_cmd_version = {
    "version", "", "print dyad's version", NULL, "dyad version", NULL, NULL,
};

const cli_cmd cli_cmd_help = {
    "help", "[COMMAND]", "list the commands, or print a command's help", NULL,
    "dyad help\ndyad help code", NULL, NULL,
};

int cmd_version(int argc, char **argv)
{
    cli_parser p;
    cli_init(&p, &cli_cmd_version, argc, argv);
    for (int k; (k = cli_next(&p)) != CLI_DONE;) {
        if (k == CLI_HELP)
            return EXIT_OK;
        if (k == CLI_ERROR)
            return EXIT_USAGE;
        if (k == CLI_ARG)
            return cli_usage_error(&cli_cmd_version, "unexpected argument '%s'", p.val);
    }
    printf("dyad %s\n", DYAD_VERSION);
    return 0;
}

/* The list of commands and subcommands, one a line. */
static void list_commands(FILE *out)
{
    fprintf(out, "usage: dyad COMMAND [OPTIONS] [ARGS]\n\n"
                 "dyad codes news articles into political events (CAMEO) and keeps and\n"
                 "analyses them.  'dyad COMMAND --help' prints a command's options and an\n"
                 "example.\n\ncommands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        const cli_cmd *c = commands[i].spec;
        fprintf(out, "  %-16s  %s\n", c->name, c->summary);
        for (const cli_cmd *const *s = c->subs; s && *s; s++)
            fprintf(out, "  %-16s  %s\n", (*s)->name, (*s)->summary);
    }
}

static const struct command *find(const char *name)
{
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (!strcmp(commands[i].spec->name, name))
            return &commands[i];
    return NULL;
}

int cmd_help(int argc, char **argv)
{
    cli_parser p;
    cli_init(&p, &cli_cmd_help, argc, argv);
    const cli_cmd *c = NULL;
    for (int k; (k = cli_next(&p)) != CLI_DONE;) {
        if (k == CLI_HELP)
            return EXIT_OK;
        if (k == CLI_ERROR)
            return EXIT_USAGE;
        /* "dyad help store info": the subcommand's help */
        const cli_cmd *s = c ? cli_sub(c, p.val) : find(p.val) ? find(p.val)->spec : NULL;
        if (!s)
            return cli_usage_error(&cli_cmd_help, "no command '%s' (see 'dyad help')", p.val);
        c = s;
    }
    if (c)
        cli_help(c, stdout);
    else
        list_commands(stdout);
    return 0;
}

int main(int argc, char **argv)
{
    /* "dyad code … | head -1": a closed pipe ends the run cleanly */
    signal(SIGPIPE, SIG_DFL);
    if (argc < 2) {
        list_commands(stdout);
        return EXIT_USAGE;
    }
    const char *name = argv[1];
    if (!strcmp(name, "--help") || !strcmp(name, "-h"))
        name = "help";
    if (!strcmp(name, "--version"))
        name = "version";
    const struct command *c = find(name);
    if (!c) {
        fprintf(stderr, "dyad: unknown command '%s'\nsee 'dyad help'\n", argv[1]);
        return EXIT_USAGE;
    }
    int rc = c->fn(argc - 1, argv + 1);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "dyad: error writing output: %s\n", strerror(errno));
        return EXIT_ERROR;
    }
    return rc;
}
