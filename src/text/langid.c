/* langid.c: which language an article is written in (dyad.h, "language
 * identification").
 *
 * Two signals, combined by the rule stated in dyad.h:
 *
 *  1. libexttextcat's n-gram fingerprints (the .lm files listed in
 *     fpdb.conf, normally /usr/share/libexttextcat).  The text's own
 *     fingerprint is compared with every language's, with no cut-off, so
 *     that the distances to German and English are known even when a third
 *     language is closer.  textcat_Classify() is not used: it keeps its
 *     answer in the handle (not thread-safe) and reports only the
 *     candidates within 3 % of the best.
 *  2. A vote of very frequent function words of German and English, plus a
 *     few word forms of one language only (umlauts, -ung, -ed ...), counted
 *     over the first 64 KiB.
 *  3. The script: a text mostly in Cyrillic letters is Russian unless the
 *     letters of its neighbours (і ї є ў, ј љ њ …) outnumber Russian's own
 *     (ы э ё), or the n-grams call it Bulgarian, with Bulgarian's ъ and
 *     no Russian letter.
 *
 * The fingerprints are read once (dy_langid_load) and only read afterwards;
 * each call builds its own fingerprint of the text, so any number of threads
 * may share one dy_langid. */
#include "base/internal.h"
#include <libexttextcat/fingerprint.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#define LI_MAX_NGRAMS 400          /* the size of libexttextcat's .lm files */
#define LI_SAMPLE_BYTES 8192       /* text given to the n-gram signal */
#define LI_SCAN_BYTES (64u << 10)  /* text read by the word vote */

/* The thresholds of the rule in dyad.h. */
#define LI_WORD_MARGIN 0.5     /* |G-E|/(G+E): the word vote's lead, 3:1 */
#define LI_TC_MARGIN 0.05      /* n-gram distance gap de/en, relative */
#define LI_TC_MIN 0.035        /* below it the n-grams have no opinion */
#define LI_OTHER_COVER 0.15    /* function-word share below which a text
                                * textcat calls another language is one */
#define LI_OTHER_WORDS 4       /* fewer words are never another language */
#define LI_OTHER_MIN 0.03      /* ... with 8 words and this n-gram lead */
#define LI_OTHER_MARGIN 0.08   /* ... or with fewer words and this lead */
#define LI_LOW_COVER 0.10      /* share too low for German or English */
#define LI_MAX_CUES 2          /* word forms that vote, at most, per side */

typedef struct li_lang {
    char code[16];
    void *fp;
    int kin;  /* 1: German or a close relative, 2: English or one, else 0 */
} li_lang;

/* Close relatives whose fingerprints are often nearest to short German or
 * English news text: they are not taken for "another language". */
static int kin_of(const char *code)
{
    if (!strcmp(code, "de") || !strcmp(code, "lb") || !strcmp(code, "nds"))
        return 1;
    if (!strcmp(code, "en") || !strcmp(code, "sco"))
        return 2;
    return 0;
}

struct dy_langid {
    li_lang *langs;
    size_t n;
    size_t de, en;  /* indexes of German and English */
};

/* ------------------------------------------------------- the word vote */

/* Very frequent function words, none of them a common word of the other
 * language.  Left out on purpose: in, an, am, was, will, also, so (words of
 * both: fw_both), war and man (nouns in English), "a" (frequent in the
 * Romance languages), "von" (names: "von der Leyen"; the word after von or
 * van is not counted either). */
static const char *const fw_de[] = {
    "aber", "auch", "auf", "aus", "bei", "beim", "bereits", "bis", "damit", "dass", "daß",
    "dem", "den", "der", "des", "die", "dies", "diese", "diesem", "diesen", "dieser",
    "dieses", "doch", "dort", "durch", "ein", "eine", "einem", "einen", "einer", "eines",
    "er", "es", "für", "gegen", "haben", "hat", "hatte", "hatten", "hier", "ich", "ihm",
    "ihn", "ihnen", "ihr", "ihre", "ihren", "im", "ist", "jedoch", "kann", "kein",
    "keine", "können", "mehr", "mit", "muss", "nach", "nicht", "noch", "nur", "ob",
    "oder", "schon", "sei", "seien", "sein", "seine", "seit", "sich", "sie", "sind",
    "soll", "sollen", "sondern", "sowie", "um", "und", "uns", "unter", "vom", "vor",
    "wegen", "weil", "wenn", "wer", "werde", "werden", "wie", "wir", "wird", "wo",
    "worden", "wurde", "wurden", "zu", "zum", "zur", "zwar", "zwischen", "über",
};
static const char *const fw_en[] = {
    "about", "after", "against", "and", "any", "are", "as", "at", "be", "because", "been",
    "before", "between", "but", "by", "could", "did", "does", "during", "for", "from",
    "had", "has", "have", "he", "her", "him", "his", "if", "into", "is", "it", "its",
    "more", "not", "of", "on", "only", "or", "other", "our", "over", "said", "says",
    "she", "should", "some", "than", "that", "the", "their", "them", "there", "these",
    "they", "this", "those", "to", "we", "were", "what", "when", "which", "while", "who",
    "with", "would", "you", "your",
};

/* Very frequent French function words (none of them a frequent word of
 * German or English): a text where they lead, and whose n-grams are
 * nearest to French, or too short for the n-grams, is French. */
static const char *const fw_fr[] = {
    "au", "aux", "avec", "ce", "cette", "d", "dans", "de", "des", "du", "elle", "est",
    "et", "il", "ils", "l", "la", "le", "les", "leur", "lors", "mais", "ne", "ont", "ou",
    "par", "pas", "pour", "qu", "que", "qui", "sa", "se", "selon", "ses", "son", "sont",
    "sur", "un", "une", "été",
};

/* Words of both languages: they count as function words (a German or
 * English text is full of them, another language is not) but vote for
 * neither. */
static const char *const fw_both[] = {
    "also", "am", "an", "in", "so", "was", "will",
};

/* Word forms of one language only, for short texts with few function
 * words.  German: an umlaut or ß, or a noun or verb ending; English (words
 * in lower case only, so that Beijing and Xi Jinping do not count): -ed,
 * -ing, -ly. */
static const char *const end_de[] = {
    "ung", "ungen", "keit", "heit", "lich", "liche", "lichen", "isch", "ische",
    "ischen", "iert", "ierte", "ierten", "schaft",
};
static const char *const end_en[] = {"ed", "ing", "ly"};
/* ... but not German past tenses: empfing, anfing */
static const char *const end_en_not[] = {"fing"};
/* Frequent news words of one language: verbs of headlines and titles of
 * office.  English ones in lower case only where the capitalised word is a
 * German noun (Held, Made). */
static const char *const cue_de[] = {
    "besucht", "besuchte", "bundeskanzler", "bundeskanzlerin", "droht", "drohte",
    "empfängt", "erklärte", "fordert", "forderte", "kanzler", "kanzlerin", "kündigte",
    "neue", "neuen", "sagte", "traf", "trifft", "verhängt", "warnt", "warnte",
};
static const char *const cue_en_any[] = {
    "calls", "condemns", "foreign", "government", "meets", "military", "president",
    "prime", "secretary", "talks", "threatens", "urges", "visits", "warns",
};
static const char *const cue_en_lower[] = {
    "began", "held", "hit", "made", "met", "new", "sent", "spoke", "told", "took", "won",
};

/* ------------------------------------------------------------ loading */

void dy_langid_free(dy_langid *li)
{
    if (!li)
        return;
    for (size_t i = 0; i < li->n; i++)
        fp_Done(li->langs[i].fp);
    dy_free(li->langs);
    dy_free(li);
}

static bool sorted(const char *const *list, size_t n)
{
    for (size_t i = 1; i < n; i++)
        if (strcmp(list[i - 1], list[i]) >= 0)
            return false;
    return true;
}

dy_langid *dy_langid_load(const char *dir, dy_error *err)
{
    /* the word lists are searched by bisection */
    if (!sorted(fw_de, sizeof fw_de / sizeof *fw_de) ||
        !sorted(fw_en, sizeof fw_en / sizeof *fw_en) ||
        !sorted(fw_both, sizeof fw_both / sizeof *fw_both) ||
        !sorted(fw_fr, sizeof fw_fr / sizeof *fw_fr) ||
        !sorted(cue_de, sizeof cue_de / sizeof *cue_de) ||
        !sorted(cue_en_any, sizeof cue_en_any / sizeof *cue_en_any) ||
        !sorted(cue_en_lower, sizeof cue_en_lower / sizeof *cue_en_lower)) {
        dy_seterr(err, DY_ESYNTAX, __FILE__, 0, "function word list out of order");
        return NULL;
    }
    if (!dir || !*dir)
        dir = DY_LANGID_DIR;
    char path[4096];
    snprintf(path, sizeof path, "%s/fpdb.conf", dir);
    FILE *f = fopen(path, "r");
    if (!f) {
        dy_seterr(err, DY_EIO, path, 0,
                  "cannot open the language fingerprints (install libexttextcat-data)");
        return NULL;
    }
    dy_langid *li = dy_calloc(1, sizeof *li);
    size_t cap = 0;
    if (!li) {
        fclose(f);
        dy_seterr(err, DY_ENOMEM, path, 0, "out of memory");
        return NULL;
    }
    li->de = li->en = SIZE_MAX;
    char line[1024];
    long lineno = 0;
    dy_status st = DY_OK;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        char *hash = strchr(line, '#');
        if (hash)
            *hash = 0;
        char file[256], name[256];
        if (sscanf(line, "%255s %255s", file, name) < 1)
            continue; /* blank or comment */
        size_t fl = strlen(file);
        if (fl < 4 || strcmp(file + fl - 3, ".lm") || fl - 3 >= sizeof li->langs[0].code ||
            strchr(file, '/')) {
            dy_seterr(err, DY_ESYNTAX, path, lineno, "expected a fingerprint file NAME.lm");
            st = DY_ESYNTAX;
            break;
        }
        if (li->n == cap) {
            size_t nc = cap ? 2 * cap : 64;
            li_lang *nl = dy_realloc(li->langs, nc * sizeof *nl);
            if (!nl) {
                st = DY_ENOMEM;
                dy_seterr(err, DY_ENOMEM, path, lineno, "out of memory");
                break;
            }
            li->langs = nl;
            cap = nc;
        }
        li_lang *l = &li->langs[li->n];
        memcpy(l->code, file, fl - 3);
        l->code[fl - 3] = 0;
        l->kin = kin_of(l->code);
        char fpath[4096 + 256];
        snprintf(fpath, sizeof fpath, "%s/%s", dir, file);
        l->fp = fp_Init(l->code);
        if (!l->fp) {
            st = DY_ENOMEM;
            dy_seterr(err, DY_ENOMEM, path, lineno, "out of memory");
            break;
        }
        if (fp_Read(l->fp, fpath, LI_MAX_NGRAMS) != 1) {
            fp_Done(l->fp);
            dy_seterr(err, DY_EIO, path, lineno, "cannot read the fingerprint %s", fpath);
            st = DY_EIO;
            break;
        }
        if (!strcmp(l->code, "de"))
            li->de = li->n;
        else if (!strcmp(l->code, "en"))
            li->en = li->n;
        li->n++;
    }
    if (st == DY_OK && ferror(f)) {
        dy_seterr(err, DY_EIO, path, lineno, "read error");
        st = DY_EIO;
    }
    fclose(f);
    if (st == DY_OK && (li->de == SIZE_MAX || li->en == SIZE_MAX)) {
        dy_seterr(err, DY_ESYNTAX, path, 0, "no fingerprint for %s listed",
                  li->de == SIZE_MAX ? "German (de.lm)" : "English (en.lm)");
        st = DY_ESYNTAX;
    }
    if (st != DY_OK) {
        dy_langid_free(li);
        return NULL;
    }
    return li;
}

size_t dy_langid_count(const dy_langid *li) { return li ? li->n : 0; }

static int cmp_word(const void *k, const void *e)
{
    return strcmp(k, *(const char *const *)e);
}

static bool in_list(const char *w, const char *const *list, size_t n)
{
    return bsearch(w, list, n, sizeof *list, cmp_word) != NULL;
}

/* A letter: ASCII letters and the letter categories of utf8proc. */
static bool is_letter(int32_t cp)
{
    if (cp < 0x80)
        return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    utf8proc_category_t c = utf8proc_category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

static bool is_space(int32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' ||
           cp == '\v' || cp == 0xA0 || utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS;
}

static bool is_umlaut(int32_t cp)
{
    return cp == 0xE4 || cp == 0xF6 || cp == 0xFC || cp == 0xC4 || cp == 0xD6 ||
           cp == 0xDC || cp == 0xDF || cp == 0x1E9E;
}

typedef struct li_count {
    size_t letters, visible, words;
    size_t cyr;            /* Cyrillic letters */
    size_t cyr_ru;         /* ы э ё: Russian (and Belarusian ы э ё), not Ukrainian */
    size_t cyr_other;      /* і ї є ґ ў ј љ њ ђ ћ ѓ ќ ѕ: Ukrainian, Belarusian,
                            * Serbian, Macedonian, never Russian */
    size_t cyr_bg;         /* ъ before a consonant: Bulgarian's vowel (Russian
                            * writes ъ only before е ё ю я: объявил) */
    int32_t prev;          /* the letter before, lower case */
    int de, en, both, cue_de, cue_en, cue_a, fr;
    /* the word being read, lower case */
    char w[64];
    size_t wlen, nletters;
    bool too_long, has_lower, has_upper, has_umlaut;
    bool after_von;   /* the previous word was von/van */
} li_count;

/* Whether the word W (LEN bytes) ends in one of ENDS. */
static bool ends_in(const char *w, size_t len, const char *const *ends, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        size_t k = strlen(ends[i]);
        if (len > k && !memcmp(w + len - k, ends[i], k))
            return true;
    }
    return false;
}

static void end_word(li_count *c)
{
    if (!c->wlen && !c->too_long)
        return;
    c->words++;
    bool acronym = c->has_upper && !c->has_lower && c->nletters > 1;
    bool von = false;
    if (!c->too_long) {
        c->w[c->wlen] = 0;
        von = !strcmp(c->w, "von") || !strcmp(c->w, "van");
        if (!acronym && in_list(c->w, fw_fr, sizeof fw_fr / sizeof *fw_fr))
            c->fr++;
        if (!acronym && !c->after_von) {
            if (in_list(c->w, fw_de, sizeof fw_de / sizeof *fw_de))
                c->de++;
            else if (in_list(c->w, fw_en, sizeof fw_en / sizeof *fw_en))
                c->en++;
            else if (in_list(c->w, fw_both, sizeof fw_both / sizeof *fw_both))
                c->both++;
            else if (!strcmp(c->w, "a") && !c->has_upper) {
                c->cue_en++; /* English, but no help against French */
                c->cue_a++;
            } else if (c->has_umlaut ||
                       in_list(c->w, cue_de, sizeof cue_de / sizeof *cue_de) ||
                       (c->nletters >= 6 &&
                        ends_in(c->w, c->wlen, end_de, sizeof end_de / sizeof *end_de)))
                c->cue_de++;
            else if (in_list(c->w, cue_en_any, sizeof cue_en_any / sizeof *cue_en_any) ||
                     (!c->has_upper &&
                      in_list(c->w, cue_en_lower, sizeof cue_en_lower / sizeof *cue_en_lower)))
                c->cue_en++;
            else if (!c->has_upper && c->nletters >= 5 &&
                     ends_in(c->w, c->wlen, end_en, sizeof end_en / sizeof *end_en) &&
                     !ends_in(c->w, c->wlen, end_en_not, 1))
                c->cue_en++;
        }
    }
    c->after_von = von;
    c->wlen = c->nletters = 0;
    c->too_long = c->has_lower = c->has_upper = c->has_umlaut = false;
    c->prev = 0;
}

/* Counts letters, words and function words of S (invalid bytes count as
 * visible non-letters and end a word). */
static void count_words(li_count *c, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        int32_t cp;
        utf8proc_ssize_t k =
            utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0) {
            cp = 0xFFFD;
            k = 1;
        }
        i += (size_t)k;
        if (is_space(cp)) {
            end_word(c);
            continue;
        }
        c->visible++;
        if (!is_letter(cp)) {
            end_word(c);
            continue;
        }
        c->letters++;
        c->nletters++;
        if (cp >= 0x400 && cp < 0x530) {
            int32_t lc = utf8proc_tolower(cp);
            c->cyr++;
            if (c->prev == 0x44A && lc != 0x435 && lc != 0x451 && lc != 0x44E && lc != 0x44F)
                c->cyr_bg++;
            c->prev = lc;
            if (lc == 0x44B || lc == 0x44D || lc == 0x451)
                c->cyr_ru++;
            else if (lc == 0x456 || lc == 0x457 || lc == 0x454 || lc == 0x491 || lc == 0x45E ||
                     lc == 0x458 || lc == 0x459 || lc == 0x45A || lc == 0x452 || lc == 0x45B ||
                     lc == 0x453 || lc == 0x45C || lc == 0x455)
                c->cyr_other++;
        }
        if (cp < 0x80) {
            if (cp >= 'A' && cp <= 'Z') {
                c->has_upper = true;
                cp += 32;
            } else
                c->has_lower = true;
        } else {
            utf8proc_category_t cat = utf8proc_category(cp);
            if (cat == UTF8PROC_CATEGORY_LU) {
                c->has_upper = true;
                cp = utf8proc_tolower(cp);
            } else if (cat == UTF8PROC_CATEGORY_LL)
                c->has_lower = true;
            if (is_umlaut(cp))
                c->has_umlaut = true;
        }
        utf8proc_uint8_t enc[4];
        utf8proc_ssize_t el = utf8proc_encode_char(cp, enc);
        if (c->too_long || c->wlen + (size_t)el >= sizeof c->w) {
            c->too_long = true;
            continue;
        }
        memcpy(c->w + c->wlen, enc, (size_t)el);
        c->wlen += (size_t)el;
    }
    end_word(c);
}

/* ------------------------------------------------------ the n-gram signal */

/* Appends S to the sample as valid UTF-8 with control characters, invalid
 * bytes and U+FFFD as spaces; stops before LI_SAMPLE_BYTES (at a character
 * boundary). */
static void add_sample(dy_buf *b, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && b->len + 4 < LI_SAMPLE_BYTES && !b->oom) {
        int32_t cp;
        utf8proc_ssize_t k =
            utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0 || cp == 0xFFFD || cp < 0x20 || cp == 0x7F) {
            dy_buf_putc(b, ' ');
            i += k <= 0 ? 1 : (size_t)k;
            continue;
        }
        dy_buf_add(b, s + i, (size_t)k);
        i += (size_t)k;
    }
}

/* ------------------------------------------------------------ the rule */

static void set_lang(dy_langid_result *r, const char *code)
{
    snprintf(r->lang, sizeof r->lang, "%s", code);
}

static dy_status detect(const dy_langid *li, const char *s1, size_t n1, const char *s2,
                        size_t n2, dy_langid_result *r)
{
    memset(r, 0, sizeof *r);
    r->verdict = DY_LANG_NONE;
    li_count c;
    memset(&c, 0, sizeof c);
    size_t budget = LI_SCAN_BYTES;
    n1 = n1 < budget ? n1 : budget;
    budget -= n1;
    n2 = n2 < budget ? n2 : budget;
    count_words(&c, s1, n1);
    if (s2)
        count_words(&c, s2, n2);
    r->words = c.words;
    r->words_de = c.de;
    r->words_en = c.en;
    r->cues_de = c.cue_de;
    r->cues_en = c.cue_en;
    r->votes_de = c.de + (c.cue_de < LI_MAX_CUES ? c.cue_de : LI_MAX_CUES);
    r->votes_en = c.en + (c.cue_en < LI_MAX_CUES ? c.cue_en : LI_MAX_CUES);

    if (c.letters == 0) {
        r->why = "no letters";
        return DY_OK;
    }
    if (c.letters * 2 < c.visible) {
        r->why = "mostly not letters (binary data?)";
        return DY_OK;
    }

    /* the n-gram distances (lower is closer) */
    dy_buf b = {0};
    if (s1)
        add_sample(&b, s1, n1);
    if (s1 && s2)
        dy_buf_putc(&b, '\n');
    if (s2)
        add_sample(&b, s2, n2);
    if (b.oom) {
        dy_buf_free(&b);
        return DY_ENOMEM;
    }
    void *u = fp_Init(NULL);
    if (!u) {
        dy_buf_free(&b);
        return DY_ENOMEM;
    }
    fp_SetProperty(u, TCPROP_UTF8AWARE, TC_TRUE);
    bool tc = b.len && fp_Create(u, b.data, (uint4)b.len, LI_MAX_NGRAMS) != 0;
    dy_buf_free(&b);
    long d_de = 0, d_en = 0, d_best = LONG_MAX;
    size_t best = SIZE_MAX;
    if (tc) {
        for (size_t i = 0; i < li->n; i++) {
            long d = fp_Compare(li->langs[i].fp, u, INT_MAX);
            if (i == li->de)
                d_de = d;
            if (i == li->en)
                d_en = d;
            if (d < d_best) {
                d_best = d;
                best = i;
            }
        }
        tc = best != SIZE_MAX && (d_de > 0 || d_en > 0);
    }
    fp_Done(u);
    if (tc) {
        snprintf(r->textcat, sizeof r->textcat, "%s", li->langs[best].code);
        long hi = d_de > d_en ? d_de : d_en;
        r->textcat_margin = (double)(d_en - d_de) / (double)hi;
        long near = d_de < d_en ? d_de : d_en;
        if (best != li->de && best != li->en)
            r->other_margin = (double)(near - d_best) / (double)near;
    }

    /* Cyrillic script: Russian, unless the letters of Ukrainian,
     * Belarusian, Serbian or Macedonian outnumber Russian's own (ы э ё), or
     * the n-grams call it Bulgarian or Macedonian, Bulgarian's ъ (before a
     * consonant) is there and no Russian letter is */
    if (c.cyr * 2 > c.letters) {
        const char *tcb = tc ? li->langs[best].code : "";
        bool bg = (!strcmp(tcb, "bg") || !strcmp(tcb, "mk")) && c.cyr_bg;
        if (c.cyr_other > c.cyr_ru || (bg && !c.cyr_ru)) {
            r->verdict = DY_LANG_OTHER;
            set_lang(r, tc ? tcb : "uk");
            r->why = "Cyrillic, but not Russian";
            return DY_OK;
        }
        r->verdict = DY_LANG_SURE;
        set_lang(r, "ru");
        r->why = "Cyrillic script";
        return DY_OK;
    }

    int G = r->votes_de, E = r->votes_en;
    double cover = c.words ? (double)(c.de + c.en + c.both) / (double)c.words : 0;

    /* French: its function words lead German's and English's together,
     * and textcat finds it nearest or is too short to tell */
    {
        int ge = c.de + c.en + c.cue_de + c.cue_en - c.cue_a;
        const char *bc = tc ? li->langs[best].code : "";
        bool tc_fr = tc && !strcmp(bc, "fr");
        /* on a short text textcat takes French for a close neighbour */
        bool near_fr = !tc || li->langs[best].kin || !strcmp(bc, "oc") || !strcmp(bc, "ca") ||
                       !strcmp(bc, "la") || !strcmp(bc, "rm") || !strcmp(bc, "fur") ||
                       !strcmp(bc, "wa") || !strcmp(bc, "br");
        if ((tc_fr && c.fr >= 2 && c.fr > ge) || (near_fr && c.fr >= 3 && c.fr > 2 * ge + 1)) {
            r->verdict = DY_LANG_SURE;
            set_lang(r, "fr");
            r->why = "French";
            return DY_OK;
        }
    }

    /* another language: textcat's best is neither, and few function words */
    bool short_other = false;
    if (tc && !li->langs[best].kin && cover < LI_OTHER_COVER) {
        bool none = c.de + c.en + c.both + c.cue_de + c.cue_en - c.cue_a == 0;
        if (c.words >= LI_OTHER_WORDS &&
            (r->other_margin >= LI_OTHER_MARGIN ||
             (c.words >= 8 && (r->other_margin >= LI_OTHER_MIN || none)))) {
            r->verdict = DY_LANG_OTHER;
            set_lang(r, li->langs[best].code);
            r->why = "neither German nor English";
            return DY_OK;
        }
        short_other = r->other_margin >= LI_OTHER_MIN;
    }

    /* German or English: T from the n-grams, F from the words */
    double mt = r->textcat_margin < 0 ? -r->textcat_margin : r->textcat_margin;
    int T = !tc || mt < LI_TC_MIN ? 0 : d_de < d_en ? 1 : 2;
    int F = G > E ? 1 : E > G ? 2 : 0;
    double mw = G + E ? (double)abs(G - E) / (double)(G + E) : 0;
    int lean;
    r->verdict = DY_LANG_UNSURE;
    if (!T && !F) {
        lean = 0;
        r->why = "neither signal leans either way";
    } else if (T == F) {
        lean = T;
        if (mw >= LI_WORD_MARGIN && ((G > E ? G : E) >= 2 || mt >= LI_TC_MARGIN))
            r->verdict = DY_LANG_SURE;
        else
            r->why = "small margin";
    } else if (!F) {
        lean = T;
        r->why = G + E ? "the function words are tied" : "no function words";
    } else if (!T) {
        lean = F;
        if (mw >= LI_WORD_MARGIN && (G > E ? G : E) >= 3)
            r->verdict = DY_LANG_SURE;
        else
            r->why = tc ? "the n-grams cannot tell" : "too short for n-grams";
    } else {
        lean = G + E >= 3 && mw >= LI_WORD_MARGIN ? F : T;
        r->why = "the signals disagree";
    }
    /* German and English words of any kind, "a" left out (Romance) */
    int known = c.de + c.en + c.both + c.cue_de + c.cue_en - c.cue_a;
    if (r->verdict == DY_LANG_SURE && c.words >= 20 &&
        (double)known < LI_LOW_COVER * (double)c.words) {
        r->verdict = DY_LANG_UNSURE;
        r->why = "few function words";
    }
    if (r->verdict == DY_LANG_SURE && short_other) {
        r->verdict = DY_LANG_UNSURE;
        r->why = "may be another language";
    }
    set_lang(r, lean == 1 ? "de" : lean == 2 ? "en" : "");
    return DY_OK;
}

dy_status dy_langid_detect(const dy_langid *li, const char *text, size_t len,
                           dy_langid_result *out)
{
    return detect(li, text ? text : "", text ? len : 0, NULL, 0, out);
}

dy_status dy_langid_article(const dy_langid *li, const dy_article *a, dy_langid_result *out)
{
    const char *t = a->text ? a->text : "";
    size_t n = a->text ? a->text_len : 0;
    if (a->title && *a->title)
        return detect(li, a->title, strlen(a->title), t, n, out);
    return detect(li, t, n, NULL, 0, out);
}

const char *dy_lang_verdict_name(dy_lang_verdict v)
{
    switch (v) {
    case DY_LANG_SURE: return "sure";
    case DY_LANG_UNSURE: return "unsure";
    case DY_LANG_OTHER: return "other";
    case DY_LANG_NONE: return "none";
    }
    return "?";
}
