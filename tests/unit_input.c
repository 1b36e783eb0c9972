/* Unit tests: the JSON Lines line reader (src/input/input.c).  dy_json_line
 * reads a flat object of strings itself and leaves every other line to
 * jansson; whatever it reads must be what jansson reads (the same object,
 * or no object for the same line).  Checked on lines of every shape, and
 * on 200,000 random mutations of them (a fixed seed). */
#include "check.h"
#include "input/input.h"
#include <stdint.h>
#include <stdlib.h>

static json_t *ref(const char *s, size_t n)
{
    json_error_t je;
    return json_loadb(s, n, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &je);
}

/* Do dy_json_line and jansson agree on the N bytes of S? */
static bool agree(const char *s, size_t n)
{
    json_error_t je;
    json_t *a = dy_json_line(s, n, 2, &je), *b = ref(s, n);
    bool same = (!a && !b) || (a && b && json_equal(a, b));
    json_decref(a);
    json_decref(b);
    return same;
}

static uint64_t rng = 88172645463325252ULL;
static uint64_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

/* The line reader as it was, byte by byte: dy_getline must split any input
 * into the same lines, keep the same CAP bytes and flag the same lines as
 * too long. */
static int getline_ref(FILE *f, dy_buf *line, size_t cap, bool *too_long)
{
    line->len = 0;
    *too_long = false;
    bool any = false;
    int ch;
    while ((ch = getc(f)) != EOF) {
        any = true;
        if (ch == '\n')
            break;
        if (line->len >= cap) {
            *too_long = true;
            continue;
        }
        char c = (char)ch;
        dy_buf_add(line, &c, 1);
    }
    if (!line->data)
        dy_buf_add(line, "", 0);
    return any ? 1 : 0;
}

/* Splits the N bytes of DATA with both readers at CAP; 0 when they agree. */
static int getline_differs(const char *data, size_t n, size_t cap)
{
    FILE *a = tmpfile(), *b = tmpfile();
    if (!a || !b)
        return 1;
    fwrite(data, 1, n, a);
    fwrite(data, 1, n, b);
    rewind(a);
    rewind(b);
    dy_buf la = {0}, lb = {0};
    int diff = 0;
    for (;;) {
        bool ta, tb;
        int ra = dy_getline(a, &la, cap, &ta);
        int rb = getline_ref(b, &lb, cap, &tb);
        if (ra != rb || ta != tb || la.len != lb.len || memcmp(la.data, lb.data, la.len) ||
            la.data[la.len]) {
            diff = 1;
            break;
        }
        if (ra != 1)
            break;
    }
    dy_buf_free(&la);
    dy_buf_free(&lb);
    fclose(a);
    fclose(b);
    return diff;
}

int main(void)
{
    /* lines: empty, with NUL bytes (at the start, the end, before the
     * newline), without a last newline, and across the reader's 4096-byte
     * chunks, at caps below, at and above their length */
    {
        static const size_t lens[] = {0, 1, 2, 4094, 4095, 4096, 4097, 8190, 8191, 8192, 12289};
        static const size_t caps[] = {1, 3, 4095, 4096, 5000, 100000};
        int bad = 0;
        char *d = malloc(40000);
        CHECK(d != NULL);
        for (size_t li = 0; d && li < sizeof lens / sizeof lens[0]; li++)
            for (int shape = 0; shape < 6; shape++)
                for (size_t ci = 0; ci < sizeof caps / sizeof caps[0]; ci++) {
                    size_t n = 0;
                    for (int rep = 0; rep < 2; rep++) {
                        for (size_t i = 0; i < lens[li]; i++)
                            d[n++] = (char)('a' + i % 23);
                        if (shape == 1 && lens[li])
                            d[n - lens[li]] = 0;   /* NUL first */
                        if (shape == 2 && lens[li])
                            d[n - 1] = 0;          /* NUL last */
                        if (shape == 3 && lens[li] > 4)
                            d[n - lens[li] / 2] = 0;
                        if (shape == 4)
                            d[n++] = 0;            /* NUL just before the newline */
                        if (!(shape == 5 && rep == 1))
                            d[n++] = '\n';         /* shape 5: no last newline */
                    }
                    if (getline_differs(d, n, caps[ci]) && bad++ < 5)
                        fprintf(stderr, "dy_getline: length %zu, shape %d, cap %zu\n",
                                lens[li], shape, caps[ci]);
                }
        free(d);
        CHECK(bad == 0);
        CHECK(getline_differs("", 0, 10) == 0);
        CHECK(getline_differs("\n\n\0\n", 4, 10) == 0);
    }
    static const char *const lines[] = {
        "{}",
        " { } ",
        "{\"id\":\"a\",\"text\":\"Der Minister reiste nach Paris.\"}",
        "{ \"id\" : \"a\" ,\t\"text\" :\r\"x\" }\r",
        "{\"t\":\"quote \\\" backslash \\\\ slash \\/ \\b\\f\\n\\r\\t end\"}",
        "{\"t\":\"\\u00e4\\u00DF \\u20ac \\ud83d\\ude00\"}",
        "{\"t\":\"Stra\xc3\x9f" "e \xe2\x80\x9equote\xe2\x80\x9c\"}",
        "{\"t\":\"nul \\u0000 inside\"}",
        "{\"k\\u0000ey\":\"v\"}",
        "{\"t\":\"lone \\ud800 high\"}",
        "{\"t\":\"lone \\udc00 low\"}",
        "{\"t\":\"pair broken \\ud800\\u0041\"}",
        "{\"t\":\"bad \\x escape\"}",
        "{\"t\":\"short \\u12\"}",
        "{\"t\":\"tab\tinside\"}",
        "{\"a\":\"1\",\"a\":\"2\"}",
        "{\"n\":1}",
        "{\"b\":true,\"c\":null}",
        "{\"e\":[\"x\"]}",
        "{\"o\":{\"x\":\"y\"}}",
        "{\"a\":\"1\",}",
        "{\"a\":\"1\"} x",
        "{\"a\":\"1\"}}",
        "{\"a\" \"1\"}",
        "{\"a\":\"1\"",
        "{\"a\":\"unterminated}",
        "[\"a\"]",
        "\"a\"",
        "",
        "   ",
        "{,}",
        "{\"\":\"\"}",
        "{\"a\":\"\",\"b\":\"\"}",
    };
    size_t nl = sizeof lines / sizeof *lines;
    for (size_t i = 0; i < nl; i++) {
        bool ok = agree(lines[i], strlen(lines[i]));
        if (!ok)
            fprintf(stderr, "disagree on: %s\n", lines[i]);
        CHECK(ok);
    }
    /* the fast path reads what it should: the strings, unescaped */
    const char *l = "{\"id\":\"x\\ty\",\"text\":\"\\u00e4\"}";
    json_error_t je;
    json_t *o = dy_json_line(l, strlen(l), 1, &je);
    CHECK(o && !strcmp(json_string_value(json_object_get(o, "id")), "x\ty"));
    CHECK(o && !strcmp(json_string_value(json_object_get(o, "text")), "\xc3\xa4"));
    json_decref(o);
    /* a byte order mark on the first line only */
    const char *bom = "\xEF\xBB\xBF{\"id\":\"b\"}";
    o = dy_json_line(bom, strlen(bom), 1, &je);
    CHECK(o && json_object_get(o, "id"));
    json_decref(o);
    o = dy_json_line(bom, strlen(bom), 2, &je);
    CHECK(o == NULL);

    /* random mutations: a byte replaced, inserted or removed, from the
     * bytes JSON turns on */
    static const char alphabet[] = "{}[]\":,\\ubfnrt0aAdD8 \t\x01\xc3\xa4";
    char buf[256];
    int bad = 0;
    for (int round = 0; round < 200000; round++) {
        const char *src = lines[next() % nl];
        size_t n = strlen(src);
        if (n >= sizeof buf - 8)
            continue;
        memcpy(buf, src, n);
        int edits = 1 + (int)(next() % 3);
        for (int e = 0; e < edits; e++) {
            size_t at = n ? next() % (n + 1) : 0;
            char c = alphabet[next() % (sizeof alphabet - 1)];
            switch (next() % 3) {
            case 0:
                if (at < n)
                    buf[at] = c;
                break;
            case 1:
                if (n + 1 < sizeof buf) {
                    memmove(buf + at + 1, buf + at, n - at);
                    buf[at] = c;
                    n++;
                }
                break;
            default:
                if (at < n) {
                    memmove(buf + at, buf + at + 1, n - at - 1);
                    n--;
                }
            }
        }
        if (!agree(buf, n) && bad++ < 5)
            fprintf(stderr, "disagree on mutation: %.*s\n", (int)n, buf);
    }
    CHECK(bad == 0);
    return CHECK_DONE("unit_input");
}
