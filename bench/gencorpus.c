/* gencorpus.c: a deterministic, seeded generator of news-like benchmark text.
 *
 *   gencorpus -l de|en|fr|ru [-s SEED] [-m MIB] [-d DICTDIR] [-t TEMPLATEDIR]
 *             [-e PCT] [-q PCT] [-n MIN-MAX] -o PREFIX
 *
 * Writes PREFIX.txt (plain text: one paragraph a line, a blank line between
 * articles), PREFIX.jsonl (one article a line: {"id","date","lang","text"},
 * paragraphs separated by a blank line inside "text") and PREFIX.count (how
 * many articles, sentences, tokens and bytes were written, and how many
 * sentences came from event templates).  Generation stops once both the .txt
 * and the .jsonl files hold at least MIB MiB (default 50).  The same seed,
 * templates and dictionaries give byte-identical output: the generator uses
 * its own PRNG (splitmix64) and integer arithmetic only.
 *
 * Sentences come from TEMPLATEDIR/LANG.txt (format described there); actor
 * slots are filled from the project's dictionaries: country names,
 * adjectives and capitals from DICTDIR/LANG/countries.txt, people from
 * DICTDIR/people.txt, organisations from DICTDIR/orgs.txt and (German)
 * transitive weak verbs from DICTDIR/de/verbs.txt, conjugated here.  Each
 * sentence is grown to a length drawn from 15..35 tokens by filling its
 * {+} insertion points with adverbials.  C11 and libc only.
 *
 * Density (bench/density.py measures it, `make bench` reports it): -e PCT
 * is the chance that a sentence after an article's first comes from an
 * event template (default 25; the first: 85); -q PCT makes PCT of all
 * sentences quotations (a no-event template with {Q}; default: as the
 * template weights fall); -n MIN-MAX the sentence lengths in tokens
 * (default 15-35).  Without them the output is what it always was.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------- basics */

static _Noreturn void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("gencorpus: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(2);
}

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p)
        die("out of memory");
    return p;
}

static char *xstrndup(const char *s, size_t n)
{
    char *p = xrealloc(NULL, n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

typedef struct sbuf {
    char *s;
    size_t n, cap;
} sbuf;

static void sb_add(sbuf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t c = b->cap ? b->cap : 256;
        while (c < b->n + n + 1)
            c *= 2;
        b->s = xrealloc(b->s, c);
        b->cap = c;
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = 0;
}
static void sb_puts(sbuf *b, const char *s) { sb_add(b, s, strlen(s)); }
static void sb_putc(sbuf *b, char c) { sb_add(b, &c, 1); }
static void sb_printf(sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void sb_printf(sbuf *b, const char *fmt, ...)
{
    char tmp[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= sizeof tmp)
        die("internal: formatted text too long");
    sb_add(b, tmp, (size_t)n);
}

typedef struct strvec {
    char **v;
    size_t n, cap;
} strvec;

static void sv_push(strvec *sv, char *s)
{
    if (sv->n == sv->cap) {
        sv->cap = sv->cap ? sv->cap * 2 : 16;
        sv->v = xrealloc(sv->v, sv->cap * sizeof *sv->v);
    }
    sv->v[sv->n++] = s;
}

/* --------------------------------------------------------------- PRNG */

static uint64_t rng_state;

static uint64_t rng_next(void)
{
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

/* A number in [0, n). */
static size_t rnd(size_t n) { return n ? (size_t)(rng_next() % n) : 0; }
/* True with probability pct/100. */
static int chance(unsigned pct) { return rnd(100) < pct; }

/* ---------------------------------------------------- text helpers */

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
        s[--n] = 0;
    return s;
}

/* Splits "a | b | c" into trimmed items. */
static void split_bar(const char *s, strvec *out)
{
    const char *p = s;
    for (;;) {
        const char *bar = strstr(p, " | ");
        size_t n = bar ? (size_t)(bar - p) : strlen(p);
        char *item = xstrndup(p, n);
        char *t = trim(item);
        if (*t)
            sv_push(out, xstrndup(t, strlen(t)));
        free(item);
        if (!bar)
            break;
        p = bar + 3;
    }
}

static int ends_with(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && !memcmp(s + n - m, suf, m);
}

static int is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }

/* Upper-cases ASCII and the Latin-1 letters (two-byte UTF-8, C3 A0..BE). */
static char *upcase(const char *s)
{
    size_t n = strlen(s);
    char *u = xstrndup(s, n);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)u[i];
        if (c >= 'a' && c <= 'z')
            u[i] = (char)(c - 32);
        else if (c == 0xC3 && i + 1 < n) {
            unsigned char d = (unsigned char)u[i + 1];
            if (d >= 0xA0 && d <= 0xBE && d != 0xB7)
                u[i + 1] = (char)(d - 0x20);
            i++;
        } else if ((c == 0xD0 || c == 0xD1) && i + 1 < n) { /* Cyrillic а..я, ё */
            unsigned char d = (unsigned char)u[i + 1];
            if (c == 0xD0 && d >= 0xB0 && d <= 0xBF)
                u[i + 1] = (char)(d - 0x20);
            else if (c == 0xD1 && d >= 0x80 && d <= 0x8F)
                u[i] = (char)0xD0, u[i + 1] = (char)(d + 0x20);
            else if (c == 0xD1 && d == 0x91)
                u[i] = (char)0xD0, u[i + 1] = (char)0x81;
            i++;
        }
    }
    return u;
}

/* Tokens as the coder would count them, roughly: a run of word characters
 * is one token, each punctuation mark is one (the three-byte quotation marks
 * and dashes included). */
static size_t count_tokens(const char *s)
{
    size_t n = 0;
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        if (*p == ' ' || *p == '\n' || *p == '\t') {
            p++;
            continue;
        }
        if (p[0] == 0xE2 && p[1] == 0x80 && p[2]) { /* „ “ ” – — ‚ ‘ ’ */
            n++;
            p += 3;
            continue;
        }
        if (p[0] == 0xC2 && (p[1] == 0xAB || p[1] == 0xBB)) { /* « » */
            n++;
            p += 2;
            continue;
        }
        if (*p < 0x80 && !((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                           (*p >= '0' && *p <= '9'))) {
            n++;
            p++;
            continue;
        }
        n++;
        while (*p && *p != ' ' && *p != '\n' && *p != '\t' &&
               !(p[0] == 0xE2 && p[1] == 0x80) && !(p[0] == 0xC2 && (p[1] == 0xAB || p[1] == 0xBB)) &&
               !(*p < 0x80 && !((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                                (*p >= '0' && *p <= '9'))))
            p++;
    }
    return n;
}

/* ------------------------------------------------------- dictionaries */

/* The case forms of a French or Russian name (cases[]; French: the name
 * with its article and the prepositions it contracts with). */
enum { CS_NOM, CS_GEN, CS_DAT, CS_ACC, CS_INS, CS_LOC, CS_WITH, CS_N };

typedef struct country {
    char *name, *gen, *adj, *capital;
    char *cf[CS_N], *kf[CS_N]; /* French, Russian: the name's and capital's forms */
    char fem;                  /* French, Russian: feminine 1, neuter 2 (Перу) */
} country;

typedef struct lexicon {
    const char *lang;
    country *c;
    size_t nc;
    size_t *zipf;      /* cumulative weights over a seeded shuffle of c */
    size_t zipf_total;
    strvec capitals;   /* every single-line GOV metonym */
    strvec people;     /* full names, two words or more, no dots */
    strvec orgs;       /* one-token organisation names */
    strvec verbs;      /* German weak transitive verb lemmas */
} lexicon;

/* ------------------------------------------ French and Russian names */

static char *cat3(const char *a, const char *b, const char *c)
{
    size_t na = strlen(a), nb = strlen(b), nc = strlen(c);
    char *r = xrealloc(NULL, na + nb + nc + 1);
    memcpy(r, a, na);
    memcpy(r + na, b, nb);
    memcpy(r + na + nb, c, nc + 1);
    return r;
}

static int in_list(const char *s, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (!strcmp(s, list[i]))
            return 1;
    return 0;
}

/* French: a vowel (or mute h is not needed: the names with h are aspirated)
 * at the start of S, for l' and d'. */
static int fr_vowel(const char *s)
{
    static const char *const v[] = {"É", "È", "Ê", "Î", "Ô", NULL};
    if (strchr("AEIOUYaeiouy", s[0]) && s[0])
        return 1;
    for (size_t i = 0; v[i]; i++)
        if (!strncmp(s, v[i], strlen(v[i])))
            return 1;
    return 0;
}

/* French country NAME with its article, gender and contracted prepositions
 * (la France, de la France, à la France, en France; le Japon, du Japon, au
 * Japon; l'Iran, en Iran; Cuba, à Cuba).  Returns 0 for plural names (les
 * États-Unis), which the singular verbs of the templates do not fit. */
static int decline_fr(country *c, const char *name)
{
    static const char *const bare[] = {"Cuba", "Israël", "Haïti", "Madagascar", "Singapour",
                                       "Taïwan", "Malte", "Chypre", "Monaco", "Bahreïn", "Oman",
                                       "Djibouti", "Maurice", "Nauru", "Tuvalu", "Kiribati",
                                       "Vanuatu", "Samoa", "Tonga", "Bornéo", NULL};
    static const char *const masc_e[] = {"Mexique", "Cambodge", "Mozambique", "Zimbabwe",
                                         "Belize", "Suriname", NULL};
    static const char *const sing_s[] = {"Laos", "Honduras", "Bélarus", "Belarus", NULL};
    size_t n = strlen(name);
    if ((name[n - 1] == 's' || name[n - 1] == 'x') && !in_list(name, sing_s))
        return 0;
    char first[128];
    size_t fl = strcspn(name, " ");
    if (fl >= sizeof first)
        return 0;
    memcpy(first, name, fl);
    first[fl] = 0;
    int fem = first[fl - 1] == 'e' && !in_list(first, masc_e);
    int vow = fr_vowel(name);
    c->fem = (char)fem;
    if (in_list(name, bare)) {
        c->cf[CS_NOM] = cat3("", name, "");
        c->cf[CS_GEN] = cat3(vow ? "d'" : "de ", name, "");
        c->cf[CS_DAT] = cat3("à ", name, "");
        c->cf[CS_LOC] = cat3(vow ? "en " : "à ", name, "");
    } else if (vow || fem) {
        const char *art = vow ? "l'" : "la ";
        c->cf[CS_NOM] = cat3(art, name, "");
        c->cf[CS_GEN] = cat3("de ", art, name);
        c->cf[CS_DAT] = cat3("à ", art, name);
        c->cf[CS_LOC] = cat3("en ", name, "");
    } else {
        c->cf[CS_NOM] = cat3("le ", name, "");
        c->cf[CS_GEN] = cat3("du ", name, "");
        c->cf[CS_DAT] = cat3("au ", name, "");
        c->cf[CS_LOC] = cat3("au ", name, "");
    }
    c->cf[CS_ACC] = cat3("", c->cf[CS_NOM], "");
    c->cf[CS_INS] = cat3("", c->cf[CS_NOM], "");
    c->cf[CS_WITH] = cat3("avec ", c->cf[CS_NOM], "");
    return 1;
}

/* French capital: Paris, de Paris, à Paris; Le Caire, du Caire, au Caire. */
static void decline_fr_city(char **f, const char *name)
{
    if (!strncmp(name, "Le ", 3)) {
        f[CS_GEN] = cat3("du ", name + 3, "");
        f[CS_DAT] = cat3("au ", name + 3, "");
    } else {
        f[CS_GEN] = cat3(fr_vowel(name) ? "d'" : "de ", name, "");
        f[CS_DAT] = cat3("à ", name, "");
    }
    f[CS_NOM] = cat3("", name, "");
    f[CS_ACC] = cat3("", name, "");
    f[CS_INS] = cat3("", name, "");
    f[CS_LOC] = cat3("", f[CS_DAT], "");
    f[CS_WITH] = cat3("avec ", name, "");
}

/* Russian: the last letter of S (two bytes of UTF-8), or "" */
static const char *ru_last(const char *s, size_t *stem)
{
    size_t n = strlen(s);
    if (n < 2 || (unsigned char)s[n - 2] < 0xD0)
        return "";
    *stem = n - 2;
    return s + n - 2;
}

/* Russian: the preposition в/во, с/со before NAME; на for islands and
 * Украина, as Russian news writes them. */
static const char *ru_prep(const char *name, int with)
{
    static const char *const na[] = {"Куба", "Кипр", "Мальта", "Ямайка", "Украина", "Исландия",
                                     "Шри-Ланка", "Мадагаскар", "Тайвань", NULL};
    if (!with && in_list(name, na))
        return "на ";
    /* the second letter a consonant: во Франции, во Вьетнаме, со Швецией */
    const char *second = name + 2;
    int cons = !(strncmp(second, "а", 2) && strncmp(second, "е", 2) && strncmp(second, "и", 2) &&
                 strncmp(second, "о", 2) && strncmp(second, "у", 2) && strncmp(second, "ы", 2) &&
                 strncmp(second, "э", 2) && strncmp(second, "ю", 2) && strncmp(second, "я", 2) &&
                 strncmp(second, "ё", 2)) ? 0 : 1;
    if (!with && cons && (!strncmp(name, "Ф", 2) || !strncmp(name, "В", 2)))
        return "во ";
    if (with && cons && (!strncmp(name, "С", 2) || !strncmp(name, "З", 2) ||
                         !strncmp(name, "Ш", 2) || !strncmp(name, "Ж", 2) || !strncmp(name, "Щ", 2)))
        return "со ";
    return with ? "с " : "в ";
}

/* Russian noun declension of a country or capital NAME (nominative) into F
 * (Китай: Китая, Китаю, Китай, Китаем, в Китае, с Китаем; Франция:
 * Франции, Франции, Францию, Францией, во Франции, с Францией).  Names in
 * -о, -и, -у, -е, -ю are indeclinable.  Returns 0 for what this small
 * declension cannot do (plurals in -ы, fleeting vowels, abbreviations,
 * several words); *FEM is set for -а and -я. */
static int decline_ru(char **f, char *fem, const char *full)
{
    /* "Египет:Египт": the dictionary's stem of the other cases */
    char name[256];
    const char *colon = strchr(full, ':');
    size_t nl = colon ? (size_t)(colon - full) : strlen(full);
    if (nl >= sizeof name)
        return 0;
    memcpy(name, full, nl);
    name[nl] = 0;
    size_t stem = 0;
    const char *last = ru_last(name, &stem);
    if (!*last || strchr(name, ' '))
        return 0;
    if (strlen(name) >= 4 && !strncmp(name + 2, "А", 1) &&
        (unsigned char)name[3] >= 0x90 && (unsigned char)name[3] <= 0xAF)
        return 0; /* a second capital letter: США, КНР */
    char *s = xstrndup(name, stem);
    const char *e[CS_N]; /* gen dat acc ins loc */
    *fem = 0;
    int indecl = 0;
    if (!strcmp(last, "я") && stem >= 2 && !strncmp(name + stem - 2, "и", 2)) {
        e[CS_GEN] = "и"; e[CS_DAT] = "и"; e[CS_ACC] = "ю"; e[CS_INS] = "ей"; e[CS_LOC] = "и";
        *fem = 1;
    } else if (!strcmp(last, "я")) {
        e[CS_GEN] = "и"; e[CS_DAT] = "е"; e[CS_ACC] = "ю"; e[CS_INS] = "ей"; e[CS_LOC] = "е";
        *fem = 1;
    } else if (!strcmp(last, "а")) {
        const char *pl = stem >= 2 ? name + stem - 2 : "";
        int velar = !strncmp(pl, "к", 2) || !strncmp(pl, "г", 2) || !strncmp(pl, "х", 2);
        int sib = !strncmp(pl, "ж", 2) || !strncmp(pl, "ш", 2) || !strncmp(pl, "щ", 2) ||
                  !strncmp(pl, "ч", 2) || !strncmp(pl, "ц", 2);
        e[CS_GEN] = velar || (sib && strncmp(pl, "ц", 2)) ? "и" : "ы";
        e[CS_DAT] = "е"; e[CS_ACC] = "у"; e[CS_INS] = sib ? "ей" : "ой"; e[CS_LOC] = "е";
        *fem = 1;
    } else if (!strcmp(last, "й") || !strcmp(last, "ь")) {
        e[CS_GEN] = "я"; e[CS_DAT] = "ю"; e[CS_ACC] = last; e[CS_INS] = "ем"; e[CS_LOC] = "е";
    } else if (!strcmp(last, "ы")) {
        free(s);
        return 0;
    } else if (!strcmp(last, "о") || !strcmp(last, "и") || !strcmp(last, "у") ||
               !strcmp(last, "е") || !strcmp(last, "ю") || !strcmp(last, "э")) {
        indecl = 1;
        *fem = 2; /* Перу, Марокко, Чили: neuter */
    } else {
        free(s);
        s = colon ? xstrndup(colon + 1, strlen(colon + 1)) : xstrndup(name, strlen(name));
        int sib = !strcmp(last, "ж") || !strcmp(last, "ш") || !strcmp(last, "щ") ||
                  !strcmp(last, "ч") || !strcmp(last, "ц");
        e[CS_GEN] = "а"; e[CS_DAT] = "у"; e[CS_ACC] = ""; e[CS_INS] = sib ? "ем" : "ом";
        e[CS_LOC] = "е";
    }
    if (colon && (indecl || strcmp(s, colon + 1))) {
        free(s);
        return 0; /* a stem given for a name this declension does not cut */
    }
    if (indecl) {
        free(s);
        for (int i = 0; i < CS_N; i++)
            f[i] = cat3("", name, "");
    } else {
        f[CS_NOM] = cat3("", name, "");
        for (int i = CS_GEN; i <= CS_INS; i++)
            f[i] = i == CS_ACC && !*e[i] ? cat3("", name, "") : cat3(s, e[i], "");
        f[CS_LOC] = cat3(ru_prep(name, 0), s, e[CS_LOC]);
        f[CS_WITH] = cat3(ru_prep(name, 1), s, e[CS_INS]);
        free(s);
        return 1;
    }
    char *nom = f[CS_NOM];
    free(f[CS_LOC]);
    free(f[CS_WITH]);
    f[CS_LOC] = cat3(ru_prep(nom, 0), nom, "");
    f[CS_WITH] = cat3(ru_prep(nom, 1), nom, "");
    return 1;
}

static FILE *open_dict(const char *dir, const char *rel)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, rel);
    FILE *f = fopen(path, "r");
    if (!f)
        die("%s: cannot open: %s", path, strerror(errno));
    return f;
}

/* Reads one line without its comment; returns NULL at EOF. */
static char *dict_line(FILE *f, char *buf, size_t n)
{
    if (!fgets(buf, (int)n, f))
        return NULL;
    char *hash = strchr(buf, '#');
    if (hash)
        *hash = 0;
    return buf;
}

/* Splits "CODE KIND rest" (or "CODE rest" when kind is NULL). */
static int fields(char *line, char **code, char **kind, char **rest)
{
    char *p = line;
    while (*p == ' ' || *p == '\t')
        p++;
    if (!*p || *p == '\n')
        return 0;
    *code = p;
    while (*p && *p != ' ' && *p != '\t')
        p++;
    if (!*p)
        return 0;
    *p++ = 0;
    while (*p == ' ' || *p == '\t')
        p++;
    if (kind) {
        *kind = p;
        while (*p && *p != ' ' && *p != '\t')
            p++;
        if (!*p)
            return 0;
        *p++ = 0;
    }
    *rest = trim(p);
    return **rest != 0;
}

/* A German name usable bare as subject or object: one word starting with a
 * capital, no article needed (not -e, -ei, -z: die Ukraine, die Türkei, die
 * Schweiz), not an abbreviation (USA). */
static int bare_name_de(const char *s)
{
    if (strchr(s, ' ') || strchr(s, '-') || !is_upper_ascii(s[0]))
        return 0;
    if (ends_with(s, "e") || ends_with(s, "ei") || ends_with(s, "z") || ends_with(s, "s") ||
        ends_with(s, "ß") || ends_with(s, "x"))
        return 0;
    int allcaps = 1;
    for (const char *p = s; *p; p++)
        if (*p >= 'a' && *p <= 'z')
            allcaps = 0;
    return !allcaps;
}

static int bare_name_en(const char *s)
{
    if (strchr(s, ' ') || strchr(s, '.') || !is_upper_ascii(s[0]))
        return 0;
    int allcaps = 1;
    for (const char *p = s; *p; p++)
        if (*p >= 'a' && *p <= 'z')
            allcaps = 0;
    return !allcaps && !ends_with(s, "s");
}

static void load_countries(lexicon *L, const char *dir)
{
    char rel[64];
    snprintf(rel, sizeof rel, "%s/countries.txt", L->lang);
    FILE *f = open_dict(dir, rel);
    char buf[8192];
    /* code -> partial entry, collected in file order */
    typedef struct tmp { char code[8]; char *name, *adj, *capital; } tmp;
    tmp *t = NULL;
    size_t nt = 0, capt = 0;
    while (dict_line(f, buf, sizeof buf)) {
        char *code, *kind, *rest;
        if (!fields(buf, &code, &kind, &rest))
            continue;
        size_t cl = strlen(code);
        if (cl < 3 || cl > 7)
            continue;
        strvec forms = {0};
        split_bar(rest, &forms);
        if (!forms.n)
            continue;
        char base[8];
        memcpy(base, code, 3);
        base[3] = 0;
        tmp *e = NULL;
        for (size_t i = 0; i < nt; i++)
            if (!strcmp(t[i].code, base))
                e = &t[i];
        if (!e) {
            if (nt == capt) {
                capt = capt ? capt * 2 : 64;
                t = xrealloc(t, capt * sizeof *t);
            }
            e = &t[nt++];
            memset(e, 0, sizeof *e);
            memcpy(e->code, base, 4);
        }
        if (!strcmp(kind, "name") && cl == 3 && !e->name) {
            const char *s = forms.v[0];
            int fr_ru = !strcmp(L->lang, "fr") || !strcmp(L->lang, "ru");
            if (fr_ru || (!strcmp(L->lang, "de") ? bare_name_de(s) : bare_name_en(s)))
                e->name = xstrndup(s, strlen(s));
        } else if (!strcmp(kind, "adj") && cl == 3 && !e->adj) {
            e->adj = xstrndup(forms.v[0], strlen(forms.v[0]));
        } else if (!strcmp(kind, "metonym") && !strcmp(code + 3, "GOV")) {
            const char *s = forms.v[0];
            if (!strcmp(L->lang, "ru") && !strncmp(s, "в ", strlen("в ")))
                s = ""; /* "в Кремле": a place, not a name */
            if (*s && !strchr(s, '.')) {
                if (!e->capital)
                    e->capital = xstrndup(s, strlen(s));
                sv_push(&L->capitals, xstrndup(s, strlen(s)));
            }
        }
        for (size_t i = 0; i < forms.n; i++)
            free(forms.v[i]);
        free(forms.v);
    }
    fclose(f);
    for (size_t i = 0; i < nt; i++) {
        if (t[i].name && t[i].adj && t[i].capital) {
            L->c = xrealloc(L->c, (L->nc + 1) * sizeof *L->c);
            country *c = &L->c[L->nc++];
            memset(c, 0, sizeof *c);
            c->name = t[i].name;
            c->adj = t[i].adj;
            c->capital = t[i].capital;
            if (!strcmp(L->lang, "fr") || !strcmp(L->lang, "ru")) {
                int ok;
                char kfem;
                if (!strcmp(L->lang, "fr")) {
                    ok = decline_fr(c, c->name);
                    if (ok)
                        decline_fr_city(c->kf, c->capital);
                } else {
                    ok = decline_ru(c->cf, &c->fem, c->name) &&
                         decline_ru(c->kf, &kfem, c->capital);
                    if (ok) { /* the nominative without the dictionary's stem */
                        char *nom = cat3("", c->cf[CS_NOM], "");
                        free(c->name);
                        t[i].name = c->name = nom;
                        nom = cat3("", c->kf[CS_NOM], "");
                        free(c->capital);
                        t[i].capital = c->capital = nom;
                    }
                }
                if (!ok) { /* not usable in the templates: dropped */
                    for (int k = 0; k < CS_N; k++) {
                        free(c->cf[k]);
                        free(c->kf[k]);
                    }
                    free(t[i].name);
                    free(t[i].adj);
                    free(t[i].capital);
                    L->nc--;
                    continue;
                }
            }
            size_t n = strlen(c->name);
            c->gen = xrealloc(NULL, n + 3);
            if (c->cf[CS_GEN])
                c->gen = cat3("", c->cf[CS_GEN], "");
            else if (!strcmp(L->lang, "de"))
                snprintf(c->gen, n + 3, "%ss", c->name);
            else
                snprintf(c->gen, n + 3, "%s's", c->name);
        } else {
            free(t[i].name);
            free(t[i].adj);
            free(t[i].capital);
        }
    }
    free(t);
    if (L->nc < 10)
        die("%s/%s: too few usable countries (%zu)", dir, rel, L->nc);
    /* Zipf-like weights (1/rank) over a seeded shuffle: a few countries are
     * in the news all the time, most rarely. */
    for (size_t i = L->nc - 1; i > 0; i--) {
        size_t j = rnd(i + 1);
        country tmpc = L->c[i];
        L->c[i] = L->c[j];
        L->c[j] = tmpc;
    }
    L->zipf = xrealloc(NULL, L->nc * sizeof *L->zipf);
    size_t acc = 0;
    for (size_t i = 0; i < L->nc; i++) {
        acc += 1000000 / (i + 1);
        L->zipf[i] = acc;
    }
    L->zipf_total = acc;
}

static int has_dot_or_odd(const char *s)
{
    for (const char *p = s; *p; p++)
        if (*p == '.' || *p == '\'' || *p == '(' || *p == '"')
            return 1;
    return 0;
}

static void load_people(lexicon *L, const char *dir)
{
    FILE *f = open_dict(dir, "people.txt");
    char buf[8192];
    while (dict_line(f, buf, sizeof buf)) {
        if (strncmp(buf, "person", 6) || (buf[6] != ' ' && buf[6] != '\t'))
            continue;
        char *code, *rest;
        if (!fields(buf + 7, &code, NULL, &rest))
            continue;
        strvec forms = {0};
        split_bar(rest, &forms);
        /* the first full name without dots; German text may also use the
         * second spelling (Wladimir / Vladimir), so take any full name */
        for (size_t i = 0; i < forms.n; i++) {
            const char *s = forms.v[i];
            const char *last = strrchr(s, ' ');
            /* "Juan Carlos I." would end a sentence in an abbreviation */
            int roman = last && strspn(last + 1, "IVX") == strlen(last + 1);
            /* Russian: names in Cyrillic (А..Я), the others in Latin letters */
            int cyr = (unsigned char)s[0] == 0xD0 && (unsigned char)s[1] >= 0x90 &&
                      (unsigned char)s[1] <= 0xAF;
            int want = strcmp(L->lang, "ru") ? is_upper_ascii(s[0]) : cyr;
            if (last && !roman && !has_dot_or_odd(s) && want)
                sv_push(&L->people, xstrndup(s, strlen(s)));
            free(forms.v[i]);
        }
        free(forms.v);
    }
    fclose(f);
    if (L->people.n < 10)
        die("%s/people.txt: too few people", dir);
}

static void load_orgs(lexicon *L, const char *dir)
{
    FILE *f = open_dict(dir, "orgs.txt");
    char buf[8192];
    while (dict_line(f, buf, sizeof buf)) {
        char *code, *rest;
        if (!fields(buf, &code, NULL, &rest))
            continue;
        if (strncmp(code, "IGO", 3))
            continue; /* organisations of states only: NATO, EU, UN, OSZE ... */
        strvec forms = {0};
        split_bar(rest, &forms);
        if (forms.n) {
            const char *s = forms.v[0];
            if (!strchr(s, ' ') && !has_dot_or_odd(s) && strlen(s) >= 2)
                sv_push(&L->orgs, xstrndup(s, strlen(s)));
        }
        for (size_t i = 0; i < forms.n; i++)
            free(forms.v[i]);
        free(forms.v);
    }
    fclose(f);
    if (L->orgs.n < 3)
        die("%s/orgs.txt: too few organisations", dir);
}

/* German weak verbs with a direct object as first slot and an event code:
 * no separable particle, not reflexive, not in strong.txt. */
static void load_verbs(lexicon *L, const char *dir, const strvec *skip)
{
    strvec strong = {0};
    char buf[8192];
    FILE *f = open_dict(dir, "de/strong.txt");
    while (dict_line(f, buf, sizeof buf)) {
        char *inf, *rest;
        if (fields(buf, &inf, NULL, &rest))
            sv_push(&strong, xstrndup(inf, strlen(inf)));
    }
    fclose(f);
    f = open_dict(dir, "de/verbs.txt");
    while (dict_line(f, buf, sizeof buf)) {
        char *lemma, *code, *rest;
        if (!fields(buf, &lemma, &code, &rest))
            continue;
        if (!strcmp(lemma, "sich") || strchr(lemma, '|') || !strcmp(code, "-") ||
            strncmp(rest, "tgt=obj", 7) || strstr(rest, "say") || strstr(rest, "support") ||
            !ends_with(lemma, "en"))
            continue;
        int is_strong = 0;
        for (size_t i = 0; i < strong.n; i++)
            if (ends_with(lemma, strong.v[i]))
                is_strong = 1;
        for (size_t i = 0; skip && i < skip->n; i++)
            if (!strcmp(lemma, skip->v[i]))
                is_strong = 1; /* not used either */
        if (!is_strong)
            sv_push(&L->verbs, xstrndup(lemma, strlen(lemma)));
    }
    fclose(f);
    for (size_t i = 0; i < strong.n; i++)
        free(strong.v[i]);
    free(strong.v);
    if (L->verbs.n < 5)
        die("%s/de/verbs.txt: too few weak transitive verbs", dir);
}

/* Weak German conjugation: FORM 'p' present 3sg (kritisiert), 't' preterite
 * 3sg (kritisierte), 'g' participle (kritisiert, verurteilt, gelobt). */
static void conjugate(sbuf *b, const char *lemma, char form)
{
    size_t n = strlen(lemma);
    size_t stem = ends_with(lemma, "eln") || ends_with(lemma, "ern") ? n - 1 : n - 2;
    char last = lemma[stem - 1];
    int e = last == 't' || last == 'd' ||
            ((last == 'm' || last == 'n') && stem >= 2 && !strchr("aeioulrhm", lemma[stem - 2]));
    if (form == 'g') {
        static const char *const insep[] = {"be", "ver", "ent", "er", "zer", "emp", "miss",
                                            "ge", "über", "unter", "wider", "durch", NULL};
        int ge = !ends_with(lemma, "ieren");
        for (int i = 0; insep[i] && ge; i++)
            if (!strncmp(lemma, insep[i], strlen(insep[i])))
                ge = 0;
        if (ge)
            sb_puts(b, "ge");
    }
    sb_add(b, lemma, stem);
    if (e)
        sb_putc(b, 'e');
    sb_puts(b, form == 't' ? "te" : "t");
}

/* ------------------------------------------------------------ templates */

enum { K_EVENT, K_NONE, K_QUOTE, K_DATELINE, K_NKINDS };

typedef struct tmpl {
    char *text;
    unsigned weight;
} tmpl;

typedef struct tlist {
    tmpl *t;
    size_t n;
    unsigned total;
} tlist;

typedef struct wlist {
    char name[32];
    strvec items;
} wlist;

typedef struct templates {
    tlist kind[K_NKINDS];
    wlist *lists;
    size_t nlists;
} templates;

static void load_templates(templates *T, const char *dir, const char *lang)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s.txt", dir, lang);
    FILE *f = fopen(path, "r");
    if (!f)
        die("%s: cannot open: %s", path, strerror(errno));
    char buf[8192];
    long lineno = 0;
    while (fgets(buf, sizeof buf, f)) {
        lineno++;
        char *s = trim(buf);
        if (!*s || *s == '#')
            continue;
        if (*s == '@') {
            char *sp = s + 1;
            while (*sp && *sp != ' ' && *sp != '\t')
                sp++;
            if (!*sp)
                die("%s:%ld: a list needs items", path, lineno);
            size_t nl = (size_t)(sp - (s + 1));
            if (nl == 0 || nl >= sizeof T->lists[0].name)
                die("%s:%ld: bad list name", path, lineno);
            wlist *w = NULL;
            for (size_t i = 0; i < T->nlists; i++)
                if (strlen(T->lists[i].name) == nl && !strncmp(T->lists[i].name, s + 1, nl))
                    w = &T->lists[i];
            if (!w) {
                T->lists = xrealloc(T->lists, (T->nlists + 1) * sizeof *T->lists);
                w = &T->lists[T->nlists++];
                memset(w, 0, sizeof *w);
                memcpy(w->name, s + 1, nl);
            }
            split_bar(trim(sp), &w->items);
            continue;
        }
        int k;
        switch (*s) {
        case 'E': k = K_EVENT; break;
        case 'N': k = K_NONE; break;
        case 'Q': k = K_QUOTE; break;
        case 'D': k = K_DATELINE; break;
        default: die("%s:%ld: a line starts with E, N, Q, D, @ or #", path, lineno);
        }
        char *end;
        unsigned long w = strtoul(s + 1, &end, 10);
        if (end == s + 1 || w == 0 || w > 1000 || (*end != ' ' && *end != '\t'))
            die("%s:%ld: KIND WEIGHT TEMPLATE expected", path, lineno);
        char *text = trim(end);
        /* D lines keep their trailing separator: "– " is written as "–_" */
        tlist *tl = &T->kind[k];
        tl->t = xrealloc(tl->t, (tl->n + 1) * sizeof *tl->t);
        tl->t[tl->n].text = xstrndup(text, strlen(text));
        tl->t[tl->n].weight = (unsigned)w;
        tl->n++;
        tl->total += (unsigned)w;
    }
    fclose(f);
    for (int k = 0; k < K_NKINDS; k++)
        if (!T->kind[k].n)
            die("%s: no templates of kind %c", path, "ENQD"[k]);
}

/* Sentence lengths in tokens (-n) and the quotation share (-q, per mille
 * of the no-event sentences; -1: not steered). */
static size_t len_min = 15, len_max = 35;
static long quote_pm = -1;

static const tmpl *pick(const tlist *tl)
{
    size_t r = rnd(tl->total);
    for (size_t i = 0; i < tl->n; i++) {
        if (r < tl->t[i].weight)
            return &tl->t[i];
        r -= tl->t[i].weight;
    }
    return &tl->t[tl->n - 1];
}

/* A template of TL with a quotation ({Q}) when Q, without one when not;
 * any template when TL has none of that sort. */
static const tmpl *pick_q(const tlist *tl, bool q)
{
    size_t total = 0;
    for (size_t i = 0; i < tl->n; i++)
        if ((strstr(tl->t[i].text, "{Q}") != NULL) == q)
            total += tl->t[i].weight;
    if (!total)
        return pick(tl);
    size_t r = rnd(total);
    for (size_t i = 0; i < tl->n; i++) {
        if ((strstr(tl->t[i].text, "{Q}") != NULL) != q)
            continue;
        if (r < tl->t[i].weight)
            return &tl->t[i];
        r -= tl->t[i].weight;
    }
    return pick(tl);
}

static const wlist *find_list(const templates *T, const char *name, size_t n)
{
    for (size_t i = 0; i < T->nlists; i++)
        if (strlen(T->lists[i].name) == n && !strncmp(T->lists[i].name, name, n))
            return &T->lists[i];
    return NULL;
}

/* --------------------------------------------------------- generation */

typedef struct article_ctx {
    const country *c[4];   /* c[1..3]: the article's countries */
    const char *p[3];      /* p[1..2]: the article's people */
    const char *org;
    const char *verb;      /* the verb of the current sentence */
} article_ctx;

typedef struct gen {
    lexicon *L;
    templates *T;
    article_ctx a;
    sbuf ins[16];          /* adverbials for the {+} points of a sentence */
    size_t nins;
} gen;

static const country *pick_country(const lexicon *L)
{
    size_t r = rnd(L->zipf_total);
    size_t lo = 0, hi = L->nc - 1;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (L->zipf[mid] > r)
            hi = mid;
        else
            lo = mid + 1;
    }
    return &L->c[lo];
}

static const char *pick_str(const strvec *sv) { return sv->v[rnd(sv->n)]; }

static const char *surname(const char *full)
{
    const char *sp = strrchr(full, ' ');
    return sp ? sp + 1 : full;
}

static void expand(gen *g, sbuf *out, const char *t, int depth, int allow_ins);

/* French and Russian country slots: [K]CASE[DIGIT], CASE one of C (the name
 * as subject), G (of), D (to), V (object), I (instrumental), L (in), S
 * (with), F (the past-tense ending that agrees with it: "" or a / e), R
 * (Russian reflexive ending: ся or ась); K the capital instead of the name
 * ({K1} alone: the capital as subject).  A1 the adjective as listed
 * (masculine); A1_f A1_p A1_fp (French) feminine, plural; A1_ое A1_ие ...
 * (Russian) the stem with that ending (и becomes ы after a stem in -ый).
 * {PF1} {PR1}: the Russian past-tense and reflexive endings that agree with
 * person 1 (feminine when the first name ends in -а or -я).  Returns 0 when KEY is none of these. */
static int slot_fr_ru(gen *g, sbuf *out, const char *key)
{
    const char *k = key;
    if (key[0] == 'P' && (key[1] == 'F' || key[1] == 'R') && (key[2] == '1' || key[2] == '2') &&
        !key[3]) { /* {PF1} {PR1}: the endings that agree with person 1 (Russian) */
        static const char *const masc_a[] = {"Никита", "Илья", "Фома", "Кузьма", "Лука", NULL};
        const char *p = g->a.p[key[2] - '0'];
        char first[128];
        size_t fl = strcspn(p, " ");
        int fem = 0;
        if (fl < sizeof first) {
            memcpy(first, p, fl);
            first[fl] = 0;
            fem = (ends_with(first, "а") || ends_with(first, "я")) && !in_list(first, masc_a);
        }
        if (key[1] == 'F')
            sb_puts(out, fem ? "а" : "");
        else
            sb_puts(out, fem ? "ась" : "ся");
        return 1;
    }
    int cap = 0;
    if (*k == 'K')
        cap = 1, k++;
    static const char cases[] = "CGDVILSFR";
    const char *cp = *k ? strchr(cases, *k) : NULL;
    if (cap && !cp && (*k == 0 || (*k >= '1' && *k <= '3')))
        cp = cases; /* {K} {K1}: the capital as subject */
    else if (cp)
        k++;
    else if (*k == 'A' && !cap)
        k++;
    else
        return 0;
    const country *c;
    if (*k >= '1' && *k <= '3')
        c = g->a.c[*k++ - '0'];
    else if (*k == 0 || (*k == '_' && key[0] == 'A'))
        c = pick_country(g->L);
    else
        return 0;
    int ru = !strcmp(g->L->lang, "ru");
    if (key[0] == 'A') {
        if (*k == 0) {
            sb_puts(out, c->adj);
            return 1;
        }
        if (*k != '_')
            return 0;
        const char *suf = k + 1;
        size_t n = strlen(c->adj);
        if (ru) { /* российский: российск + ие */
            int hard = ends_with(c->adj, "ый");
            sb_add(out, c->adj, n >= 4 ? n - 4 : n);
            if (hard && !strncmp(suf, "и", 2)) {
                sb_puts(out, "ы");
                suf += 2;
            }
            sb_puts(out, suf);
            return 1;
        }
        /* French: français françaises, iranien iranienne, turc turque */
        int fem = strchr(suf, 'f') != NULL, pl = strchr(suf, 'p') != NULL;
        const char *a = c->adj;
        if (fem && !ends_with(a, "e")) {
            sb_puts(out, a);
            if (ends_with(a, "en"))
                sb_puts(out, "ne");
            else if (ends_with(a, "c"))
                out->n--, sb_puts(out, ends_with(a, "ec") ? "cque" : "que");
            else
                sb_puts(out, "e");
        } else if (!fem && pl && ends_with(a, "al")) {
            sb_add(out, a, n - 1);
            sb_puts(out, "ux");
            return 1;
        } else
            sb_puts(out, a);
        if (pl && ((!ends_with(a, "s") && !ends_with(a, "x")) || fem))
            sb_puts(out, "s");
        return 1;
    }
    if (*k)
        return 0;
    char **f = cap ? (char **)c->kf : (char **)c->cf;
    int fem = cap ? 0 : c->fem;
    if (cap && ru) {
        char kfem = 0, *tmp[CS_N];
        decline_ru(tmp, &kfem, c->capital); /* its gender, for F and R */
        for (int i = 0; i < CS_N; i++)
            free(tmp[i]);
        fem = kfem == 1; /* Токио, Баку: masculine */
    }
    switch (*cp) {
    case 'C': sb_puts(out, f[CS_NOM]); break;
    case 'G': sb_puts(out, f[CS_GEN]); break;
    case 'D': sb_puts(out, f[CS_DAT]); break;
    case 'V': sb_puts(out, f[CS_ACC]); break;
    case 'I': sb_puts(out, f[CS_INS]); break;
    case 'L': sb_puts(out, f[CS_LOC]); break;
    case 'S': sb_puts(out, f[CS_WITH]); break;
    case 'F': sb_puts(out, fem == 2 ? "о" : fem ? (ru ? "а" : "e") : ""); break;
    case 'R': sb_puts(out, fem == 2 ? "ось" : fem ? "ась" : "ся"); break;
    }
    return 1;
}

/* Expands one slot NAME (without braces) into OUT. */
static void slot(gen *g, sbuf *out, const char *name, size_t n, int depth, int allow_ins)
{
    lexicon *L = g->L;
    char key[40];
    if (n >= sizeof key)
        die("slot name too long: %.*s", (int)n, name);
    memcpy(key, name, n);
    key[n] = 0;
    if (!strcmp(key, "+")) {
        if (allow_ins && g->nins < sizeof g->ins / sizeof g->ins[0]) {
            /* a marker the sentence builder fills later */
            sb_add(out, "\x01", 1);
            g->nins++;
        }
        return;
    }
    if ((!strcmp(L->lang, "fr") || !strcmp(L->lang, "ru")) && slot_fr_ru(g, out, key))
        return;
    /* C, C1..C3 (name), G (genitive), A (adjective stem + ending), K (capital) */
    if ((key[0] == 'C' || key[0] == 'G' || key[0] == 'K' || key[0] == 'A') &&
        (key[1] == 0 || (key[1] >= '1' && key[1] <= '3') || key[1] == '_')) {
        const country *c;
        const char *rest = key + 1;
        if (*rest >= '1' && *rest <= '3')
            c = g->a.c[*rest++ - '0'];
        else
            c = pick_country(L);
        if (key[0] == 'C' && !*rest)
            sb_puts(out, c->name);
        else if (key[0] == 'G' && !*rest)
            sb_puts(out, c->gen);
        else if (key[0] == 'K' && !*rest)
            sb_puts(out, c->capital);
        else if (key[0] == 'A' && (*rest == 0 || *rest == '_')) {
            sb_puts(out, c->adj);
            if (*rest == '_')
                sb_puts(out, rest + 1);
        } else
            die("unknown slot {%s}", key);
        return;
    }
    if (!strcmp(key, "DL")) { /* dateline city: Berlin or a capital */
        const char *home = !strcmp(L->lang, "de") ? "BERLIN" : !strcmp(L->lang, "fr") ? "PARIS"
                         : !strcmp(L->lang, "ru") ? "МОСКВА" : "WASHINGTON";
        const char *city = chance(35) ? home : NULL;
        if (!city && L->c[0].cf[0]) /* French, Russian: the capitals only */
            city = chance(60) ? g->a.c[1]->capital : pick_country(L)->capital;
        else if (!city)
            city = chance(60) ? g->a.c[1]->capital : pick_str(&L->capitals);
        char *u = upcase(city);
        sb_puts(out, u);
        free(u);
        return;
    }
    if (key[0] == 'P' && (key[1] == 0 || ((key[1] == '1' || key[1] == '2') && (!key[2] || !strcmp(key + 2, "S"))))) {
        const char *p = key[1] ? g->a.p[key[1] - '0'] : pick_str(&L->people);
        sb_puts(out, key[1] && key[2] ? surname(p) : p);
        return;
    }
    if (!strcmp(key, "O")) {
        sb_puts(out, chance(50) ? g->a.org : pick_str(&L->orgs));
        return;
    }
    if (!strcmp(key, "VP") || !strcmp(key, "VT") || !strcmp(key, "VG")) {
        if (!L->verbs.n)
            die("slot {%s}: no verb lexicon for this language", key);
        conjugate(out, g->a.verb, (char)(key[1] == 'P' ? 'p' : key[1] == 'T' ? 't' : 'g'));
        return;
    }
    if (!strcmp(key, "NUM")) {
        sb_printf(out, "%zu", 2 + rnd(rnd(10) < 7 ? 98 : 898));
        return;
    }
    if (!strcmp(key, "SMALL")) {
        sb_printf(out, "%zu", 2 + rnd(44));
        return;
    }
    if (!strcmp(key, "PCT")) {
        sb_printf(out, "%zu%c%zu", rnd(rnd(10) < 8 ? 10 : 60), strcmp(L->lang, "en") ? ',' : '.', rnd(10));
        return;
    }
    if (!strcmp(key, "DAY")) {
        sb_printf(out, "%zu", 1 + rnd(28));
        return;
    }
    if (!strcmp(key, "YEAR")) {
        sb_printf(out, "%zu", 1990 + rnd(35));
        return;
    }
    if (!strcmp(key, "Q")) {
        expand(g, out, pick(&g->T->kind[K_QUOTE])->text, depth + 1, allow_ins);
        return;
    }
    const wlist *w = find_list(g->T, name, n);
    if (!w)
        die("unknown slot {%s}", key);
    expand(g, out, w->items.v[rnd(w->items.n)], depth + 1, allow_ins);
}

/* Expands template T: {slot} and literal text.  {+} marks an insertion point
 * (byte 1) when ALLOW_INS. */
static void expand(gen *g, sbuf *out, const char *t, int depth, int allow_ins)
{
    if (depth > 6)
        die("templates nest too deep: %s", t);
    const char *p = t;
    while (*p) {
        const char *open = strchr(p, '{');
        if (!open) {
            sb_puts(out, p);
            return;
        }
        sb_add(out, p, (size_t)(open - p));
        const char *close = strchr(open, '}');
        if (!close)
            die("unclosed { in template: %s", t);
        slot(g, out, open + 1, (size_t)(close - open - 1), depth, allow_ins);
        p = close + 1;
    }
}

/* One sentence of kind K into OUT (appended); returns its token count. */
/* Q: 1 a quotation, 0 none, -1 as the template weights fall. */
static size_t sentence(gen *g, sbuf *out, int k, int q, const char *prefix)
{
    sbuf s = {0}, adv = {0};
    size_t tokens = 0;
    for (int attempt = 0; attempt < 40; attempt++) {
        size_t target = len_min + rnd(len_max - len_min + 1);
        s.n = 0;
        g->nins = 0;
        g->a.verb = g->L->verbs.n ? pick_str(&g->L->verbs) : NULL;
        if (prefix)
            sb_puts(&s, prefix);
        expand(g, &s, (q < 0 ? pick(&g->T->kind[k]) : pick_q(&g->T->kind[k], q))->text, 0, 1);
        tokens = count_tokens(s.s);
        /* fill insertion points in random order until the target is met */
        size_t order[16], nord = g->nins;
        for (size_t i = 0; i < nord; i++) {
            order[i] = i;
            g->ins[i].n = 0;
            if (g->ins[i].s)
                g->ins[i].s[0] = 0;
        }
        for (size_t i = nord; i > 1; i--) {
            size_t j = rnd(i);
            size_t tmp = order[i - 1];
            order[i - 1] = order[j];
            order[j] = tmp;
        }
        const wlist *advl = find_list(g->T, "adv", 3);
        /* up to two adverbials a point ("am Dienstag nach Angaben von ...") */
        for (size_t i = 0; i < 2 * nord && tokens < target && advl; i++) {
            for (int tries = 0; tries < 4; tries++) {
                adv.n = 0;
                expand(g, &adv, advl->items.v[rnd(advl->items.n)], 1, 0);
                size_t at = count_tokens(adv.s);
                sbuf *ins = &g->ins[order[i % nord]];
                if (ins->n && strstr(ins->s, adv.s) && tries < 3)
                    continue; /* not the same adverbial twice in a row */
                if (tokens + at <= len_max || tries == 3) {
                    if (adv.s[0] != ',')
                        sb_putc(ins, ' ');
                    sb_add(ins, adv.s, adv.n);
                    tokens += at;
                    break;
                }
            }
        }
        /* near the drawn length; later attempts take any length in range */
        if ((tokens >= len_min && tokens <= len_max && (tokens + 3 >= target || attempt >= 20)) ||
            attempt == 39) {
            /* assemble, capitalising the first letter */
            size_t start = out->n, j = 0;
            for (size_t i = 0; i < s.n; i++) {
                if (s.s[i] == '\x01')
                    sb_add(out, g->ins[j].s ? g->ins[j].s : "", g->ins[j].n), j++;
                else
                    sb_putc(out, s.s[i]);
            }
            size_t first = start + (prefix ? strlen(prefix) : 0);
            if (first < out->n && out->s[first] >= 'a' && out->s[first] <= 'z')
                out->s[first] = (char)(out->s[first] - 32);
            else if (first + 1 < out->n && (out->s[first] == '\xD0' || out->s[first] == '\xD1')) {
                char *u = upcase((char[]){out->s[first], out->s[first + 1], 0}); /* Cyrillic */
                out->s[first] = u[0];
                out->s[first + 1] = u[1];
                free(u);
            }
            break;
        }
    }
    free(s.s);
    free(adv.s);
    return tokens;
}

/* Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm). */
static void civil(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long yy = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yy + (*m <= 2));
}

static void json_str(sbuf *b, const char *s, size_t n)
{
    sb_putc(b, '"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            sb_putc(b, '\\');
            sb_putc(b, (char)c);
        } else if (c == '\n') {
            sb_puts(b, "\\n");
        } else if (c < 0x20) {
            sb_printf(b, "\\u%04x", c);
        } else {
            sb_putc(b, (char)c);
        }
    }
    sb_putc(b, '"');
}

static _Noreturn void usage(void)
{
    fputs("usage: gencorpus -l de|en|fr|ru [-s SEED] [-m MIB] [-d DICTDIR] [-t TEMPLATEDIR]\n"
          "                 [-e PCT] [-q PCT] [-n MIN-MAX] -o PREFIX\n",
          stderr);
    exit(64);
}

int main(int argc, char **argv)
{
    const char *lang = NULL, *dictdir = "dict", *tdir = "bench/templates", *prefix = NULL;
    unsigned long long seed = 20240501;
    unsigned long mib = 50, ev_pct = 25;
    long q_pct = -1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!v || a[0] != '-' || a[2])
            usage();
        i++;
        char *end;
        switch (a[1]) {
        case 'l': lang = v; break;
        case 'd': dictdir = v; break;
        case 't': tdir = v; break;
        case 'o': prefix = v; break;
        case 's':
            seed = strtoull(v, &end, 10);
            if (*end)
                usage();
            break;
        case 'm':
            mib = strtoul(v, &end, 10);
            if (*end || mib == 0)
                usage();
            break;
        case 'e':
            ev_pct = strtoul(v, &end, 10);
            if (*end || ev_pct > 100)
                usage();
            break;
        case 'q':
            q_pct = strtol(v, &end, 10);
            if (*end || q_pct < 0 || q_pct > 100)
                usage();
            break;
        case 'n':
            len_min = strtoul(v, &end, 10);
            if (*end != '-')
                usage();
            len_max = strtoul(end + 1, &end, 10);
            if (*end || len_min < 3 || len_max < len_min || len_max > 200)
                usage();
            break;
        default: usage();
        }
    }
    if (!lang || !prefix ||
        (strcmp(lang, "de") && strcmp(lang, "en") && strcmp(lang, "fr") && strcmp(lang, "ru")))
        usage();
    rng_state = seed * 2654435761u + (lang[0] == 'd' ? 1 : lang[0] == 'e' ? 2 : lang[0] == 'f' ? 3 : 4);
    if (q_pct >= 0) /* of all sentences: of the no-event ones, so many per mille */
        quote_pm = ev_pct >= 100 ? 0 : q_pct * 1000 / (long)(100 - ev_pct);

    lexicon L = {0};
    L.lang = lang;
    load_countries(&L, dictdir);
    load_people(&L, dictdir);
    load_orgs(&L, dictdir);
    templates T = {0};
    load_templates(&T, tdir, lang);
    if (!strcmp(lang, "de")) {
        const wlist *skip = find_list(&T, "noverb", 6);
        load_verbs(&L, dictdir, skip ? &skip->items : NULL);
    }
    if (!find_list(&T, "adv", 3))
        die("%s/%s.txt: no @adv list", tdir, lang);

    char ptxt[4096], pjson[4096], pcount[4096], ttxt[4200], tjson[4200];
    snprintf(ptxt, sizeof ptxt, "%s.txt", prefix);
    snprintf(pjson, sizeof pjson, "%s.jsonl", prefix);
    snprintf(pcount, sizeof pcount, "%s.count", prefix);
    snprintf(ttxt, sizeof ttxt, "%s.tmp", ptxt);
    snprintf(tjson, sizeof tjson, "%s.tmp", pjson);
    FILE *ft = fopen(ttxt, "wb"), *fj = fopen(tjson, "wb");
    if (!ft || !fj)
        die("%s: cannot write: %s", prefix, strerror(errno));
    static char vb1[1 << 20], vb2[1 << 20];
    setvbuf(ft, vb1, _IOFBF, sizeof vb1);
    setvbuf(fj, vb2, _IOFBF, sizeof vb2);

    gen g;
    memset(&g, 0, sizeof g);
    g.L = &L;
    g.T = &T;
    const unsigned long long target = (unsigned long long)mib << 20;
    unsigned long long txt_bytes = 0, json_bytes = 0, nsent = 0, nevent = 0, ntok = 0,
                       nart = 0, nquote = 0;
    sbuf text = {0}, line = {0};
    const long day0 = 16436;  /* 2015-01-01 */
    const long ndays = 3653;  /* to 2024-12-31 */
    while (txt_bytes < target || json_bytes < target) {
        nart++;
        /* the article's cast */
        g.a.c[1] = pick_country(&L);
        do
            g.a.c[2] = pick_country(&L);
        while (g.a.c[2] == g.a.c[1]);
        do
            g.a.c[3] = pick_country(&L);
        while (g.a.c[3] == g.a.c[1] || g.a.c[3] == g.a.c[2]);
        g.a.p[1] = pick_str(&L.people);
        g.a.p[2] = pick_str(&L.people);
        g.a.org = pick_str(&L.orgs);
        size_t n = 5 + rnd(16);
        text.n = 0;
        size_t para = 0, para_len = 1 + rnd(3);
        for (size_t i = 0; i < n; i++) {
            int k = i == 0 ? (chance(85) ? K_EVENT : K_NONE)
                           : (chance((unsigned)ev_pct) ? K_EVENT : K_NONE);
            int q = quote_pm < 0 || k != K_NONE ? -1 : (long)rnd(1000) < quote_pm;
            sbuf dl = {0};
            if (i == 0)
                expand(&g, &dl, pick(&T.kind[K_DATELINE])->text, 0, 0);
            for (size_t j = 0; j < dl.n; j++) /* "_" in a dateline template is a space */
                if (dl.s[j] == '_')
                    dl.s[j] = ' ';
            if (i > 0) {
                if (para == para_len) {
                    sb_puts(&text, "\n\n");
                    para = 0;
                    para_len = 1 + rnd(3);
                } else
                    sb_putc(&text, ' ');
            }
            size_t before = text.n;
            ntok += sentence(&g, &text, k, q, i == 0 ? dl.s : NULL);
            free(dl.s);
            if (strstr(text.s + before, "\xe2\x80\x9e") || strstr(text.s + before, "\xe2\x80\x9c") ||
                strchr(text.s + before, '"') || strstr(text.s + before, "\xc2\xab"))
                nquote++;
            para++;
            nsent++;
            nevent += k == K_EVENT;
        }
        /* plain text: one paragraph a line, a blank line after the article */
        size_t w = 0;
        for (size_t i = 0; i < text.n; i++) {
            if (text.s[i] == '\n' && i + 1 < text.n && text.s[i + 1] == '\n') {
                fputc('\n', ft);
                i++;
                w++;
            } else {
                fputc(text.s[i], ft);
                w++;
            }
        }
        fputs("\n\n", ft);
        txt_bytes += w + 2;
        int y, m, d;
        civil(day0 + (long)rnd(ndays), &y, &m, &d);
        line.n = 0;
        sb_printf(&line, "{\"id\":\"%s-%07llu\",\"date\":\"%04d-%02d-%02d\",\"lang\":\"%s\",\"text\":",
                  lang, nart, y, m, d, lang);
        json_str(&line, text.s, text.n);
        sb_puts(&line, "}\n");
        fwrite(line.s, 1, line.n, fj);
        json_bytes += line.n;
    }
    if (fclose(ft) || fclose(fj))
        die("%s: write error: %s", prefix, strerror(errno));
    if (rename(ttxt, ptxt) || rename(tjson, pjson))
        die("%s: cannot rename: %s", prefix, strerror(errno));
    FILE *fc = fopen(pcount, "w");
    if (!fc)
        die("%s: cannot write: %s", pcount, strerror(errno));
    fprintf(fc, "lang %s\nseed %llu\narticles %llu\nsentences %llu\nevent_sentences %llu\n"
                "quote_sentences %llu\ntokens %llu\ntxt_bytes %llu\njsonl_bytes %llu\n",
            lang, seed, nart, nsent, nevent, nquote, ntok, txt_bytes, json_bytes);
    if (fclose(fc))
        die("%s: write error", pcount);
    fprintf(stderr, "gencorpus: %s: %llu articles, %llu sentences (%.1f%% from event templates), "
                    "%llu MB text, %llu MB JSON Lines\n",
            prefix, nart, nsent, 100.0 * (double)nevent / (double)(nsent ? nsent : 1),
            txt_bytes / 1000000, json_bytes / 1000000);
    return 0;
}
