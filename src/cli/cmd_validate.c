/* cmd_validate.c: dyad validate --suite tabari|petrarch FILE --dict DIR.
 * The runner is libdyad's: dy_validate, include/dyad.h,
 * src/eval/validate.c. */
#include "cli.h"
#include <string.h>

enum { O_VAL_SUITE = 1, O_VAL_DICT, O_VAL_QUIET };
static const cli_opt validate_opts[] = {
    {O_VAL_SUITE, "--suite", CLI_CHOICE, "tabari|petrarch", "whose validation suite FILE is (required)",
     NULL, 0, 0, NULL},
    CLI_OPT_DICT(O_VAL_DICT),
    {O_VAL_QUIET, "--quiet", CLI_FLAG, NULL, "print only the summary", NULL, 0, 0, NULL},
    CLI_OPT_END,
};

const cli_cmd cli_cmd_validate = {
    "validate", "FILE", "run a peer's validation suite (TABARI or PETRARCH records as JSON Lines)",
    NULL, "dyad validate --suite petrarch suite.jsonl --dict out/", validate_opts, NULL,
};

int cmd_validate(int argc, char **argv)
{
    const char *suite = NULL, *path = NULL, *dir = NULL;
    bool quiet = false;
    cli_parser ap;
    cli_init(&ap, &cli_cmd_validate, argc, argv);
    for (int k; (k = cli_next(&ap)) != CLI_DONE;) {
        switch (k) {
        case CLI_HELP: return EXIT_OK;
        case CLI_ERROR: return EXIT_USAGE;
        case O_VAL_SUITE: suite = ap.val; break;
        case O_VAL_DICT: dir = ap.val; break;
        case O_VAL_QUIET: quiet = true; break;
        case CLI_ARG:
            if (path)
                return cli_usage_error(&cli_cmd_validate, "unexpected argument '%s'", ap.val);
            path = ap.val;
            break;
        }
    }
    if (!suite || !path)
        return cli_usage_short(&cli_cmd_validate);
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "dyad: %s: cannot open\n", path);
        return EXIT_ERROR;
    }
    dy_dict *d = cli_load_dict(dir);
    if (!d) {
        fclose(f);
        return EXIT_ERROR;
    }
    int status = dy_validate(d, f, path, suite, dir ? dir : "(default)", quiet, stdout, stderr);
    fclose(f);
    dy_dict_free(d);
    return status;
}
