/* fuzz_common.h: shared by the libFuzzer harnesses in fuzz/.
 *
 * The harnesses check more than "no crash": every result the library hands
 * back must keep the promises of include/dyad.h (spans inside the text,
 * events deduplicated, no DY_ENOMEM when no allocation failed).  A broken
 * promise aborts with a message, which libFuzzer reports as a crash and
 * saves as a reproducer. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#ifndef FUZZ_COMMON_H
#define FUZZ_COMMON_H

#include "dyad.h"
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_ASSERT(cond, ...)                                                \
    do {                                                                      \
        if (!(cond)) {                                                        \
            /* to descriptor 2: fuzz_input points stderr elsewhere */  \
            dprintf(2, "%s:%d: broken promise: %s: ", __FILE__, __LINE__,     \
                    #cond);                                                   \
            dprintf(2, __VA_ARGS__);                                          \
            dprintf(2, "\n");                                                 \
            abort();                                                          \
        }                                                                     \
    } while (0)

/* The dictionary directory: $DYAD_DICT, else ./dict (make fuzz runs from
 * the top of the repository). */
static inline const char *fuzz_dict_dir(void)
{
    const char *d = getenv("DYAD_DICT");
    return d && *d ? d : "dict";
}

/* Loads the real dictionaries once; exits with a message if they do not
 * load (that is a set-up error, not a finding). */
static inline dy_dict *fuzz_load_dict(void)
{
    dy_error err;
    dy_dict *d = dy_dict_load(fuzz_dict_dir(), &err);
    if (!d) {
        fprintf(stderr, "fuzz: cannot load the dictionaries from %s: %s:%ld: %s\n",
                fuzz_dict_dir(), err.file, err.line, err.msg);
        exit(2);
    }
    return d;
}

/* A sink for the writers: /dev/null, opened once. */
static inline FILE *fuzz_null(void)
{
    static FILE *f;
    if (!f)
        f = fopen("/dev/null", "w");
    if (!f) {
        perror("fuzz: /dev/null");
        exit(2);
    }
    return f;
}

static inline int fuzz_is_date(const char *s)
{
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return 0;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return 0;
    return 1;
}

/* Whether S[0..N) is valid UTF-8 without NUL bytes, overlong forms or
 * surrogates (what dy_utf8_repair promises to return). */
static inline int fuzz_valid_utf8(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned char c = u[i];
        size_t k;
        uint32_t cp;
        if (c == 0)
            return 0;
        if (c < 0x80) {
            i++;
            continue;
        } else if (c >= 0xC2 && c < 0xE0) {
            k = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c < 0xF0) {
            k = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c < 0xF5) {
            k = 4;
            cp = c & 0x07;
        } else {
            return 0;
        }
        if (i + k > n)
            return 0;
        for (size_t j = 1; j < k; j++) {
            if ((u[i + j] & 0xC0) != 0x80)
                return 0;
            cp = cp << 6 | (u[i + j] & 0x3F);
        }
        if ((k == 3 && cp < 0x800) || (k == 4 && cp < 0x10000) || cp > 0x10FFFF ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        i += k;
    }
    return 1;
}

static inline int fuzz_span_ok(dy_span s, size_t len)
{
    return s.start <= s.end && s.end <= len;
}

/* Checks the promises of a result and writes it in every format (and its
 * explanation) to /dev/null, so that the writers run on every event. */
static inline void fuzz_check_result(const dy_result *r, const dy_article *a,
                                     dy_scale scale)
{
    size_t len = 0;
    const char *text = dy_result_text(r, &len);
    FUZZ_ASSERT(text != NULL, "no text");
    FUZZ_ASSERT(text[len] == 0, "text not NUL-terminated");
    FUZZ_ASSERT(fuzz_valid_utf8(text, len), "coded text is not valid UTF-8 (len %zu)", len);
    FUZZ_ASSERT((dy_result_invalid_utf8(r) == 0) == (len == a->text_len &&
                                                     !memcmp(text, a->text, len)),
                "repair count %zu does not match the text", dy_result_invalid_utf8(r));
    size_t n = dy_result_count(r);
    int last_sent = 0;
    for (size_t i = 0; i < n; i++) {
        const dy_event *e = dy_result_event(r, i);
        FUZZ_ASSERT(e != NULL, "event %zu missing", i);
        FUZZ_ASSERT(e->sent >= last_sent, "event %zu out of text order", i);
        last_sent = e->sent;
        FUZZ_ASSERT(fuzz_span_ok(e->evidence, len), "evidence [%u,%u) of %zu",
                    e->evidence.start, e->evidence.end, len);
        FUZZ_ASSERT(fuzz_span_ok(e->src_span, len), "source span [%u,%u) of %zu",
                    e->src_span.start, e->src_span.end, len);
        FUZZ_ASSERT(fuzz_span_ok(e->tgt_span, len), "target span [%u,%u) of %zu",
                    e->tgt_span.start, e->tgt_span.end, len);
        FUZZ_ASSERT(fuzz_span_ok(e->pred_span, len), "predicate span [%u,%u) of %zu",
                    e->pred_span.start, e->pred_span.end, len);
        FUZZ_ASSERT(memchr(e->source, 0, sizeof e->source) && e->source[0], "source code");
        FUZZ_ASSERT(memchr(e->target, 0, sizeof e->target) && e->target[0], "target code");
        FUZZ_ASSERT(strcmp(e->source, e->target), "source == target %s", e->source);
        FUZZ_ASSERT(memchr(e->code, 0, sizeof e->code) && e->code[0], "event code");
        FUZZ_ASSERT(fuzz_is_date(e->date), "event date '%.11s'", e->date);
        FUZZ_ASSERT(e->quad >= 0 && e->quad <= 4, "quad %d", e->quad);
        FUZZ_ASSERT(e->mood >= DY_MOOD_FACT && e->mood <= DY_MOOD_NEGATED, "mood %d",
                    (int)e->mood);
        FUZZ_ASSERT(e->source_name && e->target_name, "names");
        for (size_t j = 0; j < i; j++) {
            const dy_event *f = dy_result_event(r, j);
            FUZZ_ASSERT(strcmp(e->source, f->source) || strcmp(e->target, f->target) ||
                            strcmp(e->code, f->code),
                        "events %zu and %zu duplicate %s %s %s", j, i, e->source,
                        e->target, e->code);
        }
    }
    FILE *out = fuzz_null();
    static const dy_format fmts[] = {DY_FMT_JSONL, DY_FMT_TSV,    DY_FMT_GDELT,
                                     DY_FMT_CSV,   DY_FMT_ICEWS,  DY_FMT_PLOVER,
                                     DY_FMT_GDELT_MENTIONS};
    for (size_t k = 0; k < sizeof fmts / sizeof *fmts; k++) {
        dy_write_header(out, fmts[k]);
        for (size_t i = 0; i < n; i++)
            FUZZ_ASSERT(dy_write_event(out, fmts[k], a, r, dy_result_event(r, i), scale) == 0,
                        "dy_write_event failed on /dev/null");
    }
    FUZZ_ASSERT(dy_result_explain(r, out) == 0, "dy_result_explain failed on /dev/null");
    FUZZ_ASSERT(dy_result_event(r, n) == NULL, "event past the end");
}

#endif
