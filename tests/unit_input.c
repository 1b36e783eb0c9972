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

int main(void)
{
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
