/* input.c: the article readers (include/dyad.h, "Reading articles"):
 * plain text (one article a file) and JSON Lines (one a line).  Every
 * problem is reported with file and line; the batch goes on. */
#include "input/input.h"
#include <errno.h>
#include <stdint.h>
#include <sys/stat.h>
#include <string.h>
#include <strings.h>
#include <stdlib.h>
#include <jansson.h>
#include <utf8proc.h>

/* Reads one line of any length (up to CAP bytes; longer lines are consumed
 * and reported as too long).  Returns 1 for a line, 0 at EOF, -1 on error. */
int dy_getline(FILE *f, dy_buf *line, size_t cap, bool *too_long)
{
    line->len = 0;
    if (line->data)
        line->data[0] = 0;
    *too_long = false;
    bool any = false;
    char chunk[4096];
    /* a chunk at a time through fgets (stdio's own scan for the newline,
     * not a call per byte).  The chunk is filled with 1 first, so that the
     * end of what fgets read is its last NUL even when the line holds NUL
     * bytes; the part of a line past CAP is consumed but not kept */
    for (;;) {
        memset(chunk, 1, sizeof chunk);
        if (!fgets(chunk, (int)sizeof chunk, f))
            break; /* end of file or an error: nothing read */
        any = true;
        size_t k = strlen(chunk);
        if (k < sizeof chunk - 1 && !(k && chunk[k - 1] == '\n')) {
            /* a NUL byte read, or the last line without its newline */
            k = sizeof chunk - 1;
            while (chunk[k])
                k--;
        }
        bool nl = k && chunk[k - 1] == '\n';
        if (nl)
            k--;
        if (line->len + k > cap) {
            *too_long = true; /* CAP bytes kept */
            k = cap > line->len ? cap - line->len : 0;
        }
        if (k) {
            dy_buf_add(line, chunk, k);
            if (line->oom)
                return -1;
        }
        if (nl)
            break;
    }
    if (ferror(f))
        return -1;
    if (!line->data) {
        dy_buf_add(line, "", 0);
        if (line->oom)
            return -1;
    }
    return any ? 1 : 0;
}

/* ----------------------------------------- the flat object's fast path */

/* An article is most often one flat object of strings, and jansson's
 * reader spends about 140 instructions a byte on it.  flat_object reads
 * exactly that shape, and gives up (NULL) on anything else: another value
 * than a string, a nested value, a duplicate key, a NUL in a key, a lone
 * surrogate, a control byte, bad syntax, or a failed allocation.  jansson
 * then reads the line as before, so that every error and every other shape
 * is its own.  The line is valid UTF-8 (dy_jsonl_article repairs it
 * first; each string is checked again all the same).  unit_input checks
 * that both readers agree. */

static size_t json_ws(const char *s, size_t i, size_t n)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        i++;
    return i;
}

static int hex4(const char *s)
{
    int v = 0;
    for (int k = 0; k < 4; k++) {
        char c = s[k];
        int d = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

/* The string whose opening quote is at S[*I] into B (cleared first);
 * *I past its closing quote.  False: not a string jansson takes alike. */
static bool flat_string(const char *s, size_t n, size_t *i, dy_buf *b)
{
    b->len = 0;
    size_t j = *i + 1;
    for (;;) {
        size_t r = dy_json_plain_end(s, j, n);
        dy_buf_add(b, s + j, r - j);
        if (r >= n || (unsigned char)s[r] < 0x20)
            return false;
        if (s[r] == '"') {
            *i = r + 1;
            dy_buf_putc(b, 0);
            b->len--; /* a NUL after the bytes, not counted */
            return !b->oom && dy_utf8_valid(b->data, b->len);
        }
        if (r + 1 >= n)
            return false;
        char e = s[r + 1];
        j = r + 2;
        static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
        const char *m = e ? strchr(from, e) : NULL;
        if (m) {
            dy_buf_putc(b, to[m - from]);
            continue;
        }
        if (e != 'u' || j + 4 > n)
            return false;
        int cp = hex4(s + j);
        j += 4;
        if (cp < 0 || (cp >= 0xDC00 && cp <= 0xDFFF))
            return false;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            int lo = j + 6 <= n && s[j] == '\\' && s[j + 1] == 'u' ? hex4(s + j + 2) : -1;
            if (lo < 0xDC00 || lo > 0xDFFF)
                return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            j += 6;
        }
        utf8proc_uint8_t u[4];
        dy_buf_add(b, (const char *)u, (size_t)utf8proc_encode_char(cp, u));
    }
}

static json_t *flat_object(const char *s, size_t n)
{
    size_t i = json_ws(s, 0, n);
    if (i >= n || s[i] != '{')
        return NULL;
    json_t *o = json_object();
    dy_buf k = {0}, v = {0};
    bool ok = o != NULL;
    i = json_ws(s, i + 1, n);
    if (ok && i < n && s[i] == '}') {
        i++;
    } else {
        while (ok) {
            ok = i < n && s[i] == '"' && flat_string(s, n, &i, &k) && !memchr(k.data, 0, k.len);
            i = json_ws(s, i, n);
            ok = ok && i < n && s[i] == ':';
            i = ok ? json_ws(s, i + 1, n) : i;
            ok = ok && i < n && s[i] == '"' && flat_string(s, n, &i, &v) &&
                 !json_object_get(o, k.data);
            json_t *val = ok ? json_stringn_nocheck(v.data, v.len) : NULL;
            ok = val && !json_object_set_new_nocheck(o, k.data, val);
            i = json_ws(s, i, n);
            if (ok && i < n && s[i] == '}') {
                i++;
                break;
            }
            ok = ok && i < n && s[i] == ',';
            i = ok ? json_ws(s, i + 1, n) : i;
        }
    }
    dy_buf_free(&k);
    dy_buf_free(&v);
    if (!ok || json_ws(s, i, n) != n) {
        json_decref(o);
        return NULL;
    }
    return o;
}

/* Parses one JSON Lines line: a byte order mark before the first line is
 * skipped, and "\u0000" in a string is allowed (the coder replaces it and
 * says so).  Shared by the plain reader and the threaded one. */
json_t *dy_json_line(const char *line, size_t len, long lineno, json_error_t *je)
{
    if (lineno == 1 && len >= 3 && !memcmp(line, "\xEF\xBB\xBF", 3)) {
        line += 3;
        len -= 3;
    }
    json_t *r = flat_object(line, len);
    return r ? r : json_loadb(line, len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, je);
}

const char *dy_jstr(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* How many bytes of ID a message prints: at most 64, cut at a character
 * boundary (a message must stay short when an id is a megabyte long). */
static int short_id(const char *id, const char **more)
{
    size_t n = strlen(id);
    *more = "";
    if (n <= 64)
        return (int)n;
    n = 64;
    while (n && ((unsigned char)id[n] & 0xC0) == 0x80)
        n--;
    *more = "…";
    return (int)n;
}

int dy_jsonl_article(const char *name, long lineno, const char *line, size_t len,
                      const dy_input_opts *o, FILE *err, json_t **root, dy_article *a,
                      char idbuf[64])
{
    const char *p = line;
    while (*p == ' ' || *p == '\t' || *p == '\r')
        p++;
    if (!*p)
        return 0;
    /* JSON is UTF-8: a line with invalid UTF-8 or raw NUL bytes is read
     * with each bad byte replaced by U+FFFD (as plain text is), and said so */
    char *fixed = NULL;
    if (!dy_utf8_valid(line, len)) {
        size_t n_bad = 0;
        fixed = dy_utf8_repair(line, len, &len, &n_bad);
        if (!fixed) {
            fprintf(err, "dyad: %s:%ld: out of memory; skipped\n", name, lineno);
            return 1;
        }
        line = fixed;
        fprintf(err, "dyad: %s:%ld: %zu invalid UTF-8 sequences replaced by U+FFFD\n", name,
                lineno, n_bad);
    }
    json_error_t je;
    json_t *r = dy_json_line(line, len, lineno, &je);
    free(fixed);
    if (!r) {
        fprintf(err, "dyad: %s:%ld: malformed JSON: %s; skipped\n", name, lineno, je.text);
        return 1;
    }
    if (!json_is_object(r)) {
        fprintf(err, "dyad: %s:%ld: not a JSON object; skipped\n", name, lineno);
        json_decref(r);
        return 1;
    }
    static const char *const plain[] = {"id", "date", "lang", "source", "url", "title"};
    for (size_t i = 0; i < sizeof plain / sizeof *plain; i++) {
        json_t *v = json_object_get(r, plain[i]);
        if (json_is_string(v) && strlen(json_string_value(v)) != json_string_length(v)) {
            fprintf(err, "dyad: %s:%ld: the article's %s contains a NUL byte (\\u0000); skipped\n",
                    name, lineno, plain[i]);
            json_decref(r);
            return 1;
        }
    }
    const char *text = dy_jstr(r, "text");
    const char *title = dy_jstr(r, "title");
    const char *date = dy_jstr(r, "date");
    const char *id = dy_jstr(r, "id");
    const char *lang = dy_jstr(r, "lang");
    if (!date)
        date = o->date;
    if (!lang)
        lang = o->lang;
    if (!id && o->require_id) {
        fprintf(err, "dyad: %s:%ld: the article has no \"id\"; skipped (a store needs one)\n",
                name, lineno);
        json_decref(r);
        return 1;
    }
    if (!id) {
        snprintf(idbuf, 64, "%s:%ld", name, lineno);
        id = idbuf;
    }
    const char *more;
    int idn = short_id(id, &more);
    if (!text && !title) {
        fprintf(err, "dyad: %s:%ld: article %.*s%s has no text; skipped\n", name, lineno, idn,
                id, more);
        json_decref(r);
        return 1;
    }
    if (!date) {
        fprintf(err, "dyad: %s:%ld: article %.*s%s has no date; skipped\n", name, lineno, idn,
                id, more);
        json_decref(r);
        return 1;
    }
    *a = (dy_article){id, date, lang, title, text ? text : "", 0, dy_jstr(r, "source"), dy_jstr(r, "url")};
    a->text_len = text ? json_string_length(json_object_get(r, "text")) : 0;
    *root = r;
    return 2;
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n > k && !strcasecmp(s + n - k, suffix);
}

/* The news reader for PATH under O (DY_INPUT_*), or 0. */
static int news_kind(const dy_input_opts *o, const char *path)
{
    if (o->news || o->jsonl_set || !path)
        return o->news;
    if (ends_with(path, ".html") || ends_with(path, ".htm"))
        return DY_INPUT_HTML;
    if (ends_with(path, ".rss") || ends_with(path, ".atom") || ends_with(path, ".xml"))
        return DY_INPUT_FEED;
    if (ends_with(path, ".warc") || ends_with(path, ".warc.gz"))
        return DY_INPUT_WARC;
    return 0;
}

int dy_input_is_jsonl(const dy_input_opts *o, const char *path)
{
    if (o->news)
        return 0;
    if (o->jsonl_set || !path)
        return o->jsonl;
    size_t n = strlen(path);
    return n > 6 && !strcmp(path + n - 6, ".jsonl");
}

int dy_read_jsonl_line(const char *name, long lineno, const char *line, size_t len,
                       const dy_input_opts *o, FILE *err, dy_article_fn fn, void *ctx)
{
    json_t *root;
    dy_article a;
    char idbuf[64];
    int k = dy_jsonl_article(name, lineno, line, len, o, err ? err : stderr, &root, &a, idbuf);
    if (k < 2)
        return k;
    int rc = fn(ctx, &a, name, lineno);
    json_decref(root);
    return rc;
}

int dy_read_articles(const char *path, const dy_input_opts *o, dy_article_fn fn, void *ctx)
{
    FILE *err = o->err ? o->err : stderr;
    FILE *f = path && strcmp(path, "-") ? fopen(path, "rb") : stdin;
    const char *name = path && strcmp(path, "-") ? path : "<stdin>";
    if (!f) {
        fprintf(err, "dyad: %s: cannot open: %s\n", name, strerror(errno));
        return 2;
    }
    int status = 0;
    int news = news_kind(o, path);
    if (news) {
        if (news == DY_INPUT_WARC) {
            if (f != stdin)
                fclose(f);
            return dy_read_warc(f != stdin ? path : NULL, name, o, err, fn, ctx);
        }
        status = news == DY_INPUT_HTML ? dy_read_html(f, name, o, err, fn, ctx)
                                       : dy_read_feed(f, name, o, err, fn, ctx);
        if (f != stdin)
            fclose(f);
        return status;
    }
    bool jsonl = dy_input_is_jsonl(o, path);
    if (!jsonl) {
        dy_buf b = {0};
        char chunk[65536];
        size_t n;
        bool over = false;
        /* a file's size is known: over the cap, it is not read at all;
         * under it, the buffer is allocated once, not grown by doubling
         * (which would hold twice the text at the peak) */
        struct stat st;
        if (f != stdin && fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode)) {
            if ((uintmax_t)st.st_size > o->max_bytes)
                over = true;
            else
                dy_buf_reserve(&b, (size_t)st.st_size);
        }
        while (!over && (n = fread(chunk, 1, sizeof chunk, f)) > 0) {
            if (b.len + n > o->max_bytes) {
                over = true; /* what was read goes at once */
                dy_buf_free(&b);
                break;
            }
            dy_buf_add(&b, chunk, n);
        }
        if (ferror(f)) {
            fprintf(err, "dyad: %s: read error\n", name);
            status = 2;
        } else if (over) {
            fprintf(err, "dyad: %s: over the document cap of %zu bytes; skipped "
                            "(raise it with --max-doc-bytes)\n", name, o->max_bytes);
            status = 1;
        } else if (b.oom) {
            fprintf(err, "dyad: %s: out of memory\n", name);
            status = 2;
        } else if (b.len == 0) {
            fprintf(err, "dyad: %s: empty input, nothing to code\n", name);
            status = 1;
        } else {
            dy_article a = {o->id ? o->id : name, o->date, o->lang, NULL, b.data, b.len, NULL, NULL};
            if (memchr(b.data, 0, b.len))
                fprintf(err, "dyad: %s: warning: NUL bytes in text (replaced)\n", name);
            int rc = fn(ctx, &a, name, 0);
            if (rc > status)
                status = rc;
        }
        dy_buf_free(&b);
        if (f != stdin)
            fclose(f);
        return status;
    }
    dy_buf line = {0};
    long lineno = 0;
    bool too_long;
    int r;
    while ((r = dy_getline(f, &line, o->max_bytes + 4096, &too_long)) == 1) {
        lineno++;
        if (o->pos)
            *o->pos += (long long)line.len + 1;
        if (too_long) {
            fprintf(err, "dyad: %s:%ld: line over %zu bytes; skipped\n", name, lineno,
                    o->max_bytes + 4096);
            status = status > 1 ? status : 1;
            continue;
        }
        json_t *root;
        dy_article a;
        char idbuf[64];
        int k = dy_jsonl_article(name, lineno, line.data, line.len, o, err, &root, &a, idbuf);
        if (k == 0)
            continue;
        if (k == 1) {
            status = status > 1 ? status : 1;
            continue;
        }
        int rc = fn(ctx, &a, name, lineno);
        if (rc > status)
            status = rc;
        json_decref(root);
        if (rc >= 3)
            break; /* output failed: stop */
    }
    if (r < 0) {
        fprintf(err, "dyad: %s:%ld: read error\n", name, lineno + 1);
        status = 2;
    }
    dy_buf_free(&line);
    if (f != stdin)
        fclose(f);
    return status;
}
