/* lang.h: the language interface.
 *
 * The coder (src/coder/) is language-neutral: it finds actor mentions and
 * predicates through the dictionaries, cuts clauses, and assigns roles; it
 * holds no word of any language (tests/cli/t0810-neutral.sh).  What differs
 * between languages is given here: word classes (FW_*, FW2_*), grammar
 * switches named by what they mean, the rule families that apply (RF_*),
 * and the word lists the rules read.  Adding a language means a new table
 * (src/lang/XX/XX_rules.c), its morphology and its dictionaries; the core
 * does not change (docs/languages.md).
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
#define FW2_ASCONJ 512u /* English "as": a conjunction when a finite verb follows
                          * close behind ("as tens of thousands marched") */
#define FW2_END 256u   /* ending, stop, beenden: the event after it is ended */
#define FW2_V1IF 1024u /* sollte: a verb-second language's clause opened by it is a condition ("sollte Israel angreifen, …") */
#define FW2_HEARSAY 2048u /* soll, sollen: with a perfect infinitive a hearsay ("soll angegriffen haben"), read as hearsay */
#define FW2_GROUPNUM 4096u /* drei, vier: "die vier" with no noun after it are the actors named last */
#define FW2_ALLEGED 16384u /* reportedly, allegedly, angeblich, якобы: the clause reports a deed unconfirmed (mood "reported", coded) */
#define FW2_CONDAUX 32768u /* French aurait, auraient: with a participle, a past conditional (an unconfirmed report; with a condition, a hypothetical) */
#define FW2_COMPAR 8192u /* mehr, weniger: "mehr als 50": the "als" after it is no conjunction or preposition */

typedef struct dy_fw {
    const char *word;   /* folded */
    uint32_t cls;
    const char *norm;   /* for prepositions: the base form ("im" -> "in") */
    int val;            /* weekday 0=Monday…; date offsets */
    uint32_t cls2;      /* FW2_* */
} dy_fw;

/* A list of folded words, NULL-terminated; a NULL list: the language has
 * none (and the rule that reads it does not apply). */
typedef const char *const dy_wordlist[];

/* Rule families of the coder that were written and checked on a language's
 * text (dy_lang_rules.families).  They are heuristics, not grammar: a new
 * language turns on those its test sentences show to carry over. */
enum {
    RF_CLASH_BY_SIDES = 1u << 0,   /* "clashed" (145): armed sides fight (190), states quarrel (110) */
    RF_PAIR_CONFLICT = 1u << 1,    /* a third party leaves "both sides" as they were; a conflict at home is a pair */
    RF_PHRASE_TARGETS = 1u << 2,   /* "condemned the Turkish strikes", "protested against Israeli
                                    * raids": the phrases after the verb name the target */
    RF_DEMAND_TARGETS = 1u << 3,   /* "demanded an end to X's …", "called for a ceasefire": whom a demand is for */
    RF_AGENTLESS_PASSIVE = 1u << 4, /* "was killed in an Israeli strike": the attack's country acted */
    RF_REFUSAL = 1u << 5,          /* "will not lift tariffs": a concession refused (124x) */
    RF_COORD_TARGET = 1u << 6,     /* a coordinated verb acts on the target of the verb before */
    RF_DENIAL = 1u << 7,           /* "Russia denied striking …": a denial answers the accuser */
    RF_BAN_EMBARGO = 1u << 8,      /* a ban on another country's goods is an embargo (163) */
    RF_SAME_ENDS = 1u << 9,        /* a name after its title is no target of its own */
    RF_SPEAKER_BACKGROUND = 1u << 10, /* a frame's speaker after the content is not the agent */
    RF_SYM_WITH = 1u << 11,        /* "Trump's summit with Kim": a meeting both ways */
    RF_NOUN_SIDES = 1u << 12,      /* "a ceasefire between X and Y": the sides of an event noun */
    RF_HELP_AUX = 1u << 13,        /* "helped broker the deal": help before a verb is no aid */
    RF_INF_APPOSITION = 1u << 14,  /* "X, the first to visit Y": the actor opening it is its subject */
    RF_PARTICIPLE_SUBJ = 1u << 15, /* "…, rejecting X": a participle clause has the first subject */
    RF_HYPHEN_PARTICIPLE = 1u << 16, /* "Iran-backed militias": no predicate */
    RF_SHARED_ROLE = 1u << 17,     /* "Indian and Pakistani officials": adjectives share the role */
    RF_REACTION_PHRASES = 1u << 18, /* "warned of a serious response": a reaction whose phrases
                                    * name no actor answers the last actor (else only a bare one) */
    RF_REPORTED_ACCUSATION = 1u << 19, /* a speaker who reports another side's violence in
                                    * reported speech accuses it (112): where the grammar marks
                                    * reported speech as the speaker's claim (the German
                                    * subjunctive), not where "said" also relays known facts */
    RF_REACTION_CHAIN = 1u << 20,  /* a reaction that answers the last actor answers, when that
                                    * actor's own last event was a reaction, whom it answered */
    RF_GROUP_ROLE = 1u << 21,      /* "Hamas-Sprecher": a state role of a group that is no part
                                    * of a state speaks for the group */
    RF_PLACE_AFTER_ROLE = 1u << 22, /* "Demonstranten warfen in Madrid Steine": a role that acts
                                    * where it is takes the country of a place its clause
                                    * names after it, before the article's focus */
    RF_COUP_AT_HOME = 1u << 23,    /* "the military seized power": a removal from office (172)
                                    * by the army with no one named is against its own
                                    * government */
    RF_FRONTED_PHRASE = 1u << 24,  /* « En visite en Chine, le président … »: a phrase that
                                    * opens the clause ends at its comma, its actor is in no
                                    * list with the subject after it */
    RF_COORD_OWN_CONTENT = 1u << 25, /* with RF_COORD_TARGET: a coordinated demand or warning
                                    * ("kritisierte die Maßnahme und forderte eine Lösung")
                                    * names its own content, it does not take up the target
                                    * of the verb before */
    RF_JOINT_AGREEMENT = 1u << 26, /* "A, B und C einigten sich auf Hilfen für D": parties
                                    * that agree on an act toward a third side act jointly;
                                    * their agreement among themselves (057) is not written */
    RF_STATE_COERCION = 1u << 27,  /* "wurden 2700 Richter ihres Amtes enthoben": an agentless
                                    * passive of a coercion only a state does (172x, 173)
                                    * was the state's where it happened */
    RF_CONJ_APART = 1u << 28,      /* "denied the ship permission … after refusing the arrival
                                    * of another carrying 600 people": a phrase past a
                                    * subordinating or temporal conjunction after the verb is
                                    * none of its partners */
    RF_PHRASE_BEFORE_NOUN = 1u << 29, /* "подписал с Китаем соглашение": a support verb's
                                    * event-noun object may follow the phrase it governs,
                                    * where word order is free without verb-second */
    RF_YEAR_AFTER_IN = 1u << 30,   /* with year_nouns: a past year dates the clause's deed only
                                    * after "in" (prep_in) that follows the verb, an actor
                                    * or a comma, or opens the clause ("annexed Crimea in
                                    * 2014", "which in 2008 fought"); a bare year modifies a
                                    * noun ("the 2015 deal") and "signed in 2015" a phrase */
};

typedef struct dy_lang_rules {
    const char *code;          /* "de" */
    const dy_fw *words;        /* NULL-terminated table */

    /* grammar switches: what the language's syntax is like */
    bool verb_second;          /* main clauses are verb-second (a Vorfeld before the
                                * finite verb), subordinate clauses verb-final; the
                                * last verb of a clause carries its meaning */
    bool nouns_capitalised;    /* every noun is capitalised: a lower-case word is no
                                * name, role or event noun */
    bool names_capitalised;    /* names (countries, capitals, people, organisations)
                                * are capitalised, other words not: a lower-case
                                * word is no name (Russian "того" is not Togo),
                                * while roles, adjectives and demonyms are lower
                                * case */
    bool subject_before_verb;  /* SVO: the subject stands before the verb, objects
                                * after it; a clause that opens with its verb has
                                * its subject elsewhere */
    bool noun_verb_homographs; /* one form is noun and verb ("attack", "visit"):
                                * the word before decides */
    bool noun_after_article;   /* a form that is noun and verb is the noun after an
                                * article (French « le massacre », « une attaque »);
                                * after a clitic_articles word only where no
                                * clitic can stand: after a preposition, a verb or
                                * at the sentence's start (« par le massacre »,
                                * « a condamné la frappe »; not « il les attaque ») */
    bool name_modifiers;       /* a bare name modifies a noun ("U.S. President",
                                * "the Paris agreement", "EU trade commissioner") */
    bool possessor_names;      /* a possessor ('s) before an actor or a name names
                                * whose it is ("Ukraine's Azov battalion") */
    bool of_genitive;          /* a role's country follows in a genitive phrase
                                * (gen_preps): "the foreign minister of China" */
    bool noun_restates;        /* a nominal event between two sides restates an
                                * event of its root the sentence reported from the
                                * one side to the other ("shelled the towns, … in
                                * the worst fighting between the two countries") */
    bool modal_to_infinitive;  /* modal verbs of intent govern an infinitive with a
                                * marker (FW_ZU): "plans to", "agreed to restore" */
    bool bare_speech_content;  /* a speech verb's content needs no subordinator:
                                * "said China would …" */
    bool that_content;         /* a that_words subordinator right after a speech verb
                                * (an adverb or a weekday between) opens the content
                                * as a clause of its own even with no comma before
                                * it, when the content holds a verb and opens with no
                                * actor: French « a déclaré qu'il rencontrerait … »,
                                * « a indiqué que ses troupes avaient saisi … » (a
                                * possessive subject is the speaker's own people);
                                * a negated frame makes its content no fact */
    bool comma_conj_shares;    /* ", et ont tué …": a conjunction after the comma that
                                * closed a clause, before a finite verb, starts a
                                * clause with the same subject (off for English:
                                * even-en lost two events to false ones) */
    bool seat_subject;         /* an impersonal verb with no subject whose clause
                                * opens with a prep_in phrase naming an actor: that
                                * actor is its subject (Russian "в Кремле заявили",
                                * "в МИД Японии подчеркнули") */
    bool case_marks_roles;     /* names are declined and their case, not their place,
                                * says who acts: a form in an oblique case (the
                                * dictionary's GC_OBLIQUE: "Лаврову", "Китаем") is
                                * no subject, an object before the verb is the
                                * verb's object, and a nominative-only form (GC_NOM)
                                * after the verb is its subject ("Лаврову позвонил
                                * Си Цзиньпин"); an actor in the genitive after an
                                * event noun is that noun's own phrase ("о высылке
                                * российских дипломатов"), not in the preposition's */
    bool bare_country_genitive; /* a country or organisation right after a role noun
                                * is the role's, whatever its form shows: the
                                * abbreviations do not decline ("посол США",
                                * "МИД КНР", "генсек ООН") */
    bool adj_after_noun;       /* an adjective follows its noun: a country adjective
                                * after a role names the role's country ("le
                                * gouvernement malien", "l'armée russe") */
    bool content_pro_drop;     /* a content clause ("что …") right after a speech frame
                                * whose active finite verb has no subject drops the
                                * pronoun of the speaker, who is its subject (Russian
                                * "заявил, что не признает …", "сообщил, что
                                * сожалеет о …") */
    bool rel_phrase_pro_drop;  /* a clause that opens with a phrase holding a relative
                                * pronoun ("…, по итогам которых приняли заявление")
                                * and has an active verb, no subject and no bare actor
                                * after the verb continues the subject of the clause
                                * before (Russian drops it) */
    bool announce_is_intent;   /* a speech verb of intent with an event noun
                                * ("kündigte Sanktionen an") announces an intent */
    uint32_t families;         /* RF_*: the coder's heuristics that apply */

    /* the prepositions the grammar relies on (base forms, as in FW_PREP's
     * norm): location, origin, agent of the passive, means, source, "open
     * to", company; dy_code() (src/coder/api.c) looks them up for
     * cctx.id_in … id_mit */
    const char *prep_in, *prep_origin, *prep_agent, *prep_means, *prep_source, *prep_open,
        *prep_with;

    /* word lists (folded) the coder's rules read */
    const char *const *poss_clitics;   /* possessive clitics as tokens: 's */
    const char *const *gen_preps;      /* a genitive preposition: of */
    const char *const *compass_adjs;   /* "regions of eastern Ukraine" */
    const char *const *place_nouns;    /* a role before them names a place: "refugee camp" */
    const char *const *place_of_heads;  /* "east (of)", "outside (of)": a place, not whose */
    const char *const *split_particles; /* English "called them off": the particles of
                                        * phrasal verbs that may follow a short object;
                                        * NULL: none */
    const char *const *recip_words;    /* "(blame) the other", "(one) another": a reciprocal
                                        * object after an article or "one"; NULL: none */
    const char *const *free_relatives; /* "(struck) what (New Delhi called a camp)": the
                                        * actor after it is the relative's subject;
                                        * NULL: none */
    const char *const *patient_nouns;  /* "(condemned the) killing (of X)", "(X's) arrest":
                                        * their "of" phrase or possessor is the one it was
                                        * done to, not the one the verb is aimed at; NULL: none */
    const char *const *frame_nouns;    /* Russian "(в) ходе", "(во) время", "(в) рамках": a
                                        * noun after them and their preposition stands in
                                        * that phrase ("в ходе визита"); NULL: none */
    const char *const *accusation_words; /* "(denied the) allegations": a denial answers
                                          * the accuser */
    const char *const *culprit_words;  /* "(drohte den) Verantwortlichen", "the perpetrators":
                                        * those behind the story's last violence; NULL: none */
    const char *const *upcoming_preps; /* "vor dem Gipfel": a meeting or visit after them is
                                        * yet to come (an intent) */
    const char *const *setting_preps;  /* "auf (dem Nato-Gipfel)", "während", "bei": with
                                        * circumstance_nouns ("am Rande des"), a meeting
                                        * named after them whose only partner is the
                                        * organisation of its compound is the setting of
                                        * the clause's act, no meeting of the subject with
                                        * it; NULL: none */
    const char *const *year_nouns;     /* "(im) Jahr (2015)": with a year before the story's
                                        * a clause of fact is history, not written
                                        * (emit.c past_year); NULL: the rule is off */
    const char *const *span_preps;     /* "seit (2014)", "bis": a year after them bounds a
                                        * span, it dates no deed */
    const char *const *since_conjs;    /* "since (the two countries fought …)": a clause
                                        * they open names the point the story's time is
                                        * measured from, no event of the story; NULL: none */
    const char *const *neighbour_nouns; /* "(dem) Nachbarland", "neighbour": after an
                                        * article, the country of the story's last pair
                                        * (else the last country) that the sentence has
                                        * not named before it; after a possessive ("its
                                        * neighbour"), the country named before the last
                                        * one; NULL: none */
    const char *const *plan_words;     /* "(der) geplante (Gipfel)", "(soll) stattfinden",
                                        * "angesetzt": in their clause a meeting or visit
                                        * noun (04) is yet to come, an intent; NULL: none */
    const char *const *plan_heads;     /* "Vorbereitungen (für den Gipfel)", "im Vorfeld
                                        * (des Gipfels)": a meeting noun in their phrase
                                        * is yet to come */
    const char *const *upcoming_heads; /* "ahead (of)", "(in) advance (of)": the event
                                        * noun after them is yet to come */
    const char *const *place_in_preps; /* « au (Liban) », « aux (États-Unis) », « à
                                        * (Kharkiv) »: before a place's name, a locative as
                                        * prep_in is (where the verb takes no phrase of
                                        * theirs); NULL: none */
    const char *const *foreign_adjs;   /* « (les troupes) étrangères »: a role so qualified
                                        * belongs to no country the text names around it;
                                        * NULL: none */
    const char *const *done_heads;     /* « (à l') issue (de) », « (au) lendemain (de) »: the
                                        * event noun in their "of" phrase is over, a fact
                                        * even in a clause of intent; NULL: none */
    const char *const *during_heads;   /* « lors (de) », « (au) cours (de) », « (au dernier)
                                        * jour (de) »: the event noun in their "of" phrase
                                        * happened, an event of its own; NULL: none */
    const char *const *adj_roles;      /* role words that are adjectives before a noun:
                                        * "the official decree" */
    const char *const *count_roles;    /* role nouns that are counts: "thousands (marched)";
                                        * before a genitive the counted are the actor */
    const char *const *as_not_conj;    /* around "as", it is no conjunction: such as, as well as */
    const char *const *geo_features;   /* capitalised after (or "X of" before) a country's
                                        * name or adjective, they name a body of water,
                                        * not an actor: "South China Sea", "Sea of Japan" */
    const char *const *region_after;   /* right after a country's name (or after a genitive
                                        * preposition and capitalised), they make it a
                                        * continent or a region of several states, not an
                                        * actor: « Amérique latine », « Amérique du Sud » */
    const char *const *between_preps;  /* the two sides of a phrase: zwischen, between */
    const char *const *side_nouns;     /* « les deux camps se sont accusés »: after a pair
                                        * word, before a verb, they name the two sides (not
                                        * « deux camps de réfugiés », places) */
    const char *const *pit_verbs;      /* « des combats ont opposé X à Y »: forms of a verb
                                        * whose object and pit_preps phrase are the two
                                        * sides of the event noun before it */
    const char *const *pit_preps;      /* … the preposition of its second side: à, au, aux */
    const char *const *reason_preps;   /* a noun after them is a reason, not a deed */
    const char *const *first_person;   /* ich, wir: "ich muss die Ukraine entscheiden
                                        * lassen" binds the speaker, it appeals to no one */
    const char *const *ruling_words;   /* "begrüßte die Entscheidung", "das Urteil": taken
                                        * up, the last ruling by a court (JUD); NULL: none */
    const char *const *relation_nouns; /* Verbündete, Partner, Gegner: "die Verbündeten
                                        * Israels" are others than Israel: a genitive
                                        * after one is no subject; NULL: none */
    const char *const *victim_words;   /* Opfer: "wurden Opfer eines Anschlags": the
                                        * subject suffered the event noun after it, it did
                                        * not act; NULL: none */
    const char *const *suffer_verbs;   /* "погиб в результате удара": forms of a verb whose
                                        * subject suffered the event noun in a phrase after
                                        * it (its target, when the noun names its doer);
                                        * NULL: none */
    const char *const *assembly_words; /* "wies die Resolution zurück": taken up, the act
                                        * of the last organisation (IGO) or legislature
                                        * (LEG) that acted; NULL: none */
    const char *const *circumstance_nouns; /* in a phrase, their genitive belongs to the
                                        * phrase, it is no object: "am Rande des Gipfels",
                                        * "im Vorfeld der Wahl"; NULL: none */
    const char *const *occasion_preps; /* a noun after them is the occasion or an earlier
                                        * happening ("nach dem Anschlag", "bei Protesten"),
                                        * not the subject's deed, unless a meeting or
                                        * cooperation (roots 03-08) */
    const char *const *aim_preps;      /* "das Votum für einen Austritt": a cut of relations
                                        * (16x) after them is an aim, not a reported event;
                                        * NULL: none */
    const char *const *purpose_preps;  /* Russian "для", "ради": an event noun after them
                                        * (not the predicate) is a purpose, not a reported
                                        * event ("для установления контроля"); NULL: none */
    const char *const *approx_heads;   /* "at (least)": a number's bound before the counted */
    const char *const *approx_words;   /* "(at) least", "(at) most" */
    const char *const *num_bounds;     /* "around 3,000 people": one word that bounds the
                                        * number after it, no preposition heading the
                                        * counted (NULL: none) */
    const char *const *with_words;     /* "with X doing": an absolute construction */
    const char *const *gen_articles;   /* an article after a noun opening a genitive:
                                        * "der Besuch der Kanzlerin" */
    const char *const *attr_articles;  /* "der USA" right after a noun: a genitive attribute */
    const char *const *pair_articles;  /* "die Länder": the pair */
    const char *const *pattern_articles; /* no verb pattern after them: "was in an accord" */
    const char *const *verb_determiners; /* a verb form that is also a determiner, one before a
                                          * content word: "traf sich mit einigen Ministern" */
    const char *const *clitic_articles; /* with noun_after_article: the articles that
                                        * are also object pronouns before a verb
                                        * (French le, la, les, leur); NULL: none */
    const char *const *purpose_words;  /* a purpose clause: "um … zu" */
    const char *const *frame_words;    /* a verbless speech frame after the content: ", so X" */
    const char *const *that_words;     /* a that-clause: "demanded that …" */
    const char *const *document_nouns; /* "decree", "executive order", "law": a support
                                        * verb's object of these followed by a gerund
                                        * ("signed a decree recognizing …") is a document
                                        * whose content, the gerund, is the predicate;
                                        * NULL: none */
    const char *const *claim_nouns;    /* "claims (that …)", "allegations", "suggestions": a
                                        * that-clause right after them is what is claimed,
                                        * no fact; NULL: none */
    const char *const *member_nouns;   /* "der Nato-Partner", "das EU-Mitglied": an
                                        * organisation joined to one by a hyphen names
                                        * a member state, not itself; NULL: none */
    const char *const *oblique_articles; /* articles that mark an object case (den, dem,
                                        * einen …): a noun phrase between commas opened by
                                        * one is an apposition to an object; NULL: none */
    const char *const *indef_articles; /* ein, eine, a, an: "forderte eine Grenzpolizei":
                                        * a role so introduced as what is demanded is a
                                        * thing to create, no addressee; NULL: none */
    const char *const *such_words;     /* solche, derartige: "eine solche Maßnahme" takes
                                        * up the last event despite its indefinite article;
                                        * NULL: none */
    const char *const *source_nouns;   /* "nach Angaben des Ministeriums", "nach
                                        * Informationen von X": the actor after one is
                                        * a report's source, no argument; NULL: none */
    const char *const *speaker_prons;  /* "we": the speaker's side */
    const char *const *singular_prons; /* "he", "she": one actor */
    const char *const *plural_prons;   /* "they": the two of the last event */
    const char *const *owner_participles; /* "flagged", "owned": "a British-flagged tanker"
                                        * is British (not an agent as "Russian-backed");
                                        * NULL: none */
    const char *const *group_numbers;  /* "three", "four", … (3, 4, … in order): "the three
                                        * countries" are the last three named; NULL: none */
    const char *const *plural_endings;   /* "-s": a role, title, demonym or organisation
                                        * noun ending so is several ("the troops"), for
                                        * neuter_prons; NULL: never read */
    const char *const *singular_endings; /* "-ss", "-us", "-is", "-as": ... unless it
                                        * ends so ("Hamas", "the Congress") */
    const char *const *neuter_prons;   /* "it": a thing, never a person nor a plural
                                        * ("the Guards said it had ..."); NULL: none */
    const char *const *plural_poss;    /* "their": a plural possessive ("in their first
                                        * talks": the clause's subjects among themselves) */
    const char *const *singular_poss;  /* "his", "her": a singular possessive ("after his
                                        * state visit to China": the person named before) */
    const char *const *rel_prons;      /* a relative pronoun after a comma: who, which */
    const char *const *rel_obj_prons;  /* … which is an object: whom */
    const char *const *country_nouns;  /* "the country's military": the country named last */
    const char *const *role_heads;     /* a compound ending in one is that role noun
                                        * ("Geheimdienstminister" is a "Minister") */
    const char *const *deed_participles; /* participles whose agent phrase after an event
                                * noun names the noun's doer: « l'attaque menée
                                * par X », « les crimes commis par X »; NULL: none */
    const char *const *passive_endings; /* a participle with one of these endings is a
                                * passive by itself, with no auxiliary: Russian
                                * short participles "задержаны 35 человек", "сбит" */
    const char *const *attr_endings;   /* the endings a participle takes as an attribute
                                        * ("(die) vermittelte (Waffenruhe)"), longest
                                        * first; NULL: none */
    const char *const *adj_suffixes;   /* the endings of adjectives: a lower-case word
                                        * inside a noun phrase before an actor has one
                                        * ("в четверг Вашингтон …": четверг is none, so
                                        * Вашингтон is not in the phrase of в); NULL:
                                        * any lower-case word may be an adjective */
    const char *const *past_suffixes;  /* a lower-case word with one is a verb we lack:
                                        * "-te", "-ten", "-ed" */
    const char *adverb_suffix;         /* "-ly": an adverb, no noun modifier */
    const char *agent_suffix;          /* "Russian-backed": the adjective names the agent */
    const char *gerund_suffix;         /* "-ing": a participle opens a clause */
    const char *infinitive_suffix;     /* German "-n": "zu" before a lower-case word with it
                                        * ending the clause is an infinitive */
    const char *const *infinitive_endings; /* when given, only a word with one of these
                                        * endings after the infinitive marker is an
                                        * infinitive: French "-er", "-ir", "-re" (« a
                                        * annoncé de nouvelles sanctions » is none) */
} dy_lang_rules;

extern const dy_lang_rules dy_rules_de;
extern const dy_lang_rules dy_rules_en;
extern const dy_lang_rules dy_rules_ru;
extern const dy_lang_rules dy_rules_fr;

/* The registry of the languages dyad codes (src/lang/languages.c): their
 * rules tables in the order of their index (an article's language index,
 * the dictionary's folders), NULL-terminated, at most DY_MAX_LANGS. */
#define DY_MAX_LANGS 8
extern const dy_lang_rules *const dy_languages[];
/* The number of languages in dy_languages. */
int dy_lang_count(void);
/* The index of language CODE ("de") in dy_languages, or -1. */
int dy_lang_index(const char *code);

#endif
