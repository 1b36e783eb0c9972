/* fuzz_dict.c: the dictionary loader on dyad's own format (dy_dict_load).
 *
 * At start-up the harness makes a small copy of dict/ in a temporary
 * directory: cameo.txt whole (every other file refers to its codes) and the
 * first 60 lines of every other file, so that one load takes well under a
 * millisecond.  Each input replaces one file of that copy:
 *
 *   byte 0  which file (mod 15: cameo, orgs, people, then for de and en:
 *           strong, gen/countries, countries, roles, verbs, nouns)
 *   rest    the file's new content
 *
 * and the copy is loaded.  Promises checked: loading fails only with
 * DY_ESYNTAX and a message (never DY_ENOMEM, never a NULL without a status);
 * an error in the replaced file names a line inside it (or 0 for the
 * whole file); a dictionary that
 * loads codes a German and an English article without breaking the
 * promises of fuzz_common.h.  The file is restored after each input. */
#include "fuzz_common.h"
#include <sys/stat.h>
#include <unistd.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const FILES[] = {
    "cameo.txt",           "orgs.txt",         "people.txt",
    "de/strong.txt",       "gen/countries.de.txt", "de/countries.txt",
    "de/roles.txt",        "de/verbs.txt",     "de/nouns.txt",
    "en/strong.txt",       "gen/countries.en.txt", "en/countries.txt",
    "en/roles.txt",        "en/verbs.txt",     "en/nouns.txt",
};
#define NFILES (sizeof FILES / sizeof FILES[0])

static char dir[512];
static char *orig[NFILES];
static size_t orig_len[NFILES];

static const char *de_text =
    "BERLIN (dpa) – Bundeskanzler Olaf Scholz hat am Dienstag mit dem französischen "
    "Präsidenten Emmanuel Macron telefoniert. Frankreich kritisiert Russland. "
    "Die Ukraine hat die Vorwürfe aus Moskau zurückgewiesen. Afghanistan und Ägypten "
    "wollen zusammenarbeiten. Die albanische Regierung lobt Algerien.";
static const char *en_text =
    "WASHINGTON (AP) - France criticized Russia over the attacks. The Afghan "
    "government praised Albania. Algeria met with Andorra on Tuesday, the "
    "president said. Angola will send an envoy to Argentina.";

static void path_of(char *buf, size_t n, const char *name)
{
    snprintf(buf, n, "%s/%s", dir, name);
}

static void write_file(const char *name, const char *data, size_t len)
{
    char p[1024];
    path_of(p, sizeof p, name);
    FILE *f = fopen(p, "wb");
    FUZZ_ASSERT(f != NULL, "cannot write %s", p);
    FUZZ_ASSERT(len == 0 || fwrite(data, 1, len, f) == len, "short write %s", p);
    FUZZ_ASSERT(fclose(f) == 0, "cannot write %s", p);
}

/* The first MAXLINES lines of SRC/NAME (all of it when MAXLINES is 0). */
static char *read_head(const char *src, const char *name, int maxlines, size_t *len)
{
    char p[1024];
    snprintf(p, sizeof p, "%s/%s", src, name);
    FILE *f = fopen(p, "rb");
    if (!f) {
        fprintf(stderr, "fuzz_dict: cannot read %s\n", p);
        exit(2);
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    int c, lines = 0;
    while (buf && (c = getc(f)) != EOF) {
        if (n + 1 >= cap)
            buf = realloc(buf, cap *= 2);
        if (!buf)
            break;
        buf[n++] = (char)c;
        if (c == '\n' && maxlines && ++lines == maxlines)
            break;
    }
    fclose(f);
    if (!buf) {
        fprintf(stderr, "fuzz_dict: out of memory\n");
        exit(2);
    }
    *len = n;
    return buf;
}

static void cleanup(void)
{
    char p[1024];
    for (size_t i = 0; i < NFILES; i++) {
        path_of(p, sizeof p, FILES[i]);
        unlink(p);
    }
    static const char *const sub[] = {"de", "en", "gen", ""};
    for (size_t i = 0; i < 4; i++) {
        path_of(p, sizeof p, sub[i]);
        rmdir(p);
    }
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    /* the text loader is what is fuzzed: no dictionary cache (a cache
     * written per input would only cost time; unit_dictcache and t0892
     * take on the cache's decoder) */
    setenv("DYAD_CACHE", "off", 1);
    const char *tmp = getenv("TMPDIR");
    if (!tmp || !*tmp)
        tmp = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
    snprintf(dir, sizeof dir, "%s/dyad-fuzz-dict-XXXXXX", tmp);
    if (!mkdtemp(dir)) {
        perror("fuzz_dict: mkdtemp");
        exit(2);
    }
    atexit(cleanup);
    char p[1024];
    static const char *const sub[] = {"de", "en", "gen"};
    for (size_t i = 0; i < 3; i++) {
        path_of(p, sizeof p, sub[i]);
        mkdir(p, 0700);
    }
    for (size_t i = 0; i < NFILES; i++) {
        orig[i] = read_head(fuzz_dict_dir(), FILES[i], i == 0 ? 0 : 60, &orig_len[i]);
        write_file(FILES[i], orig[i], orig_len[i]);
    }
    dy_error err;
    dy_dict *d = dy_dict_load(dir, &err);
    if (!d) {
        fprintf(stderr, "fuzz_dict: the small dictionary copy does not load: %s:%ld: %s\n",
                err.file, err.line, err.msg);
        exit(2);
    }
    dy_dict_free(d);
    return 0;
}

static void code(const dy_dict *d, const char *lang, const char *text, int explain)
{
    dy_article a = {.id = "fuzz", .date = "2022-05-10", .lang = lang, .text = text,
                    .text_len = strlen(text)};
    dy_options o = {DY_SCALE_GDELT, NULL, explain};
    dy_error err;
    dy_result *r = dy_code(d, &a, &o, &err);
    FUZZ_ASSERT(r != NULL, "dy_code (%s) failed with a loaded dictionary: %d %s", lang,
                (int)err.status, err.msg);
    fuzz_check_result(r, &a, DY_SCALE_GDELT);
    dy_result_free(r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    size_t which = data[0] % NFILES;
    const char *body = (const char *)data + 1;
    size_t len = size - 1;
    write_file(FILES[which], body, len);
    dy_error err;
    memset(&err, 0, sizeof err);
    dy_dict *d = dy_dict_load(dir, &err);
    if (d) {
        dy_dict_stats st;
        dy_dict_get_stats(d, &st);
        double g;
        int q;
        if (dy_cameo_lookup(d, "111", DY_SCALE_GDELT, &g, &q) == 0)
            FUZZ_ASSERT(q >= 0 && q <= 4, "quad %d", q);
        code(d, "de", de_text, data[0] & 0x80);
        code(d, "en", en_text, data[0] & 0x80);
        dy_dict_free(d);
    } else {
        FUZZ_ASSERT(err.status == DY_ESYNTAX, "load failed with status %d (%s): %s:%ld: %s",
                    (int)err.status, dy_strerror(err.status), err.file, err.line, err.msg);
        FUZZ_ASSERT(err.msg[0], "no message");
        char p[1024];
        path_of(p, sizeof p, FILES[which]);
        if (!strcmp(err.file, p)) {
            long lines = 1;
            for (size_t i = 0; i < len; i++)
                lines += body[i] == '\n';
            /* line 0: about the whole file (NUL bytes) */
            FUZZ_ASSERT(err.line >= 0 && err.line <= lines, "error at line %ld of a %ld-line file",
                        err.line, lines);
        }
    }
    write_file(FILES[which], orig[which], orig_len[which]);
    return 0;
}
