/* Unit tests: UTF-8 repair, tokenizer, dateline, sentence splitter. */
#include "check.h"
#include "base/internal.h"
#include <stdlib.h>

typedef struct { char s[16][400]; int n; const char *text; } sents;

static void collect(void *ctx, size_t a, size_t b)
{
    sents *s = ctx;
    if (s->n < 16)
        snprintf(s->s[s->n++], 400, "%.*s", (int)(b - a), s->text + a);
}

static int split(const char *text, sents *s)
{
    s->n = 0;
    s->text = text;
    return (int)dy_split_sentences(text, strlen(text), "de", collect, s);
}

int main(void)
{
    /* UTF-8 repair: invalid bytes, overlong forms, surrogates and NUL */
    size_t len, bad;
    char *r = dy_utf8_repair("a\xff" "b", 3, &len, &bad);
    CHECK(bad == 1 && len == 5 && !strcmp(r, "a\xEF\xBF\xBD" "b"));
    free(r);
    r = dy_utf8_repair("\xC0\xAF", 2, &len, &bad); /* overlong '/' */
    CHECK(bad == 2);
    free(r);
    r = dy_utf8_repair("\xED\xA0\x80", 3, &len, &bad); /* lone surrogate */
    CHECK(bad == 3);
    free(r);
    r = dy_utf8_repair("x\0y", 3, &len, &bad);
    CHECK(bad == 1 && len == 5);
    free(r);
    r = dy_utf8_repair("Gr\xC3\xBC\xC3\x9F" "e", 7, &len, &bad);
    CHECK(bad == 0 && len == 7);
    free(r);

    /* tokens are views with byte offsets; hyphens split compounds */
    dy_arena ar = {0};
    dy_vec toks = DY_VEC(dy_tok);
    const char *t = "US-Präsident Joe Biden sagte: „2,7 Mio.“";
    CHECK(dy_tokenize(t, strlen(t), &ar, &toks, 1000));
    dy_tok *tk = toks.items;
    CHECK(toks.n >= 10);
    CHECK_STR(tk[0].fold, "us");
    CHECK(tk[1].type == TK_HYPHEN);
    CHECK_STR(tk[2].fold, "präsident");
    CHECK(tk[2].off == 3);
    CHECK(tk[2].flags & TF_CAP);
    CHECK(tk[7].flags & TF_QOPEN);
    CHECK_STR(tk[8].fold, "2,7");
    CHECK(tk[8].type == TK_NUM);
    dy_vec_free(&toks);

    /* guillemets pair by the opener: « … » (French, Swiss) and » … «
     * (German), each with or without spaces inside */
    static const struct { const char *text; int open, close; } gq[] = {
        {"Il a dit « non » hier.", 3, 5},
        {"Er sagte »nein« gestern.", 2, 4},
        {"Er sagte «nein» gestern.", 2, 4},
        {"Il a dit «non» et « oui ».", 3, 5},
    };
    for (size_t q = 0; q < sizeof gq / sizeof *gq; q++) {
        toks.n = 0;
        CHECK(dy_tokenize(gq[q].text, strlen(gq[q].text), &ar, &toks, 1000));
        tk = toks.items;
        CHECK(toks.n > (size_t)gq[q].close);
        CHECK((tk[gq[q].open].flags & TF_QOPEN) && !(tk[gq[q].open].flags & TF_QCLOSE));
        CHECK((tk[gq[q].close].flags & TF_QCLOSE) && !(tk[gq[q].close].flags & TF_QOPEN));
    }
    toks.n = 0;
    t = "Il a dit «non» et « oui ».";
    CHECK(dy_tokenize(t, strlen(t), &ar, &toks, 1000));
    tk = toks.items;
    CHECK((tk[7].flags & TF_QOPEN) && (tk[9].flags & TF_QCLOSE)); /* the second pair */
    dy_vec_free(&toks);

    /* case folding beyond ASCII: ß folds to ss */
    uint32_t fl;
    CHECK_STR(dy_fold(&ar, "STRASSE", 7, &fl), "strasse");
    CHECK_STR(dy_fold(&ar, "Straße", 7, &fl), "strasse");
    CHECK_STR(dy_fold(&ar, "ÄUSSERN", 8, &fl), "äussern");
    /* Cyrillic (folded byte by byte, no table): upper to lower, ё and Ё as
     * е, mixed with ASCII and with Latin letters */
    CHECK_STR(dy_fold(&ar, "МОСКВА", 12, &fl), "москва");
    CHECK(fl == 12);
    CHECK_STR(dy_fold(&ar, "АБВЯабвя", 16, &fl), "абвяабвя");
    CHECK_STR(dy_fold(&ar, "Ёлка-ёж", 13, &fl), "елка-еж");
    CHECK_STR(dy_fold(&ar, "ФРГ-Éé", 11, &fl), "фрг-éé");
    CHECK_STR(dy_fold(&ar, "ЇЖ", 4, &fl), "їж");

    /* UTF-8 validity, two-byte sequences checked inline: a lead byte at
     * the end, a bad continuation, the overlong C0 C1 */
    CHECK(dy_utf8_valid("Россия и é", strlen("Россия и é")));
    CHECK(!dy_utf8_valid("Россия\xD0", strlen("Россия") + 1));
    CHECK(!dy_utf8_valid("\xD0\x41", 2));
    CHECK(!dy_utf8_valid("\xC1\x81", 2));
    CHECK(!dy_utf8_valid("\xC0\x80", 2));
    CHECK(!dy_utf8_valid("\xD0\x9F\x00", 3));
    CHECK(dy_utf8_valid("\xDF\xBF\xE2\x80\x94\xF0\x9F\x98\x80", 9));

    /* Cyrillic tokens: one word each, capitals flagged */
    toks.n = 0;
    t = "Москва осудила Киев.";
    CHECK(dy_tokenize(t, strlen(t), &ar, &toks, 1000));
    tk = toks.items;
    CHECK(toks.n == 4);
    CHECK(tk[0].type == TK_WORD && (tk[0].flags & TF_CAP) && tk[0].len == 12);
    CHECK(tk[1].type == TK_WORD && !(tk[1].flags & TF_CAP));
    CHECK_STR(tk[2].fold, "киев");

    /* dateline */
    toks.n = 0;
    t = "PARIS/WARSCHAU (AFP) – Merz reist.";
    CHECK(dy_tokenize(t, strlen(t), &ar, &toks, 1000));
    dy_mark_dateline(t, toks.items, toks.n);
    tk = toks.items;
    CHECK(tk[0].flags & TF_DATELINE);
    CHECK(tk[6].flags & TF_DATELINE); /* the dash */
    CHECK(!(tk[7].flags & TF_DATELINE));
    dy_vec_free(&toks);
    dy_arena_free(&ar);

    /* sentence splitting: abbreviations, ordinals, quotations */
    sents s;
    CHECK(split("Das gilt z. B. für Dr. Müller und u. a. für Nr. 5. Dann ging er.", &s) == 2);
    CHECK(split("Am 3. März reiste er ab. Er kam am 5. zurück.", &s) == 2);
    CHECK_STR(s.s[0], "Am 3. März reiste er ab.");
    CHECK(split("„Wir kommen.“ Dann sagte er nichts.", &s) == 2);
    CHECK_STR(s.s[0], "„Wir kommen.“");
    CHECK(split("„Es war gut“, sagte er. Danach ging er.", &s) == 2);
    CHECK(split("Es kostet 2,7 Mio. Euro. Das ist viel.", &s) == 2);
    CHECK(split("BERLIN (dpa) – Der Kanzler reist. Er fliegt.", &s) == 2);
    CHECK(split("Erster Absatz ohne Punkt\n\nZweiter Absatz.", &s) == 2);
    CHECK(split("Joseph R. Biden traf ihn.", &s) == 1);
    CHECK(split("Wer kommt? Niemand!", &s) == 2);
    CHECK(split("", &s) == 0);
    /* a non-breaking space between words is white space */
    CHECK(split("Er\xC2\xA0kam. Sie\xC2\xA0ging.", &s) == 2);
    return CHECK_DONE("unit_text");
}
