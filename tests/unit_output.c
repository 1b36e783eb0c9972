/* Unit tests: the output writers (src/output/output.h): one escaping
 * function per format, one GDELT row for code and query, the stable
 * GLOBALEVENTID, GDELT mentions rows and the event table. */
#include <limits.h>
#include "check.h"
#include "output/output.h"
#include <stdlib.h>
#include <math.h>

static char *str(dy_buf *b)
{
    dy_buf_putc(b, 0);
    return b->data;
}

static int columns(const char *row)
{
    int n = 1;
    for (; *row && *row != '\n'; row++)
        n += *row == '\t';
    return n;
}

/* The Nth (1-based) tab-separated column of ROW, into OUT. */
static const char *col(const char *row, int n, char out[256])
{
    for (int i = 1; i < n && row; i++) {
        row = strchr(row, '\t');
        if (row)
            row++;
    }
    size_t k = row ? strcspn(row, "\t\n") : 0;
    snprintf(out, 256, "%.*s", (int)k, row ? row : "");
    return out;
}

/* The JSON string escape as it was, byte by byte: dy_out_json_str must
 * write the same for any bytes. */
static void json_str_ref(dy_buf *b, const char *s, size_t n)
{
    dy_buf_putc(b, '"');
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '"')
            dy_buf_puts(b, "\\\"");
        else if (ch == '\\')
            dy_buf_puts(b, "\\\\");
        else if (ch == '\n')
            dy_buf_puts(b, "\\n");
        else if (ch == '\r')
            dy_buf_puts(b, "\\r");
        else if (ch == '\t')
            dy_buf_puts(b, "\\t");
        else if (ch < 0x20)
            dy_buf_printf(b, "\\u%04x", ch);
        else
            dy_buf_putc(b, (char)ch);
    }
    dy_buf_putc(b, '"');
}

int main(void)
{
    dy_buf b = {0};
    dy_out_json_str(&b, "a\"b\\c\nd\re\tf\x01g", 13);
    CHECK_STR(str(&b), "\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\"");
    dy_buf_free(&b);
    dy_buf c = {0};
    dy_out_json_str(&c, "Außenministerin", strlen("Außenministerin"));
    CHECK_STR(str(&c), "\"Außenministerin\"");
    dy_buf_free(&c);
    /* runs of plain bytes between escapes, an escape first and last, a
     * NUL inside */
    dy_buf e = {0};
    dy_out_json_str(&e, "\"x\x1f\0y\\", 6);
    CHECK_STR(str(&e), "\"\\\"x\\u001f\\u0000y\\\\\"");
    dy_buf_free(&e);
    /* any bytes, escapes anywhere in and across eight-byte words: as the
     * byte-by-byte escape writes them (a fixed sweep) */
    {
        static const char alpha[] = "ab\"\\\n\x01\x1f \x7f\xc3\xa4\xe2\x80\x9eZ";
        unsigned long long x = 0x9E3779B97F4A7C15ULL;
        int bad = 0;
        char buf[48];
        for (int t = 0; t < 20000; t++) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            size_t n = (size_t)(x % 41);
            for (size_t i = 0; i < n; i++) {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                /* mostly plain letters, so that whole words pass */
                buf[i] = x % 4 ? (char)('a' + x % 26) : alpha[(x >> 8) % (sizeof alpha - 1)];
            }
            dy_buf got = {0}, want = {0};
            dy_out_json_str(&got, buf, n);
            json_str_ref(&want, buf, n);
            if (got.len != want.len || memcmp(got.data, want.data, got.len))
                bad++;
            dy_buf_free(&got);
            dy_buf_free(&want);
        }
        CHECK(bad == 0);
    }
    /* integers without printf */
    dy_buf d = {0};
    dy_buf_putint(&d, 0);
    dy_buf_putc(&d, ' ');
    dy_buf_putint(&d, -42);
    dy_buf_putc(&d, ' ');
    dy_buf_putint(&d, 4294967295LL);
    dy_buf_putc(&d, ' ');
    dy_buf_putint(&d, LLONG_MIN);
    CHECK_STR(str(&d), "0 -42 4294967295 -9223372036854775808");
    dy_buf_free(&d);
    /* fixed-point decimals without printf, byte for byte as "%.*f": exact
     * ties (0.25, 2.5), values just off a tie (2.675 is 2.67499...), signs,
     * negative zero, NaN, the infinities, huge values, and a sweep */
    {
        static const double vs[] = {0, 0.25, -0.25, 2.5, 3.5, 2.675, 1.005, 0.05, -0.04,
                                    -0.0, 9.95, -9.95, 10, -10, 52.5200, 13.40495, -33.8688,
                                    151.2093, 1e11, 1e12, -1e13, 1e300, 0.00005, 0.00015,
                                    123456.789, 7.0000499999, NAN, INFINITY, -INFINITY};
        int bad = 0;
        for (size_t i = 0; i < sizeof vs / sizeof vs[0]; i++)
            for (int dec = 0; dec <= 6; dec++) {
                dy_buf f = {0};
                char want[400];
                snprintf(want, sizeof want, "%.*f", dec, vs[i]);
                dy_buf_putfixed(&f, vs[i], dec);
                if (strcmp(str(&f), want)) {
                    fprintf(stderr, "putfixed(%.17g, %d): %s, printf: %s\n", vs[i], dec, f.data, want);
                    bad++;
                }
                dy_buf_free(&f);
            }
        unsigned long long x = 88172645463325252ULL; /* xorshift: a fixed sweep */
        for (int i = 0; i < 200000; i++) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            double v = ((double)(x % 4000000001ULL) - 2000000000.0) / (double)(1 + x % 10000);
            int dec = (int)(x % 7);
            dy_buf f = {0};
            char want[64];
            snprintf(want, sizeof want, "%.*f", dec, v);
            dy_buf_putfixed(&f, v, dec);
            if (strcmp(str(&f), want) && bad++ < 5)
                fprintf(stderr, "putfixed(%.17g, %d): %s, printf: %s\n", v, dec, f.data, want);
            dy_buf_free(&f);
        }
        CHECK(bad == 0);
    }
    /* bounded appends: a byte limit, then the buffer's end */
    char k8[8];
    size_t kn = dy_scat(k8, sizeof k8, 0, "ABCDE", 3);
    kn = dy_scat(k8, sizeof k8, kn, "\t", 1);
    CHECK(kn == 4);
    CHECK_STR(k8, "ABC\t");
    kn = dy_scat(k8, sizeof k8, kn, "123456", SIZE_MAX);
    CHECK(kn == 7);
    CHECK_STR(k8, "ABC\t123");
    CHECK(dy_scat(k8, sizeof k8, kn, "x", 1) == 7);
    dy_buf t = {0};
    dy_out_tsv_str(&t, "a\tb\nc\rd", 7);
    CHECK_STR(str(&t), "a b c d");
    dy_buf_free(&t);

    /* CSV quoting (RFC 4180) */
    dy_buf q = {0};
    dy_out_csv_str(&q, "a,b \"c\"\nd", 9);
    CHECK_STR(str(&q), "\"a,b \"\"c\"\"\nd\"");
    dy_buf_free(&q);
    dy_buf q2 = {0};
    dy_out_csv_str(&q2, "plain", 5);
    CHECK_STR(str(&q2), "plain");
    dy_buf_free(&q2);

    /* a GDELT row: 61 columns in GDELT's order */
    dy_out_rec r = {0};
    r.id = 42;
    r.date = r.last_date = "2022-05-10";
    r.source = "DEUGOV";
    r.source_name = "Die Bundes\tregierung";
    r.target = "IGOUNO";
    r.target_name = "UN";
    r.code = "111";
    r.root = "11";
    r.quad = 3;
    r.goldstein = -2.0;
    r.sent = 0;
    r.num_mentions = 2;
    r.num_sources = 1;
    r.num_articles = 2;
    r.url = "https://example.org/a";
    dy_buf g = {0};
    dy_out_event(&g, DY_FMT_GDELT, &r);
    const char *row = str(&g);
    char v[256], gid[32];
    snprintf(gid, sizeof gid, "%llu", dy_out_gid(&r));
    CHECK(columns(row) == 61);
    CHECK_STR(col(row, 1, v), gid);
    CHECK(dy_out_gid(&r) < (1ULL << 53));
    CHECK_STR(col(row, 2, v), "20220510");
    CHECK_STR(col(row, 3, v), "202205");
    CHECK_STR(col(row, 4, v), "2022");
    CHECK_STR(col(row, 6, v), "DEUGOV");
    CHECK_STR(col(row, 7, v), "Die Bundes regierung");   /* a name, TSV-escaped */
    CHECK_STR(col(row, 8, v), "DEU");
    CHECK_STR(col(row, 13, v), "GOV");
    CHECK_STR(col(row, 16, v), "IGOUNO");
    CHECK_STR(col(row, 17, v), "UN");
    CHECK_STR(col(row, 18, v), "");                        /* an IGO has no country */
    CHECK_STR(col(row, 19, v), "UNO");                     /* KnownGroupCode */
    CHECK_STR(col(row, 23, v), "IGO");
    CHECK_STR(col(row, 26, v), "1");
    CHECK_STR(col(row, 27, v), "111");
    CHECK_STR(col(row, 28, v), "111");
    CHECK_STR(col(row, 29, v), "11");
    CHECK_STR(col(row, 30, v), "3");
    CHECK_STR(col(row, 31, v), "-2.0");
    CHECK_STR(col(row, 32, v), "2");
    CHECK_STR(col(row, 33, v), "1");
    CHECK_STR(col(row, 34, v), "2");
    CHECK_STR(col(row, 35, v), "");                        /* AvgTone: no tone */
    CHECK_STR(col(row, 36, v), "0");                       /* Actor1Geo_Type: none */
    CHECK_STR(col(row, 60, v), "20220510000000");          /* DATEADDED, 14 digits */
    CHECK_STR(col(row, 61, v), "https://example.org/a");
    CHECK(row[strlen(row) - 1] == '\n');
    dy_buf_free(&g);
    /* the GLOBALEVENTID does not depend on the store's id, and changes with
     * what identifies the event */
    unsigned long long g1 = dy_out_gid(&r);
    r.id = 7;
    CHECK(dy_out_gid(&r) == g1);
    r.date = "2022-05-11";
    CHECK(dy_out_gid(&r) != g1);
    r.date = "2022-05-10";
    /* the mentions row: 16 columns */
    dy_stored_mention m = {0};
    m.event_id = 7;
    m.article_id = "a1";
    m.article_date = "2022-05-12";
    m.source = "Elbe Kurier";
    m.url = "";
    m.sent = 2;
    dy_buf mb = {0};
    dy_out_mention(&mb, DY_FMT_GDELT_MENTIONS, &m, g1, "2022-05-10");
    row = str(&mb);
    CHECK(columns(row) == 16);
    CHECK_STR(col(row, 1, v), gid);
    CHECK_STR(col(row, 2, v), "20220510000000");
    CHECK_STR(col(row, 3, v), "20220512000000");
    CHECK_STR(col(row, 5, v), "Elbe Kurier");
    CHECK_STR(col(row, 6, v), "a1");                       /* no URL: the id */
    CHECK_STR(col(row, 7, v), "3");                        /* SentenceID from 1 */
    dy_buf_free(&mb);
    /* the event table: as many fields as the header */
    dy_buf h = {0}, tr = {0};
    dy_out_header(&h, DY_FMT_TSV);
    dy_out_event(&tr, DY_FMT_TSV, &r);
    CHECK(columns(str(&h)) == columns(str(&tr)));
    CHECK(columns(str(&h)) == 34);
    dy_buf_free(&h);
    dy_buf_free(&tr);
    return CHECK_DONE("unit_output");
}
