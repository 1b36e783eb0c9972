/* ru.c: Russian morphology for the dictionary loader (docs/languages.md).
 *
 * The dictionaries name lemmas; this file generates the forms a text
 * contains, by suffix rules (no stemmer at run time: the coder matches
 * folded tokens exactly, so every form is generated at load time, and a
 * rule that overgenerates only adds a form no text contains):
 *
 *  - nouns and names in the six cases, singular (and plural for plural
 *    names): Китай, Китая, Китаю, Китаем, Китае; Россия, России, Россию,
 *    Россией; Лавров, Лаврова, Лаврову, Лавровым, Лаврове;
 *  - adjectives in every gender, number and case, from any form of the
 *    nominative (российский, российская, российские → российского,
 *    российскому, российским, российской, российскую, российских …);
 *  - multi-word names word by word in one case (Южная Корея → Южной
 *    Кореи; Белый дом → Белого дома);
 *  - verbs from the infinitive: past (-л, -ла, -ло, -ли), the third
 *    persons of the present or perfective future, the infinitive, the
 *    gerunds, the past active participle and the short passive participle
 *    of a perfective (задержан, -а, -о, -ы); -ся verbs with -ся/-сь.
 *    Two aspects are two lemmas; a line may give both ("встречаться/
 *    встретиться").
 *  - a noun whose vowel drops in the other cases gives their stem after a
 *    colon: "Египет:Египт" (Египта, Египту, Египтом, Египте).  Irregular verbs: dict/ru/strong.txt gives the third
 *    persons singular and plural and the masculine past.
 *
 * Words are lower case (forms are folded by the loader anyway); all
 * strings are UTF-8, each Cyrillic letter two bytes. */
#include "dict/dict.h"
#include "lang/lang.h"
#include <stdio.h>
#include <string.h>

#define W 160

static bool ends(const char *s, const char *suf)
{
    size_t n = strlen(s), k = strlen(suf);
    return n >= k && !memcmp(s + n - k, suf, k);
}

/* A, B and C joined into OUT (W bytes), cut at W - 1. */
static void cat(char *out, const char *a, const char *b, const char *c)
{
    size_t o = 0;
    const char *parts[3] = {a, b, c};
    for (int i = 0; i < 3; i++)
        for (const char *p = parts[i]; *p && o + 1 < W; p++)
            out[o++] = *p;
    out[o] = 0;
}

/* S without its last K bytes, then ADD, into OUT (W bytes). */
static void swap_end(char *out, const char *s, size_t k, const char *add)
{
    size_t n = strlen(s);
    if (k > n)
        k = n;
    char tmp[W];
    size_t m = n - k < W - 1 ? n - k : W - 1;
    memcpy(tmp, s, m);
    tmp[m] = 0;
    cat(out, tmp, add, "");
}

/* The last letter (two bytes for Cyrillic) of S, as a string in OUT. */
static const char *last_letter(const char *s, char out[8])
{
    size_t n = strlen(s);
    size_t i = n;
    while (i > 0 && ((unsigned char)s[i - 1] & 0xC0) == 0x80)
        i--;
    if (i > 0)
        i--;
    snprintf(out, 8, "%s", s + i);
    return out;
}

static bool is_cyr_vowel(const char *l)
{
    static const char *const v[] = {"а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я", NULL};
    for (int i = 0; v[i]; i++)
        if (!strcmp(l, v[i]))
            return true;
    return false;
}

/* г к х ж ш ч щ: -ы becomes -и after them */
static bool velar_sib(const char *l)
{
    static const char *const v[] = {"г", "к", "х", "ж", "ш", "ч", "щ", NULL};
    for (int i = 0; v[i]; i++)
        if (!strcmp(l, v[i]))
            return true;
    return false;
}

bool dy_ru_is_cyrillic(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if (*p == 0xD0 || *p == 0xD1)
            return true;
    return false;
}

/* ---------------------------------------------------------- one word */

#define NCASE 6 /* nominative, genitive, dative, accusative, instrumental, prepositional */
#define NALT 6  /* forms per case at most */

typedef struct wforms {
    char f[NCASE][NALT][W];
    int n[NCASE];
} wforms;

static void put(wforms *w, int c, const char *s)
{
    if (w->n[c] >= NALT || !*s)
        return;
    for (int i = 0; i < w->n[c]; i++)
        if (!strcmp(w->f[c][i], s))
            return;
    snprintf(w->f[c][w->n[c]++], W, "%s", s);
}

static void put_end(wforms *w, int c, const char *s, size_t k, const char *add)
{
    char b[W];
    swap_end(b, s, k, add);
    put(w, c, b);
}

/* An adjective in the nominative (any gender or number) → its stem and
 * whether it is soft (-ний) or takes -и after a velar (-ский). */
static bool adj_stem(const char *s, char *stem)
{
    static const char *const e[] = {"ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", NULL};
    for (int i = 0; e[i]; i++)
        if (ends(s, e[i]) && strlen(s) > 6) {
            swap_end(stem, s, 4, "");
            return true;
        }
    return false;
}

/* All forms of adjective S (nominative, any gender): by case, singular
 * masculine/neuter, feminine and plural together. */
/* The genders and numbers of adjective forms (a mask). */
enum { G_M = 1, G_F = 2, G_N = 4, G_PL = 8, G_ALL = 15 };

/* The gender and number a nominative adjective form shows: "Южная" G_F,
 * "Соединённые" G_PL; a masculine form (-ый, -ий, -ой) G_M. */
static int adj_gender(const char *s)
{
    if (ends(s, "ая") || ends(s, "яя"))
        return G_F;
    if (ends(s, "ое") || ends(s, "ее"))
        return G_N;
    if (ends(s, "ые") || ends(s, "ие"))
        return G_PL;
    return G_M;
}

/* The forms of adjective S (a nominative of any gender) in the genders
 * and numbers of mask G, by case. */
static void adj_forms(const char *s, wforms *w, int g)
{
    char stem[W], b[W], ll[8];
    if (!adj_stem(s, stem))
        return;
    last_letter(stem, ll);
    bool soft = ends(s, "ний") || ends(s, "няя") || ends(s, "нее") || ends(s, "ние");
    bool vel = velar_sib(ll);
    bool sib = !strcmp(ll, "ж") || !strcmp(ll, "ш") || !strcmp(ll, "ч") || !strcmp(ll, "щ") ||
               !strcmp(ll, "ц");
    const char *i_y = soft || vel ? "и" : "ы";
    const char *o_e = soft || sib ? "е" : "о";
    if (g & G_M) { /* российский, -ого, -ому, = nom/gen, -им, -ом */
        if (ends(s, "ой")) /* stressed: большой, городской */
            cat(b, stem, "ой", "");
        else
            cat(b, stem, soft || vel ? "ий" : "ый", "");
        put(w, 0, b), put(w, 3, b);
        cat(b, stem, o_e, "го"), put(w, 1, b), put(w, 3, b);
        cat(b, stem, o_e, "му"), put(w, 2, b);
        cat(b, stem, i_y, "м"), put(w, 4, b);
        cat(b, stem, o_e, "м"), put(w, 5, b);
    }
    if (g & G_N) { /* российское, -ого, -ому, -ое, -им, -ом */
        cat(b, stem, o_e, "е"), put(w, 0, b), put(w, 3, b);
        cat(b, stem, o_e, "го"), put(w, 1, b);
        cat(b, stem, o_e, "му"), put(w, 2, b);
        cat(b, stem, i_y, "м"), put(w, 4, b);
        cat(b, stem, o_e, "м"), put(w, 5, b);
    }
    if (g & G_F) { /* российская, -ой ×4, -ую */
        cat(b, stem, soft ? "яя" : "ая", ""), put(w, 0, b);
        cat(b, stem, o_e, "й"), put(w, 1, b), put(w, 2, b), put(w, 4, b), put(w, 5, b);
        cat(b, stem, soft ? "юю" : "ую", ""), put(w, 3, b);
    }
    if (g & G_PL) { /* российские, -их, -им, = nom/gen, -ими, -их */
        cat(b, stem, i_y, "е"), put(w, 0, b), put(w, 3, b);
        cat(b, stem, i_y, "х"), put(w, 1, b), put(w, 3, b), put(w, 5, b);
        cat(b, stem, i_y, "м"), put(w, 2, b);
        cat(b, stem, i_y, "ми"), put(w, 4, b);
    }
}

/* (not a verbal noun in -ение, -ание: "движение ХАМАС", "соглашение";
 * a soft adjective's plural is -нние: "внутренние") */
static bool is_adj(const char *s)
{
    char stem[W];
    return adj_stem(s, stem) && !ends(s, "ия") && !ends(s, "ение") && !ends(s, "ание");
}

/* A noun or name in the nominative singular (or a plural in -ы/-и). */
/* The plural of a common noun (lower case): nominative NOM, genitive GEN,
 * and the dative, instrumental and prepositional from the stem STEM with
 * A (а or я: -ам -ами -ах, -ям -ями -ях). */
static void plural_forms(wforms *w, const char *nom, const char *gen, const char *stem, const char *a)
{
    char b[W];
    put(w, 0, nom);
    put(w, 3, nom);
    put(w, 1, gen);
    cat(b, stem, a, "м"), put(w, 2, b);
    cat(b, stem, a, "ми"), put(w, 4, b);
    cat(b, stem, a, "х"), put(w, 5, b);
}

static void noun_forms(const char *s, wforms *w, bool plural, bool animate, bool common)
{
    char ll[8];
    last_letter(s, ll);
    size_t n = strlen(s);
    put(w, 0, s);
    if (n < 4)
        return;
    if (plural || ((ends(s, "ы") || ends(s, "и")) && n > 6 && plural)) {
        /* Штаты → Штатов, Штатам, Штатами, Штатах */
        put_end(w, 1, s, 2, "ов");
        put_end(w, 1, s, 2, "");
        put_end(w, 2, s, 2, "ам");
        put(w, 3, s);
        put_end(w, 4, s, 2, "ами");
        put_end(w, 5, s, 2, "ах");
        return;
    }
    char stem[W], pl[W], gp[W], l2[8];
    if (common && (ends(s, "ие") || ends(s, "ье"))) { /* заявление, соглашение */
        swap_end(stem, s, 2, "");
        put_end(w, 1, s, 2, "я");
        put_end(w, 2, s, 2, "ю");
        put(w, 3, s);
        put_end(w, 4, s, 2, "ем");
        put_end(w, 5, s, 2, ends(s, "ие") ? "и" : "е");
        cat(pl, stem, "я", ""), cat(gp, stem, "й", "");
        plural_forms(w, pl, gp, stem, "я");
        return;
    }
    if (common && ends(s, "о")) { /* дело, право */
        swap_end(stem, s, 2, "");
        put_end(w, 1, s, 2, "а");
        put_end(w, 2, s, 2, "у");
        put(w, 3, s);
        put_end(w, 4, s, 2, "ом");
        put_end(w, 5, s, 2, "е");
        cat(pl, stem, "а", "");
        plural_forms(w, pl, stem, stem, "а");
        return;
    }
    if (common && ends(s, "ия")) { /* операция → операции, операций */
        swap_end(stem, s, 2, "");
        cat(pl, stem, "и", ""), cat(gp, stem, "й", "");
        plural_forms(w, pl, gp, stem, "я");
    } else if (common && ends(s, "а")) { /* встреча → встречи, встреч */
        swap_end(stem, s, 2, "");
        last_letter(stem, l2);
        cat(pl, stem, velar_sib(l2) ? "и" : "ы", "");
        plural_forms(w, pl, stem, stem, "а");
    } else if (common && ends(s, "ь")) { /* мель → мели, мелей */
        swap_end(stem, s, 2, "");
        cat(pl, stem, "и", ""), cat(gp, stem, "ей", "");
        plural_forms(w, pl, gp, stem, "я");
    } else if (common && !is_cyr_vowel(ll) && !ends(s, "й") && dy_ru_is_cyrillic(ll)) {
        /* удар → удары, ударов; матч → матчи, матчей */
        bool sib = !strcmp(ll, "ж") || !strcmp(ll, "ш") || !strcmp(ll, "ч") || !strcmp(ll, "щ");
        cat(pl, s, velar_sib(ll) ? "и" : "ы", "");
        cat(gp, s, sib ? "ей" : "ов", "");
        plural_forms(w, pl, gp, s, "а");
    }
    if (ends(s, "ия")) { /* Россия */
        put_end(w, 1, s, 2, "и");
        put_end(w, 2, s, 2, "и");
        put_end(w, 3, s, 2, "ю");
        put_end(w, 4, s, 2, "ей");
        put_end(w, 5, s, 2, "и");
    } else if (ends(s, "я")) { /* Земля */
        put_end(w, 1, s, 2, "и");
        put_end(w, 2, s, 2, "е");
        put_end(w, 3, s, 2, "ю");
        put_end(w, 4, s, 2, "ей");
        put_end(w, 5, s, 2, "е");
    } else if (ends(s, "а")) { /* Америка, Лаврова, Европа */
        /* stem and l2: declared above */
        swap_end(stem, s, 2, "");
        last_letter(stem, l2);
        bool fem_surname = animate && (ends(s, "ова") || ends(s, "ева") || ends(s, "ина") || ends(s, "ына"));
        put_end(w, 1, s, 2, fem_surname ? "ой" : velar_sib(l2) ? "и" : "ы");
        put_end(w, 2, s, 2, fem_surname ? "ой" : "е");
        put_end(w, 3, s, 2, "у");
        put_end(w, 4, s, 2, velar_sib(l2) && strcmp(l2, "г") && strcmp(l2, "к") && strcmp(l2, "х") ? "ей" : "ой");
        put_end(w, 5, s, 2, fem_surname ? "ой" : "е");
    } else if (ends(s, "й")) { /* Китай, Зеленский (as a noun: see is_adj) */
        put_end(w, 1, s, 2, "я");
        put_end(w, 2, s, 2, "ю");
        put(w, 3, s);
        put_end(w, 3, s, 2, "я");
        put_end(w, 4, s, 2, "ем");
        put_end(w, 5, s, 2, "е");
    } else if (ends(s, "ь")) { /* Израиль (m), Беларусь (f): both; Меркель indeclinable */
        for (int c = 1; c < NCASE; c++)
            put(w, c, s);
        put_end(w, 1, s, 2, "я");
        put_end(w, 1, s, 2, "и");
        put_end(w, 2, s, 2, "ю");
        put_end(w, 2, s, 2, "и");
        put_end(w, 3, s, 2, "я");
        put_end(w, 4, s, 2, "ем");
        put_end(w, 4, s, 2, "ью");
        put_end(w, 5, s, 2, "е");
        put_end(w, 5, s, 2, "и");
    } else if (is_cyr_vowel(ll) || !dy_ru_is_cyrillic(ll)) {
        /* Конго, Чили, Перу, Того; Latin letters: indeclinable */
        for (int c = 1; c < NCASE; c++)
            put(w, c, s);
    } else { /* a consonant: Иран, Лавров, Кремль (above), Путин */
        bool surname = ends(s, "ов") || ends(s, "ев") || ends(s, "ин") || ends(s, "ын") ||
                       ends(s, "ёв");
        bool sib = !strcmp(ll, "ж") || !strcmp(ll, "ш") || !strcmp(ll, "ч") || !strcmp(ll, "щ") ||
                   !strcmp(ll, "ц");
        char b[W];
        cat(b, s, "а", ""), put(w, 1, b);
        cat(b, s, "у", ""), put(w, 2, b);
        if (!animate) /* an animate accusative is the genitive: Лаврова */
            put(w, 3, s);
        cat(b, s, "а", ""), put(w, 3, b);
        cat(b, s, surname ? "ым" : sib ? "ем" : "ом", ""), put(w, 4, b);
        if (surname) {
            cat(b, s, "ом", ""), put(w, 4, b);
        }
        cat(b, s, "е", ""), put(w, 5, b);
    }
}

/* ---------------------------------------------------- names and phrases */

/* Masculine nouns of persons in a consonant (roles.txt): their accusative
 * is the genitive ("встретил министра"), so the nominative is a nominative
 * only and names the subject wherever it stands ("Лаврову позвонил
 * госсекретарь США").  Institutions (парламент, суд, режим) are not
 * persons: their nominative is their accusative. */
static bool animate_noun(const char *w)
{
    static const char *const persons[] = {
        "министр", "замминистр", "президент", "вице-президент", "премьер", "премьер-министр",
        "вице-премьер", "вице-премьер-министр", "посол", "постпред", "представитель",
        "секретарь", "госсекретарь", "пресс-секретарь", "замгоссекретарь", "генсек", "канцлер",
        "лидер", "спикер", "депутат", "сенатор", "конгрессмен", "председатель", "советник",
        "помощник", "посланник", "спецпосланник", "дипломат", "чиновник", "генерал", "солдат",
        "губернатор", "мэр", "прокурор", "генпрокурор", "журналист", "репортёр", "репортер",
        "бизнесмен", "политик", "эксперт", "аналитик", "омбудсмен", "узник", "боевик",
        "смертник", "король", "эмир", "султан", "монарх", "кронпринц", "принц", "руководитель",
        "переговорщик", "военачальник", "правозащитник", "оппозиционер", "начальник",
        "командир", "заместитель", "глава", "активист", "демонстрант", "пограничник",
        "полицейский", "следователь", "судья", "исламист", "джихадист", "экстремист",
        "радикал", "похититель", "паломник", "мигрант", "турист", "рыбак", "крестьянин",
        "сторонник", "омоновец", "росгвардеец", "десантник", "морпех", "штурмовик", NULL};
    for (int i = 0; persons[i]; i++)
        if (!strcmp(w, persons[i]))
            return true;
    return false;
}

/* Calls CB with every case form of the phrase S (words joined by single
 * spaces): each word inflected in the same case; adjectives agree,
 * a word after the head noun (a genitive: "министр иностранных дел")
 * stays as it is.  With ADJ_ONLY the phrase is one adjective. */
static bool is_upper_start(const char *w)
{
    const unsigned char *p = (const unsigned char *)w;
    return (*p >= 'A' && *p <= 'Z') || (p[0] == 0xD0 && p[1] >= 0x81 && p[1] <= 0xAF);
}

/* Calls CB with every case form of the phrase S (words joined by single
 * spaces, as written): each word inflected in the same case; adjectives
 * agree; a lower-case word after the head noun (a genitive: "министр
 * иностранных дел", "Соединённые Штаты Америки", "Республика Корея")
 * stays as it is; with PERSON the capitalised words of a name all decline
 * ("Сергей Лавров" → "Сергея Лаврова").  With ADJ_ONLY the phrase is
 * adjectives only. */
static void phrase_forms(const char *s, dy_form_cb cb, void *ctx, bool adj_only, bool person)
{
    char words[8][W];
    bool cap[8];
    int nw = 0;
    const char *p = s;
    while (*p && nw < 8) {
        while (*p == ' ')
            p++;
        size_t k = strcspn(p, " ");
        if (!k)
            break;
        if (k >= W)
            return;
        snprintf(words[nw], W, "%.*s", (int)k, p);
        cap[nw] = is_upper_start(words[nw]);
        dy_ru_lower(words[nw]);
        nw++;
        p += k;
    }
    while (*p == ' ')
        p++;
    if (!nw || *p)
        return;
    /* only words of letters and hyphens decline; "Фолклендские
     * (Мальвинские) острова" is given as written */
    for (const unsigned char *q = (const unsigned char *)s; *q; q++)
        if (*q < 0x80 && *q != ' ' && *q != '-' && *q != ':' &&
            !((*q | 0x20) >= 'a' && (*q | 0x20) <= 'z')) {
            cb(ctx, s, 1, 0);
            return;
        }
    wforms wf[8];
    int head = -1; /* the first noun: lower-case words after it stay */
    for (int i = 0; i < nw; i++) {
        memset(&wf[i], 0, sizeof wf[i]);
        const char *w = words[i];
        /* Зеленский, Зеленская: a person's surname declines as an
         * adjective (not "Российская" of "Российская Федерация") */
        bool surname_adj = person && (ends(w, "ский") || ends(w, "цкий") || ends(w, "ская") ||
                                      ends(w, "цкая")) && cap[i];
        if (head >= 0 && !(person && cap[i] && cap[head])) {
            for (int c = 0; c < NCASE; c++)
                put(&wf[i], c, w);
        } else if (adj_only || surname_adj || (is_adj(w) && i + 1 < nw)) {
            /* a lone adjective in every gender; in a phrase the gender it
             * is written in, and for a common noun phrase its plural too
             * ("телефонный разговор", "телефонные разговоры") */
            int g = adj_only ? G_ALL : adj_gender(w);
            if (!adj_only && !cap[i] && g != G_PL)
                g |= G_PL;
            if (surname_adj)
                g = G_M | G_F | G_PL;
            adj_forms(w, &wf[i], g);
            if (!wf[i].n[0])
                for (int c = 0; c < NCASE; c++)
                    put(&wf[i], c, w);
            if (surname_adj && head < 0)
                head = i;
        } else {
            /* a plural: after a plural adjective, or a name in -ы
             * (Нидерланды, Филиппины; -и may be indeclinable: Чили) */
            bool plural = (i > 0 && is_adj(words[i - 1]) &&
                           (ends(words[i - 1], "ые") || ends(words[i - 1], "ие"))) ||
                          (cap[i] && !person && ends(w, "ы") && strlen(w) > 6);
            /* "Египет:Египт": a vowel that drops in the other cases;
             * they are built on the stem after the colon */
            const char *colon = strchr(w, ':');
            if (colon && colon > w && colon[1]) {
                char nom[W], b[W];
                snprintf(nom, sizeof nom, "%.*s", (int)(colon - w), w);
                put(&wf[i], 0, nom);
                cat(b, colon + 1, "а", ""), put(&wf[i], 1, b);
                cat(b, colon + 1, "у", ""), put(&wf[i], 2, b);
                put(&wf[i], 3, nom);
                cat(b, colon + 1, "ом", ""), put(&wf[i], 4, b);
                cat(b, colon + 1, "е", ""), put(&wf[i], 5, b);
            } else {
                noun_forms(w, &wf[i], plural, person || (!cap[i] && animate_noun(w)), !cap[i]);
            }
            if (head < 0)
                head = i;
        }
        for (int c = 0; c < NCASE; c++)
            if (!wf[i].n[c])
                put(&wf[i], c, wf[i].f[0][0]);
    }
    /* one case at a time, the nominative and the genitive first: every
     * combination of the words' forms in it; a form of another case that
     * is also a genitive (России: genitive, dative, prepositional) is
     * given once, as the genitive, which names a role's country ("министр
     * обороны России"); a genitive that is also the nominative (Перу,
     * Кремль as written) is given as the nominative */
    bool amb_nom = head >= 0 && !cap[head] && !person &&
                   (ends(words[head], "а") || ends(words[head], "ы") || ends(words[head], "и"));
    static const int order[NCASE] = {0, 1, 2, 3, 4, 5};
    char seen[2][32][8 * W / 4];
    int nseen[2] = {0, 0};
    for (int oc = 0; oc < NCASE; oc++) {
        int c = order[oc];
        int idx[8] = {0};
        for (;;) {
            char b[8 * W];
            size_t o = 0;
            for (int i = 0; i < nw && o < sizeof b; i++)
                o += (size_t)snprintf(b + o, sizeof b - o, "%s%s", i ? " " : "", wf[i].f[c][idx[i]]);
            bool dup = false;
            for (int k = 0; k < 2 && k <= c && !dup; k++)
                for (int g = 0; g < nseen[k] && !dup; g++)
                    dup = !strcmp(seen[k][g], b);
            int sc = c == 0 ? 0 : 1;
            if (!dup && c < 2 && nseen[sc] < 32 && o < sizeof seen[0][0]) {
                memcpy(seen[sc][nseen[sc]], b, o + 1);
                nseen[sc]++;
            }
            /* a nominative that is also the accusative (Китай, Штаты,
             * российский) says nothing of its role: 7; so a common
             * noun written in -а, -ы, -и (a role of roles.txt: войска,
             * силы, власти), which is as well a plural or the genitive
             * of another noun ("США вывели войска": the object) */
            bool acc = c == 0;
            for (int i = 0; i < nw && acc; i++) {
                bool in = false;
                for (int a = 0; a < wf[i].n[3] && !in; a++)
                    in = !strcmp(wf[i].f[3][a], wf[i].f[0][idx[i]]);
                acc = in;
            }
            if (c == 0 && amb_nom)
                acc = true;
            if (o < sizeof b && !dup)
                cb(ctx, b, acc ? 7 : c + 1, 0);
            int i = nw - 1;
            while (i >= 0 && ++idx[i] >= wf[i].n[c])
                idx[i--] = 0;
            if (i < 0)
                break;
        }
    }
}

void dy_ru_name_forms(const char *name, bool person, dy_form_cb cb, void *ctx)
{
    phrase_forms(name, cb, ctx, false, person);
}

void dy_ru_adj_forms(const char *adj, dy_form_cb cb, void *ctx)
{
    phrase_forms(adj, cb, ctx, !strchr(adj, ' '), false);
}

/* Lower-cases the Cyrillic and ASCII capitals of S in place (А-Я, Ё). */
void dy_ru_lower(char *s)
{
    unsigned char *p = (unsigned char *)s;
    for (; *p; p++) {
        if (*p >= 'A' && *p <= 'Z') {
            *p = (unsigned char)(*p + 32);
        } else if (*p == 0xD0 && p[1]) {
            unsigned char c = p[1];
            if (c >= 0x90 && c <= 0x9F) { /* А-П → а-п */
                p[1] = (unsigned char)(c + 0x20);
            } else if (c >= 0xA0 && c <= 0xAF) { /* Р-Я → р-я (D1 80-8F) */
                p[0] = 0xD1;
                p[1] = (unsigned char)(c - 0x20);
            } else if (c == 0x81) { /* Ё → ё */
                p[0] = 0xD1;
                p[1] = 0x91;
            }
            p++;
        } else if (*p >= 0xC0) {
            while (p[1] && (p[1] & 0xC0) == 0x80)
                p++;
        }
    }
}

/* ------------------------------------------------------------- verbs */

static const dy_strong *find_strong(const dy_dict *d, const char *inf)
{
    int li = dy_lang_index("ru");
    if (li < 0)
        return NULL;
    const dy_vec *v = &d->langs[li].strong;
    for (size_t i = 0; i < v->n; i++) {
        const dy_strong *s = &DY_AT(*v, dy_strong, i);
        if (!strcmp(s->inf, inf))
            return s;
    }
    return NULL;
}

typedef struct vgen {
    dy_form_cb cb;
    void *ctx;
    bool refl;
    int pres;           /* the tense of the non-past finite forms: VT_PRES,
                         * or VT_FUT for the perfective of a pair */
} vgen;

/* FORM, with -ся (after a consonant) or -сь (after a vowel) for a
 * reflexive verb. */
static void vemit(vgen *g, const char *form, int vform, int vtense)
{
    char b[W + 8], ll[8];
    if (!g->refl) {
        g->cb(g->ctx, form, vform, vtense);
        return;
    }
    last_letter(form, ll);
    snprintf(b, sizeof b, "%s%s", form, is_cyr_vowel(ll) ? "сь" : "ся");
    g->cb(g->ctx, b, vform, vtense);
}

/* The masculine past PM: -л (or vowel-less мог, вёл), the other forms from it. */
static void past_forms(vgen *g, const char *pm)
{
    char b[W];
    vemit(g, pm, VF_FIN, VT_PAST);
    if (ends(pm, "шел")) { /* ушёл, вышел, пошёл: the е drops (ушла, вышли) */
        char st[W];
        swap_end(st, pm, 4, "л");
        swap_end(b, st, 0, "а"), vemit(g, b, VF_FIN, VT_PAST);
        swap_end(b, st, 0, "о"), vemit(g, b, VF_FIN, VT_PAST);
        swap_end(b, st, 0, "и"), vemit(g, b, VF_FIN, VT_PAST);
    } else if (ends(pm, "жег")) { /* сжёг, поджёг: сожгла, подожгли (о after a consonant prefix) */
        char st[W], ll[8];
        swap_end(st, pm, 6, "");
        bool vow = !*st || is_cyr_vowel(last_letter(st, ll));
        cat(st, st, vow ? "" : "о", "жгл");
        swap_end(b, st, 0, "а"), vemit(g, b, VF_FIN, VT_PAST);
        swap_end(b, st, 0, "о"), vemit(g, b, VF_FIN, VT_PAST);
        swap_end(b, st, 0, "и"), vemit(g, b, VF_FIN, VT_PAST);
    } else if (ends(pm, "л")) {
        swap_end(b, pm, 0, "а"), vemit(g, b, VF_FIN, VT_PAST);
        swap_end(b, pm, 0, "о"), vemit(g, b, VF_FIN, VT_PAST);
        swap_end(b, pm, 0, "и"), vemit(g, b, VF_FIN, VT_PAST);
    } else {
        swap_end(b, pm, 0, "ла"), vemit(g, b, VF_FIN, VT_PAST);
        swap_end(b, pm, 0, "ло"), vemit(g, b, VF_FIN, VT_PAST);
        swap_end(b, pm, 0, "ли"), vemit(g, b, VF_FIN, VT_PAST);
    }
}

/* The short passive participle of a transitive perfective (or two-aspect)
 * verb, in its four forms: задержать → задержан, задержана, задержано,
 * задержаны; арестовать → арестован; сбить → сбит; закрыть → закрыт;
 * осудить → осужден (the consonant of the -ить stem alternates: д → ж or
 * жд, т → ч, ст → щ, с → ш, з → ж, б в п м ф → бл вл пл мл фл).  "был
 * задержан" is then a passive through its auxiliary (FW_PASSIVE).  Not of a
 * naming verb: "целью встречи назван обмен" names, it blames no one. */
static void short_passive(const char *inf, dy_form_cb cb, void *ctx)
{
    if (ends(inf, "назвать"))
        return;
    static const char *const bit_pfx[] = {"", "у", "с", "раз", "до", "из", "от", "пере", "за",
                                           "под", "при", "про", "вы", NULL};
    static const char *const alt[][2] = {{"ст", "щ"}, {"д", "ж"}, {"д", "жд"}, {"т", "ч"},
                                         {"с", "ш"}, {"з", "ж"}, {"б", "бл"}, {"в", "вл"},
                                         {"п", "пл"}, {"м", "мл"}, {"ф", "фл"}};
    static const char *const end[] = {"", "а", "о", "ы"};
    char st[3][W], b[W];
    int n = 0;
    size_t len = strlen(inf);
    if (ends(inf, "ать") || ends(inf, "ять")) {
        swap_end(st[n++], inf, 4, "н");
    } else if (ends(inf, "ыть") || ends(inf, "уть")) {
        swap_end(st[n++], inf, 4, "т");
    } else if (ends(inf, "бить") || ends(inf, "лить") || ends(inf, "пить")) {
        for (int i = 0; bit_pfx[i]; i++)
            if (strlen(bit_pfx[i]) + 8 == len && !strncmp(inf, bit_pfx[i], strlen(bit_pfx[i])))
                swap_end(st[n++], inf, 4, "т");
    }
    if (!n && ends(inf, "ить")) {
        char stem[W];
        swap_end(stem, inf, 6, "");
        bool done = false;
        for (size_t i = 0; i < sizeof alt / sizeof *alt && n < 3; i++)
            if (ends(stem, alt[i][0]) && (!done || !strcmp(alt[i][0], "д"))) {
                char c2[W];
                swap_end(c2, stem, strlen(alt[i][0]), alt[i][1]);
                cat(st[n++], c2, "ен", "");
                done = true;
            }
        if (!done)
            cat(st[n++], stem, "ен", "");
    }
    for (int i = 0; i < n; i++)
        for (int e = 0; e < 4; e++) {
            cat(b, st[i], end[e], "");
            cb(ctx, b, VF_PART, VT_PAST);
        }
}

static bool one_verb(const dy_dict *d, const char *lemma, bool perf, bool fut, dy_form_cb cb, void *ctx)
{
    char inf[W], b[W], stem[W];
    size_t len = strlen(lemma);
    if (len >= W - 8)
        return false;
    memcpy(inf, lemma, len + 1);
    dy_ru_lower(inf);
    vgen g = {cb, ctx, false, fut ? VT_FUT : VT_PRES};
    if (ends(inf, "ся") || ends(inf, "сь")) {
        g.refl = true;
        inf[strlen(inf) - 4] = 0;
    }
    if (!ends(inf, "ть") && !ends(inf, "ти") && !ends(inf, "чь"))
        return false;
    vemit(&g, inf, VF_INF, VT_PRES);
    if (perf && !g.refl)
        short_passive(inf, cb, ctx);
    const dy_strong *s = find_strong(d, inf);
    if (s) { /* strong.txt: infinitive, 3sg, 3pl, masculine past */
        vemit(&g, s->pres, VF_FIN, g.pres);
        vemit(&g, s->past, VF_FIN, g.pres);
        past_forms(&g, s->part);
        if (ends(s->part, "шел")) { /* ушедший, вышедший */
            swap_end(b, s->part, 2, "дший"), vemit(&g, b, VF_PART, VT_PAST);
        } else if (ends(s->part, "л")) {
            swap_end(b, s->part, 2, "вший"), vemit(&g, b, VF_PART, VT_PAST);
        }
        return true;
    }
    if (!ends(inf, "ть"))
        return false;
    swap_end(stem, inf, 4, ""); /* without -ть */
    /* past: заявил, заявила, заявило, заявили */
    swap_end(b, stem, 0, "л");
    past_forms(&g, b);
    /* gerund of the perfective and past active participle: заявив(шись), заявивший */
    if (g.refl) {
        swap_end(b, stem, 0, "вшись");
        cb(ctx, b, VF_PART, VT_PAST);
        swap_end(b, stem, 0, "вшийся");
        cb(ctx, b, VF_PART, VT_PAST);
    } else {
        swap_end(b, stem, 0, "в");
        cb(ctx, b, VF_PART, VT_PAST);
        swap_end(b, stem, 0, "вший");
        cb(ctx, b, VF_PART, VT_PAST);
    }
    /* third persons of the present (imperfective) or future (perfective) */
    const char *sg[3] = {NULL, NULL, NULL}, *pl[3] = {NULL, NULL, NULL};
    size_t cut = 0;
    if (ends(inf, "овать")) { /* требовать → требует */
        cut = 10, sg[0] = "ует", pl[0] = "уют";
    } else if (ends(inf, "евать")) { /* воевать → воюет */
        cut = 10, sg[0] = "юет", pl[0] = "юют";
    } else if (ends(inf, "ать") || ends(inf, "ять")) { /* заявлять → заявляет */
        cut = 4, sg[0] = "ет", pl[0] = "ют";
    } else if (ends(inf, "ить")) { /* осудить → осудит, осудят (ат after a sibilant) */
        char st2[W], ll[8];
        swap_end(st2, inf, 6, "");
        last_letter(st2, ll);
        bool sib = !strcmp(ll, "ж") || !strcmp(ll, "ш") || !strcmp(ll, "ч") || !strcmp(ll, "щ");
        cut = 6, sg[0] = "ит", pl[0] = sib ? "ат" : "ят";
    } else if (ends(inf, "еть")) { /* смотреть → смотрит; иметь → имеет */
        cut = 6, sg[0] = "ит", pl[0] = "ят", sg[1] = "еет", pl[1] = "еют";
    } else if (ends(inf, "нуть")) { /* начнуть, вернуть → вернёт, вернут */
        cut = 6, sg[0] = "ёт", pl[0] = "ут", sg[1] = "ет";
    } else if (ends(inf, "уть") || ends(inf, "ыть")) {
        cut = 4, sg[0] = "ет", pl[0] = "ют";
    }
    for (int i = 0; i < 3; i++) {
        if (sg[i]) {
            swap_end(b, inf, cut, sg[i]);
            vemit(&g, b, VF_FIN, g.pres);
        }
        if (pl[i]) {
            swap_end(b, inf, cut, pl[i]);
            vemit(&g, b, VF_FIN, g.pres);
        }
    }
    /* the gerund of the imperfective: заявляя, встречаясь */
    if (cut == 4 && (ends(inf, "ать") || ends(inf, "ять"))) {
        swap_end(b, inf, 4, "я");
        if (g.refl) {
            swap_end(b, inf, 4, "ясь");
            cb(ctx, b, VF_PART, VT_PRES);
        } else {
            cb(ctx, b, VF_PART, VT_PRES);
        }
    }
    return true;
}

/* The present forms of a pair's imperfective, so that a perfective form
 * spelt the same (признаёт / признает, both "признает" without ё) stays
 * a present: only a form of the perfective alone is a future; and the
 * perfective's participles, so that a suffix rule's wrong future that
 * spells one ("сбит" from сбить, whose future is собьёт) is none. */
typedef struct aspects {
    dy_form_cb cb;
    void *ctx;
    char pres[24][W];
    int n;
} aspects;

static void imperf_cb(void *ctx, const char *form, int vform, int vtense)
{
    aspects *a = ctx;
    if (vform == VF_FIN && vtense == VT_PRES && a->n < 24)
        snprintf(a->pres[a->n++], W, "%s", form);
    a->cb(a->ctx, form, vform, vtense);
}

static void perf_cb(void *ctx, const char *form, int vform, int vtense)
{
    aspects *a = ctx;
    if (vform == VF_PART && a->n < 24)
        snprintf(a->pres[a->n++], W, "%s", form);
    for (int i = 0; i < a->n && vtense == VT_FUT; i++)
        if (!strcmp(a->pres[i], form))
            vtense = VT_PRES;
    a->cb(a->ctx, form, vform, vtense);
}

/* LEMMA: an infinitive, or both aspects joined by '/'.  The non-past
 * forms of the perfective of a pair are its future ("посетит", "введут":
 * VT_FUT); those of a lone lemma, whose aspect is not given, stay a
 * present. */
bool dy_ru_verb_forms(const dy_dict *d, const char *lemma, dy_form_cb cb, void *ctx)
{
    char buf[2 * W];
    if (strlen(lemma) >= sizeof buf)
        return false;
    snprintf(buf, sizeof buf, "%s", lemma);
    char *slash = strchr(buf, '/');
    if (!slash)
        return one_verb(d, buf, true, false, cb, ctx);
    *slash = 0;
    aspects a = {.cb = cb, .ctx = ctx, .n = 0};
    bool ok = one_verb(d, buf, false, false, imperf_cb, &a);
    /* the second of a pair is the perfective */
    if (!one_verb(d, slash + 1, true, true, perf_cb, &a))
        ok = false;
    return ok;
}
