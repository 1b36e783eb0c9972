/* en_rules.c: English function words for the coder (see lang.h).  English
 * is subject-verb-object: the grammar reads the subject before the verb and
 * the objects after it (verb_second = false). */
#include "lang/lang.h"
#include <stddef.h>

#define P(w) {w, FW_PREP, w, 0, 0}

static const dy_fw en_words[] = {
    {"the", FW_ART, NULL, 0, 0}, {"a", FW_ART, NULL, 0, 0}, {"an", FW_ART, NULL, 0, 0},
    {"his", FW_ART, NULL, 0, FW2_POSS}, {"her", FW_ART | FW_PRON | FW_PRON_OBJ, NULL, 0, FW2_POSS},
    {"its", FW_ART, NULL, 0, FW2_POSS}, {"their", FW_ART, NULL, 0, FW2_POSS},
    {"this", FW_ART, NULL, 0, 0}, {"these", FW_ART, NULL, 0, 0},
    {"those", FW_ART, NULL, 0, 0}, {"of", FW_PREP | FW_GENART, "of", 0, 0},

    P("with"), P("against"), P("to"), P("on"), P("in"), P("at"), P("from"),
    P("for"), P("by"), P("over"), P("into"), P("between"), P("about"),
    {"after", FW_PREP, "after", 0, FW2_TEMPCONJ}, {"before", FW_PREP, "before", 0, FW2_TEMPCONJ},
    {"until", FW_PREP, "until", 0, FW2_TEMPCONJ}, P("during"), P("under"), P("amid"), P("despite"),
    P("toward"), P("towards"), P("near"), P("across"), P("through"),
    P("without"), P("within"), {"since", FW_PREP, "since", 0, FW2_TEMPCONJ}, P("via"), P("upon"), P("onto"),
    P("among"), P("behind"), P("around"), P("following"), {"as", FW_PREP, "as", 0, FW2_ASCONJ},
    /* "protested outside the Russian embassy": the protest's target */
    P("outside"),
    /* "rebel positions inside Somalia": a place, as "in" */
    {"inside", FW_PREP, "in", 0, 0},
    {"according", FW_SAYPREP, NULL, 0, 0},

    {"not", FW_NEG, NULL, 0, 0}, {"n't", FW_NEG, NULL, 0, 0}, {"no", FW_NEG, NULL, 0, 0},
    {"never", FW_NEG, NULL, 0, 0}, {"neither", FW_NEG, NULL, 0, 0},
    {"nor", FW_NEG, NULL, 0, 0},
    /* "failed to persuade": what failed did not happen */
    {"failed", FW_NEG, NULL, 0, 0}, {"fails", FW_NEG, NULL, 0, 0},
    {"fail", FW_NEG, NULL, 0, 0}, {"cannot", FW_NEG | FW_MODAL_SPEC, NULL, 0, 0},
    /* "were unable to reach an agreement" */
    {"unable", FW_NEG, NULL, 0, 0},
    /* "avoided criticizing Russia", "refrained from attacking": what was
     * avoided did not happen (finite forms only: "to avoid a war, they
     * held talks", "for avoiding a clash" negate nothing) */
    {"avoids", FW_NEG, NULL, 0, 0}, {"avoided", FW_NEG, NULL, 0, 0},
    {"refrains", FW_NEG, NULL, 0, 0}, {"refrained", FW_NEG, NULL, 0, 0},
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
    {"they", FW_PRON, NULL, 0, 0}, {"we", FW_PRON, NULL, 0, 0}, {"i", FW_PRON, NULL, 0, 0}, {"him", FW_PRON | FW_PRON_OBJ, NULL, 0, 0},
    {"them", FW_PRON | FW_PRON_OBJ, NULL, 0, 0}, {"it", FW_PRON, NULL, 0, 0},

    {"and", FW_CONJ, NULL, 0, 0}, {"or", FW_CONJ, NULL, 0, 0}, {"but", FW_CONJ, NULL, 0, 0},

    {"will", FW_FUTURE, NULL, 0, 0}, {"'ll", FW_FUTURE, NULL, 0, 0},
    {"shall", FW_FUTURE, NULL, 0, 0}, {"would", FW_FUTURE | FW_HYPO, NULL, 0, 0},
    {"wants", FW_MODAL_INTENT, NULL, 0, 0}, {"want", FW_MODAL_INTENT, NULL, 0, 0},
    {"wanted", FW_MODAL_INTENT, NULL, 0, 0}, {"ready", FW_ADV_INTENT, NULL, 0, 0},
    {"willing", FW_ADV_INTENT, NULL, 0, 0}, {"prepared", FW_ADV_INTENT, NULL, 0, 0},
    /* not "set": a clause-wide intent word made "a set of sanctions" and
     * "set fire to" intents; "is set to meet" is the modal verb set
     * (dict/en/verbs.txt) */
    {"due", FW_ADV_INTENT, NULL, 0, 0},
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
    {"maybe", FW_SPEC, NULL, 0, 0}, {"likely", FW_SPEC, NULL, 0, 0},
    {"unlikely", FW_SPEC, NULL, 0, 0},
    /* a deed reported unconfirmed: coded, in the mood "reported" */
    {"reportedly", 0, NULL, 0, FW2_ALLEGED}, {"allegedly", 0, NULL, 0, FW2_ALLEGED},
    {"purportedly", 0, NULL, 0, FW2_ALLEGED},
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
    {"embassies", FW_DIPLO, NULL, 0, 0}, {"envoys", FW_DIPLO, NULL, 0, 0},
    {"consulate", FW_DIPLO, NULL, 0, 0}, {"consulates", FW_DIPLO, NULL, 0, 0},
    {"consul", FW_DIPLO, NULL, 0, 0}, {"consuls", FW_DIPLO, NULL, 0, 0},

#define A(w) {w, 0, NULL, 0, FW2_ANAPH}
    A("this"), A("move"), A("step"), A("measure"), A("measures"), A("decision"),
    A("pledge"), A("accusation"), A("accusations"), A("allegation"),
    A("allegations"), A("claim"), A("claims"), A("remarks"), A("comments"),
    A("statement"), A("demand"), A("demands"), A("plan"), A("plans"),
    A("announcement"), A("offer"), A("proposal"), A("decision"), A("ban"),
    A("test"), A("tests"), A("verdict"), A("ruling"), A("order"), A("policy"),
    A("responsibility"), A("involvement"), A("charges"), A("report"),
    A("resolution"), A("agreement"), A("deal"), A("vote"), A("sanctions"),
    /* "Japan condemned the launch": an act named by its noun */
    A("launch"), A("launches"), A("attack"), A("attacks"), A("strike"), A("strikes"),
    A("raid"), A("raids"), A("bombing"), A("shelling"), A("killing"), A("killings"),
    A("arrest"), A("arrests"), A("detention"), A("execution"), A("invasion"),
    A("incursion"), A("expulsion"), A("crackdown"), A("annexation"), A("seizure"),
    /* (and the rest of the family, wordnet's hyponyms of act and of
     * violence that news names an act by: "condemned the violence",
     * "called the diversion shocking", "denounced the drills") */
    A("violence"), A("action"), A("actions"), A("act"), A("acts"), A("conduct"),
    A("behavior"), A("behaviour"), A("operation"), A("operations"), A("incident"),
    A("diversion"), A("hijacking"), A("abduction"), A("abductions"), A("kidnapping"),
    A("kidnappings"), A("assassination"), A("murder"), A("murders"), A("shooting"),
    A("shootings"), A("bombardment"), A("airstrike"), A("airstrikes"), A("assault"),
    A("offensive"), A("massacre"), A("drills"), A("exercises"), A("deployment"),
    A("provocation"), A("provocations"), A("escalation"), A("takeover"), A("coup"),
    A("interference"), A("meddling"), A("intervention"), A("blockade"), A("occupation"),
    A("closure"), A("suspension"), A("withdrawal"), A("tariffs"), A("restrictions"),
    A("sentence"), A("conviction"), A("jailing"), A("imprisonment"),
#undef A
    {"each", 0, NULL, 0, FW2_RECIP}, {"mutual", 0, NULL, 0, FW2_RECIP},
    {"open", 0, NULL, 0, FW2_OPEN},
    {"end", 0, NULL, 0, FW2_END}, {"ends", 0, NULL, 0, FW2_END},
    {"ended", 0, NULL, 0, FW2_END}, {"ending", 0, NULL, 0, FW2_END},
    {"stop", 0, NULL, 0, FW2_END}, {"stops", 0, NULL, 0, FW2_END},
    {"stopped", 0, NULL, 0, FW2_END}, {"stopping", 0, NULL, 0, FW2_END},
    {"cease", 0, NULL, 0, FW2_END}, {"ceased", 0, NULL, 0, FW2_END},
    {"dozens", 0, NULL, 0, FW2_QUANT}, {"hundreds", 0, NULL, 0, FW2_QUANT},
    {"thousands", 0, NULL, 0, FW2_QUANT}, {"millions", 0, NULL, 0, FW2_QUANT},
    {"scores", 0, NULL, 0, FW2_QUANT}, {"tens", 0, NULL, 0, FW2_QUANT},
    {"several", 0, NULL, 0, FW2_QUANT}, {"many", 0, NULL, 0, FW2_QUANT},
    {"some", 0, NULL, 0, FW2_QUANT}, {"members", 0, NULL, 0, FW2_QUANT},
    {"number", 0, NULL, 0, FW2_QUANT}, {"group", 0, NULL, 0, FW2_QUANT},
    {"team", 0, NULL, 0, FW2_QUANT}, {"delegation", 0, NULL, 0, FW2_QUANT},
    {NULL, 0, NULL, 0, 0}};

/* Words the coder's rules read one by one (lang.h).  "der", "des", "um"
 * and "so" stand here as in German: the rules that read them have always
 * read them in English text too (German names, ", so X" as a frame). */
static dy_wordlist poss_clitics = {"'s", "\xe2\x80\x99s", NULL};
static dy_wordlist gen_preps = {"of", NULL};
static dy_wordlist compass_adjs = {"eastern", "western", "northern", "southern", "central", NULL};
static dy_wordlist place_nouns = {"camp", "camps", "hospital", "hospitals", "airport",
                                  "airports", NULL};
static dy_wordlist as_not_conj = {"such", "well", "so", "same", "soon", "long", "far", "much",
                                  "many", "part", "regards", "usual", "ever", "if", "though",
                                  "a", "an", "is", "was", "seen", "known", "described", NULL};
static dy_wordlist place_of_heads = {"east", "west", "north", "south", "northeast", "northwest",
                                     "southeast", "southwest", "outside", "inside", "out", "ahead",
                                     "because", "instead", "part", "front", NULL};
static dy_wordlist split_particles = {"off", "down", "over", "out", "up", "back", "away",
                                      "aside", "in", NULL};
static dy_wordlist recip_words = {"other", "another", "one", NULL};
static dy_wordlist free_relatives = {"what", NULL};
static dy_wordlist year_nouns = {"year", NULL}, span_preps = {"since", "until", "till", "through", "from", "between", NULL};
static dy_wordlist since_conjs = {"since", NULL};
static dy_wordlist patient_nouns = {
    "killing", "killings", "murder", "murders", "assassination", "death", "deaths", "arrest",
    "arrests", "detention", "detentions", "imprisonment", "jailing", "execution", "executions",
    "kidnapping", "kidnappings", "abduction", "abductions", "disappearance", "poisoning",
    "torture", "beheading", "shooting", "massacre", "slaughter", "deportation", "expulsion",
    "expulsions", "persecution", "mistreatment", "sentencing", "conviction", NULL};
static dy_wordlist accusation_words = {"allegation", "allegations", "accusation", "accusations",
                                       "charge", "charges", "claim", "claims", "criticism", "criticisms",
                                       "condemnation", NULL};
static dy_wordlist upcoming_heads = {"ahead", "advance", NULL};
static dy_wordlist adj_roles = {"official", NULL};
static dy_wordlist count_roles = {"tens", "hundreds", "thousands", NULL};
static dy_wordlist geo_features = {"sea", "ocean", "gulf", "strait", "straits", "channel", "bay", NULL};
static dy_wordlist between_preps = {"between", NULL};
static dy_wordlist reason_preps = {"over", "against", "for", "about", "despite", "amid", NULL};
static dy_wordlist approx_heads = {"at", NULL}, approx_words = {"least", "most", NULL};
/* "detained around 3,000 people", "some 200 protesters": words that bound
 * the number after them (wordnet: approximately, roughly, nearly, almost) */
static dy_wordlist num_bounds = {"around", "about", "nearly", "almost", "roughly",
                                 "approximately", "some", "over", NULL};
static dy_wordlist with_words = {"with", NULL};
static dy_wordlist gen_articles = {"der", "des", NULL}, attr_articles = {"der", NULL};
static dy_wordlist pattern_articles = {"a", "an", "the", NULL};
static dy_wordlist purpose_words = {"um", NULL}, frame_words = {"so", NULL};
static dy_wordlist that_words = {"that", NULL};
static dy_wordlist document_nouns = {"decree", "decrees", "order", "orders", "proclamation",
                                     "law", "bill", "directive", "memorandum", "resolution",
                                     "measure", "legislation", "ordinance", NULL};
static dy_wordlist claim_nouns = {"claim", "claims", "allegation", "allegations", "accusation",
                                  "accusations", "suggestion", "suggestions", "suspicion",
                                  "suspicions", "charge", "charges", "rumour", "rumours", "rumor",
                                  "rumors", "speculation", "assertion", "assertions", "fears",
                                  "reports", "theory", "notion", "insinuation", "insinuations", NULL};
static dy_wordlist speaker_prons = {"we", "i", NULL};
static dy_wordlist singular_prons = {"he", "she", "him", "her", NULL};
static dy_wordlist plural_prons = {"they", "them", NULL};
static dy_wordlist group_numbers = {"three", "four", "five", "six", "seven", "eight", "nine", "ten", NULL};
static dy_wordlist neuter_prons = {"it", NULL};
static dy_wordlist plural_endings = {"s", NULL};
static dy_wordlist singular_endings = {"ss", "us", "is", "as", NULL};
static dy_wordlist neighbour_nouns = {"neighbor", "neighbour", NULL};
static dy_wordlist owner_participles = {"flagged", "registered", "owned", NULL};
static dy_wordlist plural_poss = {"their", NULL}, singular_poss = {"his", "her", NULL};
static dy_wordlist rel_prons = {"who", "which", "whom", NULL}, rel_obj_prons = {"whom", NULL};
static dy_wordlist country_nouns = {"country", NULL};
static dy_wordlist past_suffixes = {"ed", NULL};
/* "a similar step", "such a move": an indefinite event noun is a new event
 * unless one of these goes with it (wordnet: such, similar and its
 * satellites) */
static dy_wordlist indef_articles = {"a", "an", NULL};
static dy_wordlist such_words = {"such", "similar", "comparable", "analogous", NULL};
/* "were victims of an attack", "the target of strikes": suffered */
static dy_wordlist victim_words = {"victim", "victims", "casualty", "casualties", "target", "targets", NULL};
/* "rejected the resolution": the act of the last assembly that acted */
static dy_wordlist assembly_words = {"resolution", "resolutions", "motion", "motions", NULL};

const dy_lang_rules dy_rules_en = {
    .code = "en",
    .words = en_words,
    .subject_before_verb = true,
    .comma_conj_shares = true,
    .noun_verb_homographs = true,
    .name_modifiers = true,
    .possessor_names = true,
    .of_genitive = true,
    .noun_restates = true,
    .modal_to_infinitive = true,
    .bare_speech_content = true,
    .families = RF_CLASH_BY_SIDES | RF_PAIR_CONFLICT | RF_PHRASE_TARGETS | RF_DEMAND_TARGETS |
                RF_AGENTLESS_PASSIVE | RF_REFUSAL | RF_COORD_TARGET | RF_DENIAL |
                RF_BAN_EMBARGO | RF_SAME_ENDS | RF_SPEAKER_BACKGROUND | RF_SYM_WITH |
                RF_NOUN_SIDES | RF_HELP_AUX | RF_INF_APPOSITION | RF_PARTICIPLE_SUBJ |
                RF_HYPHEN_PARTICIPLE | RF_SHARED_ROLE | RF_REACTION_PHRASES | RF_COUP_AT_HOME |
                RF_CONJ_APART | RF_YEAR_AFTER_IN,
    .prep_in = "in",
    .prep_origin = "from",
    .prep_agent = "by",
    .prep_means = "from",
    .prep_source = "from",
    .prep_open = "to",
    .prep_with = "with",
    .poss_clitics = poss_clitics,
    .gen_preps = gen_preps,
    .compass_adjs = compass_adjs,
    .place_nouns = place_nouns,
    .geo_features = geo_features,
    .as_not_conj = as_not_conj,
    .count_roles = count_roles,
    .adj_roles = adj_roles,
    .upcoming_heads = upcoming_heads,
    .accusation_words = accusation_words,
    .place_of_heads = place_of_heads,
    .patient_nouns = patient_nouns,
    .free_relatives = free_relatives,
    .year_nouns = year_nouns,
    .span_preps = span_preps,
    .since_conjs = since_conjs,
    .recip_words = recip_words,
    .split_particles = split_particles,
    .between_preps = between_preps,
    .reason_preps = reason_preps,
    .approx_heads = approx_heads,
    .approx_words = approx_words,
    .num_bounds = num_bounds,
    .with_words = with_words,
    .gen_articles = gen_articles,
    .attr_articles = attr_articles,
    .pattern_articles = pattern_articles,
    .purpose_words = purpose_words,
    .frame_words = frame_words,
    .that_words = that_words,
    .claim_nouns = claim_nouns,
    .document_nouns = document_nouns,
    .speaker_prons = speaker_prons,
    .singular_prons = singular_prons,
    .plural_prons = plural_prons,
    .group_numbers = group_numbers,
    .neuter_prons = neuter_prons,
    .plural_endings = plural_endings,
    .singular_endings = singular_endings,
    .neighbour_nouns = neighbour_nouns,
    .owner_participles = owner_participles,
    .plural_poss = plural_poss,
    .singular_poss = singular_poss,
    .rel_prons = rel_prons,
    .rel_obj_prons = rel_obj_prons,
    .country_nouns = country_nouns,
    .past_suffixes = past_suffixes,
    .indef_articles = indef_articles,
    .such_words = such_words,
    .victim_words = victim_words,
    .assembly_words = assembly_words,
    .adverb_suffix = "ly",
    .agent_suffix = "ed",
    .gerund_suffix = "ing",
};
