/* ru_rules.c: Russian function words and grammar switches for the coder
 * (see lang.h, docs/languages.md).
 *
 * Russian has no articles, and its objects are marked by case endings.  The
 * dictionary generates every case form of a name (ru.c), and the verbs'
 * slots in dict/ru/verbs.txt name the prepositions that govern their
 * objects (с, против, на, в, к, о); the unmarked order of news prose is
 * subject - verb - object, which the coder reads (subject_before_verb).
 * Words are folded: lower case, ё as е (text.c). */
#include "lang/lang.h"
#include <stddef.h>

#define P(w) {w, FW_PREP, w, 0, 0}
#define PN(w, n) {w, FW_PREP, n, 0, 0}
#define F(w, c) {w, c, NULL, 0, 0}
#define F2(w, c2) {w, 0, NULL, 0, c2}

static const dy_fw ru_words[] = {
    /* prepositions (the -о forms normalised: во → в) */
    P("в"), PN("во", "в"), P("на"), P("с"), PN("со", "с"), P("к"), PN("ко", "к"),
    /* "по словам X", "по данным X": по, then a word that stands as a
     * preposition before the speaker (the pattern of "according to X") */
    {"по", FW_PREP | FW_SAYPREP, "по", 0, 0}, P("о"), PN("об", "о"), PN("обо", "о"), P("от"), P("из"), P("у"), P("за"),
    P("для"), P("против"), P("между"), P("перед"), P("при"), P("без"), P("через"),
    P("под"), P("над"), P("вокруг"), P("среди"), P("из-за"), P("возле"), P("около"),
    {"после", FW_PREP, "после", 0, FW2_TEMPCONJ}, {"до", FW_PREP, "до", 0, FW2_TEMPCONJ},
    P("словам"), P("данным"), P("мнению"), P("сведениям"), P("информации"),
    P("оценке"), P("оценкам"),

    /* negation */
    F("не", FW_NEG), F("ни", FW_NEG), F("нет", FW_NEG), F("никогда", FW_NEG),
    /* (отказаться is a verb of refusal, dict/ru/verbs.txt: "отказался
     * встретиться" is 125, as "refused to meet", not a negated meeting) */

    /* subordinators, relative pronouns */
    F("что", FW_SUBORD), F("чтобы", FW_SUBORD), F("поскольку", FW_SUBORD),
    F("потому", FW_SUBORD), F("хотя", FW_SUBORD), F("когда", FW_SUBORD),
    F("пока", FW_SUBORD), F("если", FW_SUBORD | FW_IF), F("ли", FW_SUBORD | FW_WHETHER),
    F("который", FW_REL), F("которая", FW_REL), F("которое", FW_REL), F("которые", FW_REL),
    F("которого", FW_REL), F("которой", FW_REL), F("которых", FW_REL), F("которым", FW_REL),
    F("которому", FW_REL), F("которую", FW_REL), F("котором", FW_REL), F("которыми", FW_REL),
    F("кто", FW_REL), F("где", FW_REL),

    /* pronouns: subject and object forms */
    F("он", FW_PRON), F("она", FW_PRON), F("они", FW_PRON), F("мы", FW_PRON),
    F("его", FW_PRON | FW_PRON_OBJ), F("ее", FW_PRON | FW_PRON_OBJ),
    F("их", FW_PRON | FW_PRON_OBJ), F("ему", FW_PRON | FW_PRON_OBJ), F("ей", FW_PRON | FW_PRON_OBJ),
    F("им", FW_PRON | FW_PRON_OBJ), F("него", FW_PRON | FW_PRON_OBJ), F("нее", FW_PRON | FW_PRON_OBJ), F("них", FW_PRON | FW_PRON_OBJ), F("нему", FW_PRON | FW_PRON_OBJ),
    F("ней", FW_PRON | FW_PRON_OBJ), F("ним", FW_PRON | FW_PRON_OBJ), F("ними", FW_PRON | FW_PRON_OBJ),

    F("и", FW_CONJ), F("или", FW_CONJ), F("а", FW_CONJ), F("но", FW_CONJ), F("однако", FW_CONJ),

    /* modality */
    F("намерен", FW_MODAL_INTENT), F("намерена", FW_MODAL_INTENT), F("намерены", FW_MODAL_INTENT),
    F("хочет", FW_MODAL_INTENT), F("хотят", FW_MODAL_INTENT), F("хотел", FW_MODAL_INTENT),
    F("собирается", FW_MODAL_INTENT), F("собираются", FW_MODAL_INTENT),
    F("планирует", FW_MODAL_INTENT), F("планируют", FW_MODAL_INTENT),
    /* the past and the other persons of the same modals (ru8); not
       "собирались", which as often means "gathered" */
    F("намерено", FW_MODAL_INTENT), F("намеревается", FW_MODAL_INTENT),
    F("намереваются", FW_MODAL_INTENT), F("намеревался", FW_MODAL_INTENT),
    F("намеревалась", FW_MODAL_INTENT), F("намеревались", FW_MODAL_INTENT),
    F("хотела", FW_MODAL_INTENT), F("хотели", FW_MODAL_INTENT),
    F("хотим", FW_MODAL_INTENT), F("хочу", FW_MODAL_INTENT),
    F("собирался", FW_MODAL_INTENT), F("собиралась", FW_MODAL_INTENT),
    F("планировал", FW_MODAL_INTENT), F("планировала", FW_MODAL_INTENT),
    F("планировали", FW_MODAL_INTENT),
    /* preparing or striving to do something is not doing it yet */
    F("готовится", FW_MODAL_INTENT), F("готовятся", FW_MODAL_INTENT),
    F("готовился", FW_MODAL_INTENT), F("готовилась", FW_MODAL_INTENT),
    F("готовились", FW_MODAL_INTENT),
    F("стремится", FW_MODAL_INTENT), F("стремятся", FW_MODAL_INTENT),
    F("стремился", FW_MODAL_INTENT), F("стремилась", FW_MODAL_INTENT),
    F("стремились", FW_MODAL_INTENT),
    F("готов", FW_ADV_INTENT), F("готова", FW_ADV_INTENT), F("готовы", FW_ADV_INTENT),
    F("должен", FW_MODAL_APPEAL), F("должна", FW_MODAL_APPEAL), F("должны", FW_MODAL_APPEAL),
    F("следует", FW_MODAL_APPEAL), F("необходимо", FW_MODAL_APPEAL), F("нужно", FW_MODAL_APPEAL),
    F("может", FW_MODAL_SPEC), F("могут", FW_MODAL_SPEC), F("могли", FW_MODAL_SPEC),
    F("мог", FW_MODAL_SPEC), F("могла", FW_MODAL_SPEC), F("могло", FW_MODAL_SPEC),
    F("будет", FW_FUTURE), F("будут", FW_FUTURE),
    /* бы: the conditional, outside speech a hypothesis */
    F("бы", FW_HYPO), F("б", FW_HYPO),
    F("был", FW_PASSIVE), F("была", FW_PASSIVE), F("было", FW_PASSIVE), F("были", FW_PASSIVE),
    F("возможно", FW_SPEC), F2("якобы", FW2_ALLEGED), F("предположительно", FW_SPEC),
    F("вероятно", FW_SPEC), F("видимо", FW_SPEC), F("по-видимому", FW_SPEC),

    /* pairs */
    F("оба", FW_PAIR), F("обе", FW_PAIR), F("обеих", FW_PAIR), F("обоих", FW_PAIR),
    F2("две", FW2_PAIRNOUN), F2("два", FW2_PAIRNOUN), F2("двух", FW2_PAIRNOUN),
    F("страны", FW_COUNTRYNOUN), F("стран", FW_COUNTRYNOUN), F("стороны", FW_COUNTRYNOUN | FW_PRON),
    F("сторон", FW_COUNTRYNOUN), F("государства", FW_COUNTRYNOUN), F("государств", FW_COUNTRYNOUN),

    /* dates: weekdays in the nominative and after в (accusative) */
    {"понедельник", FW_WEEKDAY, NULL, 0, 0}, {"вторник", FW_WEEKDAY, NULL, 1, 0},
    {"среда", FW_WEEKDAY, NULL, 2, 0}, {"среду", FW_WEEKDAY, NULL, 2, 0},
    {"четверг", FW_WEEKDAY, NULL, 3, 0}, {"пятница", FW_WEEKDAY, NULL, 4, 0},
    {"пятницу", FW_WEEKDAY, NULL, 4, 0}, {"суббота", FW_WEEKDAY, NULL, 5, 0},
    {"субботу", FW_WEEKDAY, NULL, 5, 0}, {"воскресенье", FW_WEEKDAY, NULL, 6, 0},
    {"вчера", FW_DATEREL, NULL, -1, 0}, {"сегодня", FW_DATEREL, NULL, 0, 0},
    {"завтра", FW_DATEREL, NULL, 1, 0},
    F("следующей", FW_NEXT), F("следующий", FW_NEXT), F("будущей", FW_NEXT),
    F("прошлой", FW_LAST), F("прошлый", FW_LAST), F("минувшей", FW_LAST),
    {"неделе", FW_WEEK, NULL, 7, 0}, {"неделю", FW_WEEK, NULL, 7, 0},

    F("посол", FW_DIPLO), F("посла", FW_DIPLO), F("послом", FW_DIPLO), F("послы", FW_DIPLO),
    F("послов", FW_DIPLO), F("посольство", FW_DIPLO), F("посольства", FW_DIPLO),
    F("дипломат", FW_DIPLO), F("дипломаты", FW_DIPLO),

    /* the last event named by a noun */
    F2("это", FW2_ANAPH), F2("этот", FW2_ANAPH), F2("шаг", FW2_ANAPH), F2("решение", FW2_ANAPH),
    F2("меры", FW2_ANAPH), F2("заявление", FW2_ANAPH), F2("обвинения", FW2_ANAPH),
    F2("удар", FW2_ANAPH), F2("удары", FW2_ANAPH), F2("нападение", FW2_ANAPH),
    F2("санкции", FW2_ANAPH), F2("соглашение", FW2_ANAPH), F2("запуск", FW2_ANAPH),
    F2("убийство", FW2_ANAPH), F2("визит", FW2_ANAPH), F2("действия", FW2_ANAPH),
    F2("заявления", FW2_ANAPH), F2("произошедшее", FW2_ANAPH), F2("происходящее", FW2_ANAPH),
    F2("инцидент", FW2_ANAPH), F2("атаку", FW2_ANAPH), F2("арест", FW2_ANAPH),
    F2("эскалацию", FW2_ANAPH), F2("эскалация", FW2_ANAPH), F2("провокацию", FW2_ANAPH),
    F2("акцию", FW2_ANAPH), F2("операцию", FW2_ANAPH), F2("вмешательство", FW2_ANAPH),
    F2("предательство", FW2_ANAPH), F2("мятеж", FW2_ANAPH), F2("действиями", FW2_ANAPH),
    F2("взаимно", FW2_RECIP), F2("взаимные", FW2_RECIP), F2("друг", FW2_RECIP),
    F2("открыта", FW2_OPEN), F2("открыт", FW2_OPEN), F2("открыты", FW2_OPEN),
    F2("свой", FW2_POSS), F2("своя", FW2_POSS), F2("свою", FW2_POSS), F2("своего", FW2_POSS),
    F2("своей", FW2_POSS), F2("свои", FW2_POSS), F2("своих", FW2_POSS), F2("своим", FW2_POSS),
    F2("десятки", FW2_QUANT), F2("сотни", FW2_QUANT), F2("тысячи", FW2_QUANT),
    F2("несколько", FW2_QUANT), F2("группа", FW2_QUANT), F2("делегация", FW2_QUANT),
    F2("прекращение", FW2_END), F2("прекратить", FW2_END), F2("прекратила", FW2_END),
    F2("прекратил", FW2_END), F2("прекратили", FW2_END),
    {NULL, 0, NULL, 0, 0}};

static dy_wordlist compass_adjs = {"восточной", "западной", "северной", "южной",
                                   "центральной", NULL};
static dy_wordlist place_nouns = {"лагерь", "лагере", "больница", "больнице", "аэропорт",
                                  "аэропорту", NULL};
static dy_wordlist between_preps = {"между", NULL};
static dy_wordlist reason_preps = {"из-за", "несмотря", "за", "против", NULL};
static dy_wordlist approx_heads = {"по", NULL}, approx_words = {"меньшей", "крайней", NULL};
static dy_wordlist that_words = {"что", "чтобы", NULL};
static dy_wordlist speaker_prons = {"мы", NULL};
static dy_wordlist singular_prons = {"он", "она", "его", "ее", "ему", "ей", "него",
                                     "нему", "ней", NULL};
/* "стороны": the two sides of the last event, as "they" */
static dy_wordlist plural_prons = {"они", "их", "им", "них", "ним", "стороны", NULL};
static dy_wordlist rel_prons = {"который", "которая", "которое", "которые", "кто", NULL};
static dy_wordlist rel_obj_prons = {"которого", "которому", "которую", "которым", NULL};
/* "(считает X) виновным (в покушении)", "(отверг) обвинения (в …)": an
 * event noun after them is what someone is held guilty of, not the
 * subject's own act (src/coder/nouns.c); a denial answers the accuser */
static dy_wordlist accusation_words = {"виновным", "виновной", "виновными", "виновен", "виновна",
                                       "виновны", "причастным", "причастной", "причастными",
                                       "причастен", "причастна", "причастны", "обвинения",
                                       "обвинений", "обвинение", NULL};
static dy_wordlist frame_nouns = {"ходе", "время", "рамках", "день", "преддверии", "итогам",
                                  "дни", NULL};
/* "погиб в результате удара американского беспилотника": the subject
 * suffered the event noun in a phrase after the verb */
static dy_wordlist suffer_verbs = {"погиб", "погибла", "погибли", "погибло", "скончался", "скончалась",
                                   "скончались", "пострадал", "пострадала", "пострадали", "пострадало",
                                   "ранен", "ранена", "ранены", "убит", "убита", "убиты", NULL};
static dy_wordlist country_nouns = {"страна", "страны", "стране", "страну", NULL};
static dy_wordlist purpose_preps = {"для", "ради", NULL};
/* adjectival endings (every gender, number and case), and the ordinal
 * and participle endings that share them */
/* the short passive participle (ru.c short_passive): задержан, задержана,
 * задержано, задержаны; сбит, сбита, сбито, сбиты */
/* "запланированная встреча", "переговоры намечены на май", "встреча
 * состоится", "в ходе подготовки визита": a meeting or visit noun (04) so
 * named is yet to come (ru8) */
static dy_wordlist plan_words = {"запланирован", "запланирована", "запланировано", "запланированы",
                                 "запланированный", "запланированная", "запланированное",
                                 "запланированные", "запланированного", "запланированной",
                                 "запланированному", "запланированную", "запланированным",
                                 "запланированных", "запланированном", "намечен", "намечена",
                                 "намечено", "намечены", "намеченный", "намеченная", "намеченное",
                                 "намеченные", "намеченного", "намеченной", "намеченную",
                                 "намеченным", "намеченных", "предстоящий", "предстоящая",
                                 "предстоящее", "предстоящие", "предстоящего", "предстоящей",
                                 "предстоящему", "предстоящую", "предстоящим", "предстоящих",
                                 "предстоящем", "планируется", "планируются", "ожидается",
                                 "ожидаются", "ожидаемый", "ожидаемая", "ожидаемого", "ожидаемой",
                                 "ожидаемую", "ожидаемым", "ожидаемом", "предполагается",
                                 "предполагаются", "состоится", "состоятся", NULL};
static dy_wordlist plan_heads = {"подготовка", "подготовки", "подготовке", "подготовку", "подготовкой",
                                 "ожидании", NULL};
static dy_wordlist passive_endings = {"н", "на", "но", "ны", "т", "та", "то", "ты", NULL};
static dy_wordlist adj_suffixes = {"ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого",
                                   "его", "ому", "ему", "ым", "им", "ом", "ем", "ую", "юю",
                                   "ых", "их", "ыми", "ими", NULL};

const dy_lang_rules dy_rules_ru = {
    .code = "ru",
    .words = ru_words,
    .names_capitalised = true,
    .subject_before_verb = true,
    .case_marks_roles = true,
    .bare_country_genitive = true,
    .families = RF_PAIR_CONFLICT | RF_COORD_TARGET | RF_DENIAL | RF_REFUSAL | RF_SAME_ENDS |
                RF_SYM_WITH | RF_NOUN_SIDES | RF_SHARED_ROLE | RF_PARTICIPLE_SUBJ | RF_PHRASE_TARGETS |
                RF_REACTION_CHAIN | RF_PHRASE_BEFORE_NOUN | RF_GROUP_ROLE | RF_AGENTLESS_PASSIVE |
                RF_STATE_COERCION | RF_REPORTED_ACCUSATION,
    .seat_subject = true,
    .content_pro_drop = true,
    .rel_phrase_pro_drop = true,
    .prep_in = "в",
    .prep_origin = "из",
    .prep_with = "с",
    .prep_open = "для",
    .purpose_preps = purpose_preps,
    .compass_adjs = compass_adjs,
    .place_nouns = place_nouns,
    .between_preps = between_preps,
    .reason_preps = reason_preps,
    .approx_heads = approx_heads,
    .approx_words = approx_words,
    .that_words = that_words,
    .speaker_prons = speaker_prons,
    .singular_prons = singular_prons,
    .plural_prons = plural_prons,
    .rel_prons = rel_prons,
    .rel_obj_prons = rel_obj_prons,
    .country_nouns = country_nouns,
    .accusation_words = accusation_words,
    .frame_nouns = frame_nouns,
    .adj_suffixes = adj_suffixes,
    .suffer_verbs = suffer_verbs,
    .plan_words = plan_words,
    .plan_heads = plan_heads,
    .passive_endings = passive_endings,
    /* the perfective gerund: "…, поблагодарив США" has the first subject */
    .gerund_suffix = "в",
};
