/* internal.h: structures shared by the library's modules.  Not installed. */
#ifndef DY_INTERNAL_H
#define DY_INTERNAL_H

#include "dyad.h"
#include <stdbool.h>
#include <stdarg.h>
#include <string.h>
#include <stdint.h>

/* ------------------------------------------------------------ allocation */
/* The one allocation choke point.  Every allocation in the library goes
 * through these, so that tests can make the Nth one fail (dy_fail_alloc_after).
 * Policy: the library returns DY_ENOMEM; only the CLI exits. */
void *dy_malloc(size_t n);
void *dy_calloc(size_t n, size_t size);
void *dy_realloc(void *p, size_t n);
char *dy_strndup(const char *s, size_t n);
void dy_free(void *p);

/* Growable byte buffer. */
typedef struct dy_buf {
    char *data;
    size_t len, cap;
    bool oom;          /* sticky: set once an append failed */
} dy_buf;
void dy_buf_add_grow(dy_buf *b, const char *s, size_t n);
/* N bytes of S: in place when they fit (inline), else by growing. */
static inline void dy_buf_add(dy_buf *b, const char *s, size_t n)
{
    if (n && b->len + n + 1 <= b->cap && !b->oom) {
        memcpy(b->data + b->len, s, n);
        b->len += n;
        b->data[b->len] = 0;
    } else {
        dy_buf_add_grow(b, s, n);
    }
}
void dy_buf_puts(dy_buf *b, const char *s);
void dy_buf_putc_grow(dy_buf *b, char c);
/* One byte: in place when it fits (the common case, inline), else by
 * growing. */
static inline void dy_buf_putc(dy_buf *b, char c)
{
    if (b->len + 2 <= b->cap && !b->oom) {
        b->data[b->len++] = c;
        b->data[b->len] = 0;
    } else {
        dy_buf_putc_grow(b, c);
    }
}
/* A string literal, its length known at compile time. */
#define DY_BUF_LIT(b, lit) dy_buf_add((b), "" lit, sizeof(lit) - 1)
/* Room for N more bytes at once: one allocation for a record whose size is
 * about known, not one per doubling. */
void dy_buf_reserve(dy_buf *b, size_t n);
/* Appends at most MAX bytes of the string S to the string of N bytes at
 * DST (a buffer of CAP > 0 bytes), keeping it NUL-terminated and cutting
 * what does not fit; returns its new length.  snprintf("%s%.3s", ...)
 * without printf's cost, for keys and codes built per event. */
static inline size_t dy_scat(char *dst, size_t cap, size_t n, const char *s, size_t max)
{
    size_t k = 0;
    while (k < max && s[k] && n + k + 1 < cap) {
        dst[n + k] = s[k];
        k++;
    }
    dst[n + k] = 0;
    return n + k;
}
/* The end of the run of bytes from I (before N) that a JSON string holds
 * as they are: no quote, backslash or control byte.  Eight bytes at a
 * time (the bit tricks find a zero byte of the word XOR '"' or '\\', or a
 * byte below 0x20, exactly), then byte by byte; the JSON reader and
 * writer share it. */
static inline size_t dy_json_plain_end(const char *s, size_t i, size_t n)
{
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    while (i + 8 <= n) {
        uint64_t w, q, bs;
        memcpy(&w, s + i, 8);
        q = w ^ (ones * '"');
        bs = w ^ (ones * '\\');
        if (((w - ones * 0x20) & ~w & highs) | ((q - ones) & ~q & highs) | ((bs - ones) & ~bs & highs))
            break;
        i += 8;
    }
    while (i < n && (unsigned char)s[i] >= 0x20 && s[i] != '"' && s[i] != '\\')
        i++;
    return i;
}
/* V in decimal (as printf's %lld), without printf's cost. */
void dy_buf_putint(dy_buf *b, long long v);
/* V with DEC (0..6) decimals, byte for byte as printf's "%.*f" (a value
 * near a rounding tie, a negative zero, NaN and the infinities are left to
 * printf), without printf's cost. */
void dy_buf_putfixed(dy_buf *b, double v, int dec);
void dy_buf_printf(dy_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void dy_buf_free(dy_buf *b);

/* Arena: many small allocations freed at once (one per document). */
typedef struct dy_arena_block dy_arena_block;
typedef struct dy_arena {
    dy_arena_block *head;
    bool oom;
} dy_arena;
void *dy_arena_alloc(dy_arena *a, size_t n);   /* zeroed, 8-aligned; NULL on OOM */
void *dy_arena_alloc_raw(dy_arena *a, size_t n); /* the same, not zeroed */
char *dy_arena_strndup(dy_arena *a, const char *s, size_t n);
void dy_arena_free(dy_arena *a);

/* Growable vector of fixed-size items. */
typedef struct dy_vec {
    void *items;
    size_t n, cap, size;
} dy_vec;
void *dy_vec_push(dy_vec *v);       /* zeroed new slot; NULL on OOM */
void dy_vec_free(dy_vec *v);
#define DY_VEC(T) { NULL, 0, 0, sizeof(T) }
#define DY_AT(v, T, i) (((T *)(v).items)[i])

/* String -> uint32 hash map.  Keys are copied, unless BORROW is set: then
 * the map keeps the caller's pointers, which must outlive it (the words of
 * a dictionary's arena: tens of thousands of copies spared at start-up). */
typedef struct dy_map {
    struct dy_map_slot *slots;
    size_t n, cap;
    bool borrow;
} dy_map;
/* Room for N keys in all, so that the inserts do not grow the table;
 * false on OOM. */
bool dy_map_reserve(dy_map *m, size_t n);
/* Returns the value, or UINT32_MAX when absent. */
uint32_t dy_map_get(const dy_map *m, const char *k, size_t n);
/* The same with the key's dy_hash given: one hash for several maps. */
uint32_t dy_map_get_h(const dy_map *m, const char *k, size_t n, uint64_t h);
/* Inserts or overwrites; returns false on OOM. */
bool dy_map_put(dy_map *m, const char *k, size_t n, uint32_t v);
void dy_map_free(dy_map *m);
uint64_t dy_hash(const char *s, size_t n);

void dy_seterr(dy_error *e, dy_status st, const char *file, long line,
               const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* ------------------------------------------------------------------ text */
enum {
    TK_WORD = 1, TK_NUM, TK_PUNCT, TK_QUOTE, TK_HYPHEN, TK_SLASH
};
enum {
    TF_CAP = 1,         /* first letter upper case */
    TF_ALLCAPS = 2,     /* every letter upper case, 2+ letters */
    TF_SPACE = 4,       /* preceded by white space */
    TF_NEWPARA = 8,     /* preceded by a blank line */
    TF_QOPEN = 16,      /* an opening quotation mark */
    TF_QCLOSE = 32,     /* a closing quotation mark */
    TF_DATELINE = 64    /* part of a dateline ("BERLIN (dpa) –") */
};

typedef struct dy_tok {
    uint32_t off, len;   /* bytes in the document text */
    uint32_t id;         /* interned folded form; 0 = not in any dictionary */
    uint8_t type, flags;
    const char *fold;    /* NFC + case-folded form, NUL-terminated (arena) */
    uint32_t flen;
} dy_tok;

/* Is S valid UTF-8 without NUL bytes? */
bool dy_utf8_valid(const char *s, size_t len);
/* Tokenises TEXT into the arena; returns false on OOM or over the cap. */
bool dy_tokenize(const char *text, size_t len, dy_arena *ar, dy_vec *toks,
                 size_t max_tokens);
/* Folds S (NFC + case fold) into the arena. */
char *dy_fold(dy_arena *ar, const char *s, size_t n, uint32_t *outlen);
/* Marks a dateline at the start of the token list (TF_DATELINE). */
void dy_mark_dateline(const char *text, dy_tok *t, size_t n);
/* Sentence boundaries over tokens: fills SENTS with token index pairs. */
typedef struct dy_sent { uint32_t first, last; } dy_sent; /* [first, last) */
bool dy_split(const char *text, const dy_tok *t, size_t n, dy_vec *sents,
              size_t max_sentence_tokens);

#endif
