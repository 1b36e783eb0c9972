/* cmd_code.c: dyad code, dyad explain, dyad split.
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

enum {
    O_DATE = 1, O_LANG, O_LANG_FALLBACK, O_ID, O_DICT, O_MAX_DOC_BYTES, O_MAX_SENT_TOKENS,
    O_MAX_DOC_TOKENS, O_THREADS, O_INPUT, O_FORMAT, O_SCALE
};

static const cli_opt code_opts_table[] = {
    CLI_OPT_LANG(O_LANG, NULL),
    CLI_OPT_LANG_FALLBACK(O_LANG_FALLBACK),
    CLI_OPT_DATE(O_DATE),
    {O_ID, "--id", CLI_STR, "ID", "the article id of a plain text file (default: the file name)",
     NULL, 0, 0, NULL},
    CLI_OPT_INPUT(O_INPUT),
    CLI_OPT_FORMAT(O_FORMAT),
    {O_SCALE, "--scale", CLI_CHOICE, "gdelt|icews|phoenix", "the Goldstein scale's values",
     "gdelt", 0, 0, NULL},
    {O_THREADS, "--threads", CLI_NUM, "N", "code on N threads (the output is the same)", "1", 1,
     256, NULL},
    CLI_OPT_DICT(O_DICT),
    {O_MAX_DOC_BYTES, "--max-doc-bytes", CLI_NUM, "N",
     "skip a document over N bytes (default: 16 MiB, docs/limits.md)", NULL, 1,
     (long long)MAX_DOC_BYTES_CAP,
     "byte offsets are 32-bit, and an invalid byte becomes 3 bytes of U+FFFD"},
    {O_MAX_SENT_TOKENS, "--max-sentence-tokens", CLI_NUM, "N",
     "cut a sentence after N tokens (default: 400)", NULL, 1, UINT32_MAX, NULL},
    {O_MAX_DOC_TOKENS, "--max-doc-tokens", CLI_NUM, "N",
     "skip a document over N tokens (default: 2000000)", NULL, 1, UINT32_MAX, NULL},
    CLI_OPT_END,
};

#define CODE_ABOUT                                                                          \
    "Reads articles from the FILEs (standard input when none is given, or for -): "        \
    "a plain text file is one article; a JSON Lines file (*.jsonl, or --input jsonl) "     \
    "holds one article a line with the fields id, date, lang, title, text, source, url; " \
    "an HTML page (*.html), an RSS or Atom feed (*.rss, *.atom, *.xml: one article an "    \
    "item) and a WARC crawl (*.warc, *.warc.gz: one an HTML response) give their title, "  \
    "date, URL and main text (docs/input.md). "                                            \
    "Exit status: 0 all coded, 1 some article skipped, 2 an error, 64 a usage error."

const cli_cmd cli_cmd_code = {
    "code", "[FILE...]", "code articles into events (JSON Lines, TSV or GDELT rows)",
    CODE_ABOUT,
    "dyad code --date 2022-05-10 --format tsv examples/beispiel-de.txt\n"
    "dyad code --input jsonl --threads 2 articles.jsonl",
    code_opts_table, NULL,
};

const cli_cmd cli_cmd_explain = {
    "explain", "[FILE...]",
    "code articles and show every clause, predicate, mood decision and event",
    CODE_ABOUT, "dyad explain --date 2022-05-10 examples/beispiel-de.txt",
    code_opts_table, NULL,
};

/* Parses the options shared by code and explain.  Returns -1 on a usage
 * error (after printing it), 1 after --help. */
static int parse_code_opts(int argc, char **argv, code_opts *o, const cli_cmd *spec)
{
    static const dy_format fmts[] = {DY_FMT_JSONL, DY_FMT_TSV,    DY_FMT_GDELT,
                                     DY_FMT_CSV,   DY_FMT_ICEWS,  DY_FMT_PLOVER,
                                     DY_FMT_GDELT_MENTIONS};
    static const dy_scale scales[] = {DY_SCALE_GDELT, DY_SCALE_ICEWS, DY_SCALE_PHOENIX};
    memset(o, 0, sizeof *o);
    dy_limits lim;
    dy_limits_default(&lim);
    o->in.max_bytes = lim.max_doc_bytes;
    o->max_sentence_tokens = lim.max_sentence_tokens;
    o->max_doc_tokens = lim.max_doc_tokens;
    o->files = calloc((size_t)argc + 1, sizeof *o->files);
    if (!o->files)
        return -1;
    cli_parser p;
    cli_init(&p, spec, argc, argv);
    for (int k; (k = cli_next(&p)) != CLI_DONE;) {
        switch (k) {
        case CLI_HELP: return 1;
        case CLI_ERROR: return -1;
        case CLI_ARG: o->files[o->nfiles++] = p.val; break;
        case O_DATE: o->in.date = p.val; break;
        case O_LANG: o->in.lang = p.val; break;
        case O_LANG_FALLBACK: o->lang_fallback = p.val; break;
        case O_ID: o->in.id = p.val; break;
        case O_DICT: o->dict = p.val; break;
        case O_MAX_DOC_BYTES: o->in.max_bytes = (size_t)p.num; break;
        case O_MAX_SENT_TOKENS: o->max_sentence_tokens = (size_t)p.num; break;
        case O_MAX_DOC_TOKENS: o->max_doc_tokens = (size_t)p.num; break;
        case O_THREADS: o->threads = (int)p.num; break;
        case O_INPUT:
            o->in.jsonl_set = true;
            o->in.jsonl = p.num == 1;
            o->in.news = p.num == 2                 ? DY_INPUT_HTML
                        : p.num == 3 || p.num == 4 ? DY_INPUT_FEED
                        : p.num == 5               ? DY_INPUT_WARC
                                                   : 0;
            break;
        case O_FORMAT: o->fmt = fmts[p.num]; break;
        case O_SCALE: o->scale = scales[p.num]; break;
        }
    }
    return 0;
}

static int run_code(int argc, char **argv, bool explain)
{
    code_opts o;
    int po = parse_code_opts(argc, argv, &o, explain ? &cli_cmd_explain : &cli_cmd_code);
    if (po != 0) {
        free(o.files);
        return po < 0 ? EXIT_USAGE : EXIT_OK;
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
    /* no --lang: each article's language is identified (dy_run), and only
     * the ones it is unsure of are reported */
    ro.lang_quiet = !o.in.lang;
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
    if (!explain)
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

const cli_cmd cli_cmd_split = {
    "split", "[FILE]", "print a German text's sentences, one a line",
    "Reads FILE (standard input when none is given) and splits it as dyad code does.",
    "dyad split examples/beispiel-de.txt", NULL, NULL,
};

int cmd_split(int argc, char **argv)
{
    const char *path = NULL;
    cli_parser p;
    cli_init(&p, &cli_cmd_split, argc, argv);
    for (int k; (k = cli_next(&p)) != CLI_DONE;) {
        if (k == CLI_HELP)
            return EXIT_OK;
        if (k == CLI_ERROR)
            return EXIT_USAGE;
        if (path)
            return cli_usage_error(&cli_cmd_split, "unexpected argument '%s'", p.val);
        path = p.val;
    }
    FILE *f = path ? fopen(path, "rb") : stdin;
    if (!f) {
        fprintf(stderr, "dyad: %s: cannot open: %s\n", path, strerror(errno));
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
