/* lang.h: the language interface.
 *
 * The coder (src/coder/) is language-neutral: it finds actor mentions and
 * predicates through the dictionaries, cuts clauses, and assigns roles.  What
 * differs between languages is given here, as word classes and a few
 * switches.  Adding a language means a new table (de_rules.c is German) and
 * its dictionaries; the core does not change.
 */
#ifndef DY_LANG_H
#define DY_LANG_H

#include <stdint.h>
#include <stdbool.h>

/* Function-word classes (a word may be in several). */
enum {
    FW_ART = 1u << 0,      /* der die das ein eine … / the a an */
    FW_OBJART = 1u << 1,   /* article or pronoun marking a non-subject: den dem einem */
    FW_GENART = 1u << 2,   /* des (genitive article) */
    FW_PREP = 1u << 3,     /* mit gegen nach … */
    FW_NEG = 1u << 4,      /* nicht kein nie */
    FW_SUBORD = 1u << 5,   /* dass weil ob wenn … */
    FW_REL = 1u << 6,      /* relative pronoun after a comma */
    FW_PRON = 1u << 7,     /* er sie ihn ihm … */
    FW_PRON_OBJ = 1u << 8, /* ihn ihm ihnen ihr (object forms) */
    FW_CONJ = 1u << 9,     /* und sowie oder aber */
    FW_MODAL_INTENT = 1u << 10, /* will wolle wollen möchte … */
    FW_MODAL_APPEAL = 1u << 11, /* soll sollte müsse … */
    FW_MODAL_SPEC = 1u << 12,   /* könnte dürfte … */
    FW_FUTURE = 1u << 13,  /* wird werden würde (future / subjunctive aux) */
    FW_PASSIVE = 1u << 14, /* wurde wurden worden (passive aux) */
    FW_HYPO = 1u << 15,    /* würde wäre hätte (hypothetical, outside speech) */
    FW_SPEC = 1u << 16,    /* vielleicht möglicherweise angeblich … */
    FW_IF = 1u << 17,      /* wenn falls: conditional subordinators */
    FW_WHETHER = 1u << 18, /* ob: indirect question */
    FW_PAIR = 1u << 19,    /* beide beiden: "beide Länder" */
    FW_COUNTRYNOUN = 1u << 20, /* Länder Staaten Seiten: "die beiden Staaten" */
    FW_ZU = 1u << 21,      /* zu before an infinitive; um (um … zu) */
    FW_WEEKDAY = 1u << 22, /* Montag … Sonntag */
    FW_DATEREL = 1u << 23, /* gestern heute morgen */
    FW_NEXT = 1u << 24,    /* nächste kommende */
    FW_LAST = 1u << 25,    /* letzte vergangene vorige */
    FW_WEEK = 1u << 26,    /* Woche */
    FW_SUPPORT = 1u << 27, /* support verbs: führen üben leisten einnehmen … */
    FW_SAYPREP = 1u << 28, /* laut zufolge: "laut dem Minister" */
    FW_PASTAUX = 1u << 29, /* hat haben hatte ist sind war: perfect aux */
    FW_DIPLO = 1u << 30,   /* Botschafter: "in X" names the post, not the nation */
    FW_ADV_INTENT = 1u << 31 /* bereit: "zu … bereit" */
};

/* More classes (second word of flags). */
#define FW2_ANAPH 1u   /* dies; der Schritt, die Maßnahme: refers to the last event */
#define FW2_REFL 2u    /* sich: reflexive verbs need it */
#define FW2_RECIP 4u   /* gegenseitig, einander: both ways */
#define FW2_OPEN 8u    /* offen (für): a stated readiness, an intent */
#define FW2_PAIRNOUN 16u /* "two": a pair only before Länder/countries */
#define FW2_QUANT 32u  /* dozens, hundreds (of): the counted are the object */
#define FW2_POSS 64u   /* seine, ihre, its, their: the subject's own */
#define FW2_TEMPCONJ 128u /* after, before, since, until: also conjunctions */
#define FW2_END 256u   /* ending, stop, beenden: the event after it is ended */

typedef struct dy_fw {
    const char *word;   /* folded */
    uint32_t cls;
    const char *norm;   /* for prepositions: the base form ("im" -> "in") */
    int val;            /* weekday 0=Monday…; date offsets */
    uint32_t cls2;      /* FW2_* */
} dy_fw;

typedef struct dy_lang_rules {
    const char *code;          /* "de" */
    const dy_fw *words;        /* NULL-terminated table */
    bool verb_second;          /* German V2 / verb-final subordinate clauses */
} dy_lang_rules;

extern const dy_lang_rules dy_rules_de;
extern const dy_lang_rules dy_rules_en;

#endif
