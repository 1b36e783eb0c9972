/* tests/regress/split-invalid-utf8.c: dy_split_sentences() on text with
 * invalid UTF-8 returned -1, which include/dyad.h documents as "out of
 * memory" (dy_tokenize -> dy_fold -> utf8proc_map failed on the bad byte);
 * fixed in 5c5770b.  The CLI repairs the text first, so only library
 * callers saw it.  Expected: the two sentences.  Exit 0 when they come. */
#include "dyad.h"
#include <stdio.h>
#include <string.h>

static void count(void *ctx, size_t start, size_t end)
{
    (void)start;
    (void)end;
    ++*(long *)ctx;
}

int main(void)
{
    const char *t = "Frankreich \xff kritisiert Russland. Polen lobt Japan.";
    long n = 0;
    long k = dy_split_sentences(t, strlen(t), "de", count, &n);
    printf("split-invalid-utf8: dy_split_sentences returned %ld (%ld sentences)\n", k, n);
    return k == 2 && n == 2 ? 0 : 1;
}
