/* fuzz_input.c: the CLI's article readers (plain text and JSON Lines), end
 * to end: reading, the checks on each article, coding and writing.
 *
 * This file compiles the CLI's own sources (src/cli/input.c and
 * src/cli/cmd_code.c) into the harness, so that the static functions of the
 * threaded reader (read_line, code_jsonl_line) can be called directly.  The
 * fuzz input is written to a temporary file, which is then read
 *
 *   A. by cli_each_article() (what `dyad code` does with one thread), with
 *      each article coded by code_article() as `dyad code` does, and
 *   B. for JSON Lines, by read_line() + code_jsonl_line() (what the workers
 *      of `dyad code --threads N` do).
 *
 * A and B must write the same events, the same messages and give the same
 * status (tests/run.sh checks that on a few inputs; this checks it on all).
 * Messages of A go to stderr, so stderr is pointed at a memory stream while
 * A runs (sanitizer reports go to file descriptor 2 and are not affected).
 *
 * Input: two option bytes, then the file.
 *   byte 0  bit 0 JSON Lines (else plain text); bit 1 --lang en; bit 2 no
 *           --date; bit 3 a small --max-doc-bytes (byte 1 * 8 + 1);
 *           bits 4-5 the format (jsonl, tsv, gdelt); bit 6 explain;
 *           bit 7 --id given
 *   byte 1  the small cap, when bit 3 is set
 */
#include "../src/cli/input.c"
#include "../src/cli/cmd_code.c"
#include "../src/cli/options.c"
#include "fuzz_common.h"
#include <unistd.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static dy_dict *dict;
static char path[512];

static void cleanup(void)
{
    if (path[0])
        unlink(path);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    dict = fuzz_load_dict();
    const char *dir = getenv("TMPDIR");
    if (!dir || !*dir)
        dir = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
    snprintf(path, sizeof path, "%s/dyad-fuzz-input-XXXXXX", dir);
    int fd = mkstemp(path);
    if (fd < 0) {
        perror("fuzz_input: mkstemp");
        exit(2);
    }
    close(fd);
    atexit(cleanup);
    return 0;
}

typedef struct mem_run {
    code_run r;
    FILE *out, *err;
} mem_run;

/* article_fn for path A: codes into the memory streams. */
static int code_mem(void *ctx, const dy_article *a, const char *file, long line)
{
    mem_run *m = ctx;
    FUZZ_ASSERT(a->text != NULL, "article without text");
    return code_article(&m->r, a, file, line, m->out, m->err);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    uint8_t opt = data[0];
    FILE *f = fopen(path, "wb");
    FUZZ_ASSERT(f != NULL, "cannot write %s", path);
    if (size > 2)
        FUZZ_ASSERT(fwrite(data + 2, 1, size - 2, f) == size - 2, "short write");
    FUZZ_ASSERT(fclose(f) == 0, "cannot write %s", path);

    code_opts o;
    memset(&o, 0, sizeof o);
    o.in.jsonl = opt & 1;
    o.in.jsonl_set = true;
    o.in.lang = (opt & 2) ? "en" : "de";
    o.in.date = (opt & 4) ? NULL : "2022-05-10";
    o.in.id = (opt & 128) ? "fuzz-id" : NULL;
    dy_limits lim;
    dy_limits_default(&lim);
    o.in.max_bytes = (opt & 8) ? (size_t)data[1] * 8 + 1 : lim.max_doc_bytes;
    int fmt = (opt >> 4) & 3;
    o.fmt = fmt == 1 ? DY_FMT_TSV : fmt == 2 ? DY_FMT_GDELT : DY_FMT_JSONL;
    o.scale = DY_SCALE_GDELT;
    o.explain = opt & 64;
    o.threads = 1;

    /* A: cli_each_article, messages through stderr */
    char *outa = NULL, *erra = NULL;
    size_t outa_len = 0, erra_len = 0;
    mem_run ma;
    memset(&ma, 0, sizeof ma);
    ma.r.o = &o;
    ma.r.d = dict;
    ma.r.lim = lim;
    ma.r.lim.max_doc_bytes = o.in.max_bytes;
    ma.out = open_memstream(&outa, &outa_len);
    ma.err = open_memstream(&erra, &erra_len);
    FUZZ_ASSERT(ma.out && ma.err, "open_memstream");
    FILE *saved = stderr;
    stderr = ma.err;
    int sa = cli_each_article(path, &o.in, code_mem, &ma);
    stderr = saved;
    FUZZ_ASSERT(fclose(ma.out) == 0 && fclose(ma.err) == 0, "memory stream");
    FUZZ_ASSERT(sa >= 0 && sa <= 2, "status %d", sa);

    if (o.in.jsonl) {
        /* B: the threaded reader, on the same file */
        char *outb = NULL, *errb = NULL;
        size_t outb_len = 0, errb_len = 0;
        FILE *out = open_memstream(&outb, &outb_len), *err = open_memstream(&errb, &errb_len);
        FUZZ_ASSERT(out && err, "open_memstream");
        code_run rb = ma.r;
        line_reader *rd = malloc(sizeof *rd);
        FUZZ_ASSERT(rd != NULL, "malloc");
        rd->f = fopen(path, "rb");
        FUZZ_ASSERT(rd->f != NULL, "cannot read %s", path);
        rd->pos = rd->len = 0;
        size_t cap = o.in.max_bytes + 4096;
        int sb = 0, r;
        long lineno = 0;
        char *line;
        size_t len;
        bool too_long;
        while ((r = read_line(rd, &line, &len, cap, &too_long)) == 1) {
            lineno++;
            int rc;
            if (too_long) {
                fprintf(err, "dyad: %s:%ld: line over %zu bytes; skipped\n", path, lineno, cap);
                rc = 1;
            } else {
                rc = code_jsonl_line(&rb, path, lineno, line, len, out, err);
            }
            free(line);
            if (rc > sb)
                sb = rc;
        }
        FUZZ_ASSERT(r == 0, "read_line failed");
        fclose(rd->f);
        free(rd);
        FUZZ_ASSERT(fclose(out) == 0 && fclose(err) == 0, "memory stream");
        FUZZ_ASSERT(sa == sb, "status %d with one thread, %d with the threaded reader", sa, sb);
        FUZZ_ASSERT(erra_len == errb_len && !memcmp(erra, errb, erra_len),
                    "messages differ:\n--- one thread\n%.*s--- threaded reader\n%.*s",
                    (int)(erra_len < 2000 ? erra_len : 2000), erra,
                    (int)(errb_len < 2000 ? errb_len : 2000), errb);
        FUZZ_ASSERT(outa_len == outb_len && !memcmp(outa, outb, outa_len),
                    "output differs (%zu vs %zu bytes)", outa_len, outb_len);
        free(outb);
        free(errb);
    }
    free(outa);
    free(erra);
    return 0;
}
