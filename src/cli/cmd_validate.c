/* cmd_validate.c: dyad validate --suite tabari|petrarch FILE --dict DIR.
 * The runner is libdyad's: dy_validate, include/dyad.h,
 * src/eval/validate.c. */
#include "cli.h"
#include <string.h>

static int validate_usage(void)
{
    fprintf(stderr, "usage: dyad validate --suite tabari|petrarch FILE --dict DIR [--quiet]\n");
    return EXIT_USAGE;
}

int cmd_validate(int argc, char **argv)
{
    const char *suite = NULL, *path = NULL, *dir = NULL;
    bool quiet = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if ((!strcmp(a, "--suite") || !strcmp(a, "--dict")) && i + 1 >= argc) {
            fprintf(stderr, "dyad: option %s needs a value\n", a);
            return validate_usage();
        }
        if (!strcmp(a, "--suite"))
            suite = argv[++i];
        else if (!strcmp(a, "--dict"))
            dir = argv[++i];
        else if (!strcmp(a, "--quiet"))
            quiet = true;
        else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "dyad: validate: unknown option %s\n", a);
            return validate_usage();
        } else if (!path)
            path = a;
        else
            return validate_usage();
    }
    if (!suite || !path)
        return validate_usage();
    bool tabari = !strcmp(suite, "tabari");
    if (!tabari && strcmp(suite, "petrarch")) {
        fprintf(stderr, "dyad: --suite takes tabari or petrarch\n");
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
    int status = dy_validate(d, f, path, suite, dir ? dir : "(default)", quiet, stdout, stderr);
    fclose(f);
    dy_dict_free(d);
    return status;
}
