/* fuzz_text.c: UTF-8 repair, the tokenizer and the sentence splitter.
 *
 * Input: one option byte, then raw bytes.  Bits 0-5 of the option byte give
 * the sentence cap for dy_split (1 + bits, so 1..64); bit 6 picks the
 * language passed to dy_split_sentences ("de"/"en").
 *
 * Promises checked:
 *   dy_utf8_repair   valid UTF-8 out (no NUL, overlong, surrogate); one
 *                    U+FFFD (3 bytes) per bad byte; valid input unchanged;
 *                    repairing twice changes nothing
 *   dy_tokenize      tokens in order, not overlapping, inside the text, each
 *                    with a NUL-terminated fold of the stated length
 *   dy_split         sentences cover every token once, in order, none empty;
 *                    none longer than the cap except for closing quotes and
 *                    brackets glued to its final punctuation
 *   dy_split_sentences  on repaired text: never fails; the same sentences
 *                    as dy_tokenize + dy_split with the default cap of 400;
 *                    on the raw bytes, valid or not: never fails
 */
#include "fuzz_common.h"
#include "base/internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct spans {
    size_t n, cap;
    size_t (*s)[2];
    size_t len;
} spans;

static void collect(void *ctx, size_t start, size_t end)
{
    spans *sp = ctx;
    FUZZ_ASSERT(start < end && end <= sp->len, "sentence [%zu,%zu) of %zu", start, end, sp->len);
    FUZZ_ASSERT(sp->n == 0 || sp->s[sp->n - 1][1] <= start, "sentences overlap at %zu", start);
    if (sp->n == sp->cap) {
        sp->cap = sp->cap ? 2 * sp->cap : 16;
        sp->s = realloc(sp->s, sp->cap * sizeof *sp->s);
        FUZZ_ASSERT(sp->s != NULL, "out of memory in the harness");
    }
    sp->s[sp->n][0] = start;
    sp->s[sp->n][1] = end;
    sp->n++;
}

static bool is_closer(const char *text, const dy_tok *t)
{
    return (t->flags & TF_QCLOSE) || (t->len == 1 && text[t->off] == ')');
}

static void check_split(const char *text, const dy_tok *t, size_t n, size_t cap)
{
    dy_vec sents = DY_VEC(dy_sent);
    FUZZ_ASSERT(dy_split(text, t, n, &sents, cap), "dy_split failed");
    size_t next = 0;
    for (size_t i = 0; i < sents.n; i++) {
        const dy_sent *s = &DY_AT(sents, dy_sent, i);
        FUZZ_ASSERT(s->first == next, "sentence %zu starts at token %u, not %zu", i, s->first,
                    next);
        FUZZ_ASSERT(s->last > s->first && s->last <= n, "sentence %zu is [%u,%u) of %zu", i,
                    s->first, s->last, n);
        for (size_t k = s->first + cap; k < s->last; k++)
            FUZZ_ASSERT(is_closer(text, &t[k]),
                        "sentence %zu has %u tokens, over the cap of %zu (token %zu)", i,
                        s->last - s->first, cap, k);
        next = s->last;
    }
    FUZZ_ASSERT(next == n, "sentences end at token %zu of %zu", next, n);
    dy_vec_free(&sents);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    uint8_t opt = data[0];
    const char *raw = (const char *)data + 1;
    size_t len = size - 1;

    /* the public splitter on the raw bytes (invalid UTF-8 included): never
     * fails (tests/regress/split-invalid-utf8.c) */
    {
        spans raw_sp = {0, 0, NULL, len};
        long k = dy_split_sentences(raw, len, "de", collect, &raw_sp);
        FUZZ_ASSERT(k >= 0 && (size_t)k == raw_sp.n, "dy_split_sentences on raw bytes: %ld", k);
        free(raw_sp.s);
    }

    /* UTF-8 repair */
    size_t olen = 0, bad = 0;
    char *text = dy_utf8_repair(raw, len, &olen, &bad);
    FUZZ_ASSERT(text != NULL, "dy_utf8_repair failed");
    FUZZ_ASSERT(text[olen] == 0, "repair not NUL-terminated");
    FUZZ_ASSERT(olen == len + 2 * bad, "repair length %zu for %zu bytes, %zu bad", olen, len,
                bad);
    FUZZ_ASSERT(fuzz_valid_utf8(text, olen), "repair output is not valid UTF-8");
    FUZZ_ASSERT(bad || !memcmp(text, raw, len), "valid input changed");
    FUZZ_ASSERT(bad || fuzz_valid_utf8(raw, len), "invalid input not repaired");
    size_t len2 = 0, bad2 = 1;
    char *again = dy_utf8_repair(text, olen, &len2, &bad2);
    FUZZ_ASSERT(again && bad2 == 0 && len2 == olen && !memcmp(again, text, olen),
                "repair is not idempotent");
    free(again);

    /* tokens */
    dy_arena ar = {0};
    dy_vec toks = DY_VEC(dy_tok);
    FUZZ_ASSERT(dy_tokenize(text, olen, &ar, &toks, SIZE_MAX), "dy_tokenize failed on %zu bytes",
                olen);
    dy_tok *t = toks.items;
    size_t n = toks.n;
    for (size_t i = 0; i < n; i++) {
        FUZZ_ASSERT(t[i].len > 0 && (size_t)t[i].off + t[i].len <= olen, "token %zu [%u+%u]", i,
                    t[i].off, t[i].len);
        FUZZ_ASSERT(i == 0 || t[i - 1].off + t[i - 1].len <= t[i].off, "token %zu overlaps", i);
        FUZZ_ASSERT(t[i].fold && strlen(t[i].fold) == t[i].flen, "token %zu fold", i);
        FUZZ_ASSERT(t[i].type >= TK_WORD && t[i].type <= TK_SLASH, "token %zu type %d", i,
                    t[i].type);
    }
    dy_mark_dateline(text, t, n);
    for (size_t i = 1; i < n; i++)
        FUZZ_ASSERT(!(t[i].flags & TF_DATELINE) || (t[i - 1].flags & TF_DATELINE),
                    "dateline not at the start (token %zu)", i);
    /* a token cap below the count refuses */
    if (n > 0) {
        dy_arena ar2 = {0};
        dy_vec t2 = DY_VEC(dy_tok);
        FUZZ_ASSERT(!dy_tokenize(text, olen, &ar2, &t2, n - 1) && t2.n == n - 1 && !ar2.oom,
                    "token cap %zu not kept", n - 1);
        dy_vec_free(&t2);
        dy_arena_free(&ar2);
    }

    /* sentences, with a small cap and the default one */
    check_split(text, t, n, 1 + (opt & 63));
    check_split(text, t, n, 400);

    /* the public splitter agrees with tokens + dy_split at 400 */
    spans sp = {0, 0, NULL, olen};
    long k = dy_split_sentences(text, olen, (opt & 64) ? "en" : "de", collect, &sp);
    FUZZ_ASSERT(k >= 0 && (size_t)k == sp.n, "dy_split_sentences returned %ld for %zu spans", k,
                sp.n);
    dy_vec sents = DY_VEC(dy_sent);
    FUZZ_ASSERT(dy_split(text, t, n, &sents, 400), "dy_split failed");
    FUZZ_ASSERT(sents.n == sp.n, "%zu sentences vs %zu", sents.n, sp.n);
    for (size_t i = 0; i < sents.n; i++) {
        const dy_sent *s = &DY_AT(sents, dy_sent, i);
        FUZZ_ASSERT(sp.s[i][0] == t[s->first].off &&
                        sp.s[i][1] == (size_t)t[s->last - 1].off + t[s->last - 1].len,
                    "sentence %zu span differs", i);
    }
    free(sp.s);
    dy_vec_free(&sents);
    dy_vec_free(&toks);
    dy_arena_free(&ar);
    free(text);
    return 0;
}
