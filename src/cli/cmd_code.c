/* cmd_code.c: dyad code, dyad explain, dyad split, dyad dict. */
#include "cli.h"
#include <string.h>
#include <stdlib.h>
#include <errno.h>
#include <unistd.h>

dy_dict *cli_load_dict(const char *dir)
{
    char buf[4096];
    if (!dir)
        dir = getenv("DYAD_DICT");
    if (!dir) {
        /* ./dict, else dict/ beside the executable */
        dir = "dict";
        FILE *f = fopen("dict/cameo.txt", "r");
        if (f) {
            fclose(f);
        } else {
            ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 6);
            if (n > 0) {
                buf[n] = 0;
                char *slash = strrchr(buf, '/');
                if (slash) {
                    snprintf(slash + 1, sizeof buf - (size_t)(slash + 1 - buf), "dict");
                    dir = buf;
                }
            }
        }
    }
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
    const char **files;
    int nfiles;
} code_opts;

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
    dy_limits lim;
    dy_limits_default(&lim);
    o->in.max_bytes = lim.max_doc_bytes;
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
        } else if (!strcmp(a, "--id")) {
            NEEDV();
            o->in.id = v;
        } else if (!strcmp(a, "--dict")) {
            NEEDV();
            o->dict = v;
        } else if (!strcmp(a, "--max-doc-bytes")) {
            NEEDV();
            if (!parse_size(v, &o->in.max_bytes)) {
                fprintf(stderr, "dyad: --max-doc-bytes takes a positive number\n");
                return -1;
            }
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

typedef struct code_run {
    code_opts *o;
    const dy_dict *d;
    dy_limits lim;
    long events;
} code_run;

static int code_one(void *ctx, const dy_article *a, const char *file, long line)
{
    code_run *r = ctx;
    dy_error err;
    dy_options opt = {r->o->scale, &r->lim, r->o->explain};
    if (!a->date) {
        fprintf(stderr, "dyad: %s: no story date (give --date YYYY-MM-DD); skipped\n", file);
        return 1;
    }
    dy_result *res = dy_code(r->d, a, &opt, &err);
    if (!res) {
        if (line)
            fprintf(stderr, "dyad: %s:%ld: %s; skipped\n", file, line, err.msg);
        else
            fprintf(stderr, "dyad: %s: %s; skipped\n", file, err.msg);
        return err.status == DY_ENOMEM ? 2 : 1;
    }
    int rc = 0;
    if (dy_result_invalid_utf8(res)) {
        if (line)
            fprintf(stderr, "dyad: %s:%ld: %zu invalid UTF-8 sequences replaced by U+FFFD\n",
                    file, line, dy_result_invalid_utf8(res));
        else
            fprintf(stderr, "dyad: %s: %zu invalid UTF-8 sequences replaced by U+FFFD\n", file,
                    dy_result_invalid_utf8(res));
    }
    if (r->o->explain) {
        printf("=== %s (%s)\n", a->id ? a->id : "", a->date);
        if (dy_result_explain(res, stdout) < 0)
            rc = 3;
    }
    for (size_t i = 0; i < dy_result_count(res) && rc == 0; i++) {
        if (dy_write_event(stdout, r->o->fmt, a, res, dy_result_event(res, i), r->o->scale) < 0)
            rc = 3;
        r->events++;
    }
    if (ferror(stdout))
        rc = 3;
    dy_result_free(res);
    return rc;
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
    code_run r = {&o, d, {0}, 0};
    dy_limits_default(&r.lim);
    r.lim.max_doc_bytes = o.in.max_bytes;
    int status = 0;
    if (o.fmt == DY_FMT_TSV && !explain)
        dy_write_header(stdout, o.fmt);
    if (o.nfiles == 0)
        status = cli_each_article(NULL, &o.in, code_one, &r);
    for (int i = 0; i < o.nfiles && status < 3; i++) {
        int rc = cli_each_article(o.files[i], &o.in, code_one, &r);
        if (rc > status)
            status = rc;
    }
    dy_dict_free(d);
    free(o.files);
    if (status >= 3) {
        fprintf(stderr, "dyad: error writing output: %s\n", strerror(errno));
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
