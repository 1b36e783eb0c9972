/* fuzz_import.c: `dyad dict import` on one file of an imported format,
 * then the dictionary it wrote: loaded and used to code a sentence.
 *
 * Built twice (Makefile): fuzz_import_tabari (FUZZ_FORMAT "tabari": .actors
 * with dated code blocks, .agents, .verbs with synsets, <TIME>, patterns
 * with $ + % ^ & and [###] codes) and fuzz_import_petrarch (FUZZ_FORMAT
 * "petrarch": *.actors.txt, *.agents.txt with !SETS!, *.verbs.txt with ---
 * blocks, synsets and transformations, *.discards.txt).
 *
 * The harness calls libdyad's importer, dy_import() (include/dyad.h), as
 * `dyad dict import` does, with the base (--base) a small copy of dict/ (cameo.txt and en/strong.txt whole, the first 60 lines of every
 * other file) made at start-up in a temporary directory, and -o another
 * temporary directory.  Its standard output and error go to memory streams.
 *
 * Input: one option byte, then the file.
 *   byte 0  bits 0-2 (mod 5) the file's kind, told by its name: actors,
 *           agents, verbs, discards, or no telling name (the importer looks
 *           at the lines); bit 3 --merge; bit 4 --codes keep; bit 5 explain
 *           on when coding
 *
 * Promises checked: the import exits 0 (converted) or 1 (malformed lines
 * skipped, with at least one message naming the file and a line), never 2:
 * the file is readable and the output directory writable, so 2 means the
 * written dictionary does not load, the importer's bug.  The dictionary the
 * importer loaded (dy_dict_load on the output directory, which it does to
 * check its work) is handed back (dy_import's LOADED) and codes a fixed
 * English article within the promises of fuzz_common.h. */
#include "fuzz_common.h"
#include <sys/stat.h>
#include <unistd.h>

#ifndef FUZZ_FORMAT
#define FUZZ_FORMAT "tabari"
#endif

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const BASE_FILES[] = {
    "cameo.txt",           "orgs.txt",         "people.txt",
    "de/strong.txt",       "gen/countries.de.txt", "de/countries.txt",
    "de/roles.txt",        "de/verbs.txt",     "de/nouns.txt",
    "en/strong.txt",       "gen/countries.en.txt", "en/countries.txt",
    "en/roles.txt",        "en/verbs.txt",     "en/nouns.txt",
};
#define NBASE (sizeof BASE_FILES / sizeof BASE_FILES[0])

static char top[512], base[600], out[600], src[700];
static const char *const NAMES[] = {"fuzz.actors", "fuzz.agents", "fuzz.verbs",
                                    "fuzz.discards", "fuzz.dict"};

static const char *en_text =
    "WASHINGTON (AP) - France criticized Russia over the attacks on Tuesday. "
    "Valdoria sent grain to Morvania, the envoy of Ostraven said. President Ada "
    "Quillon met with the harbor pilots of Kestrel. The Council of Lakes warned "
    "Morvanian troops against a blockade and called on Valdoria to negotiate.";

/* The first MAXLINES lines of dict/NAME (all of it when MAXLINES is 0),
 * written to BASE/NAME. */
static void copy_head(const char *name, int maxlines)
{
    char p[1024], q[1024];
    snprintf(p, sizeof p, "%s/%s", fuzz_dict_dir(), name);
    snprintf(q, sizeof q, "%s/%s", base, name);
    FILE *f = fopen(p, "rb"), *g = fopen(q, "wb");
    if (!f || !g) {
        fprintf(stderr, "fuzz_import: cannot copy %s to %s\n", p, q);
        exit(2);
    }
    int c, lines = 0;
    while ((c = getc(f)) != EOF) {
        putc(c, g);
        if (c == '\n' && maxlines && ++lines == maxlines)
            break;
    }
    fclose(f);
    if (fclose(g) != 0) {
        fprintf(stderr, "fuzz_import: cannot write %s\n", q);
        exit(2);
    }
}

static void rm_tree(const char *dir)
{
    char p[1024];
    for (size_t i = 0; i < NBASE; i++) {
        snprintf(p, sizeof p, "%s/%s", dir, BASE_FILES[i]);
        unlink(p);
    }
    snprintf(p, sizeof p, "%s/import-report.txt", dir);
    unlink(p);
    static const char *const sub[] = {"de", "en", "gen", ""};
    for (size_t i = 0; i < 4; i++) {
        snprintf(p, sizeof p, "%s/%s", dir, sub[i]);
        rmdir(p);
    }
}

static void cleanup(void)
{
    rm_tree(base);
    rm_tree(out);
    char p[1024];
    for (size_t i = 0; i < 5; i++) {
        snprintf(p, sizeof p, "%s/%s", top, NAMES[i]);
        unlink(p);
        snprintf(p, sizeof p, "%s/%s.txt", top, NAMES[i]);
        unlink(p);
    }
    rmdir(top);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    const char *tmp = getenv("TMPDIR");
    if (!tmp || !*tmp)
        tmp = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
    snprintf(top, sizeof top, "%s/dyad-fuzz-import-XXXXXX", tmp);
    if (!mkdtemp(top)) {
        perror("fuzz_import: mkdtemp");
        exit(2);
    }
    atexit(cleanup);
    snprintf(base, sizeof base, "%s/base", top);
    snprintf(out, sizeof out, "%s/out", top);
    char p[1024];
    static const char *const sub[] = {"", "/de", "/en", "/gen"};
    for (size_t i = 0; i < 4; i++) {
        snprintf(p, sizeof p, "%s%s", base, sub[i]);
        mkdir(p, 0700);
    }
    for (size_t i = 0; i < NBASE; i++)
        copy_head(BASE_FILES[i], !strcmp(BASE_FILES[i], "cameo.txt") ||
                                         !strcmp(BASE_FILES[i], "en/strong.txt")
                                     ? 0
                                     : 60);
    dy_error err;
    dy_dict *d = dy_dict_load(base, &err);
    if (!d) {
        fprintf(stderr, "fuzz_import: the small dictionary copy does not load: %s:%ld: %s\n",
                err.file, err.line, err.msg);
        exit(2);
    }
    dy_dict_free(d);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    uint8_t opt = data[0];
    int petrarch = !strcmp(FUZZ_FORMAT, "petrarch");
    snprintf(src, sizeof src, "%s/%s%s", top, NAMES[(opt & 7) % 5],
             petrarch && (opt & 7) % 5 < 4 ? ".txt" : "");
    FILE *f = fopen(src, "wb");
    FUZZ_ASSERT(f != NULL, "cannot write %s", src);
    FUZZ_ASSERT(size == 1 || fwrite(data + 1, 1, size - 1, f) == size - 1, "short write");
    FUZZ_ASSERT(fclose(f) == 0, "cannot write %s", src);

    const char *files[1] = {src};
    dy_import_opts io;
    memset(&io, 0, sizeof io);
    io.format = !strcmp(FUZZ_FORMAT, "petrarch") ? DY_IMPORT_PETRARCH : DY_IMPORT_TABARI;
    io.files = files;
    io.nfiles = 1;
    io.out_dir = out;
    io.base_dir = base;
    io.merge = opt & 8;
    io.keep_codes = (opt & 16) != 0;
    io.show = 5;

    char *outs = NULL, *errs = NULL;
    size_t outs_len = 0, errs_len = 0;
    FILE *mo = open_memstream(&outs, &outs_len), *me = open_memstream(&errs, &errs_len);
    FUZZ_ASSERT(mo && me, "open_memstream");
    io.out = mo;
    io.err = me;
    dy_dict *d = NULL;
    int rc = dy_import(&io, &d);
    FUZZ_ASSERT(fclose(mo) == 0 && fclose(me) == 0, "memory stream");
    FUZZ_ASSERT(rc == 0 || rc == 1,
                "dy_import returned %d:\n%.*s", rc,
                (int)(errs_len < 2000 ? errs_len : 2000), errs);
    if (rc == 1) {
        /* each malformed line is named FILE:LINE: */
        char want[800];
        snprintf(want, sizeof want, "%s:", src);
        FUZZ_ASSERT(errs_len && strstr(errs, want), "exit 1 without a FILE:LINE message");
    }
    free(outs);
    free(errs);

    /* 0 and 1 come only after the output loaded */
    FUZZ_ASSERT(d != NULL, "exit %d without loading the imported dictionary", rc);
    dy_error err;
    dy_article a = {.id = "fuzz", .date = "2022-05-10", .lang = "en", .text = en_text,
                    .text_len = strlen(en_text)};
    dy_options o = {DY_SCALE_GDELT, NULL, opt & 32};
    dy_result *r = dy_code(d, &a, &o, &err);
    FUZZ_ASSERT(r != NULL, "dy_code failed with an imported dictionary: %d %s",
                (int)err.status, err.msg);
    fuzz_check_result(r, &a, DY_SCALE_GDELT);
    dy_result_free(r);
    dy_dict_free(d);
    return 0;
}
