/* fuzz_input.c: the article readers (plain text and JSON Lines) and the
 * coding run of libdyad (dy_run_*, include/dyad.h), end to end: reading,
 * the checks on each article, the language choice, coding and writing.
 * The fuzz input is written to a temporary file, which is then coded
 *
 *   A. by a run on one thread (what `dyad code` does), and
 *   B. for JSON Lines, by a run on two worker threads (`dyad code
 *      --threads 2`: the calling thread splits lines, the workers parse
 *      and code them, the output is written in input order).
 *
 * A and B must write the same events, the same messages and give the same
 * status (tests/run.sh checks that on a few inputs; this checks it on all).
 * Both write into memory streams.
 *
 * Input: two option bytes, then the file.
 *   byte 0  bit 0 JSON Lines (else plain text); bit 1 --lang en; bit 2 no
 *           --date; bit 3 a small --max-doc-bytes (byte 1 * 8 + 1);
 *           bits 4-5 the format (jsonl, tsv, gdelt); bit 6 explain;
 *           bit 7 --id given
 *   byte 1  the small cap, when bit 3 is set
 */
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

/* Codes the file with THREADS threads into memory; returns the status. */
static int code_mem(const dy_run_opts *base, int threads, char **out, size_t *out_len,
                    char **err, size_t *err_len)
{
    dy_run_opts o = *base;
    o.threads = threads;
    o.out = open_memstream(out, out_len);
    o.err = open_memstream(err, err_len);
    FUZZ_ASSERT(o.out && o.err, "open_memstream");
    dy_error e;
    dy_run *r = dy_run_new(&o, &e);
    FUZZ_ASSERT(r != NULL, "dy_run_new: %s", e.msg);
    int st = dy_run_file(r, path);
    dy_run_free(r);
    FUZZ_ASSERT(fclose(o.out) == 0 && fclose(o.err) == 0, "memory stream");
    FUZZ_ASSERT(st >= 0 && st <= 2, "status %d", st);
    return st;
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

    dy_run_opts o;
    memset(&o, 0, sizeof o);
    o.dict = dict;
    o.in.jsonl = opt & 1;
    o.in.jsonl_set = true;
    o.in.lang = (opt & 2) ? "en" : "de";
    o.in.date = (opt & 4) ? NULL : "2022-05-10";
    o.in.id = (opt & 128) ? "fuzz-id" : NULL;
    dy_limits_default(&o.limits);
    o.in.max_bytes = (opt & 8) ? (size_t)data[1] * 8 + 1 : o.limits.max_doc_bytes;
    o.limits.max_doc_bytes = o.in.max_bytes;
    int fmt = (opt >> 4) & 3;
    o.fmt = fmt == 1 ? DY_FMT_TSV : fmt == 2 ? DY_FMT_GDELT : DY_FMT_JSONL;
    o.scale = DY_SCALE_GDELT;
    o.explain = opt & 64;

    /* A: one thread */
    char *outa = NULL, *erra = NULL;
    size_t outa_len = 0, erra_len = 0;
    int sa = code_mem(&o, 1, &outa, &outa_len, &erra, &erra_len);

    if (o.in.jsonl) {
        /* B: the pool, on the same file */
        char *outb = NULL, *errb = NULL;
        size_t outb_len = 0, errb_len = 0;
        int sb = code_mem(&o, 2, &outb, &outb_len, &errb, &errb_len);
        FUZZ_ASSERT(sa == sb, "status %d with one thread, %d with two", sa, sb);
        FUZZ_ASSERT(erra_len == errb_len && !memcmp(erra, errb, erra_len),
                    "messages differ:\n--- one thread\n%.*s--- two threads\n%.*s",
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
