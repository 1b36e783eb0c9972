/* cmd_dict.c: dyad dict [stats|check] (dyad dict import is cmd_import.c's):
 * loads the dictionaries and counts their entries. */
#include "cli.h"
#include <string.h>

const cli_opt cli_dict_opts[] = {CLI_OPT_DICT(CLI_OPT_DICT_ID), CLI_OPT_END};

const cli_cmd cli_cmd_dict_stats = {
    "dict stats", "", "load the dictionaries and count their entries", NULL,
    "dyad dict stats --dict dict", cli_dict_opts, NULL,
};
const cli_cmd cli_cmd_dict_check = {
    "dict check", "", "load the dictionaries, count their entries and say ok (exit 0) or the error",
    NULL, "dyad dict check --dict dict", cli_dict_opts, NULL,
};
static const cli_cmd *const dict_subs[] = {&cli_cmd_dict_stats, &cli_cmd_dict_check,
                                           &cli_cmd_dict_coverage, &cli_cmd_dict_import, NULL};
const cli_cmd cli_cmd_dict = {
    "dict", "", "check, count or import dictionaries (dict with no subcommand: dict stats)", NULL,
    "dyad dict check\ndyad dict import --format tabari -o out/ Phoenix.agents.txt",
    cli_dict_opts, dict_subs,
};

/* dyad dict [stats|check] [--dict DIR]: the subcommand may come after the
 * options ("dict --dict DIR check"). */
int cmd_dict(int argc, char **argv)
{
    const char *dir = NULL, *what = "stats";
    const cli_cmd *spec = &cli_cmd_dict;
    if (argc > 1 && cli_sub(spec, argv[1])) {
        spec = cli_sub(spec, argv[1]);
        what = argv[1];
        argc--;
        argv++;
    }
    cli_parser p;
    cli_init(&p, spec, argc, argv);
    for (int k; (k = cli_next(&p)) != CLI_DONE;) {
        if (k == CLI_HELP)
            return EXIT_OK;
        if (k == CLI_ERROR)
            return EXIT_USAGE;
        if (k == CLI_OPT_DICT_ID)
            dir = p.val;
        else if (!strcmp(p.val, "stats") || !strcmp(p.val, "check"))
            what = p.val;
        else
            return cli_usage_error(spec, "unexpected argument '%s'", p.val);
    }
    dy_dict *d = cli_load_dict(dir);
    if (!d)
        return EXIT_ERROR;
    dy_dict_stats s;
    dy_dict_get_stats(d, &s);
    printf("codes %zu\ncountries %zu\nactor_forms %zu\npeople %zu\noffices %zu\nroles %zu\n"
           "verbs %zu\nverb_forms %zu\nnouns %zu\nphrases %zu\n",
           s.codes, s.countries, s.actor_forms, s.people, s.offices, s.roles, s.verbs,
           s.verb_forms, s.nouns, s.phrases);
    if (!strcmp(what, "check"))
        printf("ok\n");
    dy_dict_free(d);
    return 0;
}
