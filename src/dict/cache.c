/* cache.c: the dictionary cache (issue 11.7, docs/dictionaries.md).
 *
 * dy_dict_load compiles a dictionary folder once and keeps the result in a
 * binary file; later loads read that file instead of the text.  The file
 * is used only when its key matches:
 *
 *   - the build: the ELF build id of the object that holds this code (the
 *     loader, the tokenizer and the morphology that made the forms); no
 *     build id, no cache;
 *   - the sources: the folder as named (it is part of every rule field),
 *     and the name, size and content of every *.txt file the loader may
 *     read (the .txt files of DIR and of its folders de, en, gen, geo,
 *     orgs and people: the gazetteer is in the cache too).
 *
 * Where: $DYAD_CACHE (a directory; "off" turns the cache off), else
 * $XDG_CACHE_HOME/dyad, else $HOME/.cache/dyad; one file per folder,
 * dict-HASH.bin, HASH from the folder's real path and its name.  A file is
 * written to a temporary name and renamed into place, so two processes
 * building at once each leave a whole file.  A cache that is truncated,
 * corrupt, of another build or another format is rebuilt; one that cannot
 * be written is skipped: dyad works without it.  DYAD_CACHE_TRACE=1 says
 * on stderr what the cache did (hit, miss and why, written, not written).
 *
 * Format (native byte order, checked): a header (magic, version, byte order
 * mark, the key, the payload's length and checksum), then sections (tag,
 * record size, count, records, padded to 8 bytes), strings last.  Strings
 * are offsets into the string section; every offset and index is checked
 * before it is used, so a file that passes the checksum by chance still
 * cannot make dyad read out of bounds. */
#define _GNU_SOURCE /* dl_iterate_phdr */
#include "dict/dict.h"
#include "geo/geo.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <link.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAGIC "DYADDICT"
#define FORMAT 3u /* 2: dy_phrase.gcase, strong verbs of every language; 3: future stems */
#define BOM 0x01020304u

enum { S_SCAL = 1, S_INTERN, S_POOL, S_PHRASE, S_FIRST, S_ACTOR, S_PERSON, S_OFFICE,
       S_ROLE, S_PRED, S_PAT, S_PEL, S_CODE, S_CNAME, S_STRONG, S_GEO, S_STR, S_END };

typedef struct c_hdr {
    char magic[8];
    uint32_t format, bom;
    uint8_t key[DY_DCACHE_KEY];
    uint64_t len, sum; /* of the payload after the header */
} c_hdr;

typedef struct c_actor { char code[16]; uint32_t rule; } c_actor;
typedef struct c_person {
    char dflt[16];
    uint32_t name, rule, first_office, n_office;
} c_person;
typedef struct c_office { char code[16]; int32_t from, to; } c_office;
typedef struct c_pred {
    char code[6], intent[6];
    uint32_t slots[MAX_SLOTS];
    uint8_t nslots, pad;
    uint16_t flags;
    uint32_t particle, lemma, rule;
} c_pred;
typedef struct c_pel { uint32_t id, w, wlen; uint8_t flags, skip, pad[2]; } c_pel;
typedef struct c_pat {
    uint32_t verb, pred, el, order;
    uint8_t nel, nwords, comp, pad;
} c_pat;
typedef struct c_phrase {
    uint32_t tok;
    uint8_t ntok, kind, vform, vtense, lang, caps, gcase, pad;
    uint32_t ref;
} c_phrase;
typedef struct c_code {
    char code[6], pad[2];
    float g[3];
    int8_t quad[3], pad2;
    uint32_t label, plover[3];
} c_code;
typedef struct c_cname { char code[4]; uint32_t name; } c_cname;
typedef struct c_strong { uint32_t lang, inf, pres, past, part, fut; } c_strong;
typedef struct c_key { uint32_t off, len; } c_key;
enum { SC_NIDS, SC_DISCARDS, SC_VERBS, SC_NOUNS, SC_VERB_FORMS, SC_COUNTRIES,
       SC_ACTOR_FORMS, SC_N };

#define NONE UINT32_MAX /* a NULL string */
static const char OOM_WHY[] = "out of memory";

/* ------------------------------------------------------------ hashing */

static uint64_t hmix(uint64_t h, const void *p, size_t n)
{
    const unsigned char *s = p;
    const uint64_t K = 0x9E3779B97F4A7C15ull;
    /* four independent lanes over 32-byte blocks (the cache's payload and
     * the dictionary sources, megabytes at every start), folded together:
     * a quarter of the dependent multiplications of one lane */
    if (n >= 64) {
        uint64_t a = h ^ (uint64_t)n, b = h ^ 0x5851F42D4C957F2Dull, c = h ^ 0x14057B7EF767814Full,
                 d = h ^ 0xD1B54A32D192ED03ull;
        while (n >= 32) {
            uint64_t w[4];
            memcpy(w, s, 32);
            a = (a ^ w[0]) * K;
            b = (b ^ w[1]) * K;
            c = (c ^ w[2]) * K;
            d = (d ^ w[3]) * K;
            a ^= a >> 29;
            b ^= b >> 29;
            c ^= c >> 29;
            d ^= d >> 29;
            s += 32;
            n -= 32;
        }
        h = ((a * K ^ b) * K ^ c) * K ^ d;
    }
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, s, 8);
        h = (h ^ w) * K;
        h ^= h >> 29;
        s += 8;
        n -= 8;
    }
    uint64_t w = 0;
    memcpy(&w, s, n);
    h = (h ^ w ^ ((uint64_t)n << 56)) * K;
    h ^= h >> 31;
    return h;
}

static uint64_t checksum(const void *p, size_t n) { return hmix(0x243F6A8885A308D3ull, p, n); }

/* -------------------------------------------------------------- writing */

typedef struct enc {
    dy_buf *out;
    dy_buf str;   /* the string section */
    dy_map seen;  /* string pointer (its bytes) -> offset */
} enc;

static uint32_t str_off(enc *e, const char *s)
{
    if (!s)
        return NONE;
    uint32_t o = dy_map_get(&e->seen, (const char *)&s, sizeof s);
    if (o != UINT32_MAX)
        return o;
    if (e->str.len >= UINT32_MAX - 1) {
        e->str.oom = true;
        return NONE;
    }
    o = (uint32_t)e->str.len;
    dy_buf_add(&e->str, s, strlen(s) + 1);
    if (!dy_map_put(&e->seen, (const char *)&s, sizeof s, o))
        e->str.oom = true;
    return o;
}

static void put(dy_buf *b, const void *p, size_t n) { dy_buf_add(b, p, n); }

static void pad8(dy_buf *b)
{
    static const char z[8] = {0};
    if (b->len % 8)
        dy_buf_add(b, z, 8 - b->len % 8);
}

static void section(dy_buf *b, uint32_t tag, uint32_t esize, uint64_t count)
{
    pad8(b);
    put(b, &tag, 4);
    put(b, &esize, 4);
    put(b, &count, 8);
}

bool dy_dcache_encode(const dy_dict *d, const uint8_t key[DY_DCACHE_KEY], dy_buf *out)
{
    enc e = {out, {0}, {0}};
    size_t start = out->len;
    c_hdr h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, MAGIC, 8);
    h.format = FORMAT;
    h.bom = BOM;
    memcpy(h.key, key, DY_DCACHE_KEY);
    put(out, &h, sizeof h);

    uint64_t sc[SC_N] = {d->nids, d->n_discards, d->nverbs, d->nnouns, d->nverb_forms,
                         d->ncountries, d->nactor_forms};
    section(out, S_SCAL, 8, SC_N);
    put(out, sc, sizeof sc);

    section(out, S_INTERN, sizeof(c_key), d->words.n);
    for (size_t i = 0; i < d->words.n; i++) {
        const dy_word *w = &DY_AT(d->words, dy_word, i);
        c_key k = {str_off(&e, w->s), w->n};
        put(out, &k, sizeof k);
    }
    section(out, S_POOL, 4, d->tok_pool.n);
    put(out, d->tok_pool.items, d->tok_pool.n * 4);
    section(out, S_PHRASE, sizeof(c_phrase), d->phrases.n);
    for (size_t i = 0; i < d->phrases.n; i++) {
        const dy_phrase *p = &DY_AT(d->phrases, dy_phrase, i);
        c_phrase c = {p->tok, p->ntok, p->kind, p->vform, p->vtense, p->lang, p->caps, p->gcase, 0, p->ref};
        put(out, &c, sizeof c);
    }
    section(out, S_FIRST, 4, d->first_start ? d->nids + 2 : 0);
    if (d->first_start)
        put(out, d->first_start, ((size_t)d->nids + 2) * 4);
    for (int r = 0; r < 2; r++) {
        const dy_vec *v = r ? &d->roles : &d->actors;
        section(out, r ? S_ROLE : S_ACTOR, sizeof(c_actor), v->n);
        for (size_t i = 0; i < v->n; i++) {
            const dy_actor_ent *a = &DY_AT(*v, dy_actor_ent, i);
            c_actor c;
            memset(&c, 0, sizeof c);
            memcpy(c.code, a->code, 16);
            c.rule = str_off(&e, a->rule);
            put(out, &c, sizeof c);
        }
    }
    section(out, S_PERSON, sizeof(c_person), d->people.n);
    for (size_t i = 0; i < d->people.n; i++) {
        const dy_person *p = &DY_AT(d->people, dy_person, i);
        c_person c;
        memset(&c, 0, sizeof c);
        memcpy(c.dflt, p->dflt, 16);
        c.name = str_off(&e, p->name);
        c.rule = str_off(&e, p->rule);
        c.first_office = p->first_office;
        c.n_office = p->n_office;
        put(out, &c, sizeof c);
    }
    section(out, S_OFFICE, sizeof(c_office), d->offices.n);
    for (size_t i = 0; i < d->offices.n; i++) {
        const dy_office *o = &DY_AT(d->offices, dy_office, i);
        c_office c;
        memset(&c, 0, sizeof c);
        memcpy(c.code, o->code, 16);
        c.from = o->from;
        c.to = o->to;
        put(out, &c, sizeof c);
    }
    section(out, S_PRED, sizeof(c_pred), d->preds.n);
    for (size_t i = 0; i < d->preds.n; i++) {
        const dy_pred *p = &DY_AT(d->preds, dy_pred, i);
        c_pred c;
        memset(&c, 0, sizeof c);
        memcpy(c.code, p->code, 6);
        memcpy(c.intent, p->intent, 6);
        memcpy(c.slots, p->slots, sizeof c.slots);
        c.nslots = p->nslots;
        c.flags = p->flags;
        c.particle = p->particle;
        c.lemma = str_off(&e, p->lemma);
        c.rule = str_off(&e, p->rule);
        put(out, &c, sizeof c);
    }
    section(out, S_PAT, sizeof(c_pat), d->pats.n);
    for (size_t i = 0; i < d->pats.n; i++) {
        const dy_pat *p = &DY_AT(d->pats, dy_pat, i);
        c_pat c = {p->verb, p->pred, p->el, p->order, p->nel, p->nwords, p->comp, 0};
        put(out, &c, sizeof c);
    }
    section(out, S_PEL, sizeof(c_pel), d->pat_el.n);
    for (size_t i = 0; i < d->pat_el.n; i++) {
        const dy_pel *p = &DY_AT(d->pat_el, dy_pel, i);
        c_pel c = {p->id, str_off(&e, p->w), p->wlen, p->flags, p->skip, {0}};
        put(out, &c, sizeof c);
    }
    section(out, S_CODE, sizeof(c_code), d->codes.n);
    for (size_t i = 0; i < d->codes.n; i++) {
        const dy_code_ent *p = &DY_AT(d->codes, dy_code_ent, i);
        c_code c;
        memset(&c, 0, sizeof c);
        memcpy(c.code, p->code, 6);
        memcpy(c.g, p->g, sizeof c.g);
        memcpy(c.quad, p->quad, sizeof c.quad);
        c.label = str_off(&e, p->label);
        for (int k = 0; k < 3; k++)
            c.plover[k] = str_off(&e, p->plover[k]);
        put(out, &c, sizeof c);
    }
    section(out, S_CNAME, sizeof(c_cname), d->country_names.n);
    for (size_t i = 0; i < d->country_names.n; i++) {
        const dy_country_name_ent *p = &DY_AT(d->country_names, dy_country_name_ent, i);
        c_cname c;
        memcpy(c.code, p->code, 4);
        c.name = str_off(&e, p->name);
        put(out, &c, sizeof c);
    }
    size_t nstrong = 0;
    for (uint32_t l = 0; l < DY_MAX_LANGS; l++)
        nstrong += d->langs[l].strong.n;
    section(out, S_STRONG, sizeof(c_strong), nstrong);
    for (uint32_t l = 0; l < DY_MAX_LANGS; l++)
        for (size_t i = 0; i < d->langs[l].strong.n; i++) {
            const dy_strong *p = &DY_AT(d->langs[l].strong, dy_strong, i);
            c_strong c = {l, str_off(&e, p->inf), str_off(&e, p->pres), str_off(&e, p->past),
                          str_off(&e, p->part), str_off(&e, p->fut)};
            put(out, &c, sizeof c);
        }
    /* the gazetteer, when it is loaded (dy_dict_load loads it to build) */
    dy_buf gb = {0};
    if (d->geo && !dy_geo_encode(d->geo, &gb))
        out->oom = true;
    section(out, S_GEO, 1, gb.len);
    if (gb.len)
        put(out, gb.data, gb.len);
    dy_buf_free(&gb);
    section(out, S_STR, 1, e.str.len);
    put(out, e.str.data, e.str.len);
    section(out, S_END, 0, 0);
    bool ok = !out->oom && !e.str.oom;
    dy_buf_free(&e.str);
    dy_map_free(&e.seen);
    if (!ok)
        return false;
    dy_dcache_seal(out->data + start, out->len - start);
    return true;
}

void dy_dcache_seal(void *buf, size_t len)
{
    c_hdr h;
    if (len < sizeof h)
        return;
    memcpy(&h, buf, sizeof h);
    h.len = len - sizeof h;
    h.sum = checksum((char *)buf + sizeof h, len - sizeof h);
    memcpy(buf, &h, sizeof h);
}

/* -------------------------------------------------------------- reading */

typedef struct dec {
    const unsigned char *p, *end;
    const char *why;
} dec;

/* The next section: its records (count *N, each ESIZE bytes), or NULL
 * when it is not section TAG of that record size or runs past the end. */
static const void *get_section(dec *c, uint32_t tag, uint32_t esize, size_t *n)
{
    if (c->why)
        return NULL;
    uint32_t t, es;
    uint64_t cnt;
    if ((size_t)(c->end - c->p) < 16) {
        c->why = "truncated";
        return NULL;
    }
    memcpy(&t, c->p, 4);
    memcpy(&es, c->p + 4, 4);
    memcpy(&cnt, c->p + 8, 8);
    c->p += 16;
    if (t != tag || es != esize) {
        c->why = "unexpected section";
        return NULL;
    }
    size_t left = (size_t)(c->end - c->p);
    if (esize ? cnt > left / esize : cnt != 0) {
        c->why = "section runs past the end";
        return NULL;
    }
    const void *r = c->p;
    size_t bytes = (size_t)cnt * esize;
    c->p += bytes;
    size_t pad = bytes % 8 ? 8 - bytes % 8 : 0;
    if (tag != S_END) {
        if ((size_t)(c->end - c->p) < pad) {
            c->why = "truncated";
            return NULL;
        }
        c->p += pad;
    }
    *n = (size_t)cnt;
    return r;
}

typedef struct strs {
    const char *s; /* the string section, in the dictionary's arena */
    size_t n;
    bool bad;
} strs;

/* The string at offset O (NONE: NULL when NULL_OK). */
static const char *str_at(strs *t, uint32_t o, bool null_ok)
{
    if (o == NONE && null_ok)
        return NULL;
    if (o >= t->n) {
        t->bad = true;
        return "";
    }
    return t->s + o;
}

/* Allocates V's items for N records. */
static bool vec_alloc(dy_vec *v, size_t n)
{
    if (!n)
        return true;
    v->items = dy_calloc(n, v->size);
    if (!v->items)
        return false;
    v->n = v->cap = n;
    return true;
}

static bool fixed_str(const char *s, size_t cap) { return memchr(s, 0, cap) != NULL; }

/* The sections of a cache being decoded, and the dictionary it fills. */
typedef struct dsec {
    dy_dict *d;
    strs t;
    char *sblob;
    uint64_t nids;
    const uint64_t *sc;
    const c_key *keys;
    const uint32_t *pool, *first;
    const c_phrase *ph;
    const c_actor *act, *role;
    const c_person *per;
    const c_office *off;
    const c_pred *pred;
    const c_pat *pat;
    const c_pel *pel;
    const c_code *code;
    const c_cname *cn;
    const c_strong *st;
    const void *geo;
    const char *str;
    size_t n_sc, n_key, n_pool, n_ph, n_first, n_act, n_per, n_off, n_role, n_pred, n_pat,
        n_pel, n_code, n_cn, n_st, n_geo, n_str;
} dsec;

/* The header and the sections of BUF into S; NULL, or why not. */
static const char *read_sections(dsec *s, const void *buf, size_t len,
                                 const uint8_t key[DY_DCACHE_KEY])
{
    c_hdr h;
    if (len < sizeof h)
        return "truncated header";
    memcpy(&h, buf, sizeof h);
    if (memcmp(h.magic, MAGIC, 8))
        return "not a dyad dictionary cache";
    if (h.format != FORMAT || h.bom != BOM)
        return "another format version or byte order";
    if (memcmp(h.key, key, DY_DCACHE_KEY))
        return "stale (another build or changed sources)";
    if (h.len != len - sizeof h)
        return "truncated or overlong";
    const unsigned char *base = buf;
    if (h.sum != checksum(base + sizeof h, len - sizeof h))
        return "checksum mismatch (corrupt)";
    dec c = {base + sizeof h, base + len, NULL};
    size_t n_end;
    s->sc = get_section(&c, S_SCAL, 8, &s->n_sc);
    s->keys = get_section(&c, S_INTERN, sizeof(c_key), &s->n_key);
    s->pool = get_section(&c, S_POOL, 4, &s->n_pool);
    s->ph = get_section(&c, S_PHRASE, sizeof(c_phrase), &s->n_ph);
    s->first = get_section(&c, S_FIRST, 4, &s->n_first);
    s->act = get_section(&c, S_ACTOR, sizeof(c_actor), &s->n_act);
    s->role = get_section(&c, S_ROLE, sizeof(c_actor), &s->n_role);
    s->per = get_section(&c, S_PERSON, sizeof(c_person), &s->n_per);
    s->off = get_section(&c, S_OFFICE, sizeof(c_office), &s->n_off);
    s->pred = get_section(&c, S_PRED, sizeof(c_pred), &s->n_pred);
    s->pat = get_section(&c, S_PAT, sizeof(c_pat), &s->n_pat);
    s->pel = get_section(&c, S_PEL, sizeof(c_pel), &s->n_pel);
    s->code = get_section(&c, S_CODE, sizeof(c_code), &s->n_code);
    s->cn = get_section(&c, S_CNAME, sizeof(c_cname), &s->n_cn);
    s->st = get_section(&c, S_STRONG, sizeof(c_strong), &s->n_st);
    s->geo = get_section(&c, S_GEO, 1, &s->n_geo);
    s->str = get_section(&c, S_STR, 1, &s->n_str);
    get_section(&c, S_END, 0, &n_end);
    if (!c.why && c.p != c.end)
        c.why = "trailing bytes";
    if (!c.why && s->n_sc != SC_N)
        c.why = "bad counts";
    if (c.why)
        return c.why;
    s->nids = s->sc[SC_NIDS];
    if (s->nids != s->n_key || s->nids >= UINT32_MAX - 2 || s->n_first != s->nids + 2 ||
        (s->n_str && s->str[s->n_str - 1] != 0) || s->n_ph > UINT32_MAX ||
        s->n_pred > UINT32_MAX)
        return "inconsistent counts";
    return NULL;
}

/* Each part below fills its part of S->d: NULL, OOM_WHY or why not. */

static const char *dec_words(dsec *s)
{
    dy_dict *d = s->d;
    /* the interned words: ids 1..nids (a word twice would only make the
     * later id win: no harm to memory) */
    if (!vec_alloc(&d->words, s->n_key) || !dy_map_reserve(&d->intern, s->n_key))
        return OOM_WHY;
    for (size_t i = 0; i < s->n_key; i++) {
        c_key k;
        memcpy(&k, &s->keys[i], sizeof k);
        /* a word is a string of the blob: it ends at its NUL */
        if (k.off >= s->n_str || k.len >= s->n_str - k.off || s->sblob[k.off + k.len] != 0 ||
            memchr(s->sblob + k.off, 0, k.len))
            return "word out of bounds";
        dy_word *w = &DY_AT(d->words, dy_word, i);
        w->s = s->sblob + k.off;
        w->n = k.len;
        if (!dy_map_put(&d->intern, w->s, w->n, (uint32_t)(i + 1)))
            return OOM_WHY;
    }
    if (!vec_alloc(&d->tok_pool, s->n_pool))
        return OOM_WHY;
    if (s->n_pool)
        memcpy(d->tok_pool.items, s->pool, s->n_pool * 4);
    for (size_t i = 0; i < s->n_pool; i++) {
        uint32_t id = DY_AT(d->tok_pool, uint32_t, i);
        if (!id || id > s->nids)
            return "word id out of range";
    }
    return NULL;
}

static const char *dec_actors(dsec *s)
{
    dy_dict *d = s->d;
    if (!vec_alloc(&d->actors, s->n_act) || !vec_alloc(&d->roles, s->n_role))
        return OOM_WHY;
    for (int r = 0; r < 2; r++) {
        const c_actor *src = r ? s->role : s->act;
        dy_vec *v = r ? &d->roles : &d->actors;
        for (size_t i = 0; i < v->n; i++) {
            c_actor a;
            memcpy(&a, &src[i], sizeof a);
            dy_actor_ent *o = &DY_AT(*v, dy_actor_ent, i);
            if (!fixed_str(a.code, 16))
                return "bad actor code";
            memcpy(o->code, a.code, 16);
            o->rule = str_at(&s->t, a.rule, true);
        }
    }
    if (!vec_alloc(&d->offices, s->n_off))
        return OOM_WHY;
    for (size_t i = 0; i < s->n_off; i++) {
        c_office a;
        memcpy(&a, &s->off[i], sizeof a);
        dy_office *o = &DY_AT(d->offices, dy_office, i);
        if (!fixed_str(a.code, 16))
            return "bad office code";
        memcpy(o->code, a.code, 16);
        o->from = a.from;
        o->to = a.to;
    }
    if (!vec_alloc(&d->people, s->n_per))
        return OOM_WHY;
    for (size_t i = 0; i < s->n_per; i++) {
        c_person a;
        memcpy(&a, &s->per[i], sizeof a);
        dy_person *o = &DY_AT(d->people, dy_person, i);
        if (!fixed_str(a.dflt, 16) || a.first_office > s->n_off ||
            a.n_office > s->n_off - a.first_office)
            return "bad person";
        memcpy(o->dflt, a.dflt, 16);
        o->name = str_at(&s->t, a.name, true);
        o->rule = str_at(&s->t, a.rule, true);
        o->first_office = a.first_office;
        o->n_office = a.n_office;
    }
    return NULL;
}

static const char *dec_preds(dsec *s)
{
    dy_dict *d = s->d;
    if (!vec_alloc(&d->preds, s->n_pred))
        return OOM_WHY;
    for (size_t i = 0; i < s->n_pred; i++) {
        c_pred a;
        memcpy(&a, &s->pred[i], sizeof a);
        dy_pred *o = &DY_AT(d->preds, dy_pred, i);
        if (!fixed_str(a.code, 6) || !fixed_str(a.intent, 6) || a.nslots > MAX_SLOTS ||
            a.particle > s->nids)
            return "bad predicate";
        memcpy(o->code, a.code, 6);
        memcpy(o->intent, a.intent, 6);
        memcpy(o->slots, a.slots, sizeof o->slots);
        o->nslots = a.nslots;
        o->flags = a.flags;
        o->particle = a.particle;
        o->lemma = str_at(&s->t, a.lemma, true);
        o->rule = str_at(&s->t, a.rule, true);
    }
    return NULL;
}

static const char *dec_phrases(dsec *s)
{
    dy_dict *d = s->d;
    if (!vec_alloc(&d->phrases, s->n_ph))
        return OOM_WHY;
    for (size_t i = 0; i < s->n_ph; i++) {
        c_phrase a;
        memcpy(&a, &s->ph[i], sizeof a);
        size_t lim = a.kind == PK_ROLE ? s->n_role : a.kind == PK_PERSON ? s->n_per
                   : a.kind == PK_VERB || a.kind == PK_NOUN ? s->n_pred
                   : a.kind == PK_DISCARD ? 2 : s->n_act;
        if (!a.ntok || a.tok > s->n_pool || a.ntok > s->n_pool - a.tok || !a.kind ||
            a.kind > PK_DISCARD || a.ref >= lim || a.lang > DY_MAX_LANGS || a.gcase > GC_OBLIQUE)
            return "bad phrase";
        DY_AT(d->phrases, dy_phrase, i) =
            (dy_phrase){a.tok, a.ntok, a.kind, a.vform, a.vtense, a.lang, a.caps, a.gcase, a.ref};
    }
    d->first_start = dy_calloc(s->n_first, sizeof(uint32_t));
    if (!d->first_start)
        return OOM_WHY;
    memcpy(d->first_start, s->first, s->n_first * 4);
    /* each id's phrases start with it: the range lookup is sound */
    const uint32_t *fs = d->first_start, *tp = d->tok_pool.items;
    uint64_t nids = s->nids;
    if (fs[0] != 0 || fs[1] != 0 || fs[nids + 1] != s->n_ph)
        return "bad phrase index";
    /* the starts rise to n_ph (all of them first: a hostile start past
     * the end must not be walked before it is seen) */
    for (uint32_t id = 1; id <= nids; id++)
        if (fs[id] > fs[id + 1])
            return "bad phrase index";
    for (uint32_t id = 1; id <= nids; id++) {
        for (uint32_t k = fs[id]; k < fs[id + 1]; k++)
            if (tp[DY_AT(d->phrases, dy_phrase, k).tok] != id)
                return "bad phrase index";
    }
    return NULL;
}

static const char *dec_patterns(dsec *s)
{
    dy_dict *d = s->d;
    if (!vec_alloc(&d->pat_el, s->n_pel))
        return OOM_WHY;
    for (size_t i = 0; i < s->n_pel; i++) {
        c_pel a;
        memcpy(&a, &s->pel[i], sizeof a);
        dy_pel *o = &DY_AT(d->pat_el, dy_pel, i);
        o->id = a.id;
        o->w = str_at(&s->t, a.w, true);
        o->wlen = a.wlen;
        o->flags = a.flags;
        o->skip = a.skip;
        if (a.id > s->nids || s->t.bad || (o->w ? strlen(o->w) != a.wlen : a.wlen != 0))
            return "bad pattern word";
    }
    if (!vec_alloc(&d->pats, s->n_pat))
        return OOM_WHY;
    for (size_t i = 0; i < s->n_pat; i++) {
        c_pat a;
        memcpy(&a, &s->pat[i], sizeof a);
        if (a.verb >= s->n_pred || a.pred >= s->n_pred || a.el > s->n_pel ||
            a.nel > s->n_pel - a.el || a.nel > MAX_PAT_EL ||
            (i && a.verb < DY_AT(d->pats, dy_pat, i - 1).verb))
            return "bad pattern";
        DY_AT(d->pats, dy_pat, i) = (dy_pat){a.verb, a.pred, a.el, a.order, a.nel, a.nwords,
                                             a.comp != 0, {0, 0, 0, 0}};
    }
    dy_dict_pat_needs(d);
    return NULL;
}

static const char *dec_codes(dsec *s)
{
    dy_dict *d = s->d;
    if (!vec_alloc(&d->codes, s->n_code))
        return OOM_WHY;
    for (size_t i = 0; i < s->n_code; i++) {
        c_code a;
        memcpy(&a, &s->code[i], sizeof a);
        dy_code_ent *o = &DY_AT(d->codes, dy_code_ent, i);
        if (!fixed_str(a.code, 6) ||
            dy_map_get(&d->code_index, a.code, strlen(a.code)) != UINT32_MAX)
            return "bad code";
        memcpy(o->code, a.code, 6);
        memcpy(o->g, a.g, sizeof o->g);
        memcpy(o->quad, a.quad, sizeof o->quad);
        o->label = str_at(&s->t, a.label, true);
        for (int k = 0; k < 3; k++)
            o->plover[k] = str_at(&s->t, a.plover[k], true);
        if (!dy_map_put(&d->code_index, o->code, strlen(o->code), (uint32_t)i))
            return OOM_WHY;
    }
    if (!vec_alloc(&d->country_names, s->n_cn))
        return OOM_WHY;
    for (size_t i = 0; i < s->n_cn; i++) {
        c_cname a;
        memcpy(&a, &s->cn[i], sizeof a);
        dy_country_name_ent *o = &DY_AT(d->country_names, dy_country_name_ent, i);
        if (!fixed_str(a.code, 4))
            return "bad country code";
        memcpy(o->code, a.code, 4);
        o->name = str_at(&s->t, a.name, true);
    }
    for (size_t i = 0; i < s->n_st; i++) {
        c_strong a;
        memcpy(&a, &s->st[i], sizeof a);
        if (a.lang >= (uint32_t)dy_lang_count())
            return "bad strong verb";
        dy_strong *o = dy_vec_push(&d->langs[a.lang].strong);
        if (!o)
            return OOM_WHY;
        o->inf = (char *)str_at(&s->t, a.inf, false);
        o->pres = (char *)str_at(&s->t, a.pres, false);
        o->past = (char *)str_at(&s->t, a.past, false);
        o->part = (char *)str_at(&s->t, a.part, false);
        o->fut = (char *)str_at(&s->t, a.fut, false);
    }
    return NULL;
}

/* The gazetteer, the function words and the counts. */
static const char *dec_rest(dsec *s, const char *dir)
{
    dy_dict *d = s->d;
    d->n_discards = (uint32_t)s->sc[SC_DISCARDS];
    d->nverbs = (size_t)s->sc[SC_VERBS];
    d->nnouns = (size_t)s->sc[SC_NOUNS];
    d->nverb_forms = (size_t)s->sc[SC_VERB_FORMS];
    d->ncountries = (size_t)s->sc[SC_COUNTRIES];
    d->nactor_forms = (size_t)s->sc[SC_ACTOR_FORMS];
    /* the function words: built as the text loader builds them; their
     * base prepositions are interned already, so no id changes */
    if (!dy_dict_build_fw(d))
        return OOM_WHY;
    if (d->nids != s->nids)
        return "function words not interned";
    if (!dy_dict_note_geo(d, dir))
        return OOM_WHY;
    if (s->n_geo) {
        const char *gwhy = NULL;
        dy_geo *g = dy_geo_decode(s->geo, s->n_geo, &gwhy);
        if (!g)
            return gwhy && !strcmp(gwhy, OOM_WHY) ? OOM_WHY : gwhy;
        if (d->geo_dir) {
            d->geo = g;
            d->geo_done = true;
        } else {
            dy_geo_free(g);
        }
    }
    return NULL;
}

dy_dict *dy_dcache_decode(const void *buf, size_t len, const uint8_t key[DY_DCACHE_KEY],
                          const char *dir, const char **why)
{
    dsec s;
    memset(&s, 0, sizeof s);
    *why = read_sections(&s, buf, len, key);
    if (*why)
        return NULL;
    dy_dict *d = s.d = dy_dict_alloc();
    if (!d) {
        *why = OOM_WHY;
        return NULL;
    }
    s.t.n = s.n_str;
    s.sblob = s.n_str ? dy_arena_alloc(&d->ar, s.n_str) : NULL;
    const char *bad = s.n_str && !s.sblob ? OOM_WHY : NULL;
    if (s.sblob)
        memcpy(s.sblob, s.str, s.n_str);
    s.t.s = s.sblob;
    d->nids = (uint32_t)s.nids;
    if (!bad)
        bad = dec_words(&s);
    if (!bad)
        bad = dec_actors(&s);
    if (!bad)
        bad = dec_preds(&s);
    if (!bad)
        bad = dec_phrases(&s);
    if (!bad)
        bad = dec_patterns(&s);
    if (!bad)
        bad = dec_codes(&s);
    if (!bad && s.t.bad)
        bad = "string out of bounds";
    if (!bad)
        bad = dec_rest(&s, dir);
    if (bad) {
        *why = bad;
        dy_dict_free(d);
        return NULL;
    }
    return d;
}

/* -------------------------------------------------------------- the key */

typedef struct bid_ctx {
    const void *addr;
    uint8_t id[32];
    size_t n;
} bid_ctx;

static int bid_cb(struct dl_phdr_info *info, size_t size, void *arg)
{
    (void)size;
    bid_ctx *b = arg;
    uintptr_t a = (uintptr_t)b->addr;
    bool mine = false;
    for (int i = 0; i < info->dlpi_phnum && !mine; i++) {
        const ElfW(Phdr) *p = &info->dlpi_phdr[i];
        uintptr_t lo = info->dlpi_addr + p->p_vaddr;
        mine = p->p_type == PT_LOAD && a >= lo && a < lo + p->p_memsz;
    }
    if (!mine)
        return 0;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *p = &info->dlpi_phdr[i];
        if (p->p_type != PT_NOTE)
            continue;
        const unsigned char *n = (const unsigned char *)(info->dlpi_addr + p->p_vaddr);
        size_t left = p->p_memsz;
        while (left >= 12) {
            uint32_t nsz, dsz, type;
            memcpy(&nsz, n, 4);
            memcpy(&dsz, n + 4, 4);
            memcpy(&type, n + 8, 4);
            size_t na = (nsz + 3) & ~3u, da = (dsz + 3) & ~3u;
            if (na > left - 12 || da > left - 12 - na)
                break;
            if (type == NT_GNU_BUILD_ID && nsz == 4 && !memcmp(n + 12, "GNU", 4) && dsz &&
                dsz <= sizeof b->id) {
                memcpy(b->id, n + 12 + na, dsz);
                b->n = dsz;
                return 1;
            }
            n += 12 + na + da;
            left -= 12 + na + da;
        }
    }
    return 1;
}

/* The build id of the object that holds this code; 0 when it has none. */
static size_t build_id(uint8_t *out)
{
    static bid_ctx b;
    static bool done;
    if (!done) {
        b.addr = (const void *)&dy_dcache_decode;
        dl_iterate_phdr(bid_cb, &b);
        done = true;
    }
    memcpy(out, b.id, b.n);
    return b.n;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Hashes the *.txt files of DIR/SUB (SUB "" for DIR itself) in name
 * order: names, sizes and contents.  False when a file cannot be read. */
static bool hash_folder(const char *dir, const char *sub, uint64_t *h, dy_buf *tmp, bool *oom)
{
    char path[4096];
    int k = snprintf(path, sizeof path, "%s%s%s", dir, *sub ? "/" : "", sub);
    if (k < 0 || (size_t)k >= sizeof path)
        return false;
    *h = hmix(*h, sub, strlen(sub) + 1);
    DIR *dp = opendir(path);
    if (!dp)
        return errno == ENOENT || errno == ENOTDIR;
    char **names = NULL;
    size_t n = 0, cap = 0;
    bool ok = true;
    struct dirent *de;
    while (ok && (de = readdir(dp))) {
        size_t len = strlen(de->d_name);
        if (len < 5 || de->d_name[0] == '.' || strcmp(de->d_name + len - 4, ".txt"))
            continue;
        if (n == cap) {
            size_t nc = cap ? 2 * cap : 32;
            char **nn = dy_realloc(names, nc * sizeof *nn);
            if (!nn) {
                ok = false;
                break;
            }
            names = nn;
            cap = nc;
        }
        if (!(names[n] = dy_strndup(de->d_name, len)))
            ok = false;
        else
            n++;
    }
    closedir(dp);
    if (!ok)
        *oom = true;
    if (ok && n)
        qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = 0; i < n; i++) {
        if (ok) {
            k = snprintf(path, sizeof path, "%s%s%s/%s", dir, *sub ? "/" : "", sub, names[i]);
            int fd = k > 0 && (size_t)k < sizeof path ? open(path, O_RDONLY) : -1;
            struct stat sb;
            if (fd < 0 || fstat(fd, &sb) != 0) {
                ok = errno == ENOENT; /* gone meanwhile: hashed as absent */
                if (fd >= 0)
                    close(fd);
                continue;
            }
            if (S_ISREG(sb.st_mode)) {
                tmp->len = 0;
                char chunk[65536];
                ssize_t r;
                while ((r = read(fd, chunk, sizeof chunk)) > 0)
                    dy_buf_add(tmp, chunk, (size_t)r);
                ok = r == 0 && !tmp->oom;
                if (tmp->oom)
                    *oom = true;
                uint64_t size = tmp->len;
                *h = hmix(*h, names[i], strlen(names[i]) + 1);
                *h = hmix(*h, &size, 8);
                *h = hmix(*h, tmp->data ? tmp->data : "", tmp->len);
            }
            close(fd);
        }
        dy_free(names[i]);
    }
    dy_free(names);
    return ok;
}

/* KEY for DIR: 1; 0 when there is no build id or a source cannot be read
 * (the text loader then reports it); -1 when out of memory. */
static int make_key(const char *dir, uint8_t key[DY_DCACHE_KEY])
{
    memset(key, 0, DY_DCACHE_KEY);
    size_t nb = build_id(key);
    if (!nb)
        return 0;
    /* the shared folders, then every registered language's folder (fr/
     * and ru/ too: a folder left out here leaves its edits unseen) */
    const char *SUBS[5 + DY_MAX_LANGS] = {"", "gen", "geo", "orgs", "people"};
    size_t nsubs = 5;
    for (int li = 0; dy_languages[li] && li < DY_MAX_LANGS; li++)
        SUBS[nsubs++] = dy_languages[li]->code;
    uint64_t h = hmix(0x13198A2E03707344ull, dir, strlen(dir) + 1);
    uint64_t sz[3] = {sizeof(dy_phrase), sizeof(dy_pred), sizeof(dy_dict)};
    h = hmix(h, sz, sizeof sz);
    dy_buf tmp = {0};
    bool ok = true, oom = false;
    for (size_t i = 0; ok && i < nsubs; i++)
        ok = hash_folder(dir, SUBS[i], &h, &tmp, &oom);
    dy_buf_free(&tmp);
    memcpy(key + 32, &h, 8);
    uint64_t h2 = hmix(h ^ 0xA4093822299F31D0ull, key, 40);
    memcpy(key + 40, &h2, 8);
    return oom ? -1 : ok;
}

/* ----------------------------------------------------------- the file */

static bool tracing(void)
{
    const char *t = getenv("DYAD_CACHE_TRACE");
    return t && *t && strcmp(t, "0");
}

#define TRACE(...) do { if (tracing()) fprintf(stderr, "dyad: dictionary cache: " __VA_ARGS__); } while (0)

/* The cache folder into BUF; NULL when the cache is off or has no place. */
static const char *cache_dir(char *buf, size_t cap)
{
    const char *env = getenv("DYAD_CACHE");
    int k;
    if (env && *env) {
        if (!strcmp(env, "off") || !strcmp(env, "0"))
            return NULL;
        k = snprintf(buf, cap, "%s", env);
    } else if ((env = getenv("XDG_CACHE_HOME")) && *env == '/') {
        k = snprintf(buf, cap, "%s/dyad", env);
    } else if ((env = getenv("HOME")) && *env) {
        k = snprintf(buf, cap, "%s/.cache/dyad", env);
    } else {
        return NULL;
    }
    return k > 0 && (size_t)k < cap ? buf : NULL;
}

/* Makes DIR and its missing parents (mode 0700). */
static bool make_dirs(char *dir)
{
    struct stat sb;
    if (stat(dir, &sb) == 0)
        return S_ISDIR(sb.st_mode);
    char *slash = strrchr(dir, '/');
    if (slash && slash != dir) {
        *slash = 0;
        bool ok = make_dirs(dir);
        *slash = '/';
        if (!ok)
            return false;
    }
    return mkdir(dir, 0700) == 0 || errno == EEXIST;
}

/* The file at PATH mapped into memory (private: the file is never written
 * through it), or NULL.  A cache file is replaced by rename, never written
 * in place, so the mapping stays whole while it is read; mapping spares
 * the copy of megabytes at every start. */
static void *map_all(const char *path, size_t *len)
{
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return NULL;
    struct stat sb;
    void *p = NULL;
    if (fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size > 0 &&
        (uint64_t)sb.st_size < ((uint64_t)1 << 32)) {
        p = mmap(NULL, (size_t)sb.st_size, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
        if (p == MAP_FAILED)
            p = NULL;
        else
            *len = (size_t)sb.st_size;
    }
    close(fd);
    return p;
}

static void write_cache(const char *cdir, const char *path, const dy_dict *d,
                        const uint8_t key[DY_DCACHE_KEY])
{
    char tmp[4200];
    dy_buf b = {0};
    char dirbuf[4096];
    snprintf(dirbuf, sizeof dirbuf, "%s", cdir);
    if (!make_dirs(dirbuf)) {
        TRACE("not written: cannot make %s: %s\n", cdir, strerror(errno));
        return;
    }
    if (!dy_dcache_encode(d, key, &b)) {
        TRACE("not written: out of memory\n");
        dy_buf_free(&b);
        return;
    }
    int k = snprintf(tmp, sizeof tmp, "%s.tmp.XXXXXX", path);
    int fd = k > 0 && (size_t)k < sizeof tmp ? mkstemp(tmp) : -1;
    if (fd < 0) {
        TRACE("not written: %s: %s\n", cdir, strerror(errno));
        dy_buf_free(&b);
        return;
    }
    size_t done = 0;
    while (done < b.len) {
        ssize_t w = write(fd, b.data + done, b.len - done);
        if (w <= 0)
            break;
        done += (size_t)w;
    }
    bool ok = done == b.len;
    ok = close(fd) == 0 && ok;
    if (ok && rename(tmp, path) == 0) {
        TRACE("written %s (%zu bytes)\n", path, b.len);
    } else {
        TRACE("not written: %s: %s\n", path, strerror(errno));
        unlink(tmp);
    }
    dy_buf_free(&b);
}

dy_dict *dy_dict_load(const char *dir, dy_error *err)
{
    char cbuf[4096], path[4200];
    const char *cdir = cache_dir(cbuf, sizeof cbuf);
    uint8_t key[DY_DCACHE_KEY];
    if (!cdir)
        return dy_dict_load_text(dir, err);
    /* out of memory on the way to the cache is an error as it is in the
     * text loader (unit_alloc fails each allocation once) */
    int mk = make_key(dir, key);
    if (mk < 0)
        goto oom;
    if (!mk) {
        TRACE("off for %s (no build id, or a source unreadable)\n", dir);
        return dy_dict_load_text(dir, err);
    }
    /* one file per folder: its real path and the name it was given */
    char *real = realpath(dir, NULL);
    uint64_t nh = hmix(0x452821E638D01377ull, real ? real : "", real ? strlen(real) + 1 : 1);
    nh = hmix(nh, dir, strlen(dir) + 1);
    free(real);
    int k = snprintf(path, sizeof path, "%s/dict-%016llx.bin", cdir, (unsigned long long)nh);
    if (k < 0 || (size_t)k >= sizeof path)
        return dy_dict_load_text(dir, err);
    size_t len = 0;
    void *buf = map_all(path, &len);
    if (buf) {
        const char *why = NULL;
        dy_dict *d = dy_dcache_decode(buf, len, key, dir, &why);
        munmap(buf, len);
        if (d) {
            if (err)
                memset(err, 0, sizeof *err);
            TRACE("hit %s\n", path);
            return d;
        }
        if (why == OOM_WHY)
            goto oom;
        TRACE("rejected %s: %s\n", path, why);
    } else {
        TRACE("miss %s\n", path);
    }
    dy_dict *d = dy_dict_load_text(dir, err);
    if (!d)
        return NULL;
    /* the gazetteer goes into the cache too; one that does not load is left
     * to the lazy loader, which reports it when a location is first asked
     * for, as without a cache (and no cache is written) */
    if (d->geo_dir && !d->geo_done) {
        dy_error gerr;
        memset(&gerr, 0, sizeof gerr);
        dy_geo *g = dy_geo_load(d->geo_dir, &gerr);
        if (!g) {
            TRACE("not written: the gazetteer does not load (%s)\n", gerr.msg);
            return d;
        }
        d->geo = g;
        d->geo_done = true;
    }
    write_cache(cdir, path, d, key);
    return d;
oom:
    if (err)
        dy_seterr(err, DY_ENOMEM, dir, 0, "out of memory");
    return NULL;
}
