/* Unit tests: the output writers (src/output/output.h): one escaping
 * function per format, one GDELT row for code and query. */
#include "check.h"
#include "output/output.h"
#include <stdlib.h>

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
    dy_buf t = {0};
    dy_out_tsv_str(&t, "a\tb\nc\rd", 7);
    CHECK_STR(str(&t), "a b c d");
    dy_buf_free(&t);

    /* a GDELT row: 61 columns in GDELT's order */
    dy_gdelt_row r = {42, "2022-05-10", "DEUGOV", "Die Bundes\tregierung", "IGOUNO",
                      "UN", "111", "11", 3, -2.0, true, 2, 1, 2, "https://example.org/a"};
    dy_buf g = {0};
    dy_out_gdelt(&g, &r);
    const char *row = str(&g);
    char v[256];
    CHECK(columns(row) == 61);
    CHECK_STR(col(row, 1, v), "42");
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
    CHECK_STR(col(row, 19, v), "IGOUNO");                  /* KnownGroupCode */
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
    CHECK_STR(col(row, 60, v), "20220510");
    CHECK_STR(col(row, 61, v), "https://example.org/a");
    CHECK(row[strlen(row) - 1] == '\n');
    dy_buf_free(&g);
    /* no store: GLOBALEVENTID empty */
    r.id = 0;
    dy_buf g2 = {0};
    dy_out_gdelt(&g2, &r);
    CHECK(str(&g2)[0] == '\t');
    dy_buf_free(&g2);
    return CHECK_DONE("unit_output");
}
