/* text.c: UTF-8 repair, folding, tokens with byte offsets, datelines and
 * sentence splitting.  Character classes come from utf8proc, never from
 * <ctype.h> (locale-free, and correct beyond ASCII). */
#include "base/internal.h"
#include <string.h>
#include <utf8proc.h>

/* ----------------------------------------------------------- UTF-8 repair */

/* Length of the valid UTF-8 sequence at S (1-4), or 0 if it is invalid:
 * overlong forms, surrogates (ED A0..BF) and code points over U+10FFFF are
 * invalid. */
static size_t utf8_valid_len(const unsigned char *s, size_t n)
{
    unsigned char c = s[0];
    if (c < 0x80)
        return 1;
    if (c < 0xC2)
        return 0;
    if (c < 0xE0) {
        if (n < 2 || (s[1] & 0xC0) != 0x80)
            return 0;
        return 2;
    }
    if (c < 0xF0) {
        if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
            return 0;
        if (c == 0xE0 && s[1] < 0xA0)
            return 0; /* overlong */
        if (c == 0xED && s[1] >= 0xA0)
            return 0; /* surrogate */
        return 3;
    }
    if (c < 0xF5) {
        if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
            (s[3] & 0xC0) != 0x80)
            return 0;
        if (c == 0xF0 && s[1] < 0x90)
            return 0;
        if (c == 0xF4 && s[1] >= 0x90)
            return 0;
        return 4;
    }
    return 0;
}

bool dy_utf8_valid(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    const uint64_t lo = 0x0101010101010101ULL, hi = 0x8080808080808080ULL;
    for (size_t i = 0; i < len;) {
        unsigned char c = u[i];
        if (c < 0x80) {
            /* eight ASCII bytes, none NUL, at once: the dictionaries and
             * the gazetteer (1.6 MB) are read at every start */
            uint64_t w;
            if (i + 8 <= len) {
                memcpy(&w, u + i, 8);
                if (!(w & hi) && !((w - lo) & ~w & hi)) {
                    i += 8;
                    continue;
                }
            }
            if (!c)
                return false;
            i++;
            continue;
        }
        /* two-byte sequences (Cyrillic, accented Latin) inline: as
         * utf8_valid_len does it */
        if (c >= 0xC2 && c < 0xE0) {
            if (i + 1 < len && (u[i + 1] & 0xC0) == 0x80) {
                i += 2;
                continue;
            }
            return false;
        }
        size_t k = utf8_valid_len(u + i, len - i);
        if (!k)
            return false;
        i += k;
    }
    return true;
}

char *dy_utf8_repair(const char *s, size_t len, size_t *out_len, size_t *n_bad)
{
    size_t bad = 0, need = 0;
    const unsigned char *u = (const unsigned char *)s;
    /* valid text (the usual case, checked eight bytes at a time): a copy */
    bool valid = dy_utf8_valid(s, len);
    if (valid)
        need = len;
    for (size_t i = 0; !valid && i < len;) {
        size_t k = u[i] ? utf8_valid_len(u + i, len - i) : 0;
        if (!k) {
            bad++;
            need += 3;
            i++;
        } else {
            need += k;
            i += k;
        }
    }
    char *out = dy_malloc(need + 1);
    if (!out)
        return NULL;
    if (!bad) { /* the usual case: one copy */
        memcpy(out, s, len);
        out[len] = 0;
        if (out_len)
            *out_len = len;
        if (n_bad)
            *n_bad = 0;
        return out;
    }
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        size_t k = u[i] ? utf8_valid_len(u + i, len - i) : 0;
        if (!k) { /* NUL bytes count as invalid: text is never NUL-split */
            memcpy(out + o, "\xEF\xBF\xBD", 3);
            o += 3;
            i++;
        } else {
            memcpy(out + o, s + i, k);
            o += k;
            i += k;
        }
    }
    out[o] = 0;
    if (out_len)
        *out_len = o;
    if (n_bad)
        *n_bad = bad;
    return out;
}

/* ------------------------------------------------------------------ fold */

char *dy_fold(dy_arena *ar, const char *s, size_t n, uint32_t *outlen)
{
    /* ASCII (most words): lowered in one pass; a byte of 0x80 or more
     * leaves this copy for the paths below */
    {
        char *p = dy_arena_alloc_raw(ar, n + 1);
        if (!p)
            return NULL;
        unsigned char high = 0;
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)s[i];
            high |= c;
            p[i] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
        }
        if (!(high & 0x80)) {
            p[n] = 0;
            if (outlen)
                *outlen = (uint32_t)n;
            return p;
        }
    }
    /* Latin letters without combining marks (the bulk of German and
     * English text): lower-case code point by code point, ß -> ss; the
     * general path (utf8proc_map, which allocates) handles the rest */
    {
        char *p = dy_arena_alloc_raw(ar, 2 * n + 1);
        if (!p)
            return NULL;
        size_t o = 0, i = 0;
        bool simple = true;
        while (i < n && simple) {
            /* Cyrillic а..я copied, А..Я lowered by hand (U+0410..042F to
             * U+0430..044F, as utf8proc_tolower does), ASCII likewise: the
             * bulk of Russian text, without a table look-up */
            unsigned char b0 = (unsigned char)s[i];
            if (b0 < 0x80) {
                p[o++] = (b0 >= 'A' && b0 <= 'Z') ? (char)(b0 + 32) : (char)b0;
                i++;
                continue;
            }
            if ((b0 == 0xD0 || b0 == 0xD1) && i + 1 < n && ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
                unsigned cp2 = ((b0 & 0x1Fu) << 6) | ((unsigned char)s[i + 1] & 0x3Fu);
                if (cp2 >= 0x410 && cp2 <= 0x44F) {
                    if (cp2 < 0x430)
                        cp2 += 0x20;
                    p[o++] = (char)(0xC0 | (cp2 >> 6));
                    p[o++] = (char)(0x80 | (cp2 & 0x3F));
                    i += 2;
                    continue;
                }
            }
            int32_t cp;
            utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                                  (utf8proc_ssize_t)(n - i), &cp);
            /* the typographic apostrophe folds to the plain one: « l’État »
             * matches the dictionaries' « l'État », "Russia’s" "Russia's" */
            if (k == 3 && cp == 0x2019) {
                p[o++] = '\'';
                i += 3;
                continue;
            }
            if (k <= 0 || (cp >= 0x250 && !(cp >= 0x400 && cp < 0x500)) || cp == 0x130 || cp == 0x149 || cp == 0x17F ||
                cp == 0xB5 || cp == 0x1F0) {
                simple = false;
                break;
            }
            if (cp == 0xDF || cp == 0x1E9E) {
                p[o++] = 's';
                p[o++] = 's';
            } else if (cp >= 0x400 && cp < 0x500) {
                /* Cyrillic: lower case, and ё as е (Russian writes both) */
                cp = utf8proc_tolower(cp);
                o += (size_t)utf8proc_encode_char(cp == 0x451 ? 0x435 : cp, (utf8proc_uint8_t *)p + o);
            } else {
                o += (size_t)utf8proc_encode_char(utf8proc_tolower(cp), (utf8proc_uint8_t *)p + o);
            }
            i += (size_t)k;
        }
        if (simple) {
            p[o] = 0;
            if (outlen)
                *outlen = (uint32_t)o;
            return p;
        }
    }
    utf8proc_uint8_t *m = NULL;
    utf8proc_ssize_t r = utf8proc_map((const utf8proc_uint8_t *)s,
                                      (utf8proc_ssize_t)n, &m,
                                      UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                          UTF8PROC_CASEFOLD);
    if (r < 0) {
        /* Only reachable for invalid UTF-8 (repaired before) or OOM. */
        return NULL;
    }
    char *p = dy_arena_strndup(ar, (const char *)m, (size_t)r);
    free(m);
    if (outlen)
        *outlen = (uint32_t)r;
    return p;
}

/* ------------------------------------------------------------- tokenizer */

static bool is_space_cp(int32_t c)
{
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
        c == '\v' || c == 0xA0 || c == 0x2009 || c == 0x202F || c == 0xFEFF)
        return true;
    if (c < 0x1680) /* the first separator (Zs, Zl, Zp) after U+00A0 */
        return false;
    utf8proc_category_t cat = utf8proc_category(c);
    return cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL ||
           cat == UTF8PROC_CATEGORY_ZP;
}

/* beyond ASCII (kept out of line, so that the ASCII test stays inline) */
static bool is_alnum_wide(int32_t c)
{
    if (c >= 0x400 && c <= 0x45F) /* Cyrillic Ѐ..џ: letters (Lu, Ll) */
        return true;
    utf8proc_category_t cat = utf8proc_category(c);
    return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_NO);
}

static inline bool is_alnum_cp(int32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
               (c >= '0' && c <= '9');
    return is_alnum_wide(c);
}

static bool is_digit_cp(int32_t c) { return c >= '0' && c <= '9'; }

static bool is_upper_wide(int32_t c)
{
    if (c >= 0x400 && c <= 0x45F) /* Cyrillic: Ѐ..Я upper, а..џ lower */
        return c <= 0x42F;
    return utf8proc_category(c) == UTF8PROC_CATEGORY_LU ||
           utf8proc_category(c) == UTF8PROC_CATEGORY_LT;
}

static inline bool is_upper_cp(int32_t c)
{
    if (c < 0x80)
        return c >= 'A' && c <= 'Z';
    return is_upper_wide(c);
}

static bool is_quote_cp(int32_t c)
{
    return c == '"' || c == 0x201E || c == 0x201C || c == 0x201D ||
           c == 0x201A || c == 0x2018 || c == 0x00BB || c == 0x00AB ||
           c == 0x2039 || c == 0x203A;
}

static inline int32_t cp_at(const char *t, size_t len, size_t i, size_t *k)
{
    unsigned char b = (unsigned char)t[i];
    if (b > 0 && b < 0x80) { /* ASCII, most of the text: no call */
        *k = 1;
        return b;
    }
    /* two bytes (Cyrillic, accented Latin) decoded here, as utf8proc does */
    if (b >= 0xC2 && b < 0xE0 && i + 1 < len && ((unsigned char)t[i + 1] & 0xC0) == 0x80) {
        *k = 2;
        return (int32_t)(((b & 0x1Fu) << 6) | ((unsigned char)t[i + 1] & 0x3Fu));
    }
    int32_t c = 0;
    utf8proc_ssize_t r =
        utf8proc_iterate((const utf8proc_uint8_t *)t + i,
                         (utf8proc_ssize_t)(len - i), &c);
    if (r <= 0) {
        *k = 1;
        return 0xFFFD;
    }
    *k = (size_t)r;
    return c;
}

static bool push_tok(dy_vec *toks, dy_arena *ar, const char *text,
                     size_t start, size_t end, uint8_t type, uint8_t flags)
{
    dy_tok *t = dy_vec_push(toks);
    if (!t)
        return false;
    t->off = (uint32_t)start;
    t->len = (uint32_t)(end - start);
    t->type = type;
    t->flags = flags;
    t->fold = dy_fold(ar, text + start, end - start, &t->flen);
    if (!t->fold)
        return false;
    /* "U.S.", "U.N.": an initialism written with periods folds like the
     * plain one ("us", "un"); the all-capitals flag keeps it apart from
     * the pronoun */
    if (type == TK_WORD && t->flen > 2 && memchr(t->fold, '.', t->flen)) {
        char *f = (char *)t->fold;
        uint32_t o = 0;
        for (uint32_t i = 0; i < t->flen; i++)
            if (f[i] != '.')
                f[o++] = f[i];
        f[o] = 0;
        t->flen = o;
    }
    return true;
}

/* Whether the N bytes at W are an elided French clitic (the word before an
 * apostrophe: l, d, qu, s, n, j, m, t, c, jusqu, lorsqu, puisqu, quoiqu,
 * presqu), in either case. */
static bool elided(const char *w, size_t n)
{
    static const char *const cl[] = {"l", "d", "qu", "s", "n", "j", "m", "t", "c",
                                     "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", NULL};
    for (int i = 0; cl[i]; i++) {
        size_t m = strlen(cl[i]);
        if (m != n)
            continue;
        size_t k = 0;
        while (k < m && (w[k] | 0x20) == cl[i][k])
            k++;
        if (k == m)
            return true;
    }
    return false;
}

bool dy_tokenize(const char *text, size_t len, dy_arena *ar, dy_vec *toks,
                 size_t max_tokens)
{
    size_t i = 0, k;
    int newlines = 0;
    bool space = true;
    /* guillemets pair by the one that opened: «…» (French, Swiss) or »…«
     * (German); 0 none open in this paragraph, else the opener */
    int32_t guil = 0;
    while (i < len) {
        int32_t c = cp_at(text, len, i, &k);
        if (is_space_cp(c)) {
            if (c == '\n')
                newlines++;
            space = true;
            i += k;
            continue;
        }
        if (toks->n >= max_tokens)
            return false;
        uint8_t flags = (space ? TF_SPACE : 0) | (newlines >= 2 ? TF_NEWPARA : 0);
        space = false;
        newlines = 0;
        size_t start = i;
        if (is_alnum_cp(c)) {
            bool digits = is_digit_cp(c), upper = is_upper_cp(c);
            int letters = 0, uppers = 0;
            size_t j = i;
            while (j < len) {
                size_t kk;
                int32_t d = cp_at(text, len, j, &kk);
                if (is_alnum_cp(d)) {
                    if (!is_digit_cp(d)) {
                        letters++;
                        if (is_upper_cp(d))
                            uppers++;
                    }
                    j += kk;
                    continue;
                }
                /* 2,7 and 4.000: separators inside numbers */
                if ((d == ',' || d == '.') && digits && j + 1 < len &&
                    is_digit_cp((unsigned char)text[j + 1]) &&
                    is_digit_cp((unsigned char)text[j - 1])) {
                    j += kk;
                    continue;
                }
                /* Initialisms written with periods: U.S., U.N. */
                if (d == '.' && j + 2 < len && j - start == 1 &&
                    (unsigned char)text[j + 1] < 0x80 &&
                    is_upper_cp((unsigned char)text[j + 1]) &&
                    text[j + 2] == '.' && upper) {
                    j += 3;
                    letters += 2;
                    uppers += 2;
                    continue;
                }
                /* d'Orsay: an apostrophe between letters stays in the word,
                 * except the English possessive 's, split off below. */
                if ((d == '\'' || d == 0x2019) && j + kk < len) {
                    size_t k2;
                    int32_t e = cp_at(text, len, j + kk, &k2);
                    bool poss = (e == 's' || e == 'S') &&
                                (j + kk + k2 >= len ||
                                 !is_alnum_cp(cp_at(text, len, j + kk + k2, &k2)));
                    if (is_alnum_cp(e) && !poss) {
                        j += kk;
                        /* French elision (l'Élysée, d'Alger, qu'il, s'est):
                         * the clitic and its apostrophe are a word of their
                         * own */
                        /* but not a name's N' before a capital
                         * (N'Djamena, N'Daw): a negation's n' is
                         * never followed by one */
                        if (elided(text + start, j - kk - start) &&
                            !(j - kk - start == 1 && text[start] == 'N' && is_upper_cp(e)))
                            break;
                        continue;
                    }
                }
                break;
            }
            uint8_t f = flags;
            if (upper)
                f |= TF_CAP;
            if (letters >= 2 && uppers == letters)
                f |= TF_ALLCAPS;
            if (!push_tok(toks, ar, text, start, j, digits ? TK_NUM : TK_WORD, f))
                return false;
            i = j;
            continue;
        }
        /* English possessive: 's after a word */
        if ((c == '\'' || c == 0x2019) && i + k < len &&
            (text[i + k] == 's' || text[i + k] == 'S') && toks->n &&
            (i + k + 1 >= len || !is_alnum_cp((unsigned char)text[i + k + 1]))) {
            if (!push_tok(toks, ar, text, i, i + k + 1, TK_WORD, flags))
                return false;
            i += k + 1;
            continue;
        }
        uint8_t type = TK_PUNCT;
        if (is_quote_cp(c)) {
            type = TK_QUOTE;
            /* „ ‚ » (German) open; “ closes after „ but opens in English;
             * decide by the space before: a quote after white space or at
             * the start opens, one glued to a word closes. */
            bool opens = (c == 0x201E || c == 0x201A) ||
                         (c != 0x00AB && c != 0x00BB && flags & TF_SPACE) || toks->n == 0;
            /* « and »: the one that opened a pair closes on the other
             * (« Paix », »Frieden«); with none open, either opens */
            if (flags & TF_NEWPARA)
                guil = 0;
            if (c == 0x00AB || c == 0x00BB) {
                opens = !guil;
                guil = guil ? 0 : c;
            }
            flags |= opens ? TF_QOPEN : TF_QCLOSE;
        } else if (c == '-' || c == 0x2010 || c == 0x2011) {
            type = TK_HYPHEN;
        } else if (c == '/') {
            type = TK_SLASH;
        }
        if (!push_tok(toks, ar, text, i, i + k, type, flags))
            return false;
        i += k;
    }
    return true;
}

/* -------------------------------------------------------------- dateline */

static bool tok_is(const char *text, const dy_tok *t, const char *s)
{
    size_t n = strlen(s);
    return t->len == n && !memcmp(text + t->off, s, n);
}

static bool is_dash_tok(const char *text, const dy_tok *t)
{
    return tok_is(text, t, "\xE2\x80\x93") || tok_is(text, t, "\xE2\x80\x94") ||
           tok_is(text, t, "-") || tok_is(text, t, "--");
}

/* "BERLIN (dpa) –", "PARIS/WARSCHAU (AFP) –", "ADDIS ABEBA (Reuters) -",
 * "MOSCOW, March 3 (Reuters) -", "LIMA, Peru/QUITO (AP) -": upper-case place names, an optional agency
 * in parentheses, then a dash.  Marked so that the place is not read as an
 * actor of the first sentence. */
void dy_mark_dateline(const char *text, dy_tok *t, size_t n)
{
    size_t i = 0;
    size_t caps = 0;
    while (i < n && i < 12) {
        if (t[i].type == TK_WORD && (t[i].flags & TF_ALLCAPS)) {
            caps++;
            i++;
        } else if (caps && (t[i].type == TK_SLASH ||
                            (t[i].type == TK_HYPHEN && i + 1 < n &&
                             (t[i + 1].flags & TF_ALLCAPS) &&
                             !(t[i + 1].flags & TF_SPACE)))) {
            i++;
        } else {
            break;
        }
    }
    if (!caps)
        return;
    /* ", March 3" in English datelines */
    if (i < n && tok_is(text, &t[i], ",")) {
        size_t j = i + 1;
        /* ", South Korea", ", Md.", ", March 3"; a second place after a
         * slash, "ERBIL, Iraq/ANKARA" */
        while (j < n && j < i + 8 &&
               (t[j].type == TK_WORD || t[j].type == TK_NUM || t[j].type == TK_SLASH ||
                tok_is(text, &t[j], ".") || tok_is(text, &t[j], ",")) &&
               !is_dash_tok(text, &t[j]))
            j++;
        i = j;
    }
    if (i < n && tok_is(text, &t[i], "(")) {
        size_t j = i + 1;
        while (j < n && j < i + 6 && !tok_is(text, &t[j], ")"))
            j++;
        if (j >= n || !tok_is(text, &t[j], ")"))
            return;
        i = j + 1;
    }
    if (i >= n || !is_dash_tok(text, &t[i]))
        return;
    for (size_t j = 0; j <= i; j++)
        t[j].flags |= TF_DATELINE;
}

/* ------------------------------------------------------ sentence splitter */

/* Abbreviations that end with a period inside a sentence (folded).  German
 * and English; single letters (initials, "z. B.") are handled apart. */
static const char *const abbrevs[] = {
    "dr", "nr", "mio", "mrd", "bzw", "ca", "vgl", "st", "prof", "usw", "inkl",
    "ggf", "evtl", "sog", "jh", "jhd", "abs", "art", "chr", "tel", "str",
    "mind", "gen", "mr", "mrs", "ms", "lt", "col", "sgt", "sen", "rep", "gov",
    "jan", "feb", "aug", "sept", "oct", "nov", "dec", "jr", "sr", "corp",
    "inc", "ltd", "co", "no", "vs", "bzgl", "gegr", "ehem", "u.s", "u.n",
    "u.k", "e.u", "hrsg", "min", "max", "dt", "engl", "frz", "russ", "i.e",
    "e.g", "etc.", "z.b", "u.a", "d.h", "o.ä", "fig", "pres", "sa", "so",
    /* Russian (ё folds to е): млн., тыс., гг., им., ул., т.е., т.д. */
    "млн", "млрд", "тыс", "руб", "долл", "гг", "др", "им", "ул", "св", "проф", "т.е",
    "т.д", "т.п", "т.н", "т.к", "ген", "генпрок", "зам", "пред", "тел", "см",
    NULL};

static const char *const months[] = {
    "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli",
    "august", "september", "oktober", "november", "dezember", "january",
    "february", "march", "may", "june", "july", "october", "december", NULL};

static bool in_list(const char *const *list, const char *s)
{
    for (size_t i = 0; list[i]; i++)
        if (list[i][0] == s[0] && !strcmp(list[i], s))
            return true;
    return false;
}

static bool starts_lower(const char *text, const dy_tok *t)
{
    size_t k;
    int32_t c = cp_at(text, t->off + t->len, t->off, &k);
    if (c < 0x80)
        return c >= 'a' && c <= 'z';
    utf8proc_category_t cat = utf8proc_category(c);
    return cat == UTF8PROC_CATEGORY_LL;
}

/* Is the token at I ('.', '!', '?', '…') the end of a sentence? */
static bool ends_sentence(const char *text, const dy_tok *t, size_t n, size_t i)
{
    const dy_tok *p = &t[i];
    bool dot = tok_is(text, p, ".");
    if (!dot && !tok_is(text, p, "!") && !tok_is(text, p, "?") &&
        !tok_is(text, p, "\xE2\x80\xA6"))
        return false;
    /* « il y a (...) l'expulsion », "[...]": an elision mark in brackets
     * ends no sentence */
    {
        size_t a = i, b = i;
        while (a > 0 && (tok_is(text, &t[a - 1], ".") || tok_is(text, &t[a - 1], "\xE2\x80\xA6")))
            a--;
        while (b + 1 < n && (tok_is(text, &t[b + 1], ".") || tok_is(text, &t[b + 1], "\xE2\x80\xA6")))
            b++;
        if (a > 0 && b + 1 < n && (tok_is(text, &t[a - 1], "(") || tok_is(text, &t[a - 1], "[")) &&
            (tok_is(text, &t[b + 1], ")") || tok_is(text, &t[b + 1], "]")))
            return false;
    }
    /* the next token after closing quotes and brackets */
    size_t j = i + 1;
    while (j < n && ((t[j].flags & TF_QCLOSE) || tok_is(text, &t[j], ")")) &&
           !(t[j].flags & TF_SPACE))
        j++;
    if (j >= n)
        return true;
    if (t[j].flags & TF_NEWPARA)
        return true;
    /* "Jetzt.“, sagte er": punctuation after the quote continues */
    if (t[j].type == TK_PUNCT && (tok_is(text, &t[j], ",") || tok_is(text, &t[j], ";")))
        return false;
    if (starts_lower(text, &t[j]))
        return false;
    if (dot && i > 0 && !(p->flags & TF_SPACE)) {
        const dy_tok *w = &t[i - 1];
        if (w->type == TK_WORD) {
            if (in_list(abbrevs, w->fold))
                return false;
            /* initials and "z. B.", "u. a.": one letter before the period */
            size_t k;
            cp_at(text, w->off + w->len, w->off, &k);
            if (k == w->len)
                return false;
        }
        if (w->type == TK_NUM && t[j].type == TK_WORD && in_list(months, t[j].fold))
            return false; /* "am 3. März" */
    }
    return true;
}

/* Does a line break stand between tokens I-1 and I, and is the line that
 * ends there a heading in capitals ("NATO STELLT SICH HINTER DIE USA"):
 * two or more words, every one all capitals, no other token but numbers
 * and hyphens?  Such a line is a sentence of its own. */
static bool caps_heading_ends(const char *text, const dy_tok *t, size_t start, size_t i)
{
    bool nl = false;
    for (uint32_t o = t[i - 1].off + t[i - 1].len; o < t[i].off && !nl; o++)
        nl = text[o] == '\n';
    if (!nl)
        return false;
    size_t words = 0;
    for (size_t j = i; j-- > start;) {
        bool nl_before = false;
        if (j > start)
            for (uint32_t o = t[j - 1].off + t[j - 1].len; o < t[j].off && !nl_before; o++)
                nl_before = text[o] == '\n';
        if (t[j].type == TK_WORD) {
            if (!(t[j].flags & TF_ALLCAPS))
                return false;
            words++;
        } else if (t[j].type != TK_NUM && t[j].type != TK_HYPHEN) {
            return false;
        }
        if (nl_before)
            break;
    }
    return words >= 2;
}

/* Does a single line break stand between tokens I-1 and I that ends a
 * heading in mixed case ("Police detain protesters in the capital" above
 * the first sentence): the sentence so far is that one line, it ends in a
 * word or a number, the next line starts with a capital, and the next
 * line is longer than the heading and the next line's first word together
 * (with some slack): text wrapped at a width would have put that word on
 * the line before, so this is no wrapped sentence ("... the President
 * of\nFrance on Monday" stays one). */
static bool mixed_heading_ends(const char *text, const dy_tok *t, size_t n, size_t start,
                               size_t i)
{
    const dy_tok *p = &t[i - 1];
    /* (a heading may end in a closing quote: «Kinder in Gefahr») */
    if (!(t[i].flags & TF_SPACE) ||
        (p->type != TK_WORD && p->type != TK_NUM && !(p->flags & TF_QCLOSE)) ||
        t[i].type != TK_WORD || !(t[i].flags & TF_CAP))
        return false;
    uint32_t gap = p->off + p->len;
    if (t[i].off - gap > 4 || !memchr(text + gap, '\n', t[i].off - gap))
        return false;
    /* the sentence starts the line: text start or a line break before it */
    for (uint32_t o = t[start].off; o > 0 && text[o - 1] != '\n'; o--)
        if (text[o - 1] != ' ' && text[o - 1] != '\t')
            return false;
    size_t l1 = gap - t[start].off, w = t[i].len;
    const char *nl = memchr(text + t[i].off, '\n', t[n - 1].off + t[n - 1].len - t[i].off);
    size_t l2 = (nl ? (size_t)(nl - text) : t[n - 1].off + t[n - 1].len) - t[i].off;
    return l1 + 1 + w + 8 <= l2;
}

bool dy_split(const char *text, const dy_tok *t, size_t n, dy_vec *sents,
              size_t max_sentence_tokens)
{
    size_t start = 0;
    for (size_t i = 0; i < n; i++) {
        bool cut = false;
        size_t end = i + 1;
        if (i > start && ((t[i].flags & TF_NEWPARA) || caps_heading_ends(text, t, start, i) ||
                          mixed_heading_ends(text, t, n, start, i))) {
            /* paragraph break: the previous sentence ends before i */
            dy_sent *s = dy_vec_push(sents);
            if (!s)
                return false;
            s->first = (uint32_t)start;
            s->last = (uint32_t)i;
            start = i;
        }
        if (t[i].type == TK_PUNCT && !(t[i].flags & TF_DATELINE) && ends_sentence(text, t, n, i)) {
            while (end < n && ((t[end].flags & TF_QCLOSE) || tok_is(text, &t[end], ")")) &&
                   !(t[end].flags & TF_SPACE))
                end++;
            cut = true;
        } else if (end - start >= max_sentence_tokens) {
            cut = true; /* over the cap: split, never drop */
        }
        if (cut) {
            dy_sent *s = dy_vec_push(sents);
            if (!s)
                return false;
            s->first = (uint32_t)start;
            s->last = (uint32_t)end;
            start = end;
            i = end - 1;
        }
    }
    if (start < n) {
        dy_sent *s = dy_vec_push(sents);
        if (!s)
            return false;
        s->first = (uint32_t)start;
        s->last = (uint32_t)n;
    }
    return true;
}

long dy_split_sentences(const char *text, size_t len, const char *lang,
                        void (*cb)(void *ctx, size_t start, size_t end),
                        void *ctx)
{
    (void)lang;
    /* an invalid byte (or a NUL) is read as U+001A SUBSTITUTE, one byte for
     * one, so that the spans stay offsets into TEXT */
    char *copy = NULL;
    if (!dy_utf8_valid(text, len)) {
        copy = dy_malloc(len + 1);
        if (!copy)
            return -1;
        const unsigned char *u = (const unsigned char *)text;
        for (size_t i = 0; i < len;) {
            size_t k = u[i] ? utf8_valid_len(u + i, len - i) : 0;
            if (!k) {
                copy[i++] = 0x1A;
                continue;
            }
            memcpy(copy + i, text + i, k);
            i += k;
        }
        copy[len] = 0;
        text = copy;
    }
    dy_arena ar = {0};
    dy_vec toks = DY_VEC(dy_tok), sents = DY_VEC(dy_sent);
    long count = -1;
    if (!dy_tokenize(text, len, &ar, &toks, SIZE_MAX))
        goto out;
    dy_mark_dateline(text, toks.items, toks.n);
    if (!dy_split(text, toks.items, toks.n, &sents, 400))
        goto out;
    for (size_t i = 0; i < sents.n; i++) {
        dy_sent *s = &DY_AT(sents, dy_sent, i);
        dy_tok *a = &DY_AT(toks, dy_tok, s->first);
        dy_tok *b = &DY_AT(toks, dy_tok, s->last - 1);
        cb(ctx, a->off, b->off + b->len);
    }
    count = (long)sents.n;
out:
    dy_vec_free(&toks);
    dy_vec_free(&sents);
    dy_arena_free(&ar);
    dy_free(copy);
    return count;
}
