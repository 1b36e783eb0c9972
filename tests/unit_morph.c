/* Unit tests: German verb, adjective and genitive forms (de.c). */
#include "check.h"
#include "dict.h"
#include <stdlib.h>

typedef struct { char f[64][64]; int v[64]; int n; } forms;

static void cb(void *ctx, const char *form, int vform, int vtense)
{
    (void)vtense;
    forms *f = ctx;
    if (f->n < 64) {
        snprintf(f->f[f->n], 64, "%s", form);
        f->v[f->n++] = vform;
    }
}

static int has(const forms *f, const char *s, int vform)
{
    for (int i = 0; i < f->n; i++)
        if (!strcmp(f->f[i], s) && (vform < 0 || f->v[i] == vform))
            return 1;
    return 0;
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : "dict";
    dy_error err;
    dy_dict *d = dy_dict_load(dir, &err);
    if (!d) {
        fprintf(stderr, "%s:%ld: %s\n", err.file, err.line, err.msg);
        return 1;
    }
    forms f = {0};
    CHECK(dy_de_verb_forms(d, "vor|werfen", cb, &f));
    CHECK(has(&f, "wirft", VF_FIN_SEP));
    CHECK(has(&f, "warf", VF_FIN_SEP));
    CHECK(has(&f, "warfen", VF_FIN_SEP));
    CHECK(has(&f, "vorwirft", VF_FIN));
    CHECK(has(&f, "vorgeworfen", VF_PART));
    CHECK(has(&f, "vorzuwerfen", VF_ZUINF));
    CHECK(has(&f, "vorwerfen", VF_INF));
    f.n = 0;
    CHECK(dy_de_verb_forms(d, "kritisieren", cb, &f));
    CHECK(has(&f, "kritisiert", VF_FIN));
    CHECK(has(&f, "kritisierte", VF_FIN));
    CHECK(has(&f, "kritisierten", VF_FIN));
    CHECK(has(&f, "kritisiert", VF_PART));
    CHECK(!has(&f, "gekritisiert", -1));
    f.n = 0;
    CHECK(dy_de_verb_forms(d, "arbeiten", cb, &f));
    CHECK(has(&f, "arbeitet", VF_FIN));
    CHECK(has(&f, "arbeitete", VF_FIN));
    CHECK(has(&f, "gearbeitet", VF_PART));
    f.n = 0;
    CHECK(dy_de_verb_forms(d, "besuchen", cb, &f));
    CHECK(has(&f, "besucht", VF_PART));
    CHECK(!has(&f, "gebesucht", -1));
    f.n = 0;
    CHECK(dy_de_verb_forms(d, "zurück|weisen", cb, &f));
    CHECK(has(&f, "wies", VF_FIN_SEP));
    CHECK(has(&f, "zurückgewiesen", VF_PART));
    f.n = 0;
    CHECK(dy_de_verb_forms(d, "empfangen", cb, &f));
    CHECK(has(&f, "empfing", VF_FIN));
    CHECK(has(&f, "empfängt", VF_FIN));
    f.n = 0;
    CHECK(dy_de_verb_forms(d, "unterzeichnen", cb, &f));
    CHECK(has(&f, "unterzeichnete", VF_FIN));   /* unter- unstressed: inseparable */
    CHECK(has(&f, "unterzeichnet", VF_PART));
    CHECK(!has(&f, "geunterzeichnet", -1));
    f.n = 0;
    CHECK(dy_de_verb_forms(d, "bekannt|geben", cb, &f));
    CHECK(has(&f, "bekanntgegeben", VF_PART));
    CHECK(has(&f, "bekannt gegeben", VF_PART)); /* written apart too */
    f.n = 0;
    CHECK(dy_de_verb_forms(d, "lehnen", cb, &f));
    CHECK(has(&f, "lehnt", VF_FIN));             /* vowel + h + n: no -et */
    f.n = 0;
    dy_de_adj_forms("chinesisch", cb, &f);
    CHECK(has(&f, "chinesischen", -1));
    CHECK(has(&f, "chinesisch", -1));
    f.n = 0;
    dy_de_gen_forms("China", cb, &f);
    CHECK(has(&f, "Chinas", -1));
    f.n = 0;
    dy_de_gen_forms("Paris", cb, &f);
    CHECK(f.n == 0);
    dy_dict_free(d);
    return CHECK_DONE("unit_morph");
}
