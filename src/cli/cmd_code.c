/* cmd_code.c: dyad code, dyad explain, dyad split, dyad dict.
 *
 * The options are read here; the run (reading, language choice, coding on
 * a pool of --threads N workers with the output in input order) is
 * libdyad's (dy_run_*, include/dyad.h, src/run/run.c). */
#include "cli.h"
#include <string.h>
#include <stdlib.h>
#include <errno.h>
#include <unistd.h>
#include <pthread.h>
#include <jansson.h>

dy_dict *cli_load_dict(const char *dir)
{
    char buf[4096];
    if (!dir)
        dir = dy_dict_find(buf, sizeof buf);
    dy_error err;
    dy_dict *d = dy_dict_load(dir, &err);
    if (!d) {
        if (err.line)
            fprintf(stderr, "dyad: %s:%ld: %s\n", err.file, err.line, err.msg);
        else
            fprintf(stderr, "dyad: %s: %s\n", err.file[0] ? err.file : dir, err.msg);
    }
    return d;
}

typedef struct code_opts {
    cli_input_opts in;
    dy_format fmt;
    dy_scale scale;
    const char *dict;
    bool explain;
    const char *lang_fallback; /* --lang-fallback de|en|guess, or NULL */
    int threads;   /* worker threads; 1 codes on the main thread */
    size_t max_sentence_tokens, max_doc_tokens;  /* dy_limits */
    const char **files;
    int nfiles;
} code_opts;

/* Byte offsets (dy_span) are 32-bit, and invalid UTF-8 is replaced by
 * U+FFFD, three bytes for each bad byte: a document of at most this many
 * bytes keeps its offsets exact even if every byte is replaced. */
#define MAX_DOC_BYTES_CAP ((size_t)UINT32_MAX / 3)

static bool parse_size(const char *s, size_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end || end == s || v == 0)
        return false;
    *out = (size_t)v;
    return true;
}

/* Parses the options shared by code and explain.  Returns -1 on a usage
 * error (after printing it). */
static int parse_code_opts(int argc, char **argv, code_opts *o)
{
    memset(o, 0, sizeof *o);
    o->in.lang = "de";
    o->threads = 1;
    dy_limits lim;
    dy_limits_default(&lim);
    o->in.max_bytes = lim.max_doc_bytes;
    o->max_sentence_tokens = lim.max_sentence_tokens;
    o->max_doc_tokens = lim.max_doc_tokens;
    o->files = calloc((size_t)argc + 1, sizeof *o->files);
    if (!o->files)
        return -1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
#define NEEDV()                                                            \
    do {                                                                   \
        if (!v) {                                                          \
            fprintf(stderr, "dyad: option %s needs a value\n", a);         \
            return -1;                                                     \
        }                                                                  \
        i++;                                                               \
    } while (0)
        if (!strcmp(a, "--date")) {
            NEEDV();
            o->in.date = v;
        } else if (!strcmp(a, "--lang")) {
            NEEDV();
            o->in.lang = v;
        } else if (!strcmp(a, "--lang-fallback")) {
            NEEDV();
            if (strcmp(v, "de") && strcmp(v, "en") && strcmp(v, "guess")) {
                fprintf(stderr, "dyad: --lang-fallback takes de, en or guess\n");
                return -1;
            }
            o->lang_fallback = v;
        } else if (!strcmp(a, "--id")) {
            NEEDV();
            o->in.id = v;
        } else if (!strcmp(a, "--dict")) {
            NEEDV();
            o->dict = v;
        } else if (!strcmp(a, "--max-doc-bytes")) {
            NEEDV();
            if (!parse_size(v, &o->in.max_bytes) || o->in.max_bytes > MAX_DOC_BYTES_CAP) {
                fprintf(stderr, "dyad: --max-doc-bytes takes a number from 1 to %zu "
                                "(byte offsets are 32-bit, and an invalid byte becomes "
                                "3 bytes of U+FFFD)\n", MAX_DOC_BYTES_CAP);
                return -1;
            }
        } else if (!strcmp(a, "--max-sentence-tokens") || !strcmp(a, "--max-doc-tokens")) {
            NEEDV();
            size_t *cap = a[6] == 's' ? &o->max_sentence_tokens : &o->max_doc_tokens;
            if (!parse_size(v, cap) || *cap > UINT32_MAX) {
                fprintf(stderr, "dyad: %s takes a number from 1 to %u\n", a, (unsigned)UINT32_MAX);
                return -1;
            }
        } else if (!strcmp(a, "--threads")) {
            NEEDV();
            size_t n;
            if (!parse_size(v, &n) || n > 256) {
                fprintf(stderr, "dyad: --threads takes a number from 1 to 256\n");
                return -1;
            }
            o->threads = (int)n;
        } else if (!strcmp(a, "--input")) {
            NEEDV();
            o->in.jsonl_set = true;
            if (!strcmp(v, "jsonl"))
                o->in.jsonl = true;
            else if (strcmp(v, "text")) {
                fprintf(stderr, "dyad: --input takes text or jsonl\n");
                return -1;
            }
        } else if (!strcmp(a, "--format")) {
            NEEDV();
            if (!strcmp(v, "jsonl"))
                o->fmt = DY_FMT_JSONL;
            else if (!strcmp(v, "tsv"))
                o->fmt = DY_FMT_TSV;
            else if (!strcmp(v, "gdelt"))
                o->fmt = DY_FMT_GDELT;
            else {
                fprintf(stderr, "dyad: --format takes jsonl, tsv or gdelt\n");
                return -1;
            }
        } else if (!strcmp(a, "--scale")) {
            NEEDV();
            if (!strcmp(v, "gdelt"))
                o->scale = DY_SCALE_GDELT;
            else if (!strcmp(v, "icews"))
                o->scale = DY_SCALE_ICEWS;
            else if (!strcmp(v, "phoenix"))
                o->scale = DY_SCALE_PHOENIX;
            else {
                fprintf(stderr, "dyad: --scale takes gdelt, icews or phoenix\n");
                return -1;
            }
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "dyad: unknown option %s\n", a);
            return -1;
        } else {
            o->files[o->nfiles++] = a;
        }
#undef NEEDV
    }
    return 0;
}

static int run_code(int argc, char **argv, bool explain)
{
    code_opts o;
    if (parse_code_opts(argc, argv, &o) < 0) {
        free(o.files);
        return EXIT_USAGE;
    }
    o.explain = explain;
    dy_dict *d = cli_load_dict(o.dict);
    if (!d) {
        free(o.files);
        return EXIT_ERROR;
    }
    /* the run of libdyad (dyad.h, "Coding runs") */
    dy_run_opts ro = {0};
    ro.dict = d;
    ro.in = o.in;
    ro.fmt = o.fmt;
    ro.scale = o.scale;
    dy_limits_default(&ro.limits);
    ro.limits.max_doc_bytes = o.in.max_bytes;
    ro.limits.max_sentence_tokens = o.max_sentence_tokens;
    ro.limits.max_doc_tokens = o.max_doc_tokens;
    ro.explain = explain;
    ro.lang_fallback = o.lang_fallback;
    ro.threads = o.threads;
    dy_error err;
    dy_run *r = dy_run_new(&ro, &err);
    if (!r) {
        fprintf(stderr, "dyad: %s\n", err.msg);
        dy_dict_free(d);
        free(o.files);
        return EXIT_ERROR;
    }
    if (o.in.lang && !strcmp(o.in.lang, "auto") && !dy_run_langid(r, &err)) {
        /* --lang auto without its fingerprints: nothing could be coded */
        if (err.line)
            fprintf(stderr, "dyad: %s:%ld: %s\n", err.file, err.line, err.msg);
        else
            fprintf(stderr, "dyad: %s: %s\n", err.file, err.msg);
        dy_run_free(r);
        dy_dict_free(d);
        free(o.files);
        return EXIT_ERROR;
    }
    int status = 0;
    if (o.fmt == DY_FMT_TSV && !explain)
        dy_write_header(stdout, o.fmt);
    for (int i = 0; i < (o.nfiles ? o.nfiles : 1) && status < 3; i++) {
        int rc = dy_run_file(r, o.nfiles ? o.files[i] : NULL);
        if (rc > status)
            status = rc;
    }
    int err_no = dy_run_errno(r);
    dy_run_free(r);
    dy_dict_free(d);
    free(o.files);
    if (status >= 3) {
        fprintf(stderr, "dyad: error writing output: %s\n", strerror(err_no));
        return EXIT_ERROR;
    }
    return status;
}

int cmd_code(int argc, char **argv) { return run_code(argc, argv, false); }
int cmd_explain(int argc, char **argv) { return run_code(argc, argv, true); }

static void print_sentence(void *ctx, size_t start, size_t end)
{
    const char *text = ctx;
    for (size_t i = start; i < end; i++)
        putchar(text[i] == '\n' ? ' ' : text[i]);
    putchar('\n');
}

int cmd_split(int argc, char **argv)
{
    FILE *f = argc > 1 ? fopen(argv[1], "rb") : stdin;
    if (!f) {
        fprintf(stderr, "dyad: %s: cannot open: %s\n", argv[1], strerror(errno));
        return EXIT_ERROR;
    }
    dy_buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        dy_buf_add(&b, chunk, n);
    if (f != stdin)
        fclose(f);
    size_t len = 0, bad = 0;
    char *text = dy_utf8_repair(b.data ? b.data : "", b.len, &len, &bad);
    dy_buf_free(&b);
    if (!text)
        return EXIT_ERROR;
    long k = dy_split_sentences(text, len, "de", print_sentence, text);
    free(text);
    return k < 0 ? EXIT_ERROR : 0;
}

int cmd_dict(int argc, char **argv)
{
    const char *dir = NULL, *what = "stats";
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--dict") && i + 1 < argc)
            dir = argv[++i];
        else if (!strcmp(argv[i], "stats") || !strcmp(argv[i], "check"))
            what = argv[i];
        else {
            fprintf(stderr, "dyad: dict: unknown argument %s\n", argv[i]);
            return EXIT_USAGE;
        }
    }
    dy_dict *d = cli_load_dict(dir);
    if (!d)
        return EXIT_ERROR;
    dy_dict_stats s;
    dy_dict_get_stats(d, &s);
    printf("codes %zu\ncountries %zu\nactor_forms %zu\npeople %zu\noffices %zu\nroles %zu\n"
           "verbs %zu\nverb_forms %zu\nnouns %zu\nphrases %zu\n",
           s.codes, s.countries, s.actor_forms, s.people, s.offices, s.roles, s.verbs,
           s.verb_forms, s.nouns, s.phrases);
    if (!strcmp(what, "check"))
        printf("ok\n");
    dy_dict_free(d);
    return 0;
}
