/* de.c: German morphology.  Dictionaries name lemmas; this module generates
 * the forms the text will contain, so that matching is exact:
 *
 *   vor|werfen  -> wirft warf werfen warfen werfe (… vor: VF_FIN_SEP)
 *                  vorwirft vorwarf vorwerfen (verb-final clauses: VF_FIN)
 *                  vorgeworfen (VF_PART)  vorzuwerfen (VF_ZUINF)
 *   kritisieren -> kritisiert kritisierte kritisierten kritisiere kritisiert
 *   chinesisch  -> chinesisch chinesische chinesischen chinesischer …
 *   China       -> Chinas (genitive)
 */
#include "dict/dict.h"
#include <string.h>

#define W 128 /* longest word we inflect */

/* Inseparable prefixes: no ge- in the participle (besuchen -> besucht). */
/* Unstressed über-, unter-, durch-, um-, wider-, hinter- are inseparable
 * when the dictionary writes no particle bar (unterzeichnen -> unterzeichnet;
 * separable ones are written durch|führen, um|setzen). */
static const char *const insep[] = {"be", "ge", "er", "ver", "zer", "ent", "emp",
                                    "miss", "hinter", "wider", "unter",
                                    "\xC3\xBC" "ber", "durch", "um", "voll", NULL};

static const char *insep_prefix(const char *v)
{
    for (int i = 0; insep[i]; i++) {
        size_t n = strlen(insep[i]);
        /* "geben" and "erben" are not prefixed: demand a longer rest */
        if (!strncmp(v, insep[i], n) && strlen(v) > n + 3)
            return insep[i];
    }
    return NULL;
}

static bool ends(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && !strcmp(s + n - m, suf);
}

static const dy_strong *find_strong(const dy_dict *d, const char *inf)
{
    const dy_vec *v = &d->langs[0].strong;
    for (size_t i = 0; i < v->n; i++) {
        const dy_strong *s = &DY_AT(*v, dy_strong, i);
        if (!strcmp(s->inf, inf))
            return s;
    }
    return NULL;
}

/* Does the weak stem need -et (arbeitet, öffnet, rechnet)? */
static bool needs_e(const char *stem)
{
    size_t n = strlen(stem);
    if (!n)
        return false;
    char c = stem[n - 1];
    if (c == 't' || c == 'd')
        return true;
    if ((c == 'm' || c == 'n') && n >= 2) {
        char b = stem[n - 2];
        /* öffn-, rechn-, atm-: consonant before m/n, but not l, r, h, m, n */
        bool vowel = strchr("aeiouy", b) != NULL || (unsigned char)b >= 0x80;
        /* zeichn-, rechn-: "ch" is a consonant; lehn-, wohn-: "h" is not */
        if (b == 'h')
            return n >= 3 && stem[n - 3] == 'c';
        return !vowel && !strchr("lrmn", b);
    }
    return false;
}

/* A particle that is a word of its own, an adjective or adverb of five
 * letters or more ("verantwortlich machen", "bekannt geben", "zusammen
 * arbeiten"): its verb-final forms are also written apart.  (Not the short
 * prepositional particles: "zu sagen", "an greift" would read other
 * verbs.) */
static bool apart(const char *particle)
{
    return strlen(particle) >= 5;
}

typedef struct gen {
    dy_form_cb cb;
    void *ctx;
    const char *particle; /* "" when none */
} gen;

static void emit(gen *g, const char *a, const char *b, int vform, int vtense)
{
    char buf[2 * W + 8];
    snprintf(buf, sizeof buf, "%s%s", a, b);
    g->cb(g->ctx, buf, vform, vtense);
}

/* Emits the finite forms FORM: as VF_FIN_SEP for a separable verb (main
 * clause, particle at the end) plus the joined form (verb-final clause). */
static void finite(gen *g, const char *form, int tense)
{
    if (*g->particle) {
        emit(g, "", form, VF_FIN_SEP, tense);
        emit(g, g->particle, form, VF_FIN, tense);
        if (apart(g->particle)) { /* "…, für die er Kiew verantwortlich machte" */
            char sp[W + 2];
            snprintf(sp, sizeof sp, "%s ", g->particle);
            emit(g, sp, form, VF_FIN, tense);
        }
    } else {
        emit(g, "", form, VF_FIN, tense);
    }
}

bool dy_de_verb_forms(const dy_dict *d, const char *lemma, dy_form_cb cb,
                      void *ctx)
{
    char part[W] = "", base[W];
    const char *bar = strchr(lemma, '|');
    if (bar) {
        if ((size_t)(bar - lemma) >= W)
            return false;
        memcpy(part, lemma, (size_t)(bar - lemma));
        part[bar - lemma] = 0;
        lemma = bar + 1;
    }
    if (strlen(lemma) >= W || strlen(lemma) < 3 || strchr(lemma, '|'))
        return false;
    snprintf(base, sizeof base, "%s", lemma);
    gen g = {cb, ctx, part};

    /* strong verb: the base itself, or an inseparable prefix + strong base */
    const dy_strong *s = find_strong(d, base);
    const char *pre = "";
    if (!s) {
        const char *ip = insep_prefix(base);
        if (ip && (s = find_strong(d, base + strlen(ip))) != NULL)
            pre = ip;
    }
    if (!s) {
        /* also separable-looking compounds written without a bar are left
         * weak: the dictionary marks separable particles explicitly */
    }
    char stem[W];
    size_t n = strlen(base);
    if (ends(base, "eln") || ends(base, "ern"))
        snprintf(stem, sizeof stem, "%.*s", (int)(n - 1), base);
    else if (ends(base, "en"))
        snprintf(stem, sizeof stem, "%.*s", (int)(n - 2), base);
    else if (ends(base, "n"))
        snprintf(stem, sizeof stem, "%.*s", (int)(n - 1), base);
    else
        return false;

    char buf[2 * W + 8];
    /* infinitive: (also 1st/3rd plural present) */
    if (*part) {
        emit(&g, part, base, VF_INF, VT_PRES);
        emit(&g, "", base, VF_FIN_SEP, VT_PRES);      /* sie werfen … vor */
        snprintf(buf, sizeof buf, "%szu%s", part, base);
        cb(ctx, buf, VF_ZUINF, VT_PRES);
        if (apart(part)) { /* "will Kiew verantwortlich machen", "… zu machen" */
            snprintf(buf, sizeof buf, "%s %s", part, base);
            cb(ctx, buf, VF_INF, VT_PRES);
            snprintf(buf, sizeof buf, "%s zu %s", part, base);
            cb(ctx, buf, VF_ZUINF, VT_PRES);
        }
    } else {
        emit(&g, "", base, VF_INF, VT_PRES);
    }
    /* plural present, finite in verb-final clauses: "…, dass sie vorwerfen" */
    if (*part) {
        emit(&g, part, base, VF_FIN, VT_PRES);
        if (apart(part)) {
            snprintf(buf, sizeof buf, "%s %s", part, base);
            cb(ctx, buf, VF_FIN, VT_PRES);
        }
    } else
        emit(&g, "", base, VF_FIN, VT_PRES);

    if (s) {
        snprintf(buf, sizeof buf, "%s%s", pre, s->pres);
        finite(&g, buf, VT_PRES);
        snprintf(buf, sizeof buf, "%s%se", pre, stem + strlen(pre)); /* Konj. I: werfe */
        finite(&g, buf, VT_SUBJ);
        snprintf(buf, sizeof buf, "%s%s", pre, s->past);
        finite(&g, buf, VT_PAST);
        snprintf(buf, sizeof buf, "%s%s%s", pre, s->past, ends(s->past, "e") ? "n" : "en");
        finite(&g, buf, VT_PAST);
        /* past participle: inseparable prefix drops ge- (verworfen) */
        const char *pp = s->part;
        if (*pre && !strncmp(pp, "ge", 2))
            pp += 2;
        snprintf(buf, sizeof buf, "%s%s%s", part, pre, pp);
        cb(ctx, buf, VF_PART, VT_PAST);
        if (*part) { /* "bekannt gegeben", "verantwortlich gemacht" */
            snprintf(buf, sizeof buf, "%s %s%s", part, pre, pp);
            cb(ctx, buf, VF_PART, VT_PAST);
        }
        return true;
    }
    const char *t = needs_e(stem) ? "et" : "t";
    const char *te = needs_e(stem) ? "ete" : "te";
    snprintf(buf, sizeof buf, "%s%s", stem, t);
    finite(&g, buf, VT_PRES);                    /* kritisiert */
    snprintf(buf, sizeof buf, "%se", stem);
    finite(&g, buf, VT_SUBJ);                    /* kritisiere (Konj. I) */
    snprintf(buf, sizeof buf, "%s%s", stem, te);
    finite(&g, buf, VT_PAST);                    /* kritisierte */
    snprintf(buf, sizeof buf, "%s%sn", stem, te);
    finite(&g, buf, VT_PAST);                    /* kritisierten */
    bool noge = insep_prefix(base) || ends(base, "ieren");
    snprintf(buf, sizeof buf, "%s%s%s%s", part, noge ? "" : "ge", stem, t);
    cb(ctx, buf, VF_PART, VT_PAST);
    if (*part) {
        snprintf(buf, sizeof buf, "%s %s%s%s", part, noge ? "" : "ge", stem, t);
        cb(ctx, buf, VF_PART, VT_PAST);
    }
    return true;
}

void dy_de_adj_forms(const char *stem, dy_form_cb cb, void *ctx)
{
    static const char *const endings[] = {"", "e", "en", "er", "es", "em", NULL};
    char buf[W + 8];
    if (strlen(stem) >= W)
        return;
    for (int i = 0; endings[i]; i++) {
        snprintf(buf, sizeof buf, "%s%s", stem, endings[i]);
        cb(ctx, buf, 0, 0);
    }
}

void dy_de_gen_forms(const char *name, dy_form_cb cb, void *ctx)
{
    size_t n = strlen(name);
    if (!n || n >= W)
        return;
    /* multi-word names inflect the last word only when it is a plain noun;
     * "Vereinigte Staaten" has no -s genitive.  Keep to one-word names. */
    if (strchr(name, ' '))
        return;
    char last = name[n - 1];
    if (last == 's' || last == 'x' || last == 'z' || ends(name, "\xC3\x9F"))
        return;
    /* all-capital abbreviations (USA, EU) take no -s in news German */
    bool caps = true;
    for (size_t i = 0; i < n; i++)
        if ((name[i] >= 'a' && name[i] <= 'z'))
            caps = false;
    if (caps)
        return;
    char buf[W + 4];
    snprintf(buf, sizeof buf, "%ss", name);
    cb(ctx, buf, 0, 0);
}
