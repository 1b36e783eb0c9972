/* cmd_coverage.c: dyad dict coverage [--dict DIR] [--check] — the triggers
 * of every CAMEO code per language and kind (dy_coverage_new, dyad.h).
 * --check exits 1 when a code is below its floor. */
#include "cli.h"
#include <stdlib.h>
#include <string.h>

int cmd_coverage(int argc, char **argv)
{
    const char *dir = NULL;
    bool check = false;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--dict") && i + 1 < argc)
            dir = argv[++i];
        else if (!strcmp(argv[i], "--check"))
            check = true;
        else {
            fprintf(stderr, "dyad: dict coverage: unknown argument %s\n", argv[i]);
            return EXIT_USAGE;
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
    printf("code\trank\tde_verbs\tde_nouns\ten_verbs\ten_nouns\tfloor\tstatus\tlabel\n");
    for (size_t i = 0; i < dy_coverage_count(c); i++) {
        const dy_cover_row *r = dy_coverage_row(c, i);
        const char *st = r->below[0] && r->below[1] ? "LOW-de,en"
                         : r->below[0]              ? "LOW-de"
                         : r->below[1]              ? "LOW-en"
                                                    : "ok";
        printf("%s\t%d\t%u\t%u\t%u\t%u\t%u\t%s\t%s\n", r->code, r->rank, r->n[DY_COV_DE_VERBS],
               r->n[DY_COV_DE_NOUNS], r->n[DY_COV_EN_VERBS], r->n[DY_COV_EN_NOUNS], r->floor, st,
               r->label);
        for (int li = 0; li < 2; li++)
            if (r->reason[li])
                printf("\t%s: %s\n", li ? "en" : "de", r->reason[li]);
    }
    size_t below = dy_coverage_below(c);
    fprintf(stderr, "dyad: dict coverage: %zu of %zu codes below their floor\n", below,
            dy_coverage_count(c));
    dy_coverage_free(c);
    dy_dict_free(d);
    return check && below ? 1 : 0;
}
