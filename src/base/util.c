/* util.c: allocation choke point, buffers, arena, vectors, hash map. */
#include "base/internal.h"
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <math.h>

/* ------------------------------------------------------------ allocation */

static long fail_countdown; /* 0: off; else the allocation that fails */

void dy_fail_alloc_after(long n) { fail_countdown = n; }

static bool should_fail(void)
{
    if (fail_countdown <= 0)
        return false;
    return --fail_countdown == 0;
}

void *dy_malloc(size_t n)
{
    if (should_fail())
        return NULL;
    return malloc(n ? n : 1);
}

void *dy_calloc(size_t n, size_t size)
{
    if (should_fail())
        return NULL;
    return calloc(n ? n : 1, size ? size : 1);
}

void *dy_realloc(void *p, size_t n)
{
    if (should_fail())
        return NULL;
    return realloc(p, n ? n : 1);
}

char *dy_strndup(const char *s, size_t n)
{
    char *p = dy_malloc(n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

void dy_free(void *p) { free(p); }

const char *dy_strerror(dy_status st)
{
    switch (st) {
    case DY_OK: return "success";
    case DY_ENOMEM: return "out of memory";
    case DY_EIO: return "input/output error";
    case DY_ESYNTAX: return "syntax error";
    case DY_EINPUT: return "unusable input";
    case DY_ELANG: return "unsupported language";
    case DY_EDB: return "store error";
    }
    return "unknown error";
}

void dy_seterr(dy_error *e, dy_status st, const char *file, long line,
               const char *fmt, ...)
{
    if (!e)
        return;
    e->status = st;
    e->line = line;
    snprintf(e->file, sizeof e->file, "%s", file ? file : "");
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
}

/* ---------------------------------------------------------------- buffer */

static bool buf_grow(dy_buf *b, size_t extra)
{
    if (b->oom)
        return false;
    if (b->len + extra + 1 <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra + 1) {
        if (cap > SIZE_MAX / 2) {
            b->oom = true;
            return false;
        }
        cap *= 2;
    }
    char *p = dy_realloc(b->data, cap);
    if (!p) {
        b->oom = true;
        return false;
    }
    b->data = p;
    b->cap = cap;
    return true;
}

void dy_buf_add_grow(dy_buf *b, const char *s, size_t n)
{
    if (!buf_grow(b, n))
        return;
    if (n) /* S may be NULL when N is 0: memcpy may not be given NULL */
        memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}

void dy_buf_puts(dy_buf *b, const char *s) { dy_buf_add(b, s, strlen(s)); }
void dy_buf_putc_grow(dy_buf *b, char c) { dy_buf_add(b, &c, 1); }

void dy_buf_reserve(dy_buf *b, size_t n) { (void)buf_grow(b, n); }

void dy_buf_putfixed(dy_buf *b, double v, int dec)
{
    static const double scale[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6};
    if (dec < 0 || dec > 6 || !(v > -1e12 && v < 1e12)) {
        dy_buf_printf(b, "%.*f", dec < 0 ? 0 : dec, v);
        return;
    }
    bool neg = signbit(v);
    double x = neg ? -v : v;
    double s = x * scale[dec];
    double fl = floor(s);
    /* the scaled value is off the exact one by far less than 1e-6 here, so
     * it rounds as printf's exact decimal does unless it is that close to
     * a tie */
    if (s - fl > 0.5 - 1e-6 && s - fl < 0.5 + 1e-6) {
        dy_buf_printf(b, "%.*f", dec, v);
        return;
    }
    unsigned long long r = (unsigned long long)(s - fl > 0.5 ? fl + 1 : fl);
    if (neg && r == 0) { /* printf writes "-0.0" */
        dy_buf_printf(b, "%.*f", dec, v);
        return;
    }
    unsigned long long p = (unsigned long long)scale[dec];
    if (neg)
        dy_buf_putc(b, '-');
    dy_buf_putint(b, (long long)(r / p));
    if (dec) {
        char d[8];
        unsigned long long f = r % p;
        for (int i = dec - 1; i >= 0; i--) {
            d[i] = (char)('0' + f % 10);
            f /= 10;
        }
        dy_buf_putc(b, '.');
        dy_buf_add(b, d, (size_t)dec);
    }
}

void dy_buf_putint(dy_buf *b, long long v)
{
    char d[24];
    size_t i = sizeof d;
    /* the magnitude as unsigned: -LLONG_MIN does not fit a long long */
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    do {
        d[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        d[--i] = '-';
    dy_buf_add(b, d + i, sizeof d - i);
}

void dy_buf_printf(dy_buf *b, const char *fmt, ...)
{
    /* format once into the free space; only a too-small buffer formats
     * again after growing */
    if (!buf_grow(b, 64))
        return;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(b->data + b->len, b->cap - b->len, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n >= b->cap - b->len) {
        if (!buf_grow(b, (size_t)n))
            return;
        va_start(ap, fmt);
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    b->len += (size_t)n;
}

void dy_buf_free(dy_buf *b)
{
    dy_free(b->data);
    memset(b, 0, sizeof *b);
}

/* ----------------------------------------------------------------- arena */

struct dy_arena_block {
    dy_arena_block *next;
    size_t used, cap;
    max_align_t data[];
};

void *dy_arena_alloc(dy_arena *a, size_t n)
{
    void *p = dy_arena_alloc_raw(a, n);
    if (p)
        memset(p, 0, n ? (n + 7) & ~(size_t)7 : 8);
    return p;
}

void *dy_arena_alloc_raw(dy_arena *a, size_t n)
{
    n = (n + 7) & ~(size_t)7;
    if (!n)
        n = 8;
    dy_arena_block *b = a->head;
    if (!b || b->cap - b->used < n) {
        size_t cap = n > 65536 ? n : 65536;
        b = dy_malloc(sizeof *b + cap);
        if (!b) {
            a->oom = true;
            return NULL;
        }
        b->cap = cap;
        b->used = 0;
        b->next = a->head;
        a->head = b;
    }
    char *p = (char *)b->data + b->used;
    b->used += n;
    return p;
}

char *dy_arena_strndup(dy_arena *a, const char *s, size_t n)
{
    char *p = dy_arena_alloc_raw(a, n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

void dy_arena_free(dy_arena *a)
{
    dy_arena_block *b = a->head;
    while (b) {
        dy_arena_block *next = b->next;
        dy_free(b);
        b = next;
    }
    a->head = NULL;
}

/* ---------------------------------------------------------------- vector */

void *dy_vec_push(dy_vec *v)
{
    if (v->n == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 16;
        void *p = dy_realloc(v->items, cap * v->size);
        if (!p)
            return NULL;
        v->items = p;
        v->cap = cap;
    }
    void *slot = (char *)v->items + v->n * v->size;
    memset(slot, 0, v->size);
    v->n++;
    return slot;
}

void dy_vec_free(dy_vec *v)
{
    dy_free(v->items);
    v->items = NULL;
    v->n = v->cap = 0;
}

/* -------------------------------------------------------------- hash map */

struct dy_map_slot {
    char *key;
    uint32_t klen, val;
    uint64_t hash;
};

uint64_t dy_hash(const char *s, size_t n)
{
    /* FNV-1a, 64 bit: keys are short words; good enough and seed-free. */
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

uint32_t dy_map_get(const dy_map *m, const char *k, size_t n)
{
    return dy_map_get_h(m, k, n, dy_hash(k, n));
}

uint32_t dy_map_get_h(const dy_map *m, const char *k, size_t n, uint64_t h)
{
    if (!m->cap)
        return UINT32_MAX;
    size_t mask = m->cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        struct dy_map_slot *s = &m->slots[i];
        if (!s->key)
            return UINT32_MAX;
        if (s->hash == h && s->klen == n && !memcmp(s->key, k, n))
            return s->val;
    }
}

static bool map_insert(struct dy_map_slot *slots, size_t cap,
                       struct dy_map_slot *in)
{
    size_t mask = cap - 1;
    for (size_t i = in->hash & mask;; i = (i + 1) & mask) {
        if (!slots[i].key) {
            slots[i] = *in;
            return true;
        }
    }
}

static bool map_grow(dy_map *m, size_t cap)
{
    struct dy_map_slot *s = dy_calloc(cap, sizeof *s);
    if (!s)
        return false;
    for (size_t i = 0; i < m->cap; i++)
        if (m->slots[i].key)
            map_insert(s, cap, &m->slots[i]);
    dy_free(m->slots);
    m->slots = s;
    m->cap = cap;
    return true;
}

bool dy_map_reserve(dy_map *m, size_t n)
{
    size_t cap = m->cap ? m->cap : 64;
    while (n * 2 > cap) {
        if (cap > SIZE_MAX / 4)
            return false;
        cap *= 2;
    }
    return cap == m->cap || map_grow(m, cap);
}

bool dy_map_put(dy_map *m, const char *k, size_t n, uint32_t v)
{
    if (n > UINT32_MAX)
        return false;
    if ((m->n + 1) * 2 > m->cap && !map_grow(m, m->cap ? m->cap * 2 : 64))
        return false;
    uint64_t h = dy_hash(k, n);
    size_t mask = m->cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        struct dy_map_slot *s = &m->slots[i];
        if (!s->key) {
            s->key = m->borrow ? (char *)(uintptr_t)k : dy_strndup(k, n);
            if (!s->key)
                return false;
            s->klen = (uint32_t)n;
            s->hash = h;
            s->val = v;
            m->n++;
            return true;
        }
        if (s->hash == h && s->klen == n && !memcmp(s->key, k, n)) {
            s->val = v;
            return true;
        }
    }
}

void dy_map_free(dy_map *m)
{
    if (!m->borrow)
        for (size_t i = 0; i < m->cap; i++)
            dy_free(m->slots[i].key);
    dy_free(m->slots);
    bool borrow = m->borrow;
    memset(m, 0, sizeof *m);
    m->borrow = borrow;
}
