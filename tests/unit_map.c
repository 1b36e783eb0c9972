/* Unit tests: the string map (src/base/util.c dy_map): keys copied or
 * borrowed, dy_map_reserve, growth and overwrites. */
#include "check.h"
#include "base/internal.h"
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
    /* a copying map keeps its own key: the caller's buffer may change */
    dy_map m = {0};
    char k[16];
    snprintf(k, sizeof k, "Botschafter");
    CHECK(dy_map_put(&m, k, strlen(k), 7));
    snprintf(k, sizeof k, "Minister");
    CHECK(dy_map_get(&m, "Botschafter", 11) == 7);
    CHECK(dy_map_get(&m, "Minister", 8) == UINT32_MAX);
    CHECK(dy_map_put(&m, "Botschafter", 11, 9)); /* overwrite */
    CHECK(dy_map_get(&m, "Botschafter", 11) == 9);
    CHECK(m.n == 1);
    dy_map_free(&m);

    /* a borrowing map keeps the caller's pointer (here a stack buffer, so
     * that freeing a borrowed key would be an invalid free under ASan) */
    dy_map b = {.borrow = true};
    char words[] = "Gipfel\0Treffen\0Abkommen";
    CHECK(dy_map_put(&b, words, 6, 1));
    CHECK(dy_map_put(&b, words + 7, 7, 2));
    CHECK(dy_map_put(&b, words + 15, 8, 3));
    CHECK(dy_map_get(&b, "Treffen", 7) == 2);
    CHECK(dy_map_get(&b, "Abkommen", 8) == 3);
    words[0] = 'X'; /* the map sees the change: it holds no copy */
    CHECK(dy_map_get(&b, "Gipfel", 6) == UINT32_MAX);
    dy_map_free(&b);
    CHECK(b.borrow); /* still borrowing after free, ready for reuse */
    CHECK(b.n == 0 && b.cap == 0);

    /* reserve: room for N keys at once, no growth while they go in */
    dy_map r = {0};
    CHECK(dy_map_reserve(&r, 5000));
    CHECK(r.cap >= 10000);
    void *slots = r.slots;
    size_t cap = r.cap;
    char key[32];
    int bad = 0;
    for (int i = 0; i < 5000; i++) {
        snprintf(key, sizeof key, "w%d", i);
        if (!dy_map_put(&r, key, strlen(key), (uint32_t)i))
            bad++;
    }
    CHECK(bad == 0);
    CHECK(r.slots == slots && r.cap == cap);
    CHECK(dy_map_reserve(&r, 10)); /* smaller than held: nothing to do */
    CHECK(r.cap == cap);
    /* and growth past it keeps every key */
    for (int i = 5000; i < 20000; i++) {
        snprintf(key, sizeof key, "w%d", i);
        if (!dy_map_put(&r, key, strlen(key), (uint32_t)i))
            bad++;
    }
    for (int i = 0; i < 20000; i++) {
        snprintf(key, sizeof key, "w%d", i);
        if (dy_map_get(&r, key, strlen(key)) != (uint32_t)i)
            bad++;
    }
    CHECK(bad == 0);
    CHECK(r.n == 20000 && r.cap >= 40000);
    dy_map_free(&r);
    return CHECK_DONE("unit_map");
}
