/* dict.c: loads the dictionary files (docs/dictionaries.md) and compiles
 * them into the phrase index of dict.h.  Every error names file:line. */
#include "dict/dict.h"
#include "base/date.h"
#include <dirent.h>
#include "lang/lang.h"
#include "geo/geo.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

/* the languages' folders: the codes of the registry (lang.h) */
#define LANGS(i) (dy_languages[i]->code)
#define NLANGS dy_lang_count()

typedef struct loader {
    dy_dict *d;
    dy_error *err;
    const char *path;  /* current file (arena copy) */
    long line;
    const char *rule;  /* "path:line" of the current line (arena) */
    int lang;          /* index into LANGS, -1 for shared files */
    bool failed;
    size_t verb_lo, verb_hi; /* preds of the current language's verbs.txt */
    dy_map lemma_first;      /* patterns.txt: lemma -> first pred index */
    uint32_t *lemma_next;    /* next pred of the same lemma, or UINT32_MAX */
    size_t lemma_lo;         /* verb_lo the two were built for, + 1 */
    /* LANG/compounds.txt: heads (folded first forms of nouns.txt entries)
     * and modifiers by line; the forms of each head entry of nouns.txt */
    dy_vec comp_heads, comp_mods; /* comp_word */
    dy_vec comp_src;              /* comp_src entries */
} loader;

typedef struct comp_src {
    uint32_t ref;        /* the head entry's pred */
    uint32_t group;      /* the compounds.txt line that names it */
    uint32_t head;       /* index in comp_heads */
    char *forms;         /* its " | " form list (arena) */
} comp_src;

static bool oom(loader *L)
{
    dy_seterr(L->err, DY_ENOMEM, L->path, L->line, "out of memory");
    L->failed = true;
    return false;
}

static bool syntax(loader *L, const char *fmt, const char *what)
{
    char msg[400];
    snprintf(msg, sizeof msg, fmt, what);
    dy_seterr(L->err, DY_ESYNTAX, L->path, L->line, "%s", msg);
    L->failed = true;
    return false;
}

/* ------------------------------------------------------------- reading */

static char *read_file(const char *path, size_t *len, dy_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        dy_seterr(err, DY_EIO, path, 0, "cannot open: %s", strerror(errno));
        return NULL;
    }
    dy_buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        dy_buf_add(&b, chunk, n);
    bool bad = ferror(f);
    fclose(f);
    if (bad || b.oom) {
        dy_seterr(err, bad ? DY_EIO : DY_ENOMEM, path, 0, "%s",
                  bad ? "read error" : "out of memory");
        dy_buf_free(&b);
        return NULL;
    }
    if (!b.data) {
        b.data = dy_strndup("", 0);
        if (!b.data) {
            dy_seterr(err, DY_ENOMEM, path, 0, "out of memory");
            return NULL;
        }
    }
    *len = b.len;
    return b.data;
}

static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\r'; }

/* Splits LINE (modified in place) into whitespace-separated fields, up to
 * MAX; the last field takes the rest of the line. */
static int fields(char *line, char **f, int max)
{
    int n = 0;
    char *p = line;
    while (*p && n < max) {
        while (is_ws(*p))
            p++;
        if (!*p)
            break;
        f[n++] = p;
        if (n == max)
            break;
        while (*p && !is_ws(*p))
            p++;
        if (*p)
            *p++ = 0;
    }
    if (n == max) { /* trim the rest-of-line field */
        char *e = f[n - 1] + strlen(f[n - 1]);
        while (e > f[n - 1] && is_ws(e[-1]))
            *--e = 0;
    }
    return n;
}

typedef bool (*line_fn)(loader *L, char *line, bool indented);

/* Reads DIR/NAME line by line: strips comments and blank lines and calls FN
 * with each remaining line.  A missing optional file is not an error. */
static bool each_line(loader *L, const char *dir, const char *name,
                      bool optional, line_fn fn)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    size_t len = 0;
    dy_error tmp;
    char *text = read_file(path, &len, &tmp);
    if (!text) {
        if (optional && tmp.status == DY_EIO)
            return true;
        *L->err = tmp;
        L->failed = true;
        return false;
    }
    L->path = dy_arena_strndup(&L->d->ar, path, strlen(path));
    if (!L->path) {
        dy_free(text);
        return oom(L);
    }
    if (memchr(text, 0, len)) {
        dy_free(text);
        L->line = 0;
        return syntax(L, "%s", "binary file (contains NUL bytes)");
    }
    char *p = text;
    L->line = 0;
    bool ok = true;
    while (ok && p < text + len) {
        char *nl = memchr(p, '\n', (size_t)(text + len - p));
        char *end = nl ? nl : text + len;
        *end = 0;
        L->line++;
        /* comment: '#' at the start or after white space */
        for (char *c = p; *c; c++)
            if (*c == '#' && (c == p || is_ws(c[-1]))) {
                *c = 0;
                break;
            }
        char *e = p + strlen(p);
        while (e > p && is_ws(e[-1]))
            *--e = 0;
        if (!dy_utf8_valid(p, strlen(p))) {
            ok = syntax(L, "%s", "invalid UTF-8 (dictionaries are UTF-8 text)");
            break;
        }
        bool indented = is_ws(*p);
        char *s = p;
        while (is_ws(*s))
            s++;
        if (*s) {
            size_t n1 = strlen(L->path);
            char rule[1100];
            snprintf(rule, sizeof rule, "%s:%ld", L->path, L->line);
            (void)n1;
            L->rule = dy_arena_strndup(&L->d->ar, rule, strlen(rule));
            if (!L->rule)
                ok = oom(L);
            else
                ok = fn(L, s, indented);
        }
        p = end + 1;
    }
    dy_free(text);
    return ok && !L->failed;
}

/* ----------------------------------------------------------- interning */

static uint32_t intern(loader *L, const char *s, size_t n)
{
    dy_dict *d = L->d;
    uint32_t id = dy_map_get(&d->intern, s, n);
    if (id != UINT32_MAX)
        return id;
    id = ++d->nids;
    dy_word *w = dy_vec_push(&d->words);
    /* the map borrows the arena's copy (dy_dict_alloc) */
    if (!w || !(w->s = dy_arena_strndup(&d->ar, s, n)) || !dy_map_put(&d->intern, w->s, n, id)) {
        oom(L);
        return 0;
    }
    w->n = (uint32_t)n;
    return id;
}

uint32_t dy_dict_id(const dy_dict *d, const char *s)
{
    if (!s)
        return 0; /* a word the language has none of (lang.h: a NULL field) */
    uint32_t id = dy_map_get(&d->intern, s, strlen(s));
    return id == UINT32_MAX ? 0 : id;
}

/* Tokenises FORM and adds it as a phrase. */
static bool add_phrase(loader *L, const char *form, uint8_t kind, uint32_t ref,
                       uint8_t vform, uint8_t vtense)
{
    dy_arena tmp = {0};
    dy_vec toks = DY_VEC(dy_tok);
    bool ok = false;
    if (!dy_tokenize(form, strlen(form), &tmp, &toks, 64)) {
        if (tmp.oom || toks.n < 64)
            oom(L);
        else
            syntax(L, "form too long (over 64 tokens): %s", form);
        goto out;
    }
    if (toks.n == 0 || toks.n > 255) {
        ok = true; /* empty form: nothing to add */
        goto out;
    }
    dy_phrase *ph = dy_vec_push(&L->d->phrases);
    if (!ph) {
        oom(L);
        goto out;
    }
    ph->tok = (uint32_t)L->d->tok_pool.n;
    ph->ntok = (uint8_t)toks.n;
    ph->kind = kind;
    ph->ref = ref;
    ph->vform = vform;
    ph->vtense = vtense;
    ph->lang = (uint8_t)(L->lang < 0 ? 0 : L->lang + 1);
    if (toks.n == 1) {
        dy_tok *t0 = &DY_AT(toks, dy_tok, 0);
        ph->caps = (t0->flags & TF_ALLCAPS) && t0->flen <= 3 ? DY_CAPS_ALL : 0; /* "U.N." folds to "un": French "un" is no UN */
    }
    for (size_t i = 0; i < toks.n; i++) {
        dy_tok *t = &DY_AT(toks, dy_tok, i);
        uint32_t id = intern(L, t->fold, t->flen);
        uint32_t *slot = dy_vec_push(&L->d->tok_pool);
        if (!id || !slot) {
            oom(L);
            goto out;
        }
        *slot = id;
    }
    ok = true;
out:
    dy_vec_free(&toks);
    dy_arena_free(&tmp);
    return ok;
}

/* Calls FN for each " | "-separated form of LIST. */
static bool each_form(loader *L, char *list,
                      bool (*fn)(loader *L, const char *form, void *ctx),
                      void *ctx)
{
    char *p = list;
    while (p) {
        char *bar = strchr(p, '|');
        if (bar)
            *bar = 0;
        char *s = p, *e = p + strlen(p);
        while (is_ws(*s))
            s++;
        while (e > s && is_ws(e[-1]))
            *--e = 0;
        if (!*s)
            return syntax(L, "%s", "empty form in a | list");
        if (!fn(L, s, ctx))
            return false;
        p = bar ? bar + 1 : NULL;
    }
    return true;
}

/* ------------------------------------------------------------ cameo.txt */

static bool is_code(const char *s)
{
    size_t n = strlen(s);
    if (n < 2 || n > 4)
        return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

static bool parse_float(const char *s, float *out)
{
    if (!strcmp(s, "-")) {
        *out = NAN;
        return true;
    }
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || *end || end == s || v < -10 || v > 10)
        return false;
    *out = (float)v;
    return true;
}

static bool parse_quad(const char *s, int8_t *q)
{
    if (s[0] < '0' || s[0] > '4' || s[1])
        return false;
    *q = (int8_t)(s[0] - '0');
    return true;
}

static bool cameo_line(loader *L, char *line, bool indented)
{
    (void)indented;
    char *f[7];
    int n = fields(line, f, 7);
    if (n < 6)
        return syntax(L, "%s", "expected: code goldstein quad goldstein_icews goldstein_phoenix quad_phoenix label");
    if (!is_code(f[0]))
        return syntax(L, "not a CAMEO code: %s", f[0]);
    dy_code_ent *c = dy_vec_push(&L->d->codes);
    if (!c)
        return oom(L);
    snprintf(c->code, sizeof c->code, "%s", f[0]);
    if (!parse_float(f[1], &c->g[0]) || !parse_float(f[3], &c->g[1]) ||
        !parse_float(f[4], &c->g[2]))
        return syntax(L, "bad Goldstein weight in: %s", f[0]);
    if (!parse_quad(f[2], &c->quad[0]) || !parse_quad(f[5], &c->quad[2]))
        return syntax(L, "bad quad class in: %s", f[0]);
    c->quad[1] = c->quad[0]; /* ICEWS uses GDELT's quad classes */
    c->label = n > 6 ? dy_arena_strndup(&L->d->ar, f[6], strlen(f[6])) : "";
    if (!c->label)
        return oom(L);
    if (dy_map_get(&L->d->code_index, c->code, strlen(c->code)) != UINT32_MAX)
        return syntax(L, "duplicate code: %s", f[0]);
    if (!dy_map_put(&L->d->code_index, c->code, strlen(c->code),
                    (uint32_t)(L->d->codes.n - 1)))
        return oom(L);
    return true;
}

/* plover.txt: CODE TYPE MODE CONTEXT ("-": none) */
static bool plover_line(loader *L, char *line, bool indented)
{
    (void)indented;
    char *f[5];
    if (fields(line, f, 5) != 4)
        return syntax(L, "%s", "expected: CODE TYPE MODE CONTEXT");
    uint32_t i = dy_map_get(&L->d->code_index, f[0], strlen(f[0]));
    if (i == UINT32_MAX)
        return syntax(L, "not a code of cameo.txt: %s", f[0]);
    dy_code_ent *c = &DY_AT(L->d->codes, dy_code_ent, i);
    for (int k = 0; k < 3; k++) {
        const char *v = strcmp(f[k + 1], "-") ? f[k + 1] : "";
        if (!(c->plover[k] = dy_arena_strndup(&L->d->ar, v, strlen(v))))
            return oom(L);
    }
    return true;
}

int dy_cameo_describe(const dy_dict *d, const char *code, dy_cameo_info *out)
{
    memset(out, 0, sizeof *out);
    const dy_code_ent *c = code ? dy_dict_code(d, code) : NULL;
    if (!c)
        return -1;
    out->label = c->label;
    /* the longest listed prefix */
    char pre[6];
    snprintf(pre, sizeof pre, "%s", code);
    for (size_t n = strlen(pre); n >= 2; n--) {
        pre[n] = 0;
        const dy_code_ent *p = dy_dict_code(d, pre);
        if (p && p->plover[0]) {
            if (*p->plover[0]) {
                out->plover_type = p->plover[0];
                out->plover_mode = *p->plover[1] ? p->plover[1] : NULL;
                out->plover_context = *p->plover[2] ? p->plover[2] : NULL;
            }
            break;
        }
    }
    return 0;
}

const char *dy_country_name(const dy_dict *d, const char *code)
{
    if (!d || !code || strlen(code) < 3)
        return NULL;
    for (size_t i = 0; i < d->country_names.n; i++) {
        const dy_country_name_ent *e = &DY_AT(d->country_names, dy_country_name_ent, i);
        if (!strncmp(e->code, code, 3))
            return e->name;
    }
    return NULL;
}

const dy_code_ent *dy_dict_code(const dy_dict *d, const char *code)
{
    uint32_t i = dy_map_get(&d->code_index, code, strlen(code));
    return i == UINT32_MAX ? NULL : &DY_AT(d->codes, dy_code_ent, i);
}

/* A missing weight ("-") takes the weight of the nearest parent code. */
static void fill_missing_weights(dy_dict *d)
{
    for (size_t i = 0; i < d->codes.n; i++) {
        dy_code_ent *c = &DY_AT(d->codes, dy_code_ent, i);
        for (int s = 0; s < 3; s++) {
            char parent[6];
            snprintf(parent, sizeof parent, "%s", c->code);
            while (isnan(c->g[s]) && strlen(parent) > 2) {
                parent[strlen(parent) - 1] = 0;
                if (strlen(parent) == 2 || strlen(parent) == 3) {
                    const dy_code_ent *p = dy_dict_code(d, parent);
                    if (p && !isnan(p->g[s]))
                        c->g[s] = p->g[s];
                }
            }
            if (isnan(c->g[s]))
                c->g[s] = c->g[0]; /* fall back to GDELT's */
        }
    }
}

static bool known_code(loader *L, const char *code)
{
    if (dy_map_get(&L->d->code_index, code, strlen(code)) != UINT32_MAX)
        return true;
    return syntax(L, "unknown CAMEO code (not in cameo.txt): %s", code);
}

/* ------------------------------------------------------- actor codes */

static bool valid_actor_code(const char *s)
{
    size_t n = strlen(s);
    if (n < 3 || n > 15)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9')))
            return false;
    return true;
}

static uint32_t add_actor(loader *L, const char *code)
{
    dy_actor_ent *a = dy_vec_push(&L->d->actors);
    if (!a) {
        oom(L);
        return UINT32_MAX;
    }
    snprintf(a->code, sizeof a->code, "%s", code);
    a->rule = L->rule;
    return (uint32_t)(L->d->actors.n - 1);
}

/* ------------------------------------------------------ countries.txt */

typedef struct form_ctx {
    loader *L;
    uint8_t kind, gen_kind;
    uint32_t ref;
    size_t line0;           /* 1 + the line's first phrase, 0 before it */
} form_ctx;

static void gen_cb(void *ctx, const char *form, int vform, int vtense)
{
    (void)vform;
    (void)vtense;
    form_ctx *c = ctx;
    if (!c->L->failed)
        add_phrase(c->L, form, c->gen_kind, c->ref, 0, 0);
}

/* German genitives of a person's one-word names ("Putins Sprecher",
 * "Nawalnys Freilassung"): the person's kind, German only, marked oblique
 * so the coder reads them as possessors. */
static void person_gen_cb(void *ctx, const char *form, int vform, int vtense)
{
    (void)vform;
    (void)vtense;
    form_ctx *c = ctx;
    if (c->L->failed)
        return;
    size_t n0 = c->L->d->phrases.n;
    add_phrase(c->L, form, PK_PERSON, c->ref, 0, 0);
    if (c->L->d->phrases.n > n0) {
        dy_phrase *ph = &DY_AT(c->L->d->phrases, dy_phrase, n0);
        ph->gcase = GC_OBLIQUE;
        ph->lang = (uint8_t)(dy_lang_index("de") + 1); /* German only */
    }
}

/* A form of a line read both as a nominative (a listed form declined as
 * one, or a nominative that is also the accusative) and as an oblique
 * case of another listed form: roles.txt lists
 * plural genitives ("лидеры | лидеров"), so "лидеров" is oblique only;
 * one ending in a vowel may be both ("армия | армии": the genitive
 * singular, the nominative plural).  Both phrases take that case; an
 * oblique form of a later listed form that spells an earlier listed one
 * ("суды" declined as if it were singular gives "суд") takes the earlier
 * one's case. */
static void same_form_case(form_ctx *c, size_t n0, const char *form)
{
    dy_vec *ph = &c->L->d->phrases;
    if (!c->line0)
        c->line0 = n0 + 1;
    dy_phrase *p = &DY_AT(*ph, dy_phrase, n0);
    /* (a nominative plural or feminine ending: -а -я -ы -и, -ые -ие -не) */
    size_t n = strlen(form);
    const unsigned char *e = (const unsigned char *)form + (n >= 2 ? n - 2 : 0);
    const unsigned char *e2 = (const unsigned char *)form + (n >= 4 ? n - 4 : 0);
    bool vowel = n >= 2 && ((e[0] == 0xD0 && (e[1] == 0xB0 || e[1] == 0xB8)) ||
                            (e[0] == 0xD1 && (e[1] == 0x8B || e[1] == 0x8F)) ||
                            (n >= 4 && e[0] == 0xD0 && e[1] == 0xB5 &&
                             ((e2[0] == 0xD1 && e2[1] == 0x8B) || (e2[0] == 0xD0 && (e2[1] == 0xB8 || e2[1] == 0xBD)))));
    for (size_t i = c->line0 - 1; i < n0; i++) {
        dy_phrase *q = &DY_AT(*ph, dy_phrase, i);
        if (q->kind != p->kind || q->ref != p->ref || q->ntok != p->ntok ||
            (q->gcase == GC_OBLIQUE) == (p->gcase == GC_OBLIQUE) ||
            memcmp(&DY_AT(c->L->d->tok_pool, uint32_t, q->tok), &DY_AT(c->L->d->tok_pool, uint32_t, p->tok),
                   p->ntok * sizeof(uint32_t)))
            continue;
        if (p->gcase == GC_OBLIQUE) /* a later form's oblique: the earlier reading stands ("суд", not "суды"'s) */
            p->gcase = q->gcase;
        else
            q->gcase = p->gcase = vowel ? GC_NONE : GC_OBLIQUE;
        return;
    }
}

/* Russian case forms (ru.c): VFORM is the case + 1 (7: a nominative that
 * is also the accusative); a genitive (2) is of the genitive kind
 * ("министр иностранных дел Польши"), the form of every other case of the
 * plain kind; the case goes to the phrase's gcase. */
static void ru_case_cb(void *ctx, const char *form, int vform, int vtense)
{
    (void)vtense;
    form_ctx *c = ctx;
    if (c->L->failed)
        return;
    size_t n0 = c->L->d->phrases.n;
    add_phrase(c->L, form, vform == 2 && c->gen_kind ? c->gen_kind : c->kind, c->ref, 0, 0);
    if (c->L->d->phrases.n > n0) { /* 1 nominative only, 2-6 another case, 7 nominative = accusative */
        DY_AT(c->L->d->phrases, dy_phrase, n0).gcase =
            vform == 1 ? GC_NOM : vform >= 2 && vform <= 6 ? GC_OBLIQUE : GC_NONE;
        same_form_case(c, n0, form);
    }
}

/* A Cyrillic form not written in capitals only (ЕС, ООН stay as they are):
 * declined by the Russian rules, in any file (people and orgs are shared). */
static bool ru_declines(const char *form)
{
    if (!dy_ru_is_cyrillic(form))
        return false;
    for (const unsigned char *p = (const unsigned char *)form; *p; p++)
        if ((p[0] == 0xD0 && p[1] >= 0xB0) || (p[0] == 0xD1 && p[1] >= 0x80 && p[1] <= 0x9F))
            return true; /* a lower-case letter */
    return false;
}

/* A form of the kind itself (French agreement forms of adjectives and
 * demonyms). */
static void kind_cb(void *ctx, const char *form, int vform, int vtense)
{
    (void)vform;
    (void)vtense;
    form_ctx *c = ctx;
    if (!c->L->failed)
        add_phrase(c->L, form, c->kind, c->ref, 0, 0);
}

/* A Cyrillic name written in lower case ("хуситы", "талибов", "генсек
 * ООН"): where names are capitalised, its forms are found in lower case
 * too (DY_CAPS_LOWER). */
static bool ru_lower_name(const char *form, uint8_t kind)
{
    const unsigned char *p = (const unsigned char *)form;
    return kind != PK_ADJ && kind != PK_ROLE && kind != PK_DEMONYM && dy_ru_is_cyrillic(form) &&
           ((p[0] == 0xD0 && p[1] >= 0xB0) || (p[0] == 0xD1 && p[1] >= 0x80 && p[1] <= 0x9F));
}

static bool actor_form(loader *L, const char *form, void *ctx)
{
    form_ctx *c = ctx;
    L->d->nactor_forms++;
    if (ru_declines(form)) {
        size_t n0 = L->d->phrases.n;
        if (c->kind == PK_ADJ)
            dy_ru_adj_forms(form, ru_case_cb, c);
        else
            dy_ru_name_forms(form, c->kind == PK_PERSON, ru_case_cb, c);
        for (size_t i = n0; ru_lower_name(form, c->kind) && i < L->d->phrases.n; i++)
            DY_AT(L->d->phrases, dy_phrase, i).caps |= DY_CAPS_LOWER;
        return !L->failed;
    }
    bool fr = L->lang >= 0 && !strcmp(LANGS(L->lang), "fr");
    if (fr && (c->kind == PK_ADJ || c->kind == PK_DEMONYM)) {
        dy_fr_adj_forms(form, kind_cb, c);
        return !L->failed;
    }
    if (c->kind == PK_ADJ) {
        if (L->lang == 0)
            dy_de_adj_forms(form, gen_cb, c);
        else if (!add_phrase(L, form, PK_ADJ, c->ref, 0, 0))
            return false;
        return !L->failed;
    }
    if (!add_phrase(L, form, c->kind, c->ref, 0, 0))
        return false;
    if (c->gen_kind && L->lang == 0)
        dy_de_gen_forms(form, gen_cb, c);
    if (c->kind == PK_PERSON && L->lang < 0)
        dy_de_gen_forms(form, person_gen_cb, c);
    return !L->failed;
}

static bool country_line(loader *L, char *line, bool indented)
{
    (void)indented;
    char *f[3];
    if (fields(line, f, 3) < 3)
        return syntax(L, "%s", "expected: CODE KIND form | form ...");
    if (!valid_actor_code(f[0]))
        return syntax(L, "bad actor code: %s", f[0]);
    form_ctx c = {L, 0, 0, 0, 0};
    if (!strcmp(f[1], "name")) {
        c.kind = PK_COUNTRY;
        if (strlen(f[0]) == 3 && L->lang >= 0 && !strcmp(LANGS(L->lang), "en") && !dy_country_name(L->d, f[0])) {
            dy_country_name_ent *ce = dy_vec_push(&L->d->country_names);
            size_t n = strcspn(f[2], "|");
            while (n && (f[2][n - 1] == ' ' || f[2][n - 1] == '\t'))
                n--;
            if (!ce || !(ce->name = dy_arena_strndup(&L->d->ar, f[2], n)))
                return oom(L);
            memcpy(ce->code, f[0], 4);
        }
        c.gen_kind = PK_COUNTRY_GEN;
        L->d->ncountries++;
    } else if (!strcmp(f[1], "adj")) {
        c.kind = c.gen_kind = PK_ADJ;
    } else if (!strcmp(f[1], "demonym")) {
        c.kind = PK_DEMONYM;
    } else if (!strcmp(f[1], "metonym")) {
        c.kind = PK_METONYM;
        c.gen_kind = PK_METONYM_GEN;
    } else if (!strcmp(f[1], "title")) {
        c.kind = PK_TITLE;
    } else {
        return syntax(L, "unknown kind '%s' (name, adj, demonym, metonym, title)", f[1]);
    }
    c.ref = add_actor(L, f[0]);
    if (c.ref == UINT32_MAX)
        return false;
    return each_form(L, f[2], actor_form, &c);
}

/* ---------------------------------------------------------- roles.txt */

static bool role_line(loader *L, char *line, bool indented)
{
    (void)indented;
    char *f[2];
    if (fields(line, f, 2) < 2)
        return syntax(L, "%s", "expected: ROLE form | form ...");
    if (!valid_actor_code(f[0]) || strlen(f[0]) != 3)
        return syntax(L, "bad role code (three capitals): %s", f[0]);
    dy_actor_ent *r = dy_vec_push(&L->d->roles);
    if (!r)
        return oom(L);
    snprintf(r->code, sizeof r->code, "%s", f[0]);
    r->rule = L->rule;
    form_ctx c = {L, PK_ROLE, 0, (uint32_t)(L->d->roles.n - 1), 0};
    return each_form(L, f[1], actor_form, &c);
}

/* ----------------------------------------------------------- orgs.txt */

static bool org_line(loader *L, char *line, bool indented)
{
    (void)indented;
    char *f[2];
    if (fields(line, f, 2) < 2)
        return syntax(L, "%s", "expected: CODE name | name ...");
    if (!valid_actor_code(f[0]))
        return syntax(L, "bad actor code: %s", f[0]);
    form_ctx c = {L, PK_ORG, 0, 0, 0};
    c.ref = add_actor(L, f[0]);
    if (c.ref == UINT32_MAX)
        return false;
    return each_form(L, f[1], actor_form, &c);
}

/* --------------------------------------------------------- people.txt */

/* An office's date: YYYY-MM-DD, years 1800 to 2200, any day up to 31;
 * with OPEN_OK "-" (open end). */
static bool parse_date(const char *s, int32_t *out, bool open_ok)
{
    if (open_ok && !strcmp(s, "-")) {
        *out = 99999999;
        return true;
    }
    int32_t x = dy_date_parse(s, 1800, 2200, DY_DATE_LAX_DAY);
    if (x < 0)
        return false;
    *out = x;
    return true;
}

static bool people_line(loader *L, char *line, bool indented)
{
    dy_dict *d = L->d;
    if (!indented) {
        char *f[3];
        if (fields(line, f, 3) < 3 || strcmp(f[0], "person"))
            return syntax(L, "%s", "expected: person CODE name | name ...");
        if (!valid_actor_code(f[1]))
            return syntax(L, "bad actor code: %s", f[1]);
        dy_person *p = dy_vec_push(&d->people);
        if (!p)
            return oom(L);
        snprintf(p->dflt, sizeof p->dflt, "%s", f[1]);
        p->rule = L->rule;
        p->first_office = (uint32_t)d->offices.n;
        char *bar = strchr(f[2], '|');
        size_t nlen = bar ? (size_t)(bar - f[2]) : strlen(f[2]);
        while (nlen && is_ws(f[2][nlen - 1]))
            nlen--;
        p->name = dy_arena_strndup(&d->ar, f[2], nlen);
        if (!p->name)
            return oom(L);
        form_ctx c = {L, PK_PERSON, 0, (uint32_t)(d->people.n - 1), 0};
        return each_form(L, f[2], actor_form, &c);
    }
    if (!d->people.n)
        return syntax(L, "%s", "office line before any person line");
    char *f[4];
    int n = fields(line, f, 4);
    if (n < 3)
        return syntax(L, "%s", "expected: CODE FROM TO (dates YYYY-MM-DD, TO may be -)");
    if (!valid_actor_code(f[0]))
        return syntax(L, "bad actor code: %s", f[0]);
    dy_office *o = dy_vec_push(&d->offices);
    if (!o)
        return oom(L);
    snprintf(o->code, sizeof o->code, "%s", f[0]);
    if (!parse_date(f[1], &o->from, false))
        return syntax(L, "bad date: %s", f[1]);
    if (!parse_date(f[2], &o->to, true))
        return syntax(L, "bad date: %s", f[2]);
    if (o->to < o->from)
        return syntax(L, "office ends before it starts: %s", f[2]);
    DY_AT(d->people, dy_person, d->people.n - 1).n_office++;
    return true;
}

/* --------------------------------------------------------- strong.txt */

static bool strong_line(loader *L, char *line, bool indented)
{
    (void)indented;
    char *f[6];
    int nf = fields(line, f, 6);
    if (nf != 4 && nf != 5)
        return syntax(L, "%s", "expected: infinitive present-3sg preterite-3sg participle [future-stem]");
    dy_strong *s = dy_vec_push(&L->d->langs[L->lang].strong);
    if (!s)
        return oom(L);
    s->inf = dy_arena_strndup(&L->d->ar, f[0], strlen(f[0]));
    s->pres = dy_arena_strndup(&L->d->ar, f[1], strlen(f[1]));
    s->past = dy_arena_strndup(&L->d->ar, f[2], strlen(f[2]));
    s->part = dy_arena_strndup(&L->d->ar, f[3], strlen(f[3]));
    s->fut = dy_arena_strndup(&L->d->ar, nf == 5 ? f[4] : "", nf == 5 ? strlen(f[4]) : 0);
    if (!s->inf || !s->pres || !s->past || !s->part || !s->fut)
        return oom(L);
    return true;
}

/* ------------------------------------------------- verbs.txt, nouns.txt */

/* Parses "tgt=obj,mit" and the flags into P. */
static bool pred_opts(loader *L, dy_pred *p, char **f, int n)
{
    for (int i = 0; i < n; i++) {
        char *o = f[i];
        if (!strncmp(o, "tgt=", 4)) {
            char *s = o + 4;
            while (*s) {
                char *comma = strchr(s, ',');
                size_t len = comma ? (size_t)(comma - s) : strlen(s);
                if (!len)
                    return syntax(L, "empty slot in: %s", o);
                if (p->nslots >= MAX_SLOTS)
                    return syntax(L, "too many slots in: %s", o);
                if (len == 3 && !strncmp(s, "obj", 3))
                    p->slots[p->nslots++] = SLOT_OBJ;
                else if (len == 4 && !strncmp(s, "next", 4))
                    p->slots[p->nslots++] = SLOT_NEXT;
                else {
                    uint32_t id = intern(L, s, len);
                    if (!id)
                        return false;
                    p->slots[p->nslots++] = id;
                }
                s += len + (comma ? 1 : 0);
            }
        } else if (!strcmp(o, "-")) {
            /* no target slot */
        } else if (!strcmp(o, "recv")) {
            p->flags |= VFL_RECV;
        } else if (!strcmp(o, "blamed")) {
            p->flags |= VFL_BLAMED;
        } else if (!strcmp(o, "state")) {
            p->flags |= VFL_STATE;
        } else if (!strcmp(o, "support")) {
            p->flags |= VFL_SUPPORT;
        } else if (!strcmp(o, "sym")) {
            p->flags |= VFL_SYM;
        } else if (!strcmp(o, "say")) {
            p->flags |= VFL_SAY;
        } else if (!strcmp(o, "modal")) {
            p->flags |= VFL_MODAL;
        } else if (!strcmp(o, "spec")) {
            p->flags |= VFL_SPEC;
        } else if (!strcmp(o, "nointent")) {
            p->flags |= VFL_NOINTENT;
        } else if (!strncmp(o, "intent=", 7)) {
            if (!is_code(o + 7))
                return syntax(L, "bad intent code: %s", o);
            if (!known_code(L, o + 7))
                return false;
            snprintf(p->intent, sizeof p->intent, "%s", o + 7);
        } else {
            return syntax(L, "unknown option '%s' (tgt=, -, sym, say, modal, spec, support, recv, state, blamed, nointent, intent=)", o);
        }
    }
    return true;
}

static dy_pred *new_pred(loader *L, const char *code)
{
    if (strcmp(code, "-") && (!is_code(code) || !known_code(L, code))) {
        if (!L->failed)
            syntax(L, "bad CAMEO code: %s", code);
        return NULL;
    }
    dy_pred *p = dy_vec_push(&L->d->preds);
    if (!p) {
        oom(L);
        return NULL;
    }
    if (strcmp(code, "-"))
        snprintf(p->code, sizeof p->code, "%s", code);
    p->rule = L->rule;
    return p;
}

static void verb_cb(void *ctx, const char *form, int vform, int vtense)
{
    form_ctx *c = ctx;
    if (c->L->failed)
        return;
    c->L->d->nverb_forms++;
    add_phrase(c->L, form, PK_VERB, c->ref, (uint8_t)vform, (uint8_t)vtense);
}

static bool verb_line(loader *L, char *line, bool indented)
{
    (void)indented;
    char *f[12];
    int n = fields(line, f, 12);
    int k = 0;
    bool refl = false;
    if (n >= 1 && (!strcmp(f[0], "sich") || !strcmp(f[0], "se"))) { /* de, fr */
        refl = true;
        k = 1;
    }
    if (n - k < 2)
        return syntax(L, "%s", "expected: lemma code [tgt=…] [flags]");
    if (n == 12)
        return syntax(L, "%s", "too many fields");
    const char *lemma = f[k];
    dy_pred *p = new_pred(L, f[k + 1]);
    if (!p)
        return false;
    if (refl)
        p->flags |= VFL_REFL;
    p->lemma = dy_arena_strndup(&L->d->ar, lemma, strlen(lemma));
    if (!p->lemma)
        return oom(L);
    if (!pred_opts(L, p, f + k + 2, n - k - 2))
        return false;
    const char *bar = strchr(lemma, '|');
    if (bar && L->lang == 0) { /* German: the particle is separable */
        dy_arena tmp = {0};
        uint32_t fl = 0;
        char *folded = dy_fold(&tmp, lemma, (size_t)(bar - lemma), &fl);
        uint32_t id = folded ? intern(L, folded, fl) : 0;
        dy_arena_free(&tmp);
        if (!id)
            return L->failed ? false : oom(L);
        p->particle = id;
    }
    L->d->nverbs++;
    form_ctx c = {L, PK_VERB, 0, (uint32_t)(L->d->preds.n - 1), 0};
    if (L->lang == 0) {
        if (!dy_de_verb_forms(L->d, lemma, verb_cb, &c))
            return L->failed ? false : syntax(L, "cannot inflect: %s", lemma);
    } else if (dy_ru_is_cyrillic(lemma)) {
        if (!dy_ru_verb_forms(L->d, lemma, verb_cb, &c))
            return L->failed ? false : syntax(L, "cannot inflect: %s", lemma);
    } else if (!strcmp(LANGS(L->lang), "fr")) {
        if (!dy_fr_verb_forms(L->d, lemma, verb_cb, &c))
            return L->failed ? false : syntax(L, "cannot inflect: %s", lemma);
    } else {
        if (!dy_en_verb_forms(L->d, lemma, verb_cb, &c))
            return L->failed ? false : syntax(L, "cannot inflect: %s", lemma);
    }
    return !L->failed;
}

static bool noun_form(loader *L, const char *form, void *ctx)
{
    form_ctx *c = ctx;
    if (ru_declines(form)) {
        dy_ru_name_forms(form, false, ru_case_cb, c);
        return !L->failed;
    }
    return add_phrase(L, form, PK_NOUN, c->ref, 0, 0);
}

/* ------------------------------------------------------ compounds.txt */

/* German compounds whose head is an event noun name that event: a
 * "Drohnenangriff" is an "Angriff", a "Gefangenenaustausch" an "Austausch".
 * Each line of de/compounds.txt pairs heads (by the first form of their
 * nouns.txt entry) with modifiers, written with their linking element
 * ("Drohnen", "Friedens"):
 *
 *   Angriff | Beschuss | Offensive   :  Drohnen | Raketen | Artillerie
 *
 * Every modifier of a line joined to every form of every head of that line
 * is added as a form of the head's entry, unless nouns.txt lists that
 * compound itself (its own entry then wins: "Luftangriff" 195, not
 * "Angriff" 190).  The lists are closed: an unknown compound is not
 * guessed at, and a modifier only joins the heads of its own line
 * ("Handelsabkommen" yes, "Handelsangriff" no). */
typedef struct comp_word {
    char *w;             /* a head folded, a modifier as written (arena) */
    uint32_t group;      /* its line */
    const char *path;    /* its file (arena) */
} comp_word;

static bool comp_list(loader *L, char *list, dy_vec *out, bool fold)
{
    char *p = list;
    while (p) {
        char *bar = strchr(p, '|');
        if (bar)
            *bar = 0;
        char *st = p, *e = p + strlen(p);
        while (is_ws(*st))
            st++;
        while (e > st && is_ws(e[-1]))
            e--;
        if (e == st)
            return syntax(L, "%s", "empty form in a | list");
        for (char *c = st; c < e; c++)
            if (is_ws(*c) || *c == '-')
                return syntax(L, "one word without a hyphen expected: %s", st);
        char *w;
        if (fold) {
            dy_arena tmp = {0};
            uint32_t wl = 0;
            char *fo = dy_fold(&tmp, st, (size_t)(e - st), &wl);
            w = fo ? dy_arena_strndup(&L->d->ar, fo, wl) : NULL;
            dy_arena_free(&tmp);
        } else {
            w = dy_arena_strndup(&L->d->ar, st, (size_t)(e - st));
        }
        comp_word *slot = w ? dy_vec_push(out) : NULL;
        if (!slot)
            return oom(L);
        slot->w = w;
        slot->group = (uint32_t)L->line;
        slot->path = L->path;
        p = bar ? bar + 1 : NULL;
    }
    return true;
}

static bool comp_line(loader *L, char *line, bool indented)
{
    (void)indented;
    char *colon = strstr(line, " : ");
    if (!colon)
        colon = strstr(line, "\t:");
    if (!colon)
        return syntax(L, "%s", "expected: head | head ... : modifier | modifier ...");
    *colon = 0;
    return comp_list(L, line, &L->comp_heads, true) &&
           comp_list(L, colon + 2, &L->comp_mods, false);
}

/* A nouns.txt entry: keep its forms once for each line that names it a head. */
static bool comp_head_entry(loader *L, const dy_pred *p, const char *forms)
{
    dy_arena tmp = {0};
    uint32_t fl = 0;
    char *fo = dy_fold(&tmp, p->lemma, strlen(p->lemma), &fl);
    bool ok = fo != NULL;
    for (size_t i = 0; ok && i < L->comp_heads.n; i++) {
        const comp_word *h = &DY_AT(L->comp_heads, comp_word, i);
        if (strcmp(h->w, fo))
            continue;
        comp_src *c = dy_vec_push(&L->comp_src);
        if (c) {
            c->ref = (uint32_t)(L->d->preds.n - 1);
            c->group = h->group;
            c->head = (uint32_t)i;
            c->forms = dy_arena_strndup(&L->d->ar, forms, strlen(forms));
        }
        ok = c && c->forms;
    }
    dy_arena_free(&tmp);
    return ok ? true : oom(L);
}

/* The head's form with its first letter in lower case (Angriff -> angriff,
 * Übergabe -> übergabe), after modifier MOD. */
static void comp_join(char *out, size_t cap, const char *mod, const char *head)
{
    const unsigned char *h = (const unsigned char *)head;
    char first[3] = {0};
    size_t skip = 0;
    if (h[0] >= 'A' && h[0] <= 'Z') {
        first[0] = (char)(h[0] - 'A' + 'a');
        skip = 1;
    } else if (h[0] == 0xC3 && (h[1] == 0x84 || h[1] == 0x96 || h[1] == 0x9C)) {
        first[0] = (char)0xC3; /* Ä Ö Ü -> ä ö ü */
        first[1] = (char)(h[1] + 0x20);
        skip = 2;
    }
    snprintf(out, cap, "%s%s%s", mod, first, head + skip);
}

typedef struct comp_ctx {
    dy_map *have;        /* interned ids of the one-word noun forms listed */
    uint32_t ref, group;
} comp_ctx;

static bool comp_form(loader *L, const char *form, void *ctx)
{
    comp_ctx *c = ctx;
    if (strchr(form, ' '))
        return true; /* "humanitäre Hilfe": no compound of a phrase */
    for (size_t m = 0; m < L->comp_mods.n; m++) {
        const comp_word *mod = &DY_AT(L->comp_mods, comp_word, m);
        if (mod->group != c->group)
            continue;
        char buf[256];
        comp_join(buf, sizeof buf, mod->w, form);
        dy_arena tmp = {0};
        uint32_t fl = 0;
        char *fo = dy_fold(&tmp, buf, strlen(buf), &fl);
        uint32_t id = fo ? dy_map_get(&L->d->intern, fo, fl) : UINT32_MAX;
        char key[4];
        memcpy(key, &id, 4);
        bool listed = id != UINT32_MAX && dy_map_get(c->have, key, 4) != UINT32_MAX;
        dy_arena_free(&tmp);
        if (!fo)
            return oom(L);
        if (!listed && !add_phrase(L, buf, PK_NOUN, c->ref, 0, 0))
            return false;
    }
    return true;
}

/* After nouns.txt: adds the compounds of every head entry. */
static bool comp_generate(loader *L)
{
    /* a head that names no entry is a slip of the pen */
    for (size_t i = 0; i < L->comp_heads.n; i++) {
        const comp_word *h = &DY_AT(L->comp_heads, comp_word, i);
        bool found = false;
        for (size_t k = 0; k < L->comp_src.n && !found; k++)
            found = DY_AT(L->comp_src, comp_src, k).head == i;
        if (!found) {
            dy_seterr(L->err, DY_ESYNTAX, h->path, h->group,
                      "head '%s' is the first form of no nouns.txt entry", h->w);
            L->failed = true;
            return false;
        }
    }
    if (!L->comp_src.n || !L->comp_mods.n)
        return true;
    dy_map have = {0};
    bool ok = true;
    const uint32_t *pool = L->d->tok_pool.items;
    for (size_t i = 0; ok && i < L->d->phrases.n; i++) {
        const dy_phrase *ph = &DY_AT(L->d->phrases, dy_phrase, i);
        if (ph->kind != PK_NOUN || ph->ntok != 1 || ph->lang != L->lang + 1)
            continue;
        char key[4];
        memcpy(key, &pool[ph->tok], 4);
        ok = dy_map_put(&have, key, 4, 1) || oom(L);
    }
    for (size_t i = 0; ok && i < L->comp_src.n; i++) {
        comp_src *c = &DY_AT(L->comp_src, comp_src, i);
        comp_ctx cc = {&have, c->ref, c->group};
        ok = each_form(L, c->forms, comp_form, &cc);
    }
    dy_map_free(&have);
    return ok;
}

static bool noun_line(loader *L, char *line, bool indented)
{
    (void)indented;
    /* forms may contain spaces; the code is the first field that is all
     * digits (or "-") after a field that ends the form list */
    char *f[64];
    int n = fields(line, f, 64);
    int ci = -1;
    for (int i = 1; i < n; i++)
        if (is_code(f[i]) && strcmp(f[i - 1], "|")) {
            ci = i;
            break;
        }
    if (ci < 1)
        return syntax(L, "%s", "expected: form | form ... CODE [tgt=…] [flags]");
    if (n == 64)
        return syntax(L, "%s", "too many fields");
    dy_buf forms = {0};
    for (int i = 0; i < ci; i++) {
        if (i)
            dy_buf_putc(&forms, ' ');
        dy_buf_puts(&forms, f[i]);
    }
    if (forms.oom) {
        dy_buf_free(&forms);
        return oom(L);
    }
    dy_pred *p = new_pred(L, f[ci]);
    bool ok = p && pred_opts(L, p, f + ci + 1, n - ci - 1);
    if (ok) {
        char *bar = strchr(forms.data, '|');
        size_t l = bar ? (size_t)(bar - forms.data) : forms.len;
        while (l && is_ws(forms.data[l - 1]))
            l--;
        p->lemma = dy_arena_strndup(&L->d->ar, forms.data, l);
        ok = p->lemma != NULL;
        if (!ok)
            oom(L);
    }
    if (ok && L->comp_heads.n && !comp_head_entry(L, p, forms.data))
        ok = false;
    if (ok) {
        L->d->nnouns++;
        form_ctx c = {L, PK_NOUN, 0, (uint32_t)(L->d->preds.n - 1), 0};
        ok = each_form(L, forms.data, noun_form, &c);
    }
    dy_buf_free(&forms);
    return ok;
}

/* ------------------------------------------------------- discards.txt */

/* "sentence|story  phrase | phrase": a sentence (or a story) that contains
 * the phrase is not coded (sports, weather: TABARI's and PETRARCH's
 * discards). */
static bool discard_form(loader *L, const char *form, void *ctx)
{
    if (!add_phrase(L, form, PK_DISCARD, *(uint32_t *)ctx, 0, 0))
        return false;
    L->d->n_discards++;
    return true;
}

static bool discard_line(loader *L, char *line, bool indented)
{
    (void)indented;
    char *f[2];
    int n = fields(line, f, 2);
    if (n < 2 || (strcmp(f[0], "sentence") && strcmp(f[0], "story")))
        return syntax(L, "%s", "expected: sentence|story phrase [| phrase ...]");
    uint32_t scope = !strcmp(f[0], "story");
    return each_form(L, f[1], discard_form, &scope);
}

/* ------------------------------------------------------- patterns.txt */

/* "lemma code [tgt=…] [flags] : pattern": the pattern's words, '*' the
 * verb, '+' the target, '_' joining words that must be adjacent, a final
 * '*' on a word a stem.  Without options the pattern takes the verb's slots
 * and flags. */
static bool pat_word(loader *L, const char *w, size_t n, uint8_t flags, dy_pel *el, int *nel)
{
    dy_arena tmp = {0};
    dy_vec toks = DY_VEC(dy_tok);
    bool ok = false;
    if (!dy_tokenize(w, n, &tmp, &toks, MAX_PAT_EL)) {
        if (tmp.oom || toks.n < MAX_PAT_EL)
            oom(L);
        else
            syntax(L, "%s", "pattern too long");
        goto out;
    }
    if (!toks.n) {
        ok = syntax(L, "%s", "empty word in the pattern");
        goto out;
    }
    for (size_t i = 0; i < toks.n; i++) {
        dy_tok *t = &DY_AT(toks, dy_tok, i);
        if (*nel >= MAX_PAT_EL) {
            syntax(L, "%s", "pattern too long");
            goto out;
        }
        dy_pel *e = &el[(*nel)++];
        e->flags = (uint8_t)((i ? PE_JOIN : (flags & PE_JOIN)) |
                             (i + 1 == toks.n ? (flags & PE_PREFIX) : 0));
        e->w = dy_arena_strndup(&L->d->ar, t->fold, t->flen);
        e->wlen = t->flen;
        e->id = e->flags & PE_PREFIX ? 0 : intern(L, t->fold, t->flen);
        if (!e->w || (!(e->flags & PE_PREFIX) && !e->id)) {
            oom(L);
            goto out;
        }
    }
    ok = true;
out:
    dy_vec_free(&toks);
    dy_arena_free(&tmp);
    return ok;
}

static bool pattern_line(loader *L, char *line, bool indented)
{
    (void)indented;
    char *f[48];
    int n = fields(line, f, 48);
    int colon = -1;
    for (int i = 0; i < n && colon < 0; i++)
        if (!strcmp(f[i], ":"))
            colon = i;
    if (colon < 2 || colon + 1 >= n)
        return syntax(L, "%s", "expected: lemma code [tgt=…] [flags] : pattern");
    if (n == 48)
        return syntax(L, "%s", "too many fields");
    /* the verb: every entry of verbs.txt with this lemma (an index of the
     * language's verbs, built at its first pattern) */
    if (L->lemma_lo != L->verb_lo + 1) {
        dy_map_free(&L->lemma_first);
        memset(&L->lemma_first, 0, sizeof L->lemma_first);
        dy_free(L->lemma_next);
        L->lemma_next = dy_calloc(L->verb_hi - L->verb_lo + 1, sizeof(uint32_t));
        if (!L->lemma_next)
            return oom(L);
        L->lemma_lo = L->verb_lo + 1;
        for (size_t i = L->verb_hi; i-- > L->verb_lo;) {
            const char *lem = DY_AT(L->d->preds, dy_pred, i).lemma;
            uint32_t first = dy_map_get(&L->lemma_first, lem, strlen(lem));
            L->lemma_next[i - L->verb_lo] = first;
            if (!dy_map_put(&L->lemma_first, lem, strlen(lem), (uint32_t)i))
                return oom(L);
        }
    }
    uint32_t v0 = dy_map_get(&L->lemma_first, f[0], strlen(f[0]));
    if (v0 == UINT32_MAX)
        return syntax(L, "verb not in verbs.txt: %s", f[0]);
    dy_pel el[MAX_PAT_EL] = {{0}};
    int nel = 0, nverb = 0, ntgt = 0, nwords = 0;
    bool comp = false;
    int skip = 0; /* '^' before the next '+' */
    for (int i = colon + 1; i < n; i++) {
        char *s = f[i];
        uint8_t join = 0;
        while (*s) {
            if (*s == '_') {
                join = PE_JOIN;
                s++;
                continue;
            }
            char *e = s;
            while (*e && *e != '_')
                e++;
            size_t len = (size_t)(e - s);
            if (len == 1 && *s == '^') {
                if (skip < 8)
                    skip++;
            } else if (len == 1 && *s == '%') {
                if (nverb)
                    return syntax(L, "%s", "'%' after the verb: a compound subject stands before it");
                comp = true;
            } else if ((len == 1 && (*s == '*' || *s == '+'))) {
                if (nel >= MAX_PAT_EL)
                    return syntax(L, "%s", "pattern too long");
                dy_pel *p = &el[nel++];
                memset(p, 0, sizeof *p);
                p->flags = (uint8_t)(join | (*s == '*' ? PE_VERB : PE_TGT));
                if (*s == '+')
                    p->skip = (uint8_t)skip;
                skip = 0;
                if (*s == '*')
                    nverb++;
                else if (!nverb && !nwords)
                    return syntax(L, "%s", "'+' before the verb needs a word before it");
                else
                    ntgt++;
            } else {
                uint8_t fl = join;
                if (len > 1 && s[len - 1] == '*') {
                    fl |= PE_PREFIX;
                    len--;
                }
                if (memchr(s, '*', len) || memchr(s, '+', len))
                    return syntax(L, "bad word in the pattern: %s", f[i]);
                if (!pat_word(L, s, len, fl, el, &nel))
                    return false;
                nwords++;
                skip = 0; /* "^ with +": the phrase skipped is before the word */
            }
            join = 0;
            s = e;
        }
    }
    if (nverb != 1)
        return syntax(L, "%s", "a pattern has one '*' (the verb)");
    if (ntgt > 1)
        return syntax(L, "%s", "a pattern has at most one '+' (the target)");
    if (!nwords && !comp)
        return syntax(L, "%s", "a pattern without words (or '%')");
    dy_pred *p = new_pred(L, f[1]);
    if (!p)
        return false;
    size_t pi = L->d->preds.n - 1;
    const dy_pred *v = &DY_AT(L->d->preds, dy_pred, v0);
    p->lemma = v->lemma;
    if (colon == 2) {
        memcpy(p->slots, v->slots, sizeof p->slots);
        p->nslots = v->nslots;
        p->flags = v->flags;
        p->particle = v->particle;
    } else if (!pred_opts(L, p, f + 2, colon - 2)) {
        return false;
    }
    uint32_t e0 = (uint32_t)L->d->pat_el.n;
    for (int i = 0; i < nel; i++) {
        dy_pel *q = dy_vec_push(&L->d->pat_el);
        if (!q)
            return oom(L);
        *q = el[i];
    }
    /* every verb entry with the lemma ("meet" may be there twice) */
    for (uint32_t i = v0; i != UINT32_MAX; i = L->lemma_next[i - L->verb_lo]) {
        dy_pat *t = dy_vec_push(&L->d->pats);
        if (!t)
            return oom(L);
        t->verb = (uint32_t)i;
        t->pred = (uint32_t)pi;
        t->el = e0;
        t->order = (uint32_t)(L->d->pats.n - 1);
        t->nel = (uint8_t)nel;
        t->nwords = (uint8_t)nwords;
        t->comp = comp;
    }
    return true;
}

static int pat_cmp(const void *a, const void *b)
{
    const dy_pat *x = a, *y = b;
    if (x->verb != y->verb)
        return x->verb < y->verb ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

void dy_dict_pat_needs(dy_dict *d)
{
    for (size_t i = 0; i < d->pats.n; i++) {
        dy_pat *p = &DY_AT(d->pats, dy_pat, i);
        memset(p->need, 0, sizeof p->need);
        for (uint32_t k = 0; k < p->nel; k++) {
            const dy_pel *e = &DY_AT(d->pat_el, dy_pel, p->el + k);
            if (e->flags & (PE_VERB | PE_TGT))
                continue;
            if (e->flags & PE_PREFIX) {
                if (e->w && e->wlen >= 3) {
                    uint32_t b = DY_PAT_PBIT(e->w);
                    p->need[2 + (b >> 6)] |= (uint64_t)1 << (b & 63);
                }
            } else if (e->id) {
                uint32_t b = DY_PAT_BIT(e->id);
                p->need[b >> 6] |= (uint64_t)1 << (b & 63);
            }
        }
    }
}

const dy_pat *dy_dict_patterns(const dy_dict *d, uint32_t verb, size_t *n)
{
    size_t lo = 0, hi = d->pats.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (DY_AT(d->pats, dy_pat, mid).verb < verb)
            lo = mid + 1;
        else
            hi = mid;
    }
    /* the end of the run: a second binary search (a common verb has
     * hundreds of patterns) */
    size_t e = lo;
    hi = d->pats.n;
    while (e < hi) {
        size_t mid = e + (hi - e) / 2;
        if (DY_AT(d->pats, dy_pat, mid).verb <= verb)
            e = mid + 1;
        else
            hi = mid;
    }
    *n = e - lo;
    return *n ? &DY_AT(d->pats, dy_pat, lo) : NULL;
}

/* ------------------------------------------------------------- compile */

static const dy_dict *sort_dict;
static int phrase_cmp(const void *a, const void *b)
{
    const dy_phrase *x = a, *y = b;
    const uint32_t *pool = sort_dict->tok_pool.items;
    uint32_t ix = pool[x->tok], iy = pool[y->tok];
    if (ix != iy)
        return ix < iy ? -1 : 1;
    if (x->ntok != y->ntok)
        return x->ntok > y->ntok ? -1 : 1;
    /* stable order for equal keys: by kind, then ref */
    if (x->kind != y->kind)
        return x->kind < y->kind ? -1 : 1;
    /* the same form twice: the entry loaded later wins (hand-written
     * country files after the generated ones, so "Congo" can mean the DR
     * Congo while iso-codes says the Republic) */
    if (x->ref != y->ref)
        return x->ref > y->ref ? -1 : 1;
    if (x->lang != y->lang)
        return x->lang - y->lang;
    return x->vform - y->vform;
}

static bool compile(loader *L)
{
    dy_dict *d = L->d;
    sort_dict = d;
    if (d->phrases.n)
        qsort(d->phrases.items, d->phrases.n, sizeof(dy_phrase), phrase_cmp);
    d->first_start = dy_calloc(d->nids + 2, sizeof(uint32_t));
    if (!d->first_start)
        return oom(L);
    const uint32_t *pool = d->tok_pool.items;
    for (size_t i = 0; i < d->phrases.n; i++) {
        dy_phrase *p = &DY_AT(d->phrases, dy_phrase, i);
        d->first_start[pool[p->tok] + 1]++;
    }
    for (uint32_t i = 1; i <= d->nids + 1; i++)
        d->first_start[i] += d->first_start[i - 1];
    if (d->pats.n)
        qsort(d->pats.items, d->pats.n, sizeof(dy_pat), pat_cmp);
    dy_dict_pat_needs(d);
    fill_missing_weights(d);
    return true;
}

const dy_phrase *dy_dict_phrases(const dy_dict *d, uint32_t id, size_t *n)
{
    if (!id || id > d->nids) {
        *n = 0;
        return NULL;
    }
    uint32_t a = d->first_start[id], b = d->first_start[id + 1];
    *n = b - a;
    /* no phrase (a dictionary may have none at all: phrases.items NULL) */
    return *n ? &DY_AT(d->phrases, dy_phrase, a) : NULL;
}

const uint32_t *dy_phrase_toks(const dy_dict *d, const dy_phrase *p)
{
    return &DY_AT(d->tok_pool, uint32_t, p->tok);
}

/* Every *.txt file of the folder DIR/SUB, in byte order of their names
 * (so that "later wins" is reproducible); a missing folder is no error.
 * people/ and orgs/ hold the per-region files beside people.txt, orgs.txt. */
static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool each_file(loader *L, const char *dir, const char *sub, line_fn fn)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, sub);
    DIR *dp = opendir(path);
    if (!dp)
        return true;
    char **names = NULL;
    size_t n = 0, cap = 0;
    bool ok = true;
    struct dirent *de;
    while (ok && (de = readdir(dp))) {
        size_t len = strlen(de->d_name);
        if (len < 5 || de->d_name[0] == '.' || strcmp(de->d_name + len - 4, ".txt"))
            continue;
        if (n == cap) {
            size_t nc = cap ? 2 * cap : 16;
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
    if (!ok) {
        for (size_t i = 0; i < n; i++)
            dy_free(names[i]);
        dy_free(names);
        return oom(L);
    }
    if (n)
        qsort(names, n, sizeof *names, cmp_name);
    for (size_t i = 0; i < n; i++) {
        char name[600];
        snprintf(name, sizeof name, "%s/%s", sub, names[i]);
        ok = ok && each_line(L, dir, name, false, fn);
        dy_free(names[i]);
    }
    dy_free(names);
    return ok;
}

/* ------------------------------------------------------------- public */

/* The gazetteer of DIR/geo: its folder is kept, the files are read by
 * dy_dict_geo() when a coding run first asks (a dictionary folder without
 * one, an imported TABARI dictionary, codes no locations). */
static bool note_geo(dy_dict *d, const char *dir)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/geo/places.txt", dir);
    FILE *f = fopen(path, "rb");
    if (!f)
        return true;
    fclose(f);
    d->geo_dir = dy_arena_strndup(&d->ar, dir, strlen(dir));
    return d->geo_dir != NULL;
}

const struct dy_geo *dy_dict_geo(const dy_dict *cd, bool *oom)
{
    dy_dict *d = (dy_dict *)cd; /* the lazily loaded part, under its lock */
    *oom = false;
    if (!d->geo_dir)
        return NULL;
    pthread_mutex_lock(&d->geo_mu);
    if (!d->geo_done) {
        dy_error err;
        memset(&err, 0, sizeof err);
        d->geo = dy_geo_load(d->geo_dir, &err);
        if (d->geo || err.status != DY_ENOMEM) {
            d->geo_done = true;
            if (!d->geo)
                fprintf(stderr, "dyad: %s:%ld: %s (no locations)\n", err.file, err.line, err.msg);
        } else {
            *oom = true;
        }
    }
    const struct dy_geo *g = d->geo;
    pthread_mutex_unlock(&d->geo_mu);
    return g;
}

bool dy_dict_note_geo(dy_dict *d, const char *dir) { return note_geo(d, dir); }

dy_dict *dy_dict_alloc(void)
{
    dy_dict *d = dy_calloc(1, sizeof *d);
    if (!d)
        return NULL;
    pthread_mutex_init(&d->geo_mu, NULL);
    d->tok_pool.size = sizeof(uint32_t);
    d->phrases.size = sizeof(dy_phrase);
    d->actors.size = sizeof(dy_actor_ent);
    d->people.size = sizeof(dy_person);
    d->offices.size = sizeof(dy_office);
    d->roles.size = sizeof(dy_actor_ent);
    d->preds.size = sizeof(dy_pred);
    d->pats.size = sizeof(dy_pat);
    d->pat_el.size = sizeof(dy_pel);
    d->codes.size = sizeof(dy_code_ent);
    for (int i = 0; i < NLANGS; i++) {
        snprintf(d->langs[i].lang, sizeof d->langs[i].lang, "%s", LANGS(i));
        d->langs[i].strong.size = sizeof(dy_strong);
    }
    d->country_names.size = sizeof(dy_country_name_ent);
    d->words.size = sizeof(dy_word);
    /* the interned words live in the dictionary's arena (intern(), and the
     * cache's string blob): the map keeps pointers to them, not copies */
    d->intern.borrow = true;
    return d;
}

dy_dict *dy_dict_load_text(const char *dir, dy_error *err)
{
    dy_error dummy;
    if (!err)
        err = &dummy;
    memset(err, 0, sizeof *err);
    dy_dict *d = dy_dict_alloc();
    if (!d) {
        dy_seterr(err, DY_ENOMEM, dir, 0, "out of memory");
        return NULL;
    }
    loader L = {d, err, "", 0, "", -1, false, 0, 0, {0}, NULL, 0, {0}, {0}, {0}};
    L.comp_heads.size = L.comp_mods.size = sizeof(comp_word);
    L.comp_src.size = sizeof(comp_src);
    bool ok = each_line(&L, dir, "cameo.txt", false, cameo_line) &&
              each_line(&L, dir, "plover.txt", true, plover_line) &&
              each_line(&L, dir, "orgs.txt", false, org_line) &&
              each_file(&L, dir, "orgs", org_line) &&
              each_line(&L, dir, "people.txt", false, people_line) &&
              each_file(&L, dir, "people", people_line);
    for (int i = 0; ok && i < NLANGS; i++) {
        char name[64];
        L.lang = i;
        snprintf(name, sizeof name, "%s/strong.txt", LANGS(i));
        ok = each_line(&L, dir, name, true, strong_line);
        snprintf(name, sizeof name, "gen/countries.%s.txt", LANGS(i));
        ok = ok && each_line(&L, dir, name, i != 0, country_line);
        snprintf(name, sizeof name, "%s/countries.txt", LANGS(i));
        ok = ok && each_line(&L, dir, name, i != 0, country_line);
        snprintf(name, sizeof name, "%s/roles.txt", LANGS(i));
        ok = ok && each_line(&L, dir, name, i != 0, role_line);
        snprintf(name, sizeof name, "%s/verbs.txt", LANGS(i));
        L.verb_lo = d->preds.n;
        ok = ok && each_line(&L, dir, name, i != 0, verb_line);
        L.verb_hi = d->preds.n;
        snprintf(name, sizeof name, "%s/compounds.txt", LANGS(i));
        L.comp_heads.n = L.comp_mods.n = L.comp_src.n = 0;
        ok = ok && each_line(&L, dir, name, true, comp_line);
        snprintf(name, sizeof name, "%s/nouns.txt", LANGS(i));
        ok = ok && each_line(&L, dir, name, i != 0, noun_line);
        ok = ok && comp_generate(&L);
        snprintf(name, sizeof name, "%s/discards.txt", LANGS(i));
        ok = ok && each_line(&L, dir, name, true, discard_line);
        snprintf(name, sizeof name, "%s/patterns.txt", LANGS(i));
        ok = ok && each_line(&L, dir, name, true, pattern_line);
    }
    dy_map_free(&L.lemma_first);
    dy_free(L.lemma_next);
    dy_vec_free(&L.comp_heads);
    dy_vec_free(&L.comp_mods);
    dy_vec_free(&L.comp_src);
    if (ok && !dy_dict_build_fw(d))
        ok = oom(&L);
    ok = ok && compile(&L) && note_geo(d, dir);
    if (!ok) {
        if (!err->status)
            dy_seterr(err, DY_ENOMEM, dir, 0, "out of memory");
        dy_dict_free(d);
        return NULL;
    }
    return d;
}

void dy_dict_free(dy_dict *d)
{
    if (!d)
        return;
    dy_map_free(&d->intern);
    dy_vec_free(&d->words);
    dy_map_free(&d->code_index);
    dy_vec_free(&d->country_names);
    dy_vec_free(&d->tok_pool);
    dy_vec_free(&d->phrases);
    dy_vec_free(&d->actors);
    dy_vec_free(&d->people);
    dy_vec_free(&d->offices);
    dy_vec_free(&d->roles);
    dy_vec_free(&d->preds);
    dy_vec_free(&d->pats);
    dy_vec_free(&d->pat_el);
    dy_vec_free(&d->codes);
    for (int i = 0; i < NLANGS; i++) {
        dy_vec_free(&d->langs[i].strong);
        dy_map_free(&d->fwmap[i]);
        dy_vec_free(&d->fwent[i]);
    }
    dy_free(d->first_start);
    dy_geo_free(d->geo);
    pthread_mutex_destroy(&d->geo_mu);
    dy_arena_free(&d->ar);
    dy_free(d);
}

void dy_dict_get_stats(const dy_dict *d, dy_dict_stats *o)
{
    memset(o, 0, sizeof *o);
    o->codes = d->codes.n;
    o->countries = d->ncountries;
    o->actor_forms = d->nactor_forms;
    o->people = d->people.n;
    o->offices = d->offices.n;
    o->verbs = d->nverbs;
    o->verb_forms = d->nverb_forms;
    o->nouns = d->nnouns;
    o->roles = d->roles.n;
    o->phrases = d->phrases.n;
}

const char *dy_scale_name(dy_scale s)
{
    return s == DY_SCALE_ICEWS ? "icews" : s == DY_SCALE_PHOENIX ? "phoenix" : "gdelt";
}

int dy_cameo_lookup(const dy_dict *d, const char *code, dy_scale scale,
                    double *goldstein, int *quad)
{
    const dy_code_ent *c = dy_dict_code(d, code);
    if (!c)
        return -1;
    if (goldstein)
        *goldstein = c->g[scale];
    if (quad)
        *quad = c->quad[scale];
    return 0;
}

/* Function words are interned too, so that a preposition in the text and a
 * slot in verbs.txt ("tgt=mit") compare as integers. */
bool dy_dict_build_fw(dy_dict *d)
{
    const dy_lang_rules *const *rules = dy_languages;
    loader L = {d, NULL, "", 0, "", -1, false, 0, 0, {0}, NULL, 0, {0}, {0}, {0}};
    for (int l = 0; l < NLANGS; l++) {
        d->fwent[l].size = sizeof(dy_fw_ent);
        for (const dy_fw *w = rules[l]->words; w->word; w++) {
            size_t n = strlen(w->word);
            uint32_t k = dy_map_get(&d->fwmap[l], w->word, n);
            dy_fw_ent *e;
            if (k == UINT32_MAX) {
                e = dy_vec_push(&d->fwent[l]);
                if (!e || !dy_map_put(&d->fwmap[l], w->word, n,
                                      (uint32_t)(d->fwent[l].n - 1)))
                    return false;
            } else {
                e = &DY_AT(d->fwent[l], dy_fw_ent, k);
            }
            e->cls |= w->cls;
            e->cls2 |= w->cls2;
            if (w->val)
                e->val = w->val;
            if (w->norm) {
                dy_error err;
                L.err = &err;
                e->norm = intern(&L, w->norm, strlen(w->norm));
                if (!e->norm)
                    return false;
            }
        }
    }
    return true;
}
