/* fr.c: French morphology.  Dictionaries name infinitives; the forms the
 * text will contain are generated here:
 *
 *   condamner      -> condamne condamnent condamnait condamnaient condamna
 *                     condamnèrent condamné condamnée condamnés condamnées
 *                     condamnant (and the infinitive)
 *   menacer        -> menaçait menaça menaçant (ç before a and o)
 *   mener, céder   -> mène, cède (è in the stressed stem)
 *   déployer       -> déploie déploient (y becomes i before a mute e)
 *   investir       -> investit investissent investissait … investi(e)(s)
 *   défendre       -> défend défendent défendait défendit défendu(e)(s)
 *   mettre|en garde -> met en garde, mis en garde … (the particle follows)
 *   se rendre      -> the forms of rendre; the loader marks the lemma
 *                     reflexive, and "se"/"s'" in the clause (FW2_REFL)
 *                     must be there
 *
 * Irregular verbs come from dict/fr/strong.txt, whose four fields are the
 * infinitive, the present and imperfect forms (comma-separated), the passé
 * simple forms and the masculine participle.  A verb built on an irregular
 * one takes its forms with its prefix: soutenir from tenir, intervenir from
 * venir, transmettre from mettre.
 *
 * The futur and the conditionnel are built on the future stem (the
 * infinitive, less the e of -re; mener -> mèner-, employer -> emploier-;
 * an irregular verb's stem is the fifth field of its strong.txt line:
 * venir -> viendr-) and carry VT_FUT and VT_COND, which the coder reads as
 * an intent, a hypothetical or an unconfirmed report (src/coder/mood.c).
 * The subjunctive's own forms carry VT_SUBJ.  Of the first and second
 * persons, the plural ones news quotes ("nous condamnons", "vous
 * condamnez", "nous condamnerons"); not the singular ones in -s, which
 * would read nouns ("les critiques") as verbs. */
#include "dict/dict.h"
#include <string.h>

#define W 128

static bool ends(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && !strcmp(s + n - m, suf);
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

static void emit2(gen *g, const char *a, const char *b, int vform, int vtense)
{
    char buf[2 * W + 8];
    snprintf(buf, sizeof buf, "%s%s", a, b);
    emit(g, buf, vform, vtense);
}

/* The participle PART and its agreement forms (-e, -s, -es; a participle
 * in -s or -t takes -e and -es only when it ends in s). */
static void participle(gen *g, const char *pre, const char *part)
{
    char buf[2 * W + 8];
    snprintf(buf, sizeof buf, "%s%s", pre, part);
    emit(g, buf, VF_PART, VT_PAST);
    /* « a condamné X et exigé Y »: the auxiliary is not repeated, the
     * participle after "et" is the verb of a clause of its own (as the
     * English past form is both) */
    emit(g, buf, VF_FIN, VT_PAST);
    size_t n = strlen(buf);
    if (n + 3 >= sizeof buf)
        return;
    if (buf[n - 1] == 's') {
        emit2(g, buf, "e", VF_PART, VT_PAST);
        emit2(g, buf, "es", VF_PART, VT_PAST);
    } else {
        emit2(g, buf, "e", VF_PART, VT_PAST);
        emit2(g, buf, "s", VF_PART, VT_PAST);
        emit2(g, buf, "es", VF_PART, VT_PAST);
    }
}

/* Emits each comma-separated form of LIST with prefix PRE. */
static void each_form(gen *g, const char *pre, const char *list, int vform, int vtense)
{
    const char *s = list;
    while (*s) {
        size_t n = strcspn(s, ",");
        if (n && n < W) {
            char buf[2 * W + 8];
            snprintf(buf, sizeof buf, "%s%.*s", pre, (int)n, s);
            emit(g, buf, vform, vtense);
        }
        s += n;
        if (*s == ',')
            s++;
    }
}

/* The participe présent of an irregular verb, on the stem of its
 * imperfect (the first form of LIST in -ait): mettait -> mettant
 * (« promettant »), prenait -> prenant, faisait -> faisant. */
static void present_participle(gen *g, const char *pre, const char *list)
{
    const char *s = list;
    while (*s) {
        size_t n = strcspn(s, ",");
        if (n > 3 && n < W && !strncmp(s + n - 3, "ait", 3)) {
            char buf[2 * W + 8];
            snprintf(buf, sizeof buf, "%s%.*sant", pre, (int)(n - 3), s);
            emit(g, buf, VF_INF, VT_PRES);
            return;
        }
        s += n;
        if (*s == ',')
            s++;
    }
}

/* The irregular verb BASE is built on, and the prefix before it: the
 * longest infinitive in strong.txt that ends BASE (at least 4 bytes). */
static const dy_strong *find_irregular(const dy_dict *d, const char *base, size_t *prelen)
{
    int li = dy_lang_index("fr");
    if (li < 0)
        return NULL;
    const dy_vec *v = &d->langs[li].strong;
    const dy_strong *best = NULL;
    size_t bl = 0, n = strlen(base);
    for (size_t i = 0; i < v->n; i++) {
        const dy_strong *s = &DY_AT(*v, dy_strong, i);
        size_t m = strlen(s->inf);
        if (m > n || m <= bl)
            continue;
        if (m < n && m < 4)
            continue;
        if (!strcmp(base + n - m, s->inf)) {
            best = s;
            bl = m;
        }
    }
    *prelen = n - bl;
    return best;
}

static bool is_cons(char c) { return c && !strchr("aeiouy", c) && (unsigned char)c < 0x80; }

/* mener -> mèn, céder -> cèd, régler -> règl: the last vowel of the stem,
 * e or é before one consonant (or a consonant and l or r), becomes è in
 * the forms stressed on the stem.  Writes the changed stem to OUT, or
 * copies it. */
static void grave_stem(const char *stem, char *out, size_t cap)
{
    snprintf(out, cap, "%s", stem);
    size_t n = strlen(stem);
    size_t k = n;
    while (k > 0 && is_cons(stem[k - 1]))
        k--;
    size_t nc = n - k;
    if (nc == 0 || nc > 2 || (nc == 2 && !strchr("lr", stem[n - 1])) ||
        (nc == 2 && stem[k] == stem[k + 1]))
        return;
    if (k >= 1 && stem[k - 1] == 'e' && (k < 2 || is_cons(stem[k - 2]))) {
        snprintf(out, cap, "%.*sè%s", (int)(k - 1), stem, stem + k);
    } else if (k >= 2 && (unsigned char)stem[k - 2] == 0xc3 && (unsigned char)stem[k - 1] == 0xa9) {
        snprintf(out, cap, "%.*sè%s", (int)(k - 2), stem, stem + k);
    }
}

/* The futur (ai, as, a, ons, ez, ont) and conditionnel (ais, ait, ions,
 * iez, aient) on the future stem FS. */
static void future(gen *g, const char *fs)
{
    static const char *const fut[] = {"ai", "as", "a", "ons", "ez", "ont"};
    static const char *const cond[] = {"ais", "ait", "ions", "iez", "aient"};
    for (size_t i = 0; i < sizeof fut / sizeof *fut; i++)
        emit2(g, fs, fut[i], VF_FIN, VT_FUT);
    for (size_t i = 0; i < sizeof cond / sizeof *cond; i++)
        emit2(g, fs, cond[i], VF_FIN, VT_COND);
}

/* The future stem of a verb with no irregular one: the infinitive, less
 * the final e of -re (prendr-, défendr-). */
static void future_stem(const char *inf, char *out, size_t cap)
{
    size_t n = strlen(inf);
    if (ends(inf, "re"))
        snprintf(out, cap, "%.*s", (int)(n - 1), inf);
    else
        snprintf(out, cap, "%s", inf);
}

bool dy_fr_verb_forms(const dy_dict *d, const char *lemma, dy_form_cb cb, void *ctx)
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
    if (n < 3)
        return false;
    gen g = {cb, ctx, part};
    emit(&g, base, VF_INF, VT_PRES);

    size_t pl = 0;
    const dy_strong *s = find_irregular(d, base, &pl);
    if (s) {
        char pre[W];
        snprintf(pre, sizeof pre, "%.*s", (int)pl, base);
        each_form(&g, pre, s->pres, VF_FIN, VT_PRES);
        each_form(&g, pre, s->past, VF_FIN, VT_PAST);
        present_participle(&g, pre, s->pres);
        char fs[2 * W + 8];
        if (s->fut && *s->fut)
            snprintf(fs, sizeof fs, "%s%s", pre, s->fut);
        else
            future_stem(base, fs, sizeof fs);
        future(&g, fs);
        const char *p = s->part;
        size_t k = strcspn(p, ",");
        char pp[W];
        snprintf(pp, sizeof pp, "%.*s", (int)(k < W - 1 ? k : W - 1), p);
        participle(&g, pre, pp);
        return true;
    }
    char stem[W], soft[W + 2], grave[W + 4];
    if (ends(base, "er")) {
        snprintf(stem, sizeof stem, "%.*s", (int)(n - 2), base);
        /* ç and ge before a and o */
        if (ends(stem, "c"))
            snprintf(soft, sizeof soft, "%.*sç", (int)(n - 3), base);
        else if (ends(stem, "g"))
            snprintf(soft, sizeof soft, "%se", stem);
        else
            snprintf(soft, sizeof soft, "%s", stem);
        grave_stem(stem, grave, sizeof grave);
        /* déployer, appuyer -> déploie, appuie: y becomes i before a mute
         * e; payer, balayer take both (paie, paye) */
        if (ends(stem, "oy") || ends(stem, "uy") || ends(stem, "ay")) {
            if (ends(stem, "ay")) {
                emit2(&g, stem, "e", VF_FIN, VT_PRES);
                emit2(&g, stem, "ent", VF_FIN, VT_PRES);
            }
            snprintf(grave, sizeof grave, "%.*si", (int)(n - 3), base);
        }
        emit2(&g, grave, "e", VF_FIN, VT_PRES);
        emit2(&g, grave, "ent", VF_FIN, VT_PRES);
        emit2(&g, soft, "ons", VF_FIN, VT_PRES);
        emit2(&g, stem, "ez", VF_FIN, VT_PRES);
        emit2(&g, soft, "ait", VF_FIN, VT_PAST);
        emit2(&g, soft, "aient", VF_FIN, VT_PAST);
        emit2(&g, soft, "a", VF_FIN, VT_PAST);
        emit2(&g, stem, "èrent", VF_FIN, VT_PAST);
        emit2(&g, soft, "ant", VF_INF, VT_PRES);
        emit2(&g, stem, "ions", VF_FIN, VT_SUBJ);
        emit2(&g, stem, "iez", VF_FIN, VT_SUBJ);
        /* the future stem: mener -> mèner-, employer -> emploier-;
         * céder keeps é (céderai) */
        char fs[W + 8];
        if (ends(stem, "oy") || ends(stem, "uy"))
            snprintf(fs, sizeof fs, "%.*sier", (int)(n - 3), base);
        else if (strcmp(grave, stem) && !strstr(stem, "é"))
            snprintf(fs, sizeof fs, "%ser", grave);
        else
            snprintf(fs, sizeof fs, "%s", base);
        future(&g, fs);
        char pp[W + 4];
        snprintf(pp, sizeof pp, "%sé", stem);
        participle(&g, "", pp);
        return true;
    }
    if (ends(base, "ir")) { /* the second group: finir, investir */
        snprintf(stem, sizeof stem, "%.*s", (int)(n - 2), base);
        emit2(&g, stem, "it", VF_FIN, VT_PRES);
        emit2(&g, stem, "issent", VF_FIN, VT_PRES);
        emit2(&g, stem, "issons", VF_FIN, VT_PRES);
        emit2(&g, stem, "issait", VF_FIN, VT_PAST);
        emit2(&g, stem, "issaient", VF_FIN, VT_PAST);
        emit2(&g, stem, "irent", VF_FIN, VT_PAST);
        emit2(&g, stem, "issant", VF_INF, VT_PRES);
        emit2(&g, stem, "issez", VF_FIN, VT_PRES);
        emit2(&g, stem, "isse", VF_FIN, VT_SUBJ);
        future(&g, base);
        char pp[W + 4];
        snprintf(pp, sizeof pp, "%si", stem);
        participle(&g, "", pp);
        return true;
    }
    if (ends(base, "dre")) { /* défendre, rendre, répondre */
        snprintf(stem, sizeof stem, "%.*s", (int)(n - 2), base);
        emit(&g, stem, VF_FIN, VT_PRES);
        emit2(&g, stem, "ent", VF_FIN, VT_PRES);
        emit2(&g, stem, "ons", VF_FIN, VT_PRES);
        emit2(&g, stem, "ait", VF_FIN, VT_PAST);
        emit2(&g, stem, "aient", VF_FIN, VT_PAST);
        emit2(&g, stem, "it", VF_FIN, VT_PAST);
        emit2(&g, stem, "irent", VF_FIN, VT_PAST);
        emit2(&g, stem, "ant", VF_INF, VT_PRES);
        emit2(&g, stem, "ez", VF_FIN, VT_PRES);
        emit2(&g, stem, "e", VF_FIN, VT_SUBJ);
        char fs[W + 8];
        future_stem(base, fs, sizeof fs);
        future(&g, fs);
        char pp[W + 4];
        snprintf(pp, sizeof pp, "%su", stem);
        participle(&g, "", pp);
        return true;
    }
    if (ends(base, "pre")) { /* rompre: il rompt */
        snprintf(stem, sizeof stem, "%.*s", (int)(n - 2), base);
        emit2(&g, stem, "t", VF_FIN, VT_PRES);
        emit2(&g, stem, "ent", VF_FIN, VT_PRES);
        emit2(&g, stem, "ait", VF_FIN, VT_PAST);
        emit2(&g, stem, "aient", VF_FIN, VT_PAST);
        emit2(&g, stem, "it", VF_FIN, VT_PAST);
        emit2(&g, stem, "irent", VF_FIN, VT_PAST);
        emit2(&g, stem, "ant", VF_INF, VT_PRES);
        emit2(&g, stem, "e", VF_FIN, VT_SUBJ);
        char fs[W + 8];
        future_stem(base, fs, sizeof fs);
        future(&g, fs);
        char pp[W + 4];
        snprintf(pp, sizeof pp, "%su", stem);
        participle(&g, "", pp);
        return true;
    }
    return false; /* an irregular verb strong.txt lacks */
}

/* The agreement forms of an adjective or demonym in the masculine
 * singular: français -> française françaises; russe -> russes; ukrainien
 * -> ukrainienne ukrainiennes ukrainiens; libyen -> libyenne (-yen as
 * -ien); turc -> turque; grec -> grecque. */
void dy_fr_adj_forms(const char *adj, dy_form_cb cb, void *ctx)
{
    char buf[2 * W + 16];
    size_t n = strlen(adj);
    if (n >= W)
        return;
    cb(ctx, adj, 0, 0);
    if (adj[n - 1] == 'e') {
        snprintf(buf, sizeof buf, "%ss", adj);
        cb(ctx, buf, 0, 0);
        return;
    }
    if (adj[n - 1] == 's' || adj[n - 1] == 'x') {
        snprintf(buf, sizeof buf, "%se", adj);
        cb(ctx, buf, 0, 0);
        snprintf(buf, sizeof buf, "%ses", adj);
        cb(ctx, buf, 0, 0);
        return;
    }
    snprintf(buf, sizeof buf, "%ss", adj);
    cb(ctx, buf, 0, 0);
    const char *fem = NULL;
    char stem[W + 8];
    if (ends(adj, "ien") || ends(adj, "éen") || ends(adj, "yen") || ends(adj, "on"))
        snprintf(stem, sizeof stem, "%sne", adj);
    else if (ends(adj, "turc"))
        snprintf(stem, sizeof stem, "%.*sque", (int)(n - 1), adj);
    else if (ends(adj, "grec"))
        snprintf(stem, sizeof stem, "%sque", adj);
    else
        snprintf(stem, sizeof stem, "%se", adj);
    fem = stem;
    cb(ctx, fem, 0, 0);
    snprintf(buf, sizeof buf, "%ss", fem);
    cb(ctx, buf, 0, 0);
}
