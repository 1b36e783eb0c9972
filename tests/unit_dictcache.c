/* unit_dictcache: the dictionary cache's decoder never trusts its file
 * (src/dict/cache.c).  A cache of dict/ decodes to a dictionary that codes
 * as the text-loaded one; every truncation is rejected; and bytes altered
 * all over the file, with the checksum made right again so that the checks
 * behind it are reached, give either a rejection or a dictionary that
 * codes without reading out of bounds (run under ASan by `make asan`). */
#include "check.h"
#include "dyad.h"
#include "dict/dict.h"
#include <stdlib.h>

static const char *text_de =
    "BERLIN (dpa) – Bundeskanzlerin Angela Merkel hat am Dienstag Präsident "
    "Wladimir Putin in Berlin getroffen. Die Regierung in Paris kritisierte "
    "Moskau scharf. Die Polizei nahm in Kiew Dutzende Demonstranten fest.";
static const char *text_en =
    "The president of France met Chinese officials in Beijing on Monday. "
    "Rebels attacked a convoy near Goma, the army said.";

/* The events of TEXT coded with D, as one string (code, actors, rule). */
static void code_sig(const dy_dict *d, const char *text, const char *lang, char *out, size_t cap)
{
    dy_article a = {.id = "t", .date = "2021-03-04", .lang = lang, .text = text,
                    .text_len = strlen(text)};
    dy_error err;
    dy_result *r = dy_code(d, &a, NULL, &err);
    size_t k = (size_t)snprintf(out, cap, "%s:", r ? "ok" : "err");
    for (size_t i = 0; r && i < dy_result_count(r) && k < cap; i++) {
        const dy_event *e = dy_result_event(r, i);
        k += (size_t)snprintf(out + k, cap - k, " %s/%s/%s/%s/%s", e->code, e->source,
                              e->target, e->rule ? e->rule : "-", e->location.place ? e->location.place : "-");
    }
    dy_result_free(r);
}

/* Every index a decoded dictionary holds is within bounds (the decoder's
 * promise; a broken check shows here even where coding does not reach). */
static int walk(const dy_dict *d)
{
    int bad = 0;
    for (size_t i = 0; i < d->tok_pool.n; i++) {
        uint32_t id = DY_AT(d->tok_pool, uint32_t, i);
        bad += !id || id > d->nids;
    }
    for (size_t i = 0; i < d->phrases.n; i++) {
        const dy_phrase *p = &DY_AT(d->phrases, dy_phrase, i);
        size_t lim = p->kind == PK_ROLE ? d->roles.n : p->kind == PK_PERSON ? d->people.n
                   : p->kind == PK_VERB || p->kind == PK_NOUN ? d->preds.n
                   : p->kind == PK_DISCARD ? 2 : d->actors.n;
        bad += p->ref >= lim || (size_t)p->tok + p->ntok > d->tok_pool.n || !p->ntok;
    }
    for (uint32_t id = 1; id <= d->nids; id++)
        bad += d->first_start[id] > d->first_start[id + 1] ||
               d->first_start[id + 1] > d->phrases.n;
    for (size_t i = 0; i < d->people.n; i++) {
        const dy_person *p = &DY_AT(d->people, dy_person, i);
        bad += (size_t)p->first_office + p->n_office > d->offices.n;
    }
    for (size_t i = 0; i < d->pats.n; i++) {
        const dy_pat *p = &DY_AT(d->pats, dy_pat, i);
        bad += p->verb >= d->preds.n || p->pred >= d->preds.n ||
               (size_t)p->el + p->nel > d->pat_el.n;
    }
    for (size_t i = 0; i < d->pat_el.n; i++)
        bad += DY_AT(d->pat_el, dy_pel, i).id > d->nids;
    for (size_t i = 0; i < d->words.n; i++)
        bad += strlen(DY_AT(d->words, dy_word, i).s) != DY_AT(d->words, dy_word, i).n;
    return bad;
}

/* The sections of an encoded cache (its layout: an 80-byte header, then
 * tag, record size, count, records, padded to 8). */
typedef struct sect { uint32_t tag, esize; uint64_t count; size_t at; } sect;
static int sections(const char *b, size_t len, sect *out, int max)
{
    size_t p = 80;
    int n = 0;
    while (p + 16 <= len && n < max) {
        sect s;
        memcpy(&s.tag, b + p, 4);
        memcpy(&s.esize, b + p + 4, 4);
        memcpy(&s.count, b + p + 8, 8);
        s.at = p + 16;
        out[n++] = s;
        p = s.at + s.esize * s.count;
        p = (p + 7) & ~(size_t)7;
    }
    return n;
}

static uint64_t rng = 88172645463325252ull;
static uint64_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : "dict";
    dy_error err;
    dy_dict *d = dy_dict_load_text(dir, &err);
    CHECK(d != NULL);
    if (!d)
        return CHECK_DONE("unit_dictcache");
    bool oom;
    CHECK(dy_dict_geo(d, &oom) != NULL); /* the gazetteer goes in too */
    uint8_t key[DY_DCACHE_KEY], other[DY_DCACHE_KEY];
    for (int i = 0; i < DY_DCACHE_KEY; i++) {
        key[i] = (uint8_t)(i * 7 + 1);
        other[i] = key[i];
    }
    other[40] ^= 1;
    dy_buf b = {0};
    CHECK(dy_dcache_encode(d, key, &b));
    CHECK(b.len > 1000);
    char want_de[8192], want_en[8192], got[8192];
    code_sig(d, text_de, "de", want_de, sizeof want_de);
    code_sig(d, text_en, "en", want_en, sizeof want_en);
    CHECK(strstr(want_de, " 040/") != NULL);

    /* the whole cache: the same dictionary */
    const char *why = NULL;
    dy_dict *c = dy_dcache_decode(b.data, b.len, key, dir, &why);
    CHECK(c != NULL);
    if (c) {
        CHECK(walk(c) == 0);
        dy_dict_stats s1, s2;
        dy_dict_get_stats(d, &s1);
        dy_dict_get_stats(c, &s2);
        CHECK(!memcmp(&s1, &s2, sizeof s1));
        code_sig(c, text_de, "de", got, sizeof got);
        CHECK_STR(got, want_de);
        code_sig(c, text_en, "en", got, sizeof got);
        CHECK_STR(got, want_en);
        /* encoding the decoded dictionary gives the same bytes */
        dy_buf b2 = {0};
        CHECK(dy_dcache_encode(c, key, &b2));
        CHECK(b2.len == b.len && !memcmp(b2.data, b.data, b.len));
        dy_buf_free(&b2);
        dy_dict_free(c);
    }
    /* another key: stale */
    c = dy_dcache_decode(b.data, b.len, other, dir, &why);
    CHECK(c == NULL && why && strstr(why, "stale"));
    dy_dict_free(c);

    /* truncated anywhere: rejected, also with the checksum made right */
    char *m = malloc(b.len);
    CHECK(m != NULL);
    if (!m)
        return CHECK_DONE("unit_dictcache");
    size_t rejected = 0, tries = 0, decoded = 0;
    for (size_t n = 0; n < b.len; n += n < 256 ? 1 : 1 + next() % 40000) {
        for (int seal = 0; seal < 2; seal++) {
            memcpy(m, b.data, n);
            if (seal)
                dy_dcache_seal(m, n);
            c = dy_dcache_decode(m, n, key, dir, &why);
            tries++;
            rejected += c == NULL && why != NULL;
            dy_dict_free(c);
        }
    }
    CHECK(rejected == tries);
    printf("unit_dictcache: %zu truncations rejected\n", rejected);

    /* one to four bytes altered, the checksum made right: rejected, or a
     * dictionary that codes (ASan: within bounds, no leak) */
    size_t mut = 0;
    rejected = 0;
    for (int round = 0; round < 600; round++) {
        memcpy(m, b.data, b.len);
        int k = 1 + (int)(next() % 4);
        for (int j = 0; j < k; j++) {
            size_t at = round < 300 ? 72 + next() % 600000 : (size_t)(next() % b.len);
            if (at >= b.len)
                at = b.len - 1;
            m[at] = (char)(next() % 4 == 0 ? 0xFF : m[at] ^ (1u << (next() % 8)));
        }
        dy_dcache_seal(m, b.len);
        c = dy_dcache_decode(m, b.len, key, dir, &why);
        mut++;
        if (!c) {
            rejected++;
            CHECK(why != NULL);
            continue;
        }
        decoded++;
        code_sig(c, text_de, "de", got, sizeof got);
        code_sig(c, text_en, "en", got, sizeof got);
        dy_dict_free(c);
    }
    CHECK(mut == 600);
    CHECK(rejected > 0);
    printf("unit_dictcache: %zu alterations: %zu rejected, %zu decoded and coded\n", mut,
           rejected, decoded);

    /* a field of a record of each section set to a hostile number (an
     * index past the end, 0, all ones), resealed: rejected, or decoded
     * with every index in bounds */
    sect sec[32];
    int ns = sections(b.data, b.len, sec, 32);
    CHECK(ns >= 17);
    size_t hostile = 0, walked = 0;
    for (int i = 0; i < ns; i++) {
        if (!sec[i].count || sec[i].esize < 4 || sec[i].esize == 1)
            continue;
        for (int round = 0; round < 40; round++) {
            memcpy(m, b.data, b.len);
            size_t rec = (size_t)(next() % sec[i].count);
            size_t field = (size_t)(next() % (sec[i].esize / 4)) * 4;
            uint32_t vals[] = {0, 1, 0xFFFFFFFFu, 0x7FFFFFFFu, (uint32_t)sec[i].count,
                               (uint32_t)sec[i].count + 1, (uint32_t)next()};
            uint32_t v = vals[next() % 7];
            memcpy(m + sec[i].at + rec * sec[i].esize + field, &v, 4);
            dy_dcache_seal(m, b.len);
            c = dy_dcache_decode(m, b.len, key, dir, &why);
            hostile++;
            if (c) {
                CHECK(walk(c) == 0);
                walked++;
                dy_dict_free(c);
            }
        }
    }
    CHECK(hostile > 400);
    printf("unit_dictcache: %zu hostile fields: %zu decoded (all in bounds)\n", hostile, walked);
    /* not a cache at all */
    memset(m, 'x', b.len);
    c = dy_dcache_decode(m, b.len, key, dir, &why);
    CHECK(c == NULL && why != NULL);
    free(m);
    dy_buf_free(&b);
    dy_dict_free(d);
    return CHECK_DONE("unit_dictcache");
}
