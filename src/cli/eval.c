/* eval.c: dyad eval [--dict DIR] [--quiet] GOLD.jsonl.  The scoring
 * (../shared/spec/coding-guide.md) is libdyad's: dy_eval, include/dyad.h,
 * src/eval/eval.c. */
#include "cli.h"
#include <string.h>

enum { O_EVAL_DICT = 1, O_EVAL_QUIET };
static const cli_opt eval_opts[] = {
    CLI_OPT_DICT(O_EVAL_DICT),
    {O_EVAL_QUIET, "--quiet", CLI_FLAG, NULL, "print only the scores, not each story's misses", NULL,
     0, 0, NULL},
    CLI_OPT_END,
};

const cli_cmd cli_cmd_eval = {
    "eval", "GOLD.jsonl", "score the coder against a gold file (P/R/F1)",
    "GOLD.jsonl holds one story a line: id, date, lang, text and the expected events.",
    "dyad eval --quiet tests/golden/de-rules.jsonl", eval_opts, NULL,
};

int cmd_eval(int argc, char **argv)
{
    const char *dir = NULL, *path = NULL;
    bool quiet = false;
    cli_parser ap;
    cli_init(&ap, &cli_cmd_eval, argc, argv);
    for (int k; (k = cli_next(&ap)) != CLI_DONE;) {
        switch (k) {
        case CLI_HELP: return EXIT_OK;
        case CLI_ERROR: return EXIT_USAGE;
        case CLI_ARG: path = ap.val; break;
        case O_EVAL_DICT: dir = ap.val; break;
        case O_EVAL_QUIET: quiet = true; break;
        }
    }
    if (!path)
        return cli_usage_short(&cli_cmd_eval);
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
    int status = dy_eval(d, f, path, quiet, stdout, stderr, NULL);
    fclose(f);
    dy_dict_free(d);
    return status;
}
