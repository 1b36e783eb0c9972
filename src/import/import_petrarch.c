/* import_petrarch.c: PETRARCH's *.verbs.txt (and CAMEO.2.0.txt),
 * *.agents.txt and *.discards.txt (the *.actors.txt files, alike in both
 * formats, are read in cmd_import.c).
 *
 * verbs:
 *     &NAME  +MEMBER ...                          a synset (anywhere in the file)
 *     --- ACCELERATE [---] ---                    a block: its verbs share its patterns
 *     HURRY {HURRIES HURRYING HURRIED} [073]      a verb, its irregular forms, its code
 *     +ASK_FOR {+ASKED_FOR ...} [020]             '+' marks the verb of a phrase
 *     - * (TO) [042:043]                          a pattern: (PREP ...) a prepositional
 *                                                 phrase, {A B} a noun phrase
 *     ~ a (a b Q) SAY = a b Q                     a transformation
 * agents:
 *     !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON   a substitution set
 *     ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV] explicit plurals; {} none;
 *                                                 without braces the regular plural
 * discards:
 *     BASEBALL / +TYPHOON                         sentence / story discards
 *
 * PETRARCH matches words exactly and generates regular verb forms, as dyad
 * does, so its words are lemmas. */
#include "import.h"
#include <string.h>

/* Splits "PHRASE {FORMS} [CODE]" in place.  *FORMS and *CODE are NULL when
 * absent.  False if a brace or bracket is not closed. */
static bool split_line(char *s, char **phrase, char **forms, char **code)
{
    *forms = *code = NULL;
    char *b = strchr(s, '{'), *k = strchr(s, '[');
    char *end = s + strlen(s);
    if (b && (!k || b < k)) {
        char *e = strchr(b, '}');
        if (!e)
            return false;
        *e = 0;
        *forms = b + 1;
        end = b;
        if (k && k < e)
            return false;
    }
    if (k) {
        char *e = strchr(k, ']');
        if (!e)
            return false;
        *e = 0;
        *code = imp_trim(k + 1);
        if (k < end)
            end = k;
    }
    *end = 0;
    *phrase = imp_trim(s);
    return true;
}

/* "KLM_NOP_+RST": the index of the word marked '+' (0 if none), and the
 * phrase without the mark in OUT. */
static int verb_mark(const char *phrase, char *out, size_t cap)
{
    int at = 0, word = 0;
    size_t k = 0;
    bool in_word = false;
    for (const char *p = phrase; *p && k + 1 < cap; p++) {
        bool sep = *p == '_' || imp_is_space(*p);
        if (sep) {
            if (in_word)
                word++;
            in_word = false;
            out[k++] = *p;
            continue;
        }
        if (*p == '+' && !in_word) {
            at = word;
            continue;
        }
        in_word = true;
        out[k++] = *p;
    }
    out[k] = 0;
    return at;
}

/* "~ a (a b Q) SAY = a b Q": the verb says what its clause does; the
 * other transformations have no dyad equivalent. */
static void transformation(imp *im, const char *file, long line, const char *s)
{
    char t[256];
    size_t k = 0;
    for (const char *p = s; *p && k + 1 < sizeof t; p++)
        if (!imp_is_space(*p))
            t[k++] = *p;
    t[k] = 0;
    const char *pre = "~a(abQ)", *suf = "=abQ";
    size_t pl = strlen(pre), sl = strlen(suf);
    if (k > pl + sl && !strncmp(t, pre, pl) && !strcmp(t + k - sl, suf)) {
        char verb[128];
        snprintf(verb, sizeof verb, "%.*s", (int)(k - pl - sl), t + pl);
        for (char *p = verb; *p; p++)
            if (*p >= 'A' && *p <= 'Z')
                *p = (char)(*p - 'A' + 'a');
        imp_add_say_verb(im, verb);
        return;
    }
    imp_lost(im, IK_TRANSFORM, file, line, "%s", s);
}

void imp_petrarch_verbs(imp *im, const char *path)
{
    imp_file f;
    if (!imp_file_open(im, &f, path))
        return;
    bool in_synset = false, in_block = false;
    const char *block_code = "---";
    char *s;
    while ((s = imp_file_next(im, &f))) {
        if (s[0] == '&') {
            imp_add_synset(im, f.path, f.line, s + 1);
            in_synset = true;
            continue;
        }
        if (s[0] == '+' && in_synset) {
            imp_add_synset_member(im, f.path, f.line, imp_trim(s + 1));
            continue;
        }
        in_synset = false;
        if (s[0] == '~') {
            transformation(im, f.path, f.line, s);
            continue;
        }
        if (!strncmp(s, "---", 3)) {
            /* --- NAME [CODE] --- */
            char *k = strchr(s, '['), *e = k ? strchr(k, ']') : NULL;
            imp_block_begin(im, f.path, f.line);
            in_block = true;
            if (!k || !e) {
                imp_malformed(im, f.path, f.line, "verb block without a [code]: %s", s);
                block_code = "---";
                continue;
            }
            *e = 0;
            const char *bc = imp_trim(k + 1);
            block_code = imp_strdup(im, bc, strlen(bc));
            continue;
        }
        if (!in_block) {
            imp_malformed(im, f.path, f.line, "outside a verb block: %s", s);
            continue;
        }
        if (s[0] == '-') {
            char *pattern, *code;
            if (!imp_phrase_code(s + 1, &pattern, &code)) {
                imp_malformed(im, f.path, f.line, "pattern without a [code]: %s", s);
                continue;
            }
            imp_add_pattern(im, f.path, f.line, pattern, code);
            continue;
        }
        char *phrase, *forms, *code;
        if (!split_line(s, &phrase, &forms, &code)) {
            imp_malformed(im, f.path, f.line, "unclosed brace or bracket: %s", s);
            continue;
        }
        char marked[512];
        int at = verb_mark(phrase, marked, sizeof marked);
        char *w = imp_words(im, marked, strlen(marked), NULL);
        if (!w) {
            imp_malformed(im, f.path, f.line, "no verb in: %s", s);
            continue;
        }
        imp_add_verb(im, f.path, f.line, w, at, false, forms, code ? code : block_code);
    }
    imp_block_end(im);
    imp_file_close(&f);
}

/* ------------------------------------------------------------ agents */

#define MAX_SUBST 32
#define MAX_AGENT_FORMS 128

typedef struct subst {
    char name[64];       /* "!PERSON!" */
    char *members[24];
    int n;
} subst;

/* Expands the substitution sets of S ("CATTLE!PERSON!") into OUT. */
static void substitute(imp *im, const char *s, const subst *sets, int nsets, const char **out,
                       size_t *n, int depth)
{
    if (*n >= MAX_AGENT_FORMS || depth > 4)
        return;
    for (int i = 0; i < nsets; i++) {
        const char *at = strstr(s, sets[i].name);
        if (!at)
            continue;
        size_t nl = strlen(sets[i].name);
        for (int k = 0; k < sets[i].n; k++) {
            char buf[1024];
            if (strlen(s) + strlen(sets[i].members[k]) + 1 >= sizeof buf)
                continue;
            snprintf(buf, sizeof buf, "%.*s%s%s", (int)(at - s), s, sets[i].members[k],
                     at + nl);
            substitute(im, imp_strdup(im, buf, strlen(buf)), sets, nsets, out, n, depth + 1);
        }
        return;
    }
    out[(*n)++] = s;
}

void imp_petrarch_agents(imp *im, const char *path)
{
    imp_file f;
    if (!imp_file_open(im, &f, path))
        return;
    subst sets[MAX_SUBST];
    int nsets = 0;
    char *s;
    while ((s = imp_file_next(im, &f))) {
        char *close = s[0] == '!' ? strchr(s + 1, '!') : NULL;
        char *eq = close ? close + 1 : NULL;
        while (eq && imp_is_space(*eq))
            eq++;
        if (eq && *eq == '=') {
            /* !NAME! = A, B, C (else "!MINST!_OF_X [~GOV]" is an agent) */
            if (nsets == MAX_SUBST) {
                imp_malformed(im, f.path, f.line, "bad substitution set: %s", s);
                continue;
            }
            subst *st = &sets[nsets++];
            snprintf(st->name, sizeof st->name, "%.*s", (int)(close - s + 1), s);
            st->n = 0;
            char *save = NULL;
            for (char *m = strtok_r(eq + 1, ",", &save); m && st->n < 24;
                 m = strtok_r(NULL, ",", &save)) {
                char *t = imp_trim(m);
                if (*t)
                    st->members[st->n++] = imp_strdup(im, t, strlen(t));
            }
            continue;
        }
        char *phrase, *forms, *code;
        if (!split_line(s, &phrase, &forms, &code) || !code) {
            imp_malformed(im, f.path, f.line, "agent without a [code]: %s", s);
            continue;
        }
        const char *raw[MAX_AGENT_FORMS];
        size_t nraw = 0;
        substitute(im, imp_strdup(im, phrase, strlen(phrase)), sets, nsets, raw, &nraw, 0);
        bool subst_used = nraw != 1 || strcmp(raw[0], phrase);
        const char *out[2 * MAX_AGENT_FORMS + 32];
        size_t n = 0;
        for (size_t i = 0; i < nraw; i++) {
            char *w = imp_words(im, raw[i], strlen(raw[i]), NULL);
            if (!w)
                continue;
            out[n++] = w;
            if (!forms && !subst_used) {
                char pl[600];
                imp_plural(w, pl, sizeof pl);
                out[n++] = imp_strdup(im, pl, strlen(pl));
            }
        }
        if (forms) {
            /* explicit plurals ({} : none) */
            char *save = NULL;
            for (char *p = strtok_r(forms, " ,\t", &save); p && n < 2 * MAX_AGENT_FORMS + 30;
                 p = strtok_r(NULL, " ,\t", &save)) {
                char *w = imp_words(im, p, strlen(p), NULL);
                if (w)
                    out[n++] = w;
            }
        }
        if (!n) {
            imp_malformed(im, f.path, f.line, "code without a phrase");
            continue;
        }
        imp_add_agent(im, f.path, f.line, code, out, n);
    }
    imp_file_close(&f);
}

void imp_petrarch_discards(imp *im, const char *path)
{
    imp_file f;
    if (!imp_file_open(im, &f, path))
        return;
    char *s;
    while ((s = imp_file_next(im, &f)))
        imp_add_discard(im, f.path, f.line, s[0] == '+' ? s + 1 : s, s[0] == '+');
    imp_file_close(&f);
}
