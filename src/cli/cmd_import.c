/* cmd_import.c: dyad dict import --format tabari|petrarch FILE... -o DIR
 *
 * The options are read here; the importer is libdyad's (dy_import,
 * include/dyad.h, src/import/; docs/import.md). */
#include "cli.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>

static int import_usage(void)
{
    fprintf(stderr, "usage: dyad dict import --format tabari|petrarch -o DIR [--merge] "
                    "[--base DIR] [--codes cameo|keep] [--discards] [--show N] FILE...\n");
    return EXIT_USAGE;
}

static int cmd_dict_import(int argc, char **argv)
{
    dy_import_opts im;
    memset(&im, 0, sizeof im);
    const char *out = NULL, *given_base = NULL, *fmt = NULL;
    long show = 5;
    const char **files = calloc((size_t)argc + 1, sizeof *files);
    if (!files) {
        fprintf(stderr, "dyad: out of memory\n");
        return EXIT_ERROR;
    }
    int nfiles = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if ((!strcmp(a, "-o") || !strcmp(a, "--format") || !strcmp(a, "--base") ||
             !strcmp(a, "--codes") || !strcmp(a, "--show")) && !v) {
            fprintf(stderr, "dyad: option %s needs a value\n", a);
            free(files);
            return import_usage();
        }
        if (!strcmp(a, "-o"))
            out = argv[++i];
        else if (!strcmp(a, "--format"))
            fmt = argv[++i];
        else if (!strcmp(a, "--base"))
            given_base = argv[++i];
        else if (!strcmp(a, "--merge"))
            im.merge = 1;
        else if (!strcmp(a, "--discards"))
            im.discards = 1;
        else if (!strcmp(a, "--codes")) {
            const char *c = argv[++i];
            if (!strcmp(c, "keep"))
                im.keep_codes = 1;
            else if (strcmp(c, "cameo")) {
                fprintf(stderr, "dyad: --codes takes cameo or keep\n");
                free(files);
                return EXIT_USAGE;
            }
        } else if (!strcmp(a, "--show")) {
            char *end;
            errno = 0;
            show = strtol(argv[++i], &end, 10);
            if (errno || *end || show < 0) {
                fprintf(stderr, "dyad: --show takes a number\n");
                free(files);
                return EXIT_USAGE;
            }
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "dyad: dict import: unknown option %s\n", a);
            free(files);
            return import_usage();
        } else
            files[nfiles++] = a;
    }
    if (!fmt || !out || !nfiles) {
        free(files);
        return import_usage();
    }
    if (!strcmp(fmt, "tabari"))
        im.format = DY_IMPORT_TABARI;
    else if (!strcmp(fmt, "petrarch"))
        im.format = DY_IMPORT_PETRARCH;
    else {
        fprintf(stderr, "dyad: --format takes tabari or petrarch\n");
        free(files);
        return EXIT_USAGE;
    }
    im.files = files;
    im.nfiles = nfiles;
    im.out_dir = out;
    im.base_dir = given_base;
    im.show = show;
    int rc = dy_import(&im, NULL);
    free(files);
    return rc;
}

/* dyad dict import ... | dyad dict stats|check (cmd_code.c) */
int cmd_dict_main(int argc, char **argv)
{
    if (argc > 1 && !strcmp(argv[1], "import"))
        return cmd_dict_import(argc - 1, argv + 1);
    return cmd_dict(argc, argv);
}
