/* Failure injection: make the Nth allocation fail, for every N along the
 * loading of the dictionaries and a coding run.  The library must return an
 * error each time; the sanitizer build proves that nothing leaks. */
#include "check.h"
#include "dyad.h"
#include <stdlib.h>

static const char *text =
    "BERLIN (dpa) – Bundeskanzler Olaf Scholz hat am Dienstag mit Präsident "
    "Wladimir Putin telefoniert. China wolle Gespräche mit Russland führen, sagte "
    "der chinesische Diplomat. Die Polizei nahm Dutzende Demonstranten fest.";

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : "dict";
    long step = argc > 2 ? atol(argv[2]) : 1;
    dy_error err;
    dy_dict *d = dy_dict_load(dir, &err);
    CHECK(d != NULL);
    if (!d)
        return CHECK_DONE("unit_alloc");
    dy_article a = {.id = "t", .date = "2022-02-15", .lang = "de", .text = text, .text_len = strlen(text)};
    dy_options opt = {DY_SCALE_GDELT, NULL, 1};
    dy_result *ok = dy_code(d, &a, &opt, &err);
    CHECK(ok != NULL);
    size_t want = ok ? dy_result_count(ok) : 0;
    dy_result_free(ok);
    /* coding: every allocation fails once */
    long failures = 0, n;
    for (n = 1; n < 100000; n++) {
        dy_fail_alloc_after(n);
        dy_result *r = dy_code(d, &a, &opt, &err);
        dy_fail_alloc_after(0);
        if (r) {
            CHECK(dy_result_count(r) == want);
            dy_result_free(r);
            break;
        }
        CHECK(err.status == DY_ENOMEM);
        failures++;
    }
    CHECK(failures > 10);
    /* loading: every STEP-th allocation fails once; from the text, then
     * through the dictionary cache (written by the load above unless the
     * cache is off) */
    long lf = 0;
    const char *cache = getenv("DYAD_CACHE");
    char *saved = cache ? strdup(cache) : NULL;
    for (int mode = 0; mode < 2; mode++) {
        long lf1 = 0;
        if (mode == 0)
            setenv("DYAD_CACHE", "off", 1);
        else if (saved)
            setenv("DYAD_CACHE", saved, 1);
        else
            unsetenv("DYAD_CACHE");
        for (n = 1; n < 10000000; n += step) {
            dy_fail_alloc_after(n);
            dy_dict *x = dy_dict_load(dir, &err);
            dy_fail_alloc_after(0);
            if (x) {
                dy_dict_free(x);
                break;
            }
            CHECK(err.status == DY_ENOMEM);
            lf1++;
        }
        CHECK(lf1 > 0);
        lf += lf1;
    }
    free(saved);
    printf("unit_alloc: %ld coding and %ld loading allocation failures handled\n", failures, lf);
    dy_dict_free(d);
    return CHECK_DONE("unit_alloc");
}
