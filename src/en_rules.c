/* en_rules.c: English function words for the coder (see lang.h).  English
 * is subject-verb-object: the grammar reads the subject before the verb and
 * the objects after it (verb_second = false). */
#include "lang.h"
#include <stddef.h>

#define P(w) {w, FW_PREP, w, 0, 0}

static const dy_fw en_words[] = {
    {"the", FW_ART, NULL, 0, 0}, {"a", FW_ART, NULL, 0, 0}, {"an", FW_ART, NULL, 0, 0},
    {"his", FW_ART, NULL, 0, 0}, {"her", FW_ART | FW_PRON | FW_PRON_OBJ, NULL, 0, 0},
    {"its", FW_ART, NULL, 0, 0}, {"their", FW_ART, NULL, 0, 0},
    {"this", FW_ART, NULL, 0, 0}, {"these", FW_ART, NULL, 0, 0},
    {"those", FW_ART, NULL, 0, 0}, {"of", FW_PREP | FW_GENART, "of", 0, 0},

    P("with"), P("against"), P("to"), P("on"), P("in"), P("at"), P("from"),
    P("for"), P("by"), P("over"), P("into"), P("between"), P("about"),
    P("after"), P("before"), P("during"), P("under"), P("amid"), P("despite"),
    P("toward"), P("towards"), P("near"), P("across"), P("through"),
    P("without"), P("within"), P("since"), P("via"), P("upon"), P("onto"),
    P("among"), P("behind"), P("around"), P("following"), P("as"),
    {"according", FW_SAYPREP, NULL, 0, 0},

    {"not", FW_NEG, NULL, 0, 0}, {"n't", FW_NEG, NULL, 0, 0}, {"no", FW_NEG, NULL, 0, 0},
    {"never", FW_NEG, NULL, 0, 0}, {"neither", FW_NEG, NULL, 0, 0},
    {"nor", FW_NEG, NULL, 0, 0}, {"cannot", FW_NEG | FW_MODAL_SPEC, NULL, 0, 0},
    /* contractions stay one token */
    {"didn't", FW_NEG, NULL, 0, 0},
    {"didn’t", FW_NEG, NULL, 0, 0},
    {"doesn't", FW_NEG, NULL, 0, 0},
    {"doesn’t", FW_NEG, NULL, 0, 0},
    {"don't", FW_NEG, NULL, 0, 0},
    {"don’t", FW_NEG, NULL, 0, 0},
    {"isn't", FW_NEG, NULL, 0, 0},
    {"isn’t", FW_NEG, NULL, 0, 0},
    {"wasn't", FW_NEG, NULL, 0, 0},
    {"wasn’t", FW_NEG, NULL, 0, 0},
    {"weren't", FW_NEG, NULL, 0, 0},
    {"weren’t", FW_NEG, NULL, 0, 0},
    {"hasn't", FW_NEG, NULL, 0, 0},
    {"hasn’t", FW_NEG, NULL, 0, 0},
    {"haven't", FW_NEG, NULL, 0, 0},
    {"haven’t", FW_NEG, NULL, 0, 0},
    {"hadn't", FW_NEG, NULL, 0, 0},
    {"hadn’t", FW_NEG, NULL, 0, 0},
    {"can't", FW_NEG, NULL, 0, 0},
    {"can’t", FW_NEG, NULL, 0, 0},
    {"couldn't", FW_NEG, NULL, 0, 0},
    {"couldn’t", FW_NEG, NULL, 0, 0},
    {"shouldn't", FW_NEG, NULL, 0, 0},
    {"shouldn’t", FW_NEG, NULL, 0, 0},
    {"mustn't", FW_NEG, NULL, 0, 0},
    {"mustn’t", FW_NEG, NULL, 0, 0},
    {"aren't", FW_NEG, NULL, 0, 0},
    {"aren’t", FW_NEG, NULL, 0, 0},
    {"won't", FW_NEG | FW_FUTURE, NULL, 0, 0},
    {"won’t", FW_NEG | FW_FUTURE, NULL, 0, 0},
    {"wouldn't", FW_NEG | FW_FUTURE, NULL, 0, 0},
    {"wouldn’t", FW_NEG | FW_FUTURE, NULL, 0, 0},

    {"that", FW_SUBORD | FW_REL, NULL, 0, 0}, {"because", FW_SUBORD, NULL, 0, 0},
    {"if", FW_SUBORD | FW_IF, NULL, 0, 0}, {"unless", FW_SUBORD | FW_IF, NULL, 0, 0},
    {"whether", FW_SUBORD | FW_WHETHER, NULL, 0, 0}, {"when", FW_SUBORD, NULL, 0, 0},
    {"while", FW_SUBORD, NULL, 0, 0}, {"although", FW_SUBORD, NULL, 0, 0},
    {"though", FW_SUBORD, NULL, 0, 0}, {"once", FW_SUBORD, NULL, 0, 0},
    {"who", FW_REL, NULL, 0, 0}, {"which", FW_REL, NULL, 0, 0},
    {"whom", FW_REL, NULL, 0, 0}, {"whose", FW_REL, NULL, 0, 0},
    {"where", FW_REL, NULL, 0, 0},

    {"he", FW_PRON, NULL, 0, 0}, {"she", FW_PRON, NULL, 0, 0},
    {"they", FW_PRON, NULL, 0, 0}, {"him", FW_PRON | FW_PRON_OBJ, NULL, 0, 0},
    {"them", FW_PRON | FW_PRON_OBJ, NULL, 0, 0},

    {"and", FW_CONJ, NULL, 0, 0}, {"or", FW_CONJ, NULL, 0, 0}, {"but", FW_CONJ, NULL, 0, 0},

    {"will", FW_FUTURE, NULL, 0, 0}, {"'ll", FW_FUTURE, NULL, 0, 0},
    {"shall", FW_FUTURE, NULL, 0, 0}, {"would", FW_FUTURE | FW_HYPO, NULL, 0, 0},
    {"wants", FW_MODAL_INTENT, NULL, 0, 0}, {"want", FW_MODAL_INTENT, NULL, 0, 0},
    {"wanted", FW_MODAL_INTENT, NULL, 0, 0}, {"ready", FW_ADV_INTENT, NULL, 0, 0},
    {"willing", FW_ADV_INTENT, NULL, 0, 0}, {"prepared", FW_ADV_INTENT, NULL, 0, 0},
    {"should", FW_MODAL_APPEAL, NULL, 0, 0}, {"must", FW_MODAL_APPEAL, NULL, 0, 0},
    {"ought", FW_MODAL_APPEAL, NULL, 0, 0},
    {"could", FW_MODAL_SPEC, NULL, 0, 0}, {"might", FW_MODAL_SPEC, NULL, 0, 0},
    {"may", FW_MODAL_SPEC, NULL, 0, 0}, {"can", FW_MODAL_SPEC, NULL, 0, 0},
    {"was", FW_PASSIVE | FW_PASTAUX, NULL, 0, 0}, {"were", FW_PASSIVE | FW_PASTAUX, NULL, 0, 0},
    {"been", FW_PASSIVE | FW_PASTAUX, NULL, 0, 0}, {"being", FW_PASSIVE, NULL, 0, 0},
    {"is", FW_PASSIVE | FW_PASTAUX, NULL, 0, 0}, {"are", FW_PASSIVE | FW_PASTAUX, NULL, 0, 0},
    {"be", FW_PASSIVE, NULL, 0, 0},
    {"has", FW_PASTAUX, NULL, 0, 0}, {"have", FW_PASTAUX, NULL, 0, 0},
    {"had", FW_PASTAUX, NULL, 0, 0}, {"did", FW_PASTAUX, NULL, 0, 0},
    {"does", FW_PASTAUX, NULL, 0, 0}, {"do", FW_PASTAUX, NULL, 0, 0},

    {"possibly", FW_SPEC, NULL, 0, 0}, {"perhaps", FW_SPEC, NULL, 0, 0},
    {"maybe", FW_SPEC, NULL, 0, 0}, {"reportedly", FW_SPEC, NULL, 0, 0},
    {"allegedly", FW_SPEC, NULL, 0, 0}, {"likely", FW_SPEC, NULL, 0, 0},
    {"probably", FW_SPEC, NULL, 0, 0}, {"speculation", FW_SPEC, NULL, 0, 0},
    {"rumours", FW_SPEC, NULL, 0, 0}, {"rumors", FW_SPEC, NULL, 0, 0},
    {"speculated", FW_SPEC, NULL, 0, 0},

    {"both", FW_PAIR, NULL, 0, 0}, {"two", 0, NULL, 0, FW2_PAIRNOUN},
    {"countries", FW_COUNTRYNOUN, NULL, 0, 0}, {"nations", FW_COUNTRYNOUN, NULL, 0, 0},
    {"sides", FW_COUNTRYNOUN, NULL, 0, 0}, {"governments", FW_COUNTRYNOUN, NULL, 0, 0},
    {"neighbours", FW_COUNTRYNOUN, NULL, 0, 0}, {"neighbors", FW_COUNTRYNOUN, NULL, 0, 0},
    {"states", FW_COUNTRYNOUN, NULL, 0, 0}, {"leaders", FW_COUNTRYNOUN, NULL, 0, 0},

    {"to", FW_ZU | FW_PREP, "to", 0, 0},

    {"monday", FW_WEEKDAY, NULL, 0, 0}, {"tuesday", FW_WEEKDAY, NULL, 1, 0},
    {"wednesday", FW_WEEKDAY, NULL, 2, 0}, {"thursday", FW_WEEKDAY, NULL, 3, 0},
    {"friday", FW_WEEKDAY, NULL, 4, 0}, {"saturday", FW_WEEKDAY, NULL, 5, 0},
    {"sunday", FW_WEEKDAY, NULL, 6, 0},
    {"yesterday", FW_DATEREL, NULL, -1, 0}, {"today", FW_DATEREL, NULL, 0, 0},
    {"tomorrow", FW_DATEREL, NULL, 1, 0},
    {"next", FW_NEXT, NULL, 0, 0}, {"coming", FW_NEXT, NULL, 0, 0},
    {"last", FW_LAST, NULL, 0, 0}, {"past", FW_LAST, NULL, 0, 0},
    {"week", FW_WEEK, NULL, 7, 0},

    {"ambassador", FW_DIPLO, NULL, 0, 0}, {"ambassadors", FW_DIPLO, NULL, 0, 0},
    {"envoy", FW_DIPLO, NULL, 0, 0}, {"diplomat", FW_DIPLO, NULL, 0, 0},
    {"diplomats", FW_DIPLO, NULL, 0, 0}, {"embassy", FW_DIPLO, NULL, 0, 0},

#define A(w) {w, 0, NULL, 0, FW2_ANAPH}
    A("this"), A("move"), A("step"), A("measure"), A("measures"), A("decision"),
    A("pledge"), A("accusation"), A("accusations"), A("allegation"),
    A("allegations"), A("claim"), A("claims"), A("remarks"), A("comments"),
    A("statement"), A("demand"), A("demands"), A("plan"), A("plans"),
    A("announcement"), A("offer"), A("proposal"), A("decision"), A("ban"),
    A("test"), A("tests"), A("verdict"), A("ruling"), A("order"), A("policy"),
    A("responsibility"), A("involvement"), A("charges"), A("report"),
#undef A
    {"each", 0, NULL, 0, FW2_RECIP}, {"mutual", 0, NULL, 0, FW2_RECIP},
    {"open", 0, NULL, 0, FW2_OPEN},
    {NULL, 0, NULL, 0, 0}};

const dy_lang_rules dy_rules_en = {"en", en_words, false};
