/* eval.c: dyad eval [--dict DIR] [--quiet] GOLD.jsonl.  The scoring
 * (../shared/spec/coding-guide.md) is libdyad's: dy_eval, include/dyad.h,
 * src/eval/eval.c. */
#include "cli.h"
#include <string.h>

int cmd_eval(int argc, char **argv)
{
    const char *dir = NULL, *path = NULL;
    bool quiet = false;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--dict") && i + 1 < argc)
            dir = argv[++i];
        else if (!strcmp(argv[i], "--quiet"))
            quiet = true;
        else if (argv[i][0] == '-') {
            fprintf(stderr, "dyad: eval: unknown option %s\n", argv[i]);
            return EXIT_USAGE;
        } else
            path = argv[i];
    }
    if (!path) {
        fprintf(stderr, "usage: dyad eval [--dict DIR] [--quiet] GOLD.jsonl\n");
        return EXIT_USAGE;
    }
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
