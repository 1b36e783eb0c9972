/* geo.c: the gazetteer: loads the files of dict/geo and the country names, looks
 * up place names, finds locative phrases and datelines.  See geo.h. */
#include "geo/geo.h"
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GEO_MAXTOK 8       /* tokens of the longest name */
#define GEO_KEYMAX 512     /* bytes of a name key */
#define GEO_MAXPAT 16      /* tokens of a pattern */
#define GEO_LANGS 8        /* languages of locative patterns indexed */
#define GEO_DIV_POP 100000u /* a division counts as this many people */
#define GEO_DERIVED_POP 100000u

typedef struct posting { uint32_t place, next; } posting; /* next: index+1 */

/* An open-addressing table, keys in the gazetteer's arena: loading puts
 * ~40,000 keys, and a malloc per key (dy_map) cost a third of the load. */
typedef struct gslot { const char *key; uint32_t h, val; } gslot; /* 16 bytes */
/* BLOOM: a filter of the keys' hashes, two bits a key (geo_index_names),
 * so that most lookups of a name that is not there touch no slot: the
 * table is megabytes, and a probe is a cache miss.  PREFIX: the same for
 * the first words of the keys of several words ("new" and "new york" of
 * "new york city"), so that a lookup stops reading words as soon as no
 * name can go on.  NULL: not built. */
typedef struct gtab {
    gslot *s;
    size_t n, cap;
    uint64_t *bloom, *prefix;
    unsigned lg;
} gtab;

typedef struct pattern {
    char lang[4];
    bool capstop;   /* option no-capital-after: "Pearl" of "Pearl Square" is no place */
    uint8_t level, ntok;
    uint8_t dir;    /* LEVEL "dir": where something goes ("nach X", "to X") */
    uint8_t venue;  /* LEVEL "venue": where a meeting is held ("summit in X") */
    const char *tok[GEO_MAXPAT];   /* folded; "\x01" = X, "\x02" = ~ */
    uint8_t tlen[GEO_MAXPAT];      /* their lengths (255: 255 or more), by geo_index_patterns */
} pattern;

struct dy_geo {
    dy_arena ar;
    dy_vec places;      /* dy_geo_place; never grows after loading */
    gtab names;         /* key -> posting index + 1 */
    dy_vec post;        /* posting */
    uint32_t cfirst[26 * 26 * 26], clast[26 * 26 * 26]; /* country's places */
    dy_map adm;         /* "CCC/GEONAMESCODE" -> place index of the division */
    dy_map ctry;        /* "CCC" -> place index of the country */
    dy_vec pats;        /* pattern */
    /* the patterns of language lead_lang[l] a token may start, by the
     * bucket B of its first word (lead_bucket), in file order (those whose
     * first word falls in B, and those that begin with a slot):
     * lead_idx[lead_off[l * 256 + B] .. lead_off[l * 256 + B + 1]), and
     * their first words' lengths in
     * lead_len (0: a slot; 255: 255 bytes or more).  lead_idx NULL: out of
     * memory or too many languages, and every pattern is tried */
    uint32_t *lead_idx, lead_off[GEO_LANGS * 256 + 1];
    uint8_t *lead_len;
    /* lead_run[k]: the end (exclusive) of the run of entries from k on
     * whose first word is the same word (0 for a slot first): a token that
     * is not that word skips the run, and one that is compares it once */
    uint32_t *lead_run;
    char lead_lang[GEO_LANGS][4];
    int nlead;
    size_t exonyms, forms, bytes;
    size_t hint;        /* keys expected (from the files' sizes) */
};

static const char X_SLOT[] = "\x01", SKIP_SLOT[] = "\x02";

/* FNV-1a's low bits depend only on the keys' low bits: mix the high ones
 * in before masking (linear probing clustered badly without it). */
static uint64_t mix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

/* The filter's two bits of hash H (LG: log2 of its bits). */
static inline uint32_t bloom_a(uint32_t h, unsigned lg) { return h & ((1u << lg) - 1); }
static inline uint32_t bloom_b(uint32_t h, unsigned lg) { return (h * 0x9E3779B1u) >> (32 - lg); }

static bool bloom_has(const uint64_t *f, unsigned lg, uint32_t h)
{
    uint32_t a = bloom_a(h, lg), b = bloom_b(h, lg);
    return (f[a >> 6] >> (a & 63) & 1) && (f[b >> 6] >> (b & 63) & 1);
}

static void bloom_set(uint64_t *f, unsigned lg, uint32_t h)
{
    uint32_t a = bloom_a(h, lg), b = bloom_b(h, lg);
    f[a >> 6] |= (uint64_t)1 << (a & 63);
    f[b >> 6] |= (uint64_t)1 << (b & 63);
}

static bool bloom_maybe(const gtab *t, uint32_t h)
{
    return !t->bloom || bloom_has(t->bloom, t->lg, h);
}

/* May a key of more words begin with the N bytes of K (whole words)? */
static bool gtab_prefix_maybe(const gtab *t, const char *k, size_t n)
{
    return !t->prefix || bloom_has(t->prefix, t->lg, (uint32_t)mix(dy_hash(k, n)));
}

static uint32_t gtab_get(const gtab *t, const char *k, size_t n)
{
    if (!t->cap)
        return UINT32_MAX;
    uint32_t h = (uint32_t)mix(dy_hash(k, n));
    if (!bloom_maybe(t, h))
        return UINT32_MAX;
    for (size_t i = h & (t->cap - 1);; i = (i + 1) & (t->cap - 1)) {
        const gslot *s = &t->s[i];
        if (!s->key)
            return UINT32_MAX;
        if (s->h == h && !memcmp(s->key, k, n) && !s->key[n])
            return s->val;
    }
}

/* The slot of key K, added (val UINT32_MAX) when absent; NULL on OOM.
 * HINT: the number of keys expected, to size the table once. */
static gslot *gtab_slot(gtab *t, dy_arena *ar, const char *k, size_t n, size_t hint)
{
    if ((t->n + 1) * 10 > t->cap * 7) {
        size_t cap = t->cap ? t->cap * 2 : 1024;
        while (cap * 7 < hint * 10)
            cap *= 2;
        gslot *ns = dy_calloc(cap, sizeof *ns);
        if (!ns)
            return NULL;
        for (size_t i = 0; i < t->cap; i++) {
            if (!t->s[i].key)
                continue;
            size_t j = t->s[i].h & (cap - 1);
            while (ns[j].key)
                j = (j + 1) & (cap - 1);
            ns[j] = t->s[i];
        }
        dy_free(t->s);
        t->s = ns;
        t->cap = cap;
    }
    uint32_t h = (uint32_t)mix(dy_hash(k, n));
    size_t i = h & (t->cap - 1);
    for (;; i = (i + 1) & (t->cap - 1)) {
        gslot *s = &t->s[i];
        if (!s->key)
            break;
        if (s->h == h && !memcmp(s->key, k, n) && !s->key[n])
            return s;
    }
    char *key = dy_arena_strndup(ar, k, n);
    if (!key)
        return NULL;
    t->s[i] = (gslot){key, h, UINT32_MAX};
    t->n++;
    return &t->s[i];
}

/* ------------------------------------------------------------ loading */

typedef struct loader {
    dy_geo *g;
    dy_error *err;
    const char *path;
    long line;
    dy_arena tmp;       /* tokenising forms */
    dy_vec toks;        /* dy_tok, reused */
    bool failed;
    bool lenient;       /* skip over-long forms (the country files) */
} loader;

static bool oom(loader *L)
{
    dy_seterr(L->err, DY_ENOMEM, L->path, L->line, "out of memory");
    L->failed = true;
    return false;
}

static bool bad(loader *L, const char *fmt, const char *arg)
{
    dy_seterr(L->err, DY_ESYNTAX, L->path, L->line, fmt, arg);
    L->failed = true;
    return false;
}

static char *slurp(const char *path, dy_error *err, bool *missing)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        if (missing && errno == ENOENT) {
            *missing = true;
            return NULL;
        }
        dy_seterr(err, DY_EIO, path, 0, "cannot open: %s", strerror(errno));
        return NULL;
    }
    dy_buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        dy_buf_add(&b, chunk, n);
    bool rerr = ferror(f);
    fclose(f);
    if (!rerr && !b.oom)
        dy_buf_putc(&b, 0);
    if (rerr || b.oom) {
        dy_seterr(err, rerr ? DY_EIO : DY_ENOMEM, path, 0, "%s",
                  rerr ? "read error" : "out of memory");
        dy_buf_free(&b);
        return NULL;
    }
    if (!dy_utf8_valid(b.data, b.len - 1)) {
        dy_seterr(err, DY_ESYNTAX, path, 0, "not valid UTF-8");
        dy_buf_free(&b);
        return NULL;
    }
    return b.data;
}

/* Splits LINE at tabs/spaces into up to MAX fields; the last takes the
 * rest of the line. */
static int fields(char *line, char **f, int max)
{
    int n = 0;
    char *p = line;
    while (*p && n < max) {
        while (*p == ' ' || *p == '\t')
            p++;
        if (!*p)
            break;
        f[n++] = p;
        if (n == max)
            break;
        while (*p && *p != ' ' && *p != '\t')
            p++;
        if (*p)
            *p++ = 0;
    }
    if (n > 0) {
        char *e = f[n - 1] + strlen(f[n - 1]);
        while (e > f[n - 1] && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
            *--e = 0;
    }
    return n;
}

/* The key of a form: its tokens' folds joined by single spaces.  Plain
 * ASCII words take a fast path (their fold is the lower case). */
static bool form_key(loader *L, const char *s, size_t n, char *key, size_t *klen,
                     size_t *ntok)
{
    bool plain = n > 0;
    for (size_t i = 0; i < n && plain; i++) {
        char c = s[i];
        plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                (c == ' ' && i > 0 && i + 1 < n && s[i - 1] != ' ');
    }
    if (plain) {
        if (n >= GEO_KEYMAX)
            return false;
        size_t nt = 1;
        for (size_t i = 0; i < n; i++) {
            char c = s[i];
            key[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
            nt += c == ' ';
        }
        *klen = n;
        *ntok = nt;
        return nt <= GEO_MAXTOK;
    }
    dy_vec toks = L->toks;
    toks.n = 0;
    bool tokd = dy_tokenize(s, n, &L->tmp, &toks, 64);
    L->toks = toks;
    if (!tokd && toks.n < 64)
        return oom(L);
    if (!tokd)
        return false;   /* over 64 tokens: the caller reports the form */
    size_t k = 0;
    bool ok = toks.n > 0 && toks.n <= GEO_MAXTOK;
    for (size_t i = 0; ok && i < toks.n; i++) {
        const dy_tok *t = &DY_AT(toks, dy_tok, i);
        if (k + t->flen + 1 >= GEO_KEYMAX) {
            ok = false;
            break;
        }
        if (i)
            key[k++] = ' ';
        memcpy(key + k, t->fold, t->flen);
        k += t->flen;
    }
    *klen = k;
    *ntok = toks.n;
    return ok;
}

static bool add_form(loader *L, uint32_t place, const char *s, size_t n)
{
    char key[GEO_KEYMAX];
    size_t klen, ntok;
    while (n > 0 && s[0] == ' ')
        s++, n--;
    while (n > 0 && s[n - 1] == ' ')
        n--;
    if (n == 0)
        return bad(L, "%s", "empty form");
    if (!form_key(L, s, n, key, &klen, &ntok)) {
        if (L->failed)
            return false;
        if (L->lenient)
            return true;
        char shown[80];
        snprintf(shown, sizeof shown, "%.*s", (int)(n < 60 ? n : 60), s);
        return bad(L, "form '%s' is empty or has more than 8 tokens", shown);
    }
    dy_geo *g = L->g;
    gslot *sl = gtab_slot(&g->names, &g->ar, key, klen, g->hint);
    if (!sl)
        return oom(L);
    uint32_t head = sl->val == UINT32_MAX ? 0 : sl->val;
    for (uint32_t p = head; p; p = DY_AT(g->post, posting, p - 1).next)
        if (DY_AT(g->post, posting, p - 1).place == place)
            return true;   /* the same place under the same key */
    posting *np = dy_vec_push(&g->post);
    if (!np)
        return oom(L);
    np->place = place;
    np->next = head;
    sl->val = (uint32_t)g->post.n;
    g->forms++;
    return true;
}

/* Adds the " | "-separated forms of LIST to PLACE. */
static bool add_forms(loader *L, uint32_t place, const char *list)
{
    const char *p = list;
    for (;;) {
        const char *bar = strchr(p, '|');
        size_t n = bar ? (size_t)(bar - p) : strlen(p);
        if (!add_form(L, place, p, n))
            return false;
        if (!bar)
            return true;
        p = bar + 1;
    }
}

/* The first form of a " | " list, trimmed, in the arena. */
static const char *first_form(loader *L, const char *list)
{
    size_t n = strcspn(list, "|");
    while (n > 0 && list[n - 1] == ' ')
        n--;
    return dy_arena_strndup(&L->g->ar, list, n);
}

static dy_geo_place *new_place(loader *L, uint32_t *idx)
{
    dy_geo_place *p = dy_vec_push(&L->g->places);
    if (!p) {
        oom(L);
        return NULL;
    }
    *idx = (uint32_t)(L->g->places.n - 1);
    p->lat = p->lon = NAN;
    return p;
}

static bool is_cc(const char *s)
{
    return strlen(s) == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' &&
           s[1] <= 'Z' && s[2] >= 'A' && s[2] <= 'Z';
}

static bool parse_coord(const char *s, float lim, float *out)
{
    if (!strcmp(s, "-")) {
        *out = NAN;
        return true;
    }
    /* [-]D+[.D{1,7}]: a fixed-point reader, strtod was a tenth of the load */
    bool neg = *s == '-';
    s += neg;
    long ip = 0, fp = 0, scale = 1;
    const char *d = s;
    while (*s >= '0' && *s <= '9' && s - d < 4)
        ip = ip * 10 + (*s++ - '0');
    if (s == d)
        return false;
    if (*s == '.') {
        const char *f0 = ++s;
        while (*s >= '0' && *s <= '9' && s - f0 < 7) {
            fp = fp * 10 + (*s++ - '0');
            scale *= 10;
        }
        if (s == f0)
            return false;
    }
    if (*s)
        return false;
    double v = (double)ip + (double)fp / (double)scale;
    if (v > lim)
        return false;
    *out = (float)(neg ? -v : v);
    return true;
}

static bool parse_u32(const char *s, uint32_t *out)
{
    char *e;
    if (*s < '0' || *s > '9')
        return false;
    errno = 0;
    unsigned long v = strtoul(s, &e, 10);
    if (*e || errno || v > UINT32_MAX)
        return false;
    *out = (uint32_t)v;
    return true;
}

static size_t cc_index(const char *cc)
{
    return (size_t)(cc[0] - 'A') * 676 + (size_t)(cc[1] - 'A') * 26 + (size_t)(cc[2] - 'A');
}

typedef bool (*line_fn)(loader *L, char *line);

/* Calls FN for every line of PATH that is not blank or a comment. */
static bool each_line(loader *L, const char *path, bool optional, line_fn fn)
{
    bool missing = false;
    char *text = slurp(path, L->err, optional ? &missing : NULL);
    if (!text) {
        if (missing)
            return true;
        L->failed = true;
        return false;
    }
    L->path = path;
    L->line = 0;
    size_t len = strlen(text);
    L->g->bytes += len;
    L->g->hint = L->g->forms + len / 30;   /* about 30 bytes a form */
    char *p = text;
    bool ok = true;
    while (ok && *p) {
        char *nl = strchr(p, '\n');
        if (nl)
            *nl = 0;
        L->line++;
        char *s = p;
        while (*s == ' ' || *s == '\t')
            s++;
        if (*s && *s != '#' && *s != '\r')
            ok = fn(L, s);
        p = nl ? nl + 1 : p + strlen(p);
    }
    dy_free(text);
    return ok;
}

/* admin1.txt: CODE  CCC  GEONAMES  TYPE  LAT  LON  forms */
static bool admin1_line(loader *L, char *line)
{
    char *f[7];
    if (fields(line, f, 7) != 7)
        return bad(L, "%s", "expected 7 fields: CODE COUNTRY GEONAMES TYPE LAT LON forms");
    if (strlen(f[0]) >= sizeof ((dy_geo_place *)0)->admin1 || !strchr(f[0], '-'))
        return bad(L, "bad ISO 3166-2 code '%s'", f[0]);
    if (!is_cc(f[1]))
        return bad(L, "bad country code '%s'", f[1]);
    float lat, lon;
    if (!parse_coord(f[4], 90, &lat) || !parse_coord(f[5], 180, &lon))
        return bad(L, "bad coordinates on '%s'", f[0]);
    uint32_t idx;
    dy_geo_place *p = new_place(L, &idx);
    if (!p)
        return false;
    memcpy(p->country, f[1], 4);
    strcpy(p->admin1, f[0]);
    p->lat = lat;
    p->lon = lon;
    p->level = DY_GEO_ADMIN1;
    p->name = first_form(L, f[6]);
    if (!p->name)
        return oom(L);
    if (strcmp(f[2], "-")) {
        char k[32];
        int n = snprintf(k, sizeof k, "%s/%s", f[1], f[2]);
        if (n <= 0 || (size_t)n >= sizeof k)
            return bad(L, "bad GeoNames code '%s'", f[2]);
        if (dy_map_get(&L->g->adm, k, (size_t)n) != UINT32_MAX)
            return bad(L, "GeoNames code '%s' given twice", k);
        if (!dy_map_put(&L->g->adm, k, (size_t)n, idx))
            return oom(L);
    }
    return add_forms(L, idx, f[6]);
}

/* places.txt: ID  CCC  ADMIN1  KIND  POP  LAT  LON  forms */
static bool place_line(loader *L, char *line)
{
    char *f[8];
    if (fields(line, f, 8) != 8)
        return bad(L, "%s", "expected 8 fields: ID COUNTRY ADMIN1 KIND POP LAT LON forms");
    uint32_t id, pop;
    if (!parse_u32(f[0], &id) || id == 0)
        return bad(L, "bad GeoNames id '%s'", f[0]);
    if (!is_cc(f[1]))
        return bad(L, "bad country code '%s'", f[1]);
    if (strlen(f[3]) != 1 || !strchr("CAP", f[3][0]))
        return bad(L, "bad kind '%s' (C, A or P)", f[3]);
    if (!parse_u32(f[4], &pop))
        return bad(L, "bad population '%s'", f[4]);
    float lat, lon;
    if (!parse_coord(f[5], 90, &lat) || !parse_coord(f[6], 180, &lon))
        return bad(L, "bad coordinates on id %s", f[0]);
    uint32_t idx;
    dy_geo_place *p = new_place(L, &idx);
    if (!p)
        return false;
    p->id = id;
    memcpy(p->country, f[1], 4);
    char k[32];
    int n = snprintf(k, sizeof k, "%s/%s", f[1], f[2]);
    if (n > 0 && (size_t)n < sizeof k) {
        uint32_t a = dy_map_get(&L->g->adm, k, (size_t)n);
        if (a != UINT32_MAX)
            strcpy(p->admin1, DY_AT(L->g->places, dy_geo_place, a).admin1);
    }
    p->pop = pop;
    p->lat = lat;
    p->lon = lon;
    p->level = DY_GEO_CITY;
    p->capital = f[3][0] == 'C';
    p->seat = f[3][0] == 'A';
    p->name = first_form(L, f[7]);
    if (!p->name)
        return oom(L);
    /* the country's range of places, for exonyms.txt */
    dy_geo *g = L->g;
    size_t ci = cc_index(f[1]);
    if (!g->cfirst[ci])
        g->cfirst[ci] = idx + 1;
    else if (g->clast[ci] != idx)
        return bad(L, "country %s: places.txt is not grouped by country", f[1]);
    g->clast[ci] = idx + 1;
    return add_forms(L, idx, f[7]);
}

/* exonyms.txt: ID  CCC  GeoNames name = forms */
static bool exonym_line(loader *L, char *line)
{
    char *f[3];
    if (fields(line, f, 3) != 3)
        return bad(L, "%s", "expected: ID COUNTRY name = form | form ...");
    uint32_t id;
    dy_geo *g = L->g;
    uint32_t idx = UINT32_MAX;
    if (!is_cc(f[1]))
        return bad(L, "bad country code '%s'", f[1]);
    if (strchr(f[0], '-')) {   /* an ISO 3166-2 code of admin1.txt */
        for (size_t i = 0; i < g->places.n && idx == UINT32_MAX; i++) {
            const dy_geo_place *q = &DY_AT(g->places, dy_geo_place, i);
            if (q->level == DY_GEO_ADMIN1 && !strcmp(q->admin1, f[0]))
                idx = (uint32_t)i;
        }
        if (idx == UINT32_MAX)
            return bad(L, "ISO 3166-2 code '%s' is not in admin1.txt", f[0]);
    } else {
        if (!parse_u32(f[0], &id))
            return bad(L, "bad GeoNames id '%s'", f[0]);
        size_t ci = cc_index(f[1]);
        for (uint32_t i = g->cfirst[ci]; i && i <= g->clast[ci] && idx == UINT32_MAX; i++)
            if (DY_AT(g->places, dy_geo_place, i - 1).id == id)
                idx = i - 1;
        if (idx == UINT32_MAX)
            return bad(L, "GeoNames id '%s' is not in places.txt with this country", f[0]);
    }
    dy_geo_place *p = &DY_AT(g->places, dy_geo_place, idx);
    if (strcmp(p->country, f[1]))
        return bad(L, "country '%s' differs from admin1.txt", f[1]);
    char *eq = strstr(f[2], " = ");
    if (!eq)
        return bad(L, "%s", "missing ' = ' after the GeoNames name");
    *eq = 0;
    if (strcmp(p->name, f[2]))
        return bad(L, "name '%s' differs from places.txt or admin1.txt", f[2]);
    L->g->exonyms++;
    return add_forms(L, idx, eq + 3);
}

/* countries: CODE  KIND  forms; only "name" lines of 3-letter codes. */
static bool country_line(loader *L, char *line)
{
    char *f[3];
    if (fields(line, f, 3) != 3)
        return true;   /* dict.c checks these files; skip what we don't use */
    if (strcmp(f[1], "name") || !is_cc(f[0]))
        return true;
    L->lenient = true;
    uint32_t idx = dy_map_get(&L->g->ctry, f[0], 3);
    if (idx == UINT32_MAX) {
        dy_geo_place *p = new_place(L, &idx);
        if (!p)
            return false;
        memcpy(p->country, f[0], 4);
        p->level = DY_GEO_COUNTRY;
        p->name = first_form(L, f[2]);
        if (!p->name || !dy_map_put(&L->g->ctry, f[0], 3, idx))
            return oom(L);
    }
    bool ok = add_forms(L, idx, f[2]);
    L->lenient = false;
    return ok;
}

/* locative.LANG.txt: LEVEL  pattern (X: the place; ~: 1-3 lower-case words) */
static const char *pat_lang;
static bool pat_capstop;
static bool pattern_line(loader *L, char *line)
{
    char *f[2];
    if (fields(line, f, 2) != 2)
        return bad(L, "%s", "expected: LEVEL pattern");
    pattern pt = {0};
    snprintf(pt.lang, sizeof pt.lang, "%s", pat_lang);
    if (!strcmp(f[0], "option")) {
        if (strcmp(f[1], "no-capital-after"))
            return bad(L, "unknown option '%s' (no-capital-after)", f[1]);
        pat_capstop = true;
        return true;
    }
    pt.capstop = pat_capstop;
    if (!strcmp(f[0], "any"))
        pt.level = 0;
    else if (!strcmp(f[0], "dir"))
        pt.dir = 1;
    else if (!strcmp(f[0], "venue"))
        pt.venue = 1;
    else if (!strcmp(f[0], "city"))
        pt.level = DY_GEO_CITY;
    else if (!strcmp(f[0], "admin1"))
        pt.level = DY_GEO_ADMIN1;
    else if (!strcmp(f[0], "country"))
        pt.level = DY_GEO_COUNTRY;
    else
        return bad(L, "bad level '%s' (any, dir, venue, city, admin1, country)", f[0]);
    dy_vec toks = DY_VEC(dy_tok);
    if (!dy_tokenize(f[1], strlen(f[1]), &L->tmp, &toks, 64)) {
        dy_vec_free(&toks);
        return oom(L);
    }
    int nx = 0;
    bool ok = toks.n > 0 && toks.n <= GEO_MAXPAT;
    for (size_t i = 0; ok && i < toks.n; i++) {
        const dy_tok *t = &DY_AT(toks, dy_tok, i);
        const char *raw = f[1] + t->off;
        if (t->len == 1 && *raw == 'X') {
            pt.tok[i] = X_SLOT;
            nx++;
        } else if (t->len == 1 && *raw == '~') {
            pt.tok[i] = SKIP_SLOT;
            if (i + 1 < toks.n && raw[1] != ' ')
                ok = false;
        } else {
            pt.tok[i] = dy_arena_strndup(&L->g->ar, t->fold, t->flen);
            if (!pt.tok[i]) {
                dy_vec_free(&toks);
                return oom(L);
            }
        }
    }
    pt.ntok = (uint8_t)toks.n;
    dy_vec_free(&toks);
    if (!ok || nx != 1)
        return bad(L, "pattern '%s' must have one X and at most 16 tokens", f[1]);
    pattern *np = dy_vec_push(&L->g->pats);
    if (!np)
        return oom(L);
    *np = pt;
    return true;
}

/* The index of language LANG in lead_lang (struct dy_geo), or -1. */
static int lead_of(const dy_geo *g, const char *lang)
{
    for (int l = 0; l < g->nlead; l++)
        if (!strcmp(g->lead_lang[l], lang))
            return l;
    return -1;
}

/* The bucket of the patterns a word of LEN bytes at W may start: its
 * first and last bytes and its length, so that a token tries few patterns
 * besides those of its own first word. */
static inline unsigned lead_bucket(const char *w, size_t len)
{
    return ((unsigned char)w[0] * 7u + (unsigned char)w[len - 1] * 131u + (unsigned)len * 31u) & 255u;
}

/* Fills lead_idx, lead_off and lead_len (struct dy_geo) once the patterns
 * are final: most tokens start no pattern, a sentence is read token by
 * token, and a language's text tries only its own patterns. */
static void geo_index_patterns(dy_geo *g)
{
    for (size_t p = 0; p < g->pats.n; p++) {
        pattern *pt = &DY_AT(g->pats, pattern, p);
        for (int k = 0; k < pt->ntok && k < GEO_MAXPAT; k++) {
            size_t len = pt->tok[k] ? strlen(pt->tok[k]) : 0;
            pt->tlen[k] = (uint8_t)(len < 255 ? len : 255);
        }
    }
    g->lead_idx = NULL;
    g->nlead = 0;
    for (size_t p = 0; p < g->pats.n; p++) {
        const pattern *pt = &DY_AT(g->pats, pattern, p);
        if (lead_of(g, pt->lang) >= 0)
            continue;
        if (g->nlead == GEO_LANGS)
            return;
        memcpy(g->lead_lang[g->nlead++], pt->lang, sizeof pt->lang);
    }
    /* each pattern's language and bucket (-1: a slot first, every bucket) */
    int16_t *pl = g->pats.n ? dy_arena_alloc(&g->ar, g->pats.n * sizeof *pl) : NULL;
    int16_t *pb = g->pats.n ? dy_arena_alloc(&g->ar, g->pats.n * sizeof *pb) : NULL;
    if (g->pats.n && (!pl || !pb))
        return;
    for (size_t p = 0; p < g->pats.n; p++) {
        const pattern *pt = &DY_AT(g->pats, pattern, p);
        const char *w = pt->ntok ? pt->tok[0] : "";
        pl[p] = (int16_t)lead_of(g, pt->lang);
        pb[p] = (unsigned char)w[0] <= 2 ? -1 : (int16_t)lead_bucket(w, strlen(w));
    }
    size_t total = 0;
    for (int l = 0; l < g->nlead; l++)
        for (int b = 0; b < 256; b++) {
            g->lead_off[l * 256 + b] = (uint32_t)total;
            for (size_t p = 0; p < g->pats.n; p++)
                total += pl[p] == l && (pb[p] < 0 || pb[p] == b);
        }
    g->lead_off[g->nlead * 256] = (uint32_t)total;
    uint32_t *idx = total ? dy_arena_alloc(&g->ar, total * sizeof *idx) : NULL;
    g->lead_len = total ? dy_arena_alloc(&g->ar, total) : NULL;
    g->lead_run = total ? dy_arena_alloc(&g->ar, total * sizeof *g->lead_run) : NULL;
    if (!idx || !g->lead_len || !g->lead_run)
        return;
    for (int l = 0; l < g->nlead; l++)
        for (int b = 0; b < 256; b++) {
            uint32_t k = g->lead_off[l * 256 + b];
            for (size_t p = 0; p < g->pats.n; p++) {
                if (pl[p] != l || (pb[p] >= 0 && pb[p] != b))
                    continue;
                const pattern *pt = &DY_AT(g->pats, pattern, p);
                g->lead_len[k] = pb[p] < 0 ? 0 : pt->tlen[0];
                idx[k++] = (uint32_t)p;
            }
            /* the runs of one first word, from the bucket's end back */
            uint32_t b0 = g->lead_off[l * 256 + b];
            for (uint32_t j = k; j-- > b0;) {
                const pattern *pj = &DY_AT(g->pats, pattern, idx[j]);
                uint8_t lj = g->lead_len[j];
                bool same = j + 1 < k && lj && lj < 255 && g->lead_len[j + 1] == lj &&
                            !memcmp(pj->tok[0], DY_AT(g->pats, pattern, idx[j + 1]).tok[0], lj);
                g->lead_run[j] = !lj || lj == 255 ? j + 1 : same ? g->lead_run[j + 1] : j + 1;
            }
        }
    g->lead_idx = idx;
}

/* Builds the names' filters (gtab.bloom, gtab.prefix) once the names are
 * final: about eight bits a key, so a name that is not there passes 1
 * time in 20.  Out of memory: no filters, every lookup probes the table
 * (the same answers, slower). */
static void geo_index_names(dy_geo *g)
{
    gtab *t = &g->names;
    unsigned lg = 12;
    while (lg < 26 && ((size_t)1 << lg) < t->n * 8)
        lg++;
    size_t words = ((size_t)1 << lg) / 64;
    uint64_t *f = dy_arena_alloc(&g->ar, words * sizeof *f);
    uint64_t *pf = dy_arena_alloc(&g->ar, words * sizeof *pf);
    if (!f || !pf)
        return;
    memset(f, 0, words * sizeof *f);
    memset(pf, 0, words * sizeof *pf);
    for (size_t i = 0; i < t->cap; i++) {
        const char *k = t->s[i].key;
        if (!k)
            continue;
        bloom_set(f, lg, t->s[i].h);
        for (const char *sp = strchr(k, ' '); sp; sp = strchr(sp + 1, ' '))
            bloom_set(pf, lg, (uint32_t)mix(dy_hash(k, (size_t)(sp - k))));
    }
    t->bloom = f;
    t->prefix = pf;
    t->lg = lg;
}

dy_geo *dy_geo_load(const char *dir, dy_error *err)
{
    dy_geo *g = dy_calloc(1, sizeof *g);
    if (!g) {
        dy_seterr(err, DY_ENOMEM, dir, 0, "out of memory");
        return NULL;
    }
    g->places = (dy_vec)DY_VEC(dy_geo_place);
    g->post = (dy_vec)DY_VEC(posting);
    g->pats = (dy_vec)DY_VEC(pattern);
    loader L = {.g = g, .err = err, .toks = DY_VEC(dy_tok)};
    char path[4096];
    bool ok = true;
#define FILE_(fmt, arg, opt, fn)                                               \
    do {                                                                       \
        if (ok) {                                                              \
            snprintf(path, sizeof path, fmt, dir, arg);                        \
            ok = each_line(&L, path, opt, fn);                                 \
        }                                                                      \
    } while (0)
    FILE_("%s/geo/admin1.txt%s", "", false, admin1_line);
    FILE_("%s/geo/places.txt%s", "", false, place_line);
    FILE_("%s/geo/exonyms.txt%s", "", false, exonym_line);
    static const char *langs[] = {"en", "de"}; /* English names first */
    for (size_t i = 0; i < 2; i++) {
        FILE_("%s/gen/countries.%s.txt", langs[i], true, country_line);
        FILE_("%s/%s/countries.txt", langs[i], true, country_line);
        pat_lang = langs[i];
        pat_capstop = false;
        FILE_("%s/geo/locative.%s.txt", langs[i], true, pattern_line);
    }
#undef FILE_
    dy_arena_free(&L.tmp);
    dy_vec_free(&L.toks);
    if (!ok) {
        dy_geo_free(g);
        return NULL;
    }
    /* A country's point is its capital's. */
    for (size_t i = 0; i < g->places.n; i++) {
        dy_geo_place *p = &DY_AT(g->places, dy_geo_place, i);
        if (p->level != DY_GEO_CITY || !p->capital)
            continue;
        uint32_t c = dy_map_get(&g->ctry, p->country, 3);
        if (c == UINT32_MAX)
            continue;
        dy_geo_place *cp = &DY_AT(g->places, dy_geo_place, c);
        if (isnan(cp->lat) || p->pop > cp->pop) {
            cp->lat = p->lat;
            cp->lon = p->lon;
            cp->pop = p->pop;   /* the capital's: only to pick the largest */
        }
    }
    for (size_t i = 0; i < g->places.n; i++) {
        dy_geo_place *p = &DY_AT(g->places, dy_geo_place, i);
        if (p->level == DY_GEO_COUNTRY)
            p->pop = 0;
    }
    geo_index_patterns(g);
    geo_index_names(g);
    return g;
}

void dy_geo_free(dy_geo *g)
{
    if (!g)
        return;
    dy_arena_free(&g->ar);
    dy_vec_free(&g->places);
    dy_vec_free(&g->post);
    dy_vec_free(&g->pats);
    dy_free(g->names.s);
    dy_map_free(&g->adm);
    dy_map_free(&g->ctry);
    dy_free(g);
}

void dy_geo_stats_get(const dy_geo *g, dy_geo_stats *st)
{
    memset(st, 0, sizeof *st);
    for (size_t i = 0; i < g->places.n; i++) {
        const dy_geo_place *p = &DY_AT(g->places, dy_geo_place, i);
        if (p->level == DY_GEO_CITY)
            st->places++;
        else if (p->level == DY_GEO_ADMIN1)
            st->admin1++;
        else
            st->countries++;
    }
    st->exonyms = g->exonyms;
    st->forms = g->forms;
    st->patterns = g->pats.n;
    st->bytes = g->bytes;
}

const char *dy_loc_level_name(dy_loc_level l)
{
    switch (l) {
    case DY_LOC_CITY: return "city";
    case DY_LOC_REGION: return "region";
    case DY_LOC_COUNTRY: return "country";
    case DY_LOC_NONE: break;
    }
    return "";
}

/* ------------------------------------------------------------- lookup */

typedef struct ranked { const dy_geo_place *p; int ctx, lvl, top; uint32_t pop; } ranked;

static int cmp_ranked(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    if (x->ctx != y->ctx)
        return y->ctx - x->ctx;
    if (x->lvl != y->lvl)
        return y->lvl - x->lvl;
    if (x->top != y->top)
        return y->top - x->top;
    if (x->pop != y->pop)
        return x->pop < y->pop ? 1 : -1;
    if (x->p->id != y->p->id)
        return x->p->id < y->p->id ? -1 : 1;
    return x->p->level < y->p->level ? -1 : x->p->level > y->p->level;
}

static bool tok_ok(const dy_tok *t)
{
    return t->type == TK_WORD || t->type == TK_NUM || t->type == TK_PUNCT ||
           t->type == TK_HYPHEN || t->type == TK_SLASH;
}

/* Collects and ranks the places under KEY into OUT; DERIVED keeps only the
 * places a declined form may stand for. */
static size_t collect(const dy_geo *g, const char *key, size_t klen, bool derived,
                      const char *ctx, int level, const dy_geo_place **out,
                      size_t max)
{
    uint32_t head = gtab_get(&g->names, key, klen);
    if (head == UINT32_MAX)
        return 0;
    ranked r[64];
    size_t n = 0;
    for (uint32_t q = head; q && n < 64; q = DY_AT(g->post, posting, q - 1).next) {
        const dy_geo_place *p =
            &DY_AT(g->places, dy_geo_place, DY_AT(g->post, posting, q - 1).place);
        if (derived && !(p->capital || p->seat || p->pop >= GEO_DERIVED_POP ||
                         p->level != DY_GEO_CITY))
            continue;
        r[n].p = p;
        r[n].ctx = ctx && !strcmp(ctx, p->country);
        r[n].lvl = level && p->level == level;
        r[n].top = p->level == DY_GEO_COUNTRY || p->capital;
        r[n].pop = p->level == DY_GEO_ADMIN1 ? GEO_DIV_POP : p->pop;
        n++;
    }
    qsort(r, n, sizeof r[0], cmp_ranked);
    if (n > max)
        n = max;
    for (size_t i = 0; i < n; i++)
        out[i] = r[i].p;
    return n;
}

/* A German compound of a compass point and a country ("Nordsyrien",
 * "Ostukraine", "Südostasien" is none): the country, when KEY is no name
 * of its own (Nordkorea, Südsudan, Nordirland are, and win).  Countries
 * only: "Südtirol" is no part of Tyrol's country. */
static size_t compass_country(const dy_geo *g, const char *key, size_t kl,
                              const dy_geo_place **out, size_t max)
{
    static const char *const pre[] = {"nordost", "nordwest", "südost", "südwest",
                                      "nord", "süd", "ost", "west"};
    for (size_t i = 0; i < sizeof pre / sizeof pre[0]; i++) {
        size_t pl = strlen(pre[i]);
        if (kl < pl + 4 || memcmp(key, pre[i], pl))
            continue;
        const dy_geo_place *c[4];
        size_t n = collect(g, key + pl, kl - pl, false, NULL, 0, c, 4), m = 0;
        for (size_t j = 0; j < n && m < max; j++)
            if (c[j]->level == DY_GEO_COUNTRY)
                out[m++] = c[j];
        return m;
    }
    return 0;
}

size_t dy_geo_lookup(const dy_geo *g, const dy_tok *t, size_t n, size_t i,
                     const char *ctx, int level,
                     const dy_geo_place **out, size_t max, size_t *nout)
{
    *nout = 0;
    if (i >= n || t[i].type != TK_WORD || !(t[i].flags & (TF_CAP | TF_ALLCAPS)))
        return 0;
    size_t lens[GEO_MAXTOK + 1];
    char key[GEO_KEYMAX];
    size_t k = 0, m = 0;
    for (size_t j = i; j < n && m < GEO_MAXTOK; j++) {
        if (!tok_ok(&t[j]) || (j > i && (t[j].flags & TF_NEWPARA)))
            break;
        if (k + t[j].flen + 1 >= GEO_KEYMAX)
            break;
        if (j > i)
            key[k++] = ' ';
        memcpy(key + k, t[j].fold, t[j].flen);
        k += t[j].flen;
        lens[++m] = k;
        /* no name goes on after these words: read no more */
        if (!gtab_prefix_maybe(&g->names, key, k))
            break;
    }
    for (size_t len = m; len >= 1; len--) {
        /* a name ends on a word */
        const dy_tok *last = &t[i + len - 1];
        if (last->type != TK_WORD && last->type != TK_NUM &&
            !(last->type == TK_PUNCT && last->flen == 1 && last->fold[0] == '.'))
            continue;
        size_t c = collect(g, key, lens[len], false, ctx, level, out, max);
        if (c) {
            *nout = c;
            return len;
        }
        /* German declension of the last token: Kiews, Kiewer */
        size_t fl = last->flen, kl = lens[len];
        if (last->type == TK_WORD && fl >= 5 && key[kl - 1] == 's')
            c = collect(g, key, kl - 1, true, ctx, level, out, max);
        if (!c && last->type == TK_WORD && fl >= 6 && key[kl - 2] == 'e' &&
            key[kl - 1] == 'r')
            c = collect(g, key, kl - 2, true, ctx, level, out, max);
        if (!c && len == 1 && last->type == TK_WORD)
            c = compass_country(g, key, kl, out, max);
        if (c) {
            *nout = c;
            return len;
        }
    }
    return 0;
}

/* ---------------------------------------------------------- locatives */

const dy_geo_place *dy_geo_capital(const dy_geo *g, const char *cc)
{
    if (!cc || !is_cc(cc))
        return NULL;
    size_t ci = cc_index(cc);
    const dy_geo_place *best = NULL;
    for (uint32_t i = g->cfirst[ci]; i && i <= g->clast[ci]; i++) {
        const dy_geo_place *p = &DY_AT(g->places, dy_geo_place, i - 1);
        if (p->capital && (!best || p->pop > best->pop))
            best = p;
    }
    return best;
}

const dy_geo_place *dy_geo_country(const dy_geo *g, const char *cc)
{
    if (!g || !cc || !is_cc(cc))
        return NULL;
    uint32_t idx = dy_map_get(&g->ctry, cc, 3);
    return idx == UINT32_MAX ? NULL : &DY_AT(g->places, dy_geo_place, idx);
}

static bool tok_eq(const dy_tok *t, const char *w)
{
    return t->flen == strlen(w) && !memcmp(t->fold, w, t->flen);
}

static bool is_lower_word(const dy_tok *t)
{
    return t->type == TK_WORD && !(t->flags & (TF_CAP | TF_ALLCAPS));
}

/* Matches pattern tokens [pi, ntok) at text token j; on success fills LOC
 * and returns the end token (exclusive), else 0. */
/* The last lookup at each level asked for, within one dy_geo_locatives
 * call (CTX and LAST fixed): "in X", "in X province", "in X region" ...
 * look up the same token. */
typedef struct lk_memo {
    size_t j[4], len[4], nc[4];
    const dy_geo_place *c[4][4];
} lk_memo;

static size_t memo_lookup(const dy_geo *g, lk_memo *m, const dy_tok *t, size_t last, size_t j,
                          const char *ctx, int level, const dy_geo_place **c, size_t *nc)
{
    int l = level >= 0 && level < 4 ? level : 0;
    if (level == l && m->j[l] == j + 1) {
        *nc = m->nc[l];
        memcpy(c, m->c[l], sizeof m->c[l]);
        return m->len[l];
    }
    size_t len = dy_geo_lookup(g, t, last, j, ctx, level, c, 4, nc);
    if (level == l) {
        m->j[l] = j + 1;
        m->len[l] = len;
        m->nc[l] = *nc;
        memcpy(m->c[l], c, sizeof m->c[l]);
    }
    return len;
}

static size_t match(const dy_geo *g, const pattern *pt, size_t pi, const dy_tok *t,
                    size_t j, size_t last, const char *ctx, dy_geo_loc *loc, lk_memo *m)
{
    for (; pi < pt->ntok; pi++) {
        const char *w = pt->tok[pi];
        if (w == SKIP_SLOT) {
            for (size_t s = 1; s <= 3 && j + s <= last; s++) {
                if (!is_lower_word(&t[j + s - 1]))
                    break;
                size_t e = match(g, pt, pi + 1, t, j + s, last, ctx, loc, m);
                if (e)
                    return e;
            }
            return 0;
        }
        if (j >= last)
            return 0;
        if (w == X_SLOT) {
            const dy_geo_place *c[4] = {0};
            size_t nc = 0;
            size_t len = memo_lookup(g, m, t, last, j, ctx, pt->level, c, &nc);
            if (!len)
                return 0;
            if (pt->capstop && j + len < last && t[j + len].type == TK_WORD &&
                (t[j + len].flags & (TF_CAP | TF_ALLCAPS)) &&
                !(t[j + len].flags & TF_DATELINE) &&
                !(pi + 1 < pt->ntok && pt->tok[pi + 1] != X_SLOT &&
                  pt->tok[pi + 1] != SKIP_SLOT && tok_eq(&t[j + len], pt->tok[pi + 1])))
                return 0;
            size_t e = match(g, pt, pi + 1, t, j + len, last, ctx, loc, m);
            if (!e)
                return 0;
            loc->pfirst = (uint32_t)j;
            loc->plast = (uint32_t)(j + len);
            loc->ncand = (uint8_t)nc;
            for (size_t q = 0; q < nc; q++)
                loc->cand[q] = c[q];
            return e;
        }
        if ((pt->tlen[pi] < 255 ? pt->tlen[pi] : strlen(w)) != t[j].flen ||
            memcmp(w, t[j].fold, t[j].flen))
            return 0;
        j++;
    }
    return j;
}

size_t dy_geo_locatives(const dy_geo *g, const char *lang, const dy_tok *t,
                        size_t first, size_t last, const char *ctx,
                        dy_geo_loc *out, size_t max)
{
    size_t n = 0;
    size_t i = first;
    int l = g->lead_idx ? lead_of(g, lang) : -1;
    if (g->lead_idx && l < 0)
        return 0; /* no pattern of this language */
    lk_memo memo;
    memset(&memo, 0, sizeof memo);
    while (i < last && n < max) {
        dy_geo_loc best = {0};
        size_t bend = 0;
        size_t bk = (size_t)l * 256 + (t[i].flen ? lead_bucket(t[i].fold, t[i].flen) : 0);
        size_t np = g->lead_idx ? g->lead_off[bk + 1] - g->lead_off[bk] : g->pats.n;
        size_t b0 = g->lead_idx ? g->lead_off[bk] : 0, ok_end = 0;
        for (size_t q = 0; q < np; q++) {
            size_t p = q, pi = 0;
            const pattern *pt;
            if (g->lead_idx) {
                size_t k = b0 + q;
                /* a first word of another length: not this token, nor
                 * the patterns after it that start with the same word */
                uint8_t ll = g->lead_len[k];
                if (ll && ll < 255 && ll != t[i].flen) {
                    q = g->lead_run[k] - 1 - b0;
                    continue;
                }
                pt = &DY_AT(g->pats, pattern, g->lead_idx[k]);
                /* a first word of this length among this language's
                 * patterns: its bytes (once a run), then the rest of the
                 * pattern */
                if (ll && ll < 255) {
                    if (k >= ok_end) {
                        if (memcmp(pt->tok[0], t[i].fold, ll)) {
                            q = g->lead_run[k] - 1 - b0;
                            continue;
                        }
                        ok_end = g->lead_run[k];
                    }
                    pi = 1;
                }
            } else {
                pt = &DY_AT(g->pats, pattern, p);
                /* most tokens start no pattern: its first word, when it is
                 * a word (not X or ~), must be this token */
                const char *w0 = pt->ntok ? pt->tok[0] : "";
                if ((unsigned char)w0[0] > 2 &&
                    (w0[0] != t[i].fold[0] || strlen(w0) != t[i].flen ||
                     memcmp(w0, t[i].fold, t[i].flen)))
                    continue;
                if (strcmp(pt->lang, lang))
                    continue;
            }
            /* the next word of the pattern, when it is a word, against the
             * next token (length and first byte) before the full match:
             * most patterns of a common first word ("in", "im") end here */
            if (pi < pt->ntok && pt->tok[pi] != X_SLOT && pt->tok[pi] != SKIP_SLOT &&
                pt->tlen[pi] < 255 &&
                (i + pi >= last || pt->tlen[pi] != t[i + pi].flen || pt->tok[pi][0] != t[i + pi].fold[0]))
                continue;
            dy_geo_loc loc = {0};
            size_t e = match(g, pt, pi, t, i + pi, last, ctx, &loc, &memo);
            if (e > bend) {
                bend = e;
                best = loc;
                best.dir = pt->dir;
                best.venue = pt->venue;
            }
        }
        if (bend) {
            best.first = (uint32_t)i;
            best.last = (uint32_t)bend;
            out[n++] = best;
            i = bend;
        } else {
            i++;
        }
    }
    return n;
}

const dy_geo_place *dy_geo_dateline(const dy_geo *g, const dy_tok *t, size_t n)
{
    /* Place names separated by commas or slashes at the start of the text;
     * the last one counts: "Berlin, Brasília (epd)" is reported from
     * Brasília, the first name being the agency's desk. */
    const dy_geo_place *last = NULL;
    size_t i = 0;
    while (i < n && i < 24 && !(i > 0 && (t[i].flags & TF_NEWPARA))) {
        const dy_geo_place *c[1];
        size_t nc;
        size_t len = dy_geo_lookup(g, t, n, i, NULL, 0, c, 1, &nc);
        if (len && nc) {
            last = c[0];
            i += len;
        } else if (last && (tok_eq(&t[i], ",") || tok_eq(&t[i], "/"))) {
            i++;
        } else {
            break;
        }
    }
    if (!last)
        return NULL;
    if (t[0].flags & TF_DATELINE)
        return last;   /* dy_mark_dateline found "BERLIN (dpa) -" */
    /* otherwise an agency in parentheses must follow: "Kampala, Dakar (epd)" */
    if (i + 2 < n && tok_eq(&t[i], "(") && t[i + 1].type == TK_WORD &&
        (tok_eq(&t[i + 2], ")") || (i + 4 < n && tok_eq(&t[i + 3], ")"))))
        return last;
    /* "MADRID, June 29. /TASS/.": a date, then the agency between slashes */
    for (size_t j = i; j + 2 < n && j < i + 8; j++)
        if (tok_eq(&t[j], "/") && t[j + 1].type == TK_WORD &&
            (t[j + 1].flags & TF_ALLCAPS) && tok_eq(&t[j + 2], "/"))
            return last;
    return NULL;
}

/* ------------------------------------------------- the dictionary cache */

/* The gazetteer as one blob of the dictionary cache (src/dict/cache.c):
 * counts, then places, the name table's slots as they are (so lookups
 * probe as in the loaded table), postings, the country ranges, the
 * locative patterns and the strings.  Strings are offsets into the string
 * part; X and ~ of a pattern and NULL are the offsets GS_X, GS_SKIP and
 * GS_NONE.  The division and country maps only serve loading: not kept. */
#define GEO_BLOB_MAGIC 0x314F4547u /* "GEO1" */
static const char GEO_OOM[] = "out of memory";
enum { GS_NONE = 0xFFFFFFFFu, GS_X = 0xFFFFFFFEu, GS_SKIP = 0xFFFFFFFDu };

typedef struct g_head {
    uint32_t magic, nplaces, cap, nnames, npost, npats;
    uint64_t exonyms, forms, bytes, hint, nstr;
} g_head;
typedef struct g_place {
    uint32_t id;
    char country[4], admin1[12];
    float lat, lon;
    uint32_t pop;
    uint8_t level, capital, seat, pad;
    uint32_t name;
} g_place;
typedef struct g_slot { uint32_t key, h, val; } g_slot;
typedef struct g_pat {
    char lang[4];
    uint8_t capstop, level, ntok, dir;
    uint32_t tok[GEO_MAXPAT];
} g_pat;

typedef struct g_enc {
    dy_buf str;
    dy_map seen; /* pointer bytes -> offset */
} g_enc;

static uint32_t g_str(g_enc *e, const char *s)
{
    if (!s)
        return GS_NONE;
    if (s == X_SLOT)
        return GS_X;
    if (s == SKIP_SLOT)
        return GS_SKIP;
    uint32_t o = dy_map_get(&e->seen, (const char *)&s, sizeof s);
    if (o != UINT32_MAX)
        return o;
    if (e->str.len >= GS_SKIP) {
        e->str.oom = true;
        return GS_NONE;
    }
    o = (uint32_t)e->str.len;
    dy_buf_add(&e->str, s, strlen(s) + 1);
    if (!dy_map_put(&e->seen, (const char *)&s, sizeof s, o))
        e->str.oom = true;
    return o;
}

bool dy_geo_encode(const dy_geo *g, dy_buf *out)
{
    g_enc e = {{0}, {0}};
    dy_buf b = {0};
    g_head h = {GEO_BLOB_MAGIC, (uint32_t)g->places.n, (uint32_t)g->names.cap,
                (uint32_t)g->names.n, (uint32_t)g->post.n, (uint32_t)g->pats.n,
                g->exonyms, g->forms, g->bytes, g->hint, 0};
    bool ok = g->places.n < UINT32_MAX && g->names.cap < UINT32_MAX &&
              g->post.n < UINT32_MAX && g->pats.n < UINT32_MAX;
    for (size_t i = 0; ok && i < g->places.n; i++) {
        const dy_geo_place *p = &DY_AT(g->places, dy_geo_place, i);
        g_place r;
        memset(&r, 0, sizeof r);
        r.id = p->id;
        memcpy(r.country, p->country, 4);
        memcpy(r.admin1, p->admin1, 12);
        r.lat = p->lat;
        r.lon = p->lon;
        r.pop = p->pop;
        r.level = p->level;
        r.capital = p->capital;
        r.seat = p->seat;
        r.name = g_str(&e, p->name);
        dy_buf_add(&b, (const char *)&r, sizeof r);
    }
    for (size_t i = 0; ok && i < g->names.cap; i++) {
        const gslot *s = &g->names.s[i];
        g_slot r = {g_str(&e, s->key), s->h, s->val};
        dy_buf_add(&b, (const char *)&r, sizeof r);
    }
    if (ok && g->post.n)
        dy_buf_add(&b, g->post.items, g->post.n * sizeof(posting));
    if (ok) {
        dy_buf_add(&b, (const char *)g->cfirst, sizeof g->cfirst);
        dy_buf_add(&b, (const char *)g->clast, sizeof g->clast);
    }
    for (size_t i = 0; ok && i < g->pats.n; i++) {
        const pattern *p = &DY_AT(g->pats, pattern, i);
        g_pat r;
        memset(&r, 0, sizeof r);
        memcpy(r.lang, p->lang, 4);
        r.capstop = (uint8_t)(p->capstop | p->venue << 1); /* bit 1: venue */
        r.dir = p->dir;
        r.level = p->level;
        r.ntok = p->ntok;
        for (int k = 0; k < GEO_MAXPAT; k++)
            r.tok[k] = g_str(&e, p->tok[k]);
        dy_buf_add(&b, (const char *)&r, sizeof r);
    }
    h.nstr = e.str.len;
    ok = ok && !b.oom && !e.str.oom;
    if (ok) {
        dy_buf_add(out, (const char *)&h, sizeof h);
        if (b.len)
            dy_buf_add(out, b.data, b.len);
        if (e.str.len)
            dy_buf_add(out, e.str.data, e.str.len);
        ok = !out->oom;
    }
    dy_buf_free(&b);
    dy_buf_free(&e.str);
    dy_map_free(&e.seen);
    return ok;
}

/* A pattern token or a name from offset O of the strings S[0..N). */
static const char *g_at(const char *s, uint64_t n, uint32_t o, bool pat, bool *bad)
{
    if (o == GS_NONE)
        return NULL;
    if (pat && o == GS_X)
        return X_SLOT;
    if (pat && o == GS_SKIP)
        return SKIP_SLOT;
    if (o >= n) {
        *bad = true;
        return NULL;
    }
    return s + o;
}

dy_geo *dy_geo_decode(const void *buf, size_t len, const char **why)
{
    g_head h;
    const char *p = buf;
    *why = "bad gazetteer";
    if (len < sizeof h)
        return NULL;
    memcpy(&h, p, sizeof h);
    uint64_t need = sizeof h + (uint64_t)h.nplaces * sizeof(g_place) +
                    (uint64_t)h.cap * sizeof(g_slot) + (uint64_t)h.npost * sizeof(posting) +
                    2 * sizeof(((dy_geo *)0)->cfirst) + (uint64_t)h.npats * sizeof(g_pat) + h.nstr;
    if (h.magic != GEO_BLOB_MAGIC || need != len || (h.cap & (h.cap - 1)) ||
        h.nnames >= h.cap + (h.cap == 0) || (h.nstr && p[len - 1] != 0))
        return NULL;
    const char *pl = p + sizeof h, *sl = pl + (size_t)h.nplaces * sizeof(g_place);
    const char *po = sl + (size_t)h.cap * sizeof(g_slot), *cr = po + (size_t)h.npost * sizeof(posting);
    const char *pa = cr + 2 * sizeof(((dy_geo *)0)->cfirst);
    const char *st = pa + (size_t)h.npats * sizeof(g_pat);
    dy_geo *g = dy_calloc(1, sizeof *g);
    if (!g) {
        *why = GEO_OOM;
        return NULL;
    }
    g->places = (dy_vec)DY_VEC(dy_geo_place);
    g->post = (dy_vec)DY_VEC(posting);
    g->pats = (dy_vec)DY_VEC(pattern);
    g->exonyms = (size_t)h.exonyms;
    g->forms = (size_t)h.forms;
    g->bytes = (size_t)h.bytes;
    g->hint = (size_t)h.hint;
    bool bad = false;
    char *s = h.nstr ? dy_arena_alloc(&g->ar, (size_t)h.nstr) : NULL;
    if (h.nstr && !s)
        goto oom;
    if (h.nstr)
        memcpy(s, st, (size_t)h.nstr);
    if (h.nplaces && !(g->places.items = dy_calloc(h.nplaces, sizeof(dy_geo_place))))
        goto oom;
    g->places.n = g->places.cap = h.nplaces;
    for (uint32_t i = 0; i < h.nplaces; i++) {
        g_place r;
        memcpy(&r, pl + (size_t)i * sizeof r, sizeof r);
        dy_geo_place *q = &DY_AT(g->places, dy_geo_place, i);
        if (!memchr(r.country, 0, 4) || !memchr(r.admin1, 0, 12))
            bad = true;
        q->id = r.id;
        memcpy(q->country, r.country, 4);
        memcpy(q->admin1, r.admin1, 12);
        q->lat = r.lat;
        q->lon = r.lon;
        q->pop = r.pop;
        q->level = r.level;
        q->capital = r.capital;
        q->seat = r.seat;
        q->name = g_at(s, h.nstr, r.name, false, &bad);
    }
    if (h.cap && !(g->names.s = dy_calloc(h.cap, sizeof(gslot))))
        goto oom;
    g->names.cap = h.cap;
    g->names.n = h.nnames;
    size_t used = 0;
    for (uint32_t i = 0; i < h.cap; i++) {
        g_slot r;
        memcpy(&r, sl + (size_t)i * sizeof r, sizeof r);
        gslot *q = &g->names.s[i];
        q->key = g_at(s, h.nstr, r.key, false, &bad);
        q->h = r.h;
        q->val = r.val;
        used += q->key != NULL;
        if (q->key && r.val != UINT32_MAX && r.val > h.npost)
            bad = true;
    }
    if (used != h.nnames) /* and so at least one free slot: probes end */
        bad = true;
    if (h.npost && !(g->post.items = dy_calloc(h.npost, sizeof(posting))))
        goto oom;
    g->post.n = g->post.cap = h.npost;
    if (h.npost)
        memcpy(g->post.items, po, (size_t)h.npost * sizeof(posting));
    for (uint32_t i = 0; i < h.npost; i++) {
        const posting *q = &DY_AT(g->post, posting, i);
        if (q->place >= h.nplaces || q->next > i) /* chains run backwards: no loop */
            bad = true;
    }
    memcpy(g->cfirst, cr, sizeof g->cfirst);
    memcpy(g->clast, cr + sizeof g->cfirst, sizeof g->clast);
    for (size_t i = 0; i < 26 * 26 * 26; i++)
        if (g->clast[i] > h.nplaces || g->cfirst[i] > h.nplaces)
            bad = true;
    if (h.npats && !(g->pats.items = dy_calloc(h.npats, sizeof(pattern))))
        goto oom;
    g->pats.n = g->pats.cap = h.npats;
    for (uint32_t i = 0; i < h.npats; i++) {
        g_pat r;
        memcpy(&r, pa + (size_t)i * sizeof r, sizeof r);
        pattern *q = &DY_AT(g->pats, pattern, i);
        if (!memchr(r.lang, 0, 4) || r.ntok > GEO_MAXPAT)
            bad = true;
        memcpy(q->lang, r.lang, 4);
        q->capstop = (r.capstop & 1) != 0;
        q->venue = (r.capstop & 2) != 0;
        q->dir = r.dir != 0;
        q->level = r.level;
        q->ntok = r.ntok;
        for (int k = 0; k < GEO_MAXPAT; k++) {
            q->tok[k] = g_at(s, h.nstr, r.tok[k], true, &bad);
            if (k < r.ntok && !q->tok[k])
                bad = true;
        }
    }
    if (g->ar.oom)
        goto oom;
    if (bad) {
        dy_geo_free(g);
        return NULL;
    }
    /* the country map (dy_geo_country) is not in the blob: each country
     * is the one place of its code at country level */
    for (size_t i = 0; i < g->places.n; i++) {
        const dy_geo_place *q = &DY_AT(g->places, dy_geo_place, i);
        if (q->level != DY_GEO_COUNTRY || !is_cc(q->country) ||
            dy_map_get(&g->ctry, q->country, 3) != UINT32_MAX)
            continue;
        if (!dy_map_put(&g->ctry, q->country, 3, (uint32_t)i)) {
            dy_geo_free(g);
            *why = GEO_OOM;
            return NULL;
        }
    }
    geo_index_patterns(g);
    geo_index_names(g);
    *why = NULL;
    return g;
oom:
    *why = GEO_OOM;
    dy_geo_free(g);
    return NULL;
}
