/* en.c: English morphology.  Dictionaries name base forms; the forms the
 * text will contain are generated here:
 *
 *   criticize     -> criticizes criticized criticizing
 *   meet (strong) -> meets met meeting (met also as participle)
 *   crack|down    -> cracks down, cracked down, cracking down (the particle
 *                    follows the verb in English)
 *   ban           -> bans banned banning (doubling after a short stem)
 */
#include "dict/dict.h"
#include <string.h>

#define W 128

static bool ends(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && !strcmp(s + n - m, suf);
}

static bool vowel(char c) { return c && strchr("aeiou", c) != NULL; }

static const dy_strong *find_irregular(const dy_dict *d, const char *base)
{
    const dy_vec *v = &d->langs[1].strong;
    for (size_t i = 0; i < v->n; i++) {
        const dy_strong *s = &DY_AT(*v, dy_strong, i);
        if (!strcmp(s->inf, base))
            return s;
    }
    return NULL;
}

/* Short stems ending consonant-vowel-consonant double the consonant before
 * -ed and -ing (ban -> banned, stop -> stopped); longer ones usually do not
 * (visit -> visited), except a few stressed on the last syllable. */
static bool doubles(const char *b)
{
    static const char *const stressed[] = {"commit", "admit", "submit", "permit",
                                           "control", "patrol", "refer", "prefer",
                                           "occur", "compel", "expel", "propel",
                                           "rebel", "regret", "equip", "deter",
                                           "omit", "acquit", "transfer", "repel",
                                           "dispel", "impel", "confer", "defer",
                                           "infer", "incur", "annul", "abet",
                                           "embed", "extol", "instil", NULL};
    for (int i = 0; stressed[i]; i++)
        if (!strcmp(b, stressed[i]))
            return true;
    size_t n = strlen(b);
    if (n < 3 || n > 4)
        return false;
    char c3 = b[n - 1], c2 = b[n - 2], c1 = b[n - 3];
    return !vowel(c3) && !strchr("wxy", c3) && vowel(c2) && !vowel(c1);
}

/* British spelling doubles a final -l after one vowel where American
 * does not: cancel -> cancelled / canceled, signal -> signalled, travel ->
 * travelling.  True for such a stem (not for digraphs: fail, feel, cool). */
static bool uk_double_l(const char *b)
{
    size_t n = strlen(b);
    if (n < 4 || b[n - 1] != 'l' || !vowel(b[n - 2]) || doubles(b))
        return false;
    if (vowel(b[n - 3]) && !(b[n - 3] == 'u' && n >= 5 && !vowel(b[n - 4])))
        return false; /* fail, feel, cool, reveal; but fuel, duel */
    return true;
}

typedef struct gen {
    dy_form_cb cb;
    void *ctx;
    const char *particle;
} gen;

static void emit(gen *g, const char *form, int vform, int vtense)
{
    char buf[2 * W + 8];
    if (*g->particle)
        snprintf(buf, sizeof buf, "%s %s", form, g->particle);
    else
        snprintf(buf, sizeof buf, "%s", form);
    g->cb(g->ctx, buf, vform, vtense);
}

bool dy_en_verb_forms(const dy_dict *d, const char *lemma, dy_form_cb cb, void *ctx)
{
    char base[W], part[W] = "";
    const char *bar = strchr(lemma, '|');
    if (bar) {
        if ((size_t)(bar - lemma) >= W || strlen(bar + 1) >= W || strchr(bar + 1, '|'))
            return false;
        snprintf(base, sizeof base, "%.*s", (int)(bar - lemma), lemma);
        snprintf(part, sizeof part, "%s", bar + 1);
    } else {
        if (strlen(lemma) >= W)
            return false;
        snprintf(base, sizeof base, "%s", lemma);
    }
    size_t n = strlen(base);
    if (n < 2)
        return false;
    gen g = {cb, ctx, part};
    char buf[W + 8], ing[W + 8];

    /* -ing: drop a silent e (make -> making, but see -> seeing), double */
    if (ends(base, "ie"))
        snprintf(ing, sizeof ing, "%.*sying", (int)(n - 2), base);
    else if (base[n - 1] == 'e' && n > 2 && !ends(base, "ee") && !ends(base, "ye") &&
             !ends(base, "oe"))
        snprintf(ing, sizeof ing, "%.*sing", (int)(n - 1), base);
    else if (doubles(base))
        snprintf(ing, sizeof ing, "%s%cing", base, base[n - 1]);
    else
        snprintf(ing, sizeof ing, "%sing", base);

    emit(&g, base, VF_INF, VT_PRES);
    emit(&g, base, VF_FIN, VT_PRES);   /* they meet */
    emit(&g, ing, VF_INF, VT_PRES);    /* is meeting: finite through the auxiliary */

    const dy_strong *s = find_irregular(d, base);
    if (s) {
        emit(&g, s->pres, VF_FIN, VT_PRES);
        emit(&g, s->past, VF_FIN, VT_PAST);
        emit(&g, s->part, VF_PART, VT_PAST);
        return true;
    }
    /* third person singular */
    if (base[n - 1] == 'y' && !vowel(base[n - 2]))
        snprintf(buf, sizeof buf, "%.*sies", (int)(n - 1), base);
    else if (ends(base, "s") || ends(base, "x") || ends(base, "z") || ends(base, "ch") ||
             ends(base, "sh") || ends(base, "o"))
        snprintf(buf, sizeof buf, "%ses", base);
    else
        snprintf(buf, sizeof buf, "%ss", base);
    emit(&g, buf, VF_FIN, VT_PRES);
    /* past and participle */
    if (base[n - 1] == 'e')
        snprintf(buf, sizeof buf, "%sd", base);
    else if (base[n - 1] == 'y' && !vowel(base[n - 2]))
        snprintf(buf, sizeof buf, "%.*sied", (int)(n - 1), base);
    else if (doubles(base))
        snprintf(buf, sizeof buf, "%s%ced", base, base[n - 1]);
    else
        snprintf(buf, sizeof buf, "%sed", base);
    emit(&g, buf, VF_FIN, VT_PAST);
    emit(&g, buf, VF_PART, VT_PAST);
    if (uk_double_l(base)) {
        snprintf(buf, sizeof buf, "%sled", base);
        emit(&g, buf, VF_FIN, VT_PAST);
        emit(&g, buf, VF_PART, VT_PAST);
        snprintf(buf, sizeof buf, "%sling", base);
        emit(&g, buf, VF_INF, VT_PRES);
    }
    return true;
}
