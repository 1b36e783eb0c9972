/* Unit tests: German verb, adjective and genitive forms (de.c). */
#include "check.h"
#include "dict/dict.h"
#include <stdbool.h>
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
    /* verb lemma, form, form class (-1: any), whether the lemma has it */
    static const struct { const char *lemma, *form; int vform; bool want; } vt[] = {
        {"vor|werfen", "wirft", VF_FIN_SEP, true},
        {"vor|werfen", "warf", VF_FIN_SEP, true},
        {"vor|werfen", "warfen", VF_FIN_SEP, true},
        {"vor|werfen", "vorwirft", VF_FIN, true},
        {"vor|werfen", "vorgeworfen", VF_PART, true},
        {"vor|werfen", "vorzuwerfen", VF_ZUINF, true},
        {"vor|werfen", "vorwerfen", VF_INF, true},
        {"kritisieren", "kritisiert", VF_FIN, true},
        {"kritisieren", "kritisierte", VF_FIN, true},
        {"kritisieren", "kritisierten", VF_FIN, true},
        {"kritisieren", "kritisiert", VF_PART, true},
        {"kritisieren", "gekritisiert", -1, false},
        {"arbeiten", "arbeitet", VF_FIN, true},
        {"arbeiten", "arbeitete", VF_FIN, true},
        {"arbeiten", "gearbeitet", VF_PART, true},
        {"besuchen", "besucht", VF_PART, true},
        {"besuchen", "gebesucht", -1, false},
        {"zurück|weisen", "wies", VF_FIN_SEP, true},
        {"zurück|weisen", "zurückgewiesen", VF_PART, true},
        {"empfangen", "empfing", VF_FIN, true},
        {"empfangen", "empfängt", VF_FIN, true},
        {"unterzeichnen", "unterzeichnete", VF_FIN, true}, /* unter- unstressed: inseparable */
        {"unterzeichnen", "unterzeichnet", VF_PART, true},
        {"unterzeichnen", "geunterzeichnet", -1, false},
        {"bekannt|geben", "bekanntgegeben", VF_PART, true},
        {"bekannt|geben", "bekannt gegeben", VF_PART, true}, /* written apart too */
        {"lehnen", "lehnt", VF_FIN, true}, /* vowel + h + n: no -et */
    };
    forms f = {0};
    const char *cur = NULL;
    for (size_t i = 0; i < sizeof vt / sizeof vt[0]; i++) {
        if (!cur || strcmp(cur, vt[i].lemma)) {
            cur = vt[i].lemma;
            f.n = 0;
            CHECK(dy_de_verb_forms(d, cur, cb, &f));
        }
        if (has(&f, vt[i].form, vt[i].vform) != vt[i].want)
            fprintf(stderr, "  %s: %s\n", vt[i].lemma, vt[i].form);
        CHECK(has(&f, vt[i].form, vt[i].vform) == vt[i].want);
    }
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
    /* compounds (de/compounds.txt): a listed modifier before a listed head
     * names the head's event; a compound listed in nouns.txt keeps its own
     * entry; a modifier joins only the heads of its own line */
    static const struct { const char *form, *lemma; } ct[] = {
        {"mörserbeschuss", "Beschuss"},           /* generated */
        {"raketenbeschuss", "Raketenbeschuss"},   /* listed itself: 195 */
        {"mörserbeschusses", "Beschuss"},         /* any form of the head */
        {"gefangenenfreilassung", "Freilassung"},
        {"waffenruheabkommen", "Abkommen"},
        {"drohnenangriff", "Drohnenangriff"},     /* listed itself: 195 */
        {"militärputsch", "Militärputsch"},
        {"übergangsvereinbarung", "Vereinbarung"},
        {"handelsangriff", NULL},                 /* Handels joins agreements only */
        {"zangriff", NULL},                       /* not a modifier */
    };
    for (size_t i = 0; i < sizeof ct / sizeof ct[0]; i++) {
        uint32_t id = dy_dict_id(d, ct[i].form);
        size_t n = 0;
        const dy_phrase *ph = id ? dy_dict_phrases(d, id, &n) : NULL;
        const char *lemma = NULL;
        for (size_t k = 0; k < n && !lemma; k++)
            if (ph[k].kind == PK_NOUN && ph[k].ntok == 1)
                lemma = DY_AT(d->preds, dy_pred, ph[k].ref).lemma;
        if (ct[i].lemma)
            CHECK_STR(lemma, ct[i].lemma);
        else
            CHECK(lemma == NULL);
    }
    dy_dict_free(d);
    return CHECK_DONE("unit_morph");
}
