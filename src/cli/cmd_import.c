/* cmd_import.c: dyad dict import --format tabari|petrarch FILE... -o DIR
 *
 * The options are read here; the importer is libdyad's (dy_import,
 * include/dyad.h, src/import/; docs/import.md). */
#include "cli.h"
#include <limits.h>
#include <stdlib.h>
#include <string.h>

enum { O_IMP_OUT = 1, O_IMP_FORMAT, O_IMP_BASE, O_IMP_MERGE, O_IMP_DISCARDS, O_IMP_CODES, O_IMP_SHOW };
static const cli_opt import_opts[] = {
    {O_IMP_FORMAT, "--format", CLI_CHOICE, "tabari|petrarch", "the dictionaries' format (required)",
     NULL, 0, 0, NULL},
    {O_IMP_OUT, "-o", CLI_STR, "DIR", "write the converted dictionaries here (required)", NULL, 0, 0,
     NULL},
    {O_IMP_MERGE, "--merge", CLI_FLAG, NULL, "leave out what the base dictionaries already have",
     NULL, 0, 0, NULL},
    {O_IMP_BASE, "--base", CLI_STR, "DIR",
     "the base dictionaries (default: $DYAD_DICT, else ./dict, else dict/ beside the program)", NULL,
     0, 0, NULL},
    {O_IMP_CODES, "--codes", CLI_CHOICE, "cameo|keep",
     "map codes to dyad's CAMEO codes, or keep them as they are", "cameo", 0, 0, NULL},
    {O_IMP_DISCARDS, "--discards", CLI_FLAG, NULL, "also import the discard lists", NULL, 0, 0, NULL},
    {O_IMP_SHOW, "--show", CLI_NUM, "N", "list N losses of each kind in the report", "5", 0,
     LONG_MAX, NULL},
    CLI_OPT_END,
};

const cli_cmd cli_cmd_dict_import = {
    "dict import", "FILE...", "convert TABARI or PETRARCH dictionaries (docs/import.md)", NULL,
    "dyad dict import --format petrarch -o out/ CAMEO.verbpatterns.txt Phoenix.agents.txt",
    import_opts, NULL,
};

static int cmd_dict_import(int argc, char **argv)
{
    dy_import_opts im;
    memset(&im, 0, sizeof im);
    const char *out = NULL, *given_base = NULL, *fmt = NULL;
    long show = 0;
    const char **files = calloc((size_t)argc + 1, sizeof *files);
    if (!files) {
        fprintf(stderr, "dyad: out of memory\n");
        return EXIT_ERROR;
    }
    int nfiles = 0;
    cli_parser p;
    cli_init(&p, &cli_cmd_dict_import, argc, argv);
    for (int k; (k = cli_next(&p)) != CLI_DONE;) {
        switch (k) {
        case CLI_HELP: free(files); return EXIT_OK;
        case CLI_ERROR: free(files); return EXIT_USAGE;
        case CLI_ARG: files[nfiles++] = p.val; break;
        case O_IMP_OUT: out = p.val; break;
        case O_IMP_FORMAT: fmt = p.val; break;
        case O_IMP_BASE: given_base = p.val; break;
        case O_IMP_MERGE: im.merge = 1; break;
        case O_IMP_DISCARDS: im.discards = 1; break;
        case O_IMP_CODES: im.keep_codes = p.num == 1; break;
        case O_IMP_SHOW: show = (long)p.num; break;
        }
    }
    if (!fmt || !out || !nfiles) {
        free(files);
        return cli_usage_short(&cli_cmd_dict_import);
    }
    im.format = !strcmp(fmt, "tabari") ? DY_IMPORT_TABARI : DY_IMPORT_PETRARCH;
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
    if (argc > 1 && !strcmp(argv[1], "coverage"))
        return cmd_coverage(argc - 1, argv + 1);
    return cmd_dict(argc, argv);
}
