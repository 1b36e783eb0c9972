/* Failure injection, continued (unit_alloc.c covers German coding and
 * loading): make the Nth allocation fail, for every N, along
 *   - an English coding run, with the explanation on,
 *   - a German coding run of text with invalid UTF-8, NUL bytes and a
 *     sentence over a small cap (repair and splitting paths),
 *   - the writers (JSON Lines, TSV, GDELT) and the text tools
 *     (dy_split_sentences, dy_utf8_repair).
 * Each failure must give an error (DY_ENOMEM, -1 or NULL), never a crash
 * and never a partial result; the sanitizer build proves that nothing
 * leaks.  Once no allocation fails the result must equal the one of a run
 * without failures. */
#include "check.h"
#include "dyad.h"
#include <stdlib.h>

static const char *en_text =
    "WASHINGTON (AP) - U.S. President Joe Biden met with French President "
    "Emmanuel Macron on Tuesday. China wants to hold talks with Russia, the "
    "Chinese diplomat said. \"We will not accept this,\" Germany's foreign "
    "minister told reporters. Police arrested dozens of protesters in Tbilisi. "
    "It failed to reach an agreement with Japan.";

/* invalid UTF-8 (a Latin-1 byte, an overlong slash, a lone surrogate), a
 * NUL byte, a BOM, CRLF line ends and quotes */
static const char de_bad[] =
    "\xEF\xBB\xBF" "Frankreich kritisiert Russland.\r\n"
    "Die Regierung in Z\xFC" "rich \xC0\xAF lobt \xED\xA0\x80 Japan.\r\n\r\n"
    "\xE2\x80\x9E" "Polen wirft Deutschland Versagen vor\xE2\x80\x9C, sagte er. "
    "Wort Wort Wort Wort Wort Wort Wort Wort Wort Wort Wort Wort Wort Wort Wort"
    " Wort \0 Wort Wort Japan kritisiert China.";

typedef struct counter { long n; } counter;
static void count_cb(void *ctx, size_t s, size_t e)
{
    (void)s;
    (void)e;
    ((counter *)ctx)->n++;
}

/* Codes A with every allocation failing once in turn; returns the number
 * of failures handled.  WANT is the event count of a run without failures. */
static long code_all(const dy_dict *d, const dy_article *a, const dy_options *opt, size_t want)
{
    dy_error err;
    long failures = 0;
    for (long n = 1; n < 200000; n++) {
        dy_fail_alloc_after(n);
        dy_result *r = dy_code(d, a, opt, &err);
        dy_fail_alloc_after(0);
        if (r) {
            CHECK(dy_result_count(r) == want);
            dy_result_free(r);
            break;
        }
        CHECK(err.status == DY_ENOMEM);
        failures++;
    }
    return failures;
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : "dict";
    dy_error err;
    dy_dict *d = dy_dict_load(dir, &err);
    CHECK(d != NULL);
    if (!d)
        return CHECK_DONE("unit_alloc2");

    /* English, explained */
    dy_article en = {.id = "en", .date = "2022-02-15", .lang = "en", .text = en_text,
                     .text_len = strlen(en_text)};
    dy_options ox = {DY_SCALE_ICEWS, NULL, 1};
    dy_result *ok = dy_code(d, &en, &ox, &err);
    CHECK(ok != NULL);
    size_t want_en = ok ? dy_result_count(ok) : 0;
    CHECK(want_en > 0);
    long f_en = code_all(d, &en, &ox, want_en);
    CHECK(f_en > 5);

    /* German with bad bytes and a sentence cap of 8 tokens */
    dy_limits lim;
    dy_limits_default(&lim);
    lim.max_sentence_tokens = 8;
    dy_article de = {.id = "de", .date = "2022-02-15", .lang = "de", .text = de_bad,
                     .text_len = sizeof de_bad - 1};
    dy_options od = {DY_SCALE_PHOENIX, &lim, 0};
    dy_result *okd = dy_code(d, &de, &od, &err);
    CHECK(okd != NULL);
    CHECK(okd && dy_result_invalid_utf8(okd) == 7);
    size_t want_de = okd ? dy_result_count(okd) : 0;
    CHECK(want_de > 0);
    long f_de = code_all(d, &de, &od, want_de);
    CHECK(f_de > 5);

    /* the writers: each allocation of each event's row fails in turn */
    FILE *null = fopen("/dev/null", "w");
    CHECK(null != NULL);
    long f_wr = 0;
    static const dy_format fmts[] = {DY_FMT_JSONL, DY_FMT_TSV, DY_FMT_GDELT};
    for (size_t k = 0; ok && null && k < 3; k++) {
        for (size_t i = 0; i < want_en; i++) {
            for (long n = 1; n < 1000; n++) {
                dy_fail_alloc_after(n);
                int rc = dy_write_event(null, fmts[k], &en, ok, dy_result_event(ok, i),
                                        DY_SCALE_ICEWS);
                dy_fail_alloc_after(0);
                if (rc == 0)
                    break;
                CHECK(rc == -1);
                f_wr++;
            }
        }
    }
    CHECK(f_wr >= 3 * (long)want_en);
    if (null)
        fclose(null);

    /* the text tools */
    long f_tx = 0;
    counter c0 = {0};
    long want_s = dy_split_sentences(en_text, strlen(en_text), "en", count_cb, &c0);
    CHECK(want_s > 3);
    for (long n = 1; n < 100000; n++) {
        counter c = {0};
        dy_fail_alloc_after(n);
        long k = dy_split_sentences(en_text, strlen(en_text), "en", count_cb, &c);
        dy_fail_alloc_after(0);
        if (k >= 0) {
            CHECK(k == want_s && c.n == want_s);
            break;
        }
        CHECK(k == -1 && c.n == 0);
        f_tx++;
    }
    CHECK(f_tx > 1);
    dy_fail_alloc_after(1);
    size_t ol = 0, nb = 0;
    char *rep = dy_utf8_repair(de_bad, sizeof de_bad - 1, &ol, &nb);
    dy_fail_alloc_after(0);
    CHECK(rep == NULL);
    free(rep);

    printf("unit_alloc2: %ld English, %ld German (bad bytes), %ld writer and %ld splitter "
           "allocation failures handled\n", f_en, f_de, f_wr, f_tx);
    dy_result_free(ok);
    dy_result_free(okd);
    dy_dict_free(d);
    return CHECK_DONE("unit_alloc2");
}
