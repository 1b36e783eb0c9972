/* cmd_coverage.c: dyad dict coverage [--dict DIR] [--check] — the triggers
 * of every CAMEO code per language and kind (dy_coverage_new, dyad.h).
 * --check exits 1 when a code is below its floor. */
#include "cli.h"
#include <stdlib.h>
#include <string.h>

enum { O_COV_DICT = 1, O_COV_CHECK };
static const cli_opt coverage_opts[] = {
    CLI_OPT_DICT(O_COV_DICT),
    {O_COV_CHECK, "--check", CLI_FLAG, NULL, "exit 1 when a code is below its floor "
     "(dict/news-codes.txt)", NULL, 0, 0, NULL},
    CLI_OPT_END,
};

const cli_cmd cli_cmd_dict_coverage = {
    "dict coverage", "", "triggers per CAMEO code and language; --check exits 1 below a floor",
    NULL, "dyad dict coverage --check", coverage_opts, NULL,
};

int cmd_coverage(int argc, char **argv)
{
    const char *dir = NULL;
    bool check = false;
    cli_parser p;
    cli_init(&p, &cli_cmd_dict_coverage, argc, argv);
    for (int k; (k = cli_next(&p)) != CLI_DONE;) {
        switch (k) {
        case CLI_HELP: return EXIT_OK;
        case CLI_ERROR: return EXIT_USAGE;
        case CLI_ARG: return cli_usage_error(&cli_cmd_dict_coverage, "unexpected argument '%s'", p.val);
        case O_COV_DICT: dir = p.val; break;
        case O_COV_CHECK: check = true; break;
        }
    }
    if (!dir)
        dir = getenv("DYAD_DICT");
    if (!dir)
        dir = "dict";
    dy_dict *d = cli_load_dict(dir);
    if (!d)
        return EXIT_ERROR;
    dy_error err;
    dy_coverage *c = dy_coverage_new(d, dir, &err);
    if (!c) {
        fprintf(stderr, "dyad: %s:%ld: %s\n", err.file, err.line, err.msg);
        dy_dict_free(d);
        return EXIT_ERROR;
    }
    static const char *const lang[DY_COV_LANGS] = {"de", "en", "ru", "fr"};
    printf("code\trank");
    for (int li = 0; li < DY_COV_LANGS; li++)
        printf("\t%s_verbs\t%s_nouns", lang[li], lang[li]);
    printf("\tfloor\tstatus\tlabel\n");
    for (size_t i = 0; i < dy_coverage_count(c); i++) {
        const dy_cover_row *r = dy_coverage_row(c, i);
        char st[32] = "";
        for (int li = 0; li < DY_COV_LANGS; li++)
            if (r->below[li])
                snprintf(st + strlen(st), sizeof st - strlen(st), "%s%s", st[0] ? "," : "LOW-",
                         lang[li]);
        printf("%s\t%d", r->code, r->rank);
        for (int li = 0; li < DY_COV_LANGS; li++)
            printf("\t%u\t%u", r->n[li * 2], r->n[li * 2 + 1]);
        printf("\t%u\t%s\t%s\n", r->floor, st[0] ? st : "ok", r->label);
        for (int li = 0; li < DY_COV_LANGS; li++)
            if (r->reason[li])
                printf("\t%s: %s\n", lang[li], r->reason[li]);
    }
    size_t below = dy_coverage_below(c);
    fprintf(stderr, "dyad: dict coverage: %zu of %zu codes below their floor\n", below,
            dy_coverage_count(c));
    dy_coverage_free(c);
    dy_dict_free(d);
    return check && below ? 1 : 0;
}
