/* trace_text.h: the texts of the explain trace (dyad explain), and the
 * names of the grammar's own rules in an event's provenance.
 *
 * They are English, the language of dyad's output, whatever the language
 * of the article.  They stand here and not in src/coder/, which holds no
 * word of any natural language (tests/cli/t0810-neutral.sh): the coder
 * names a message, this table words it.  Macros, not an array, so that
 * the compiler still checks each format against its arguments.  The
 * moods' names (dy_mood_name, in the output too) and the messages of
 * dy_code()'s errors (dy_error.msg) stand here for the same reason. */
#ifndef DY_TRACE_TEXT_H
#define DY_TRACE_TEXT_H

/* the grammar's own rules (an event's "rule") */
#define TM_RULE_APPEAL "grammar:reported-appeal"
#define TM_RULE_ACCUSE "grammar:reported-accusation"
#define TM_RULE_CLAIM "grammar:claimed-deed"
#define TM_RULE_VISIT "grammar:visit-from-dateline"

/* the rules of an event's location (dy_location.rule, include/dyad.h) */
#define TM_LOC_LOCATIVE "locative"
#define TM_LOC_SENTENCE "sentence"
#define TM_LOC_DATELINE "dateline"
#define TM_LOC_VISIT "visit"
#define TM_LOC_HEADLINE "headline"
#define TM_LOC_PREVIOUS "previous-sentence"
#define TM_LOC_ACTORS "actors"
#define TM_LOC_MEETING "meeting"
#define TM_LOC_SAME "same-actors"
#define TM_LOC_SOURCE "source"
#define TM_LOC_VENUE "venue"
#define TM_LOCATION "      location: %s (%s, %s, %s) rule=%s: "

/* clause kinds, in the order of CL_MAIN … CL_SAY */
#define TM_CL_MAIN "main"
#define TM_CL_SUB "sub"
#define TM_CL_REL "rel"
#define TM_CL_ZU "zu"
#define TM_CL_IF "if"
#define TM_CL_OB "ob"
#define TM_CL_SAY "say"

/* the moods' names, in the order of dy_mood (dy_mood_name) */
#define TM_MOOD_FACT "fact"
#define TM_MOOD_INTENT "intent"
#define TM_MOOD_APPEAL "appeal"
#define TM_MOOD_SPECULATION "speculation"
#define TM_MOOD_QUESTION "question"
#define TM_MOOD_HYPOTHETICAL "hypothetical"
#define TM_MOOD_NEGATED "negated"
#define TM_MOOD_REPORTED "reported"

/* dy_code()'s errors */
#define TM_ERR_DATE "article %.64s: missing or invalid date '%.32s' (want YYYY-MM-DD)"
#define TM_ERR_LANG "article %.64s: language '%.16s' is not supported yet"
#define TM_ERR_DOC_CAP "article %.64s: %zu bytes is over the document cap of %zu bytes"
#define TM_ERR_OFFSETS "article %.64s: %zu bytes after UTF-8 repair is over the 32-bit offsets"
#define TM_ERR_TOKEN_CAP "article %.64s: over the cap of %zu tokens"
#define TM_ERR_OOM "out of memory"

/* trace lines and their parts */
#define TM_SAME_HAPPENING_DROPPED "    %s %s %s: the same happening as a more specific code, dropped\n"
#define TM_JOINT_AGREEMENT_DROPPED "    %s %s %s: an agreement on an act toward a third side, dropped\n"
#define TM_PAST_YEAR_HISTORY "    %s %s %s: dated by a year before the story's, history, dropped\n"
#define TM_EVENT_MOOD_DATE_RULE "    EVENT %s %s %s (%s) mood=%s date=%s rule=%s\n"
#define TM_STORY_DISCARDED_DISCARDS_TXT "story discarded (discards.txt): "
#define TM_SENTENCE "sentence %zu: "
#define TM_SENTENCE_DISCARDED_DISCARDS_TXT "  sentence discarded (discards.txt): "
#define TM_SPEECH_FRAME_SPEAKER "    speech frame, speaker %s\n"
#define TM_NONE "(none)"
#define TM_ACTOR_COUNTRY "  actor %s '"
#define TM_ACTOR_COUNTRY_FROM "': country from %s (%s)\n"
#define TM_ACTOR_NO_COUNTRY "  actor '"
#define TM_ACTOR_NO_COUNTRY_WHY "': no country (the dateline's is not named in the article, and a wrong one is worse than none)\n"
#define TM_CTX_PHRASE "the phrase"
#define TM_CTX_CLAUSE "the clause"
#define TM_CTX_DATELINE "the dateline"
#define TM_CTX_FOCUS "the article's focus"
#define TM_CTX_PERSON "a person named earlier"
/* the rules of resolve.c that give a role its country */
#define TM_RC_PLACE "a place after it: in, from"
#define TM_RC_PLACE_BEFORE "a town or region named before it"
#define TM_RC_ARMED_PLACE "a non-state armed side: a place named after it in its clause"
#define TM_RC_POSSESSOR "a possessive country before the name"
#define TM_RC_PARTNER "a coordinated partner"
#define TM_RC_LEARNT "a name learnt with its role earlier in the article"
#define TM_RC_GENITIVE "an actor in its genitive: of"
#define TM_RC_APPOSED_PERSON "a known person's name after it between commas"
#define TM_RC_COUNTRY_NOUN "the country named last, taken up by 'the country'"
#define TM_RC_SAME_ROLE "the last actor with this role"
#define TM_RC_FOCUS "the country named most so far, more than twice as often as any other"
#define TM_RC_DATELINE "the dateline's place"
#define TM_RC_PLACE_AFTER "a place its clause names after it, where the role acts"
#define TM_RC_BEFORE "an actor before it in its clause, or a place the sentence names"
#define TM_APPEAL_WITHOUT_A_SPEAKER_OR "    appeal without a speaker or subject\n"
#define TM_NO_EVENT_READING "    the words read as no event (code -): not coded\n"
#define TM_NO_PREDICATE_IN_THE_DICTIONARIES "    no predicate in the dictionaries\n"
#define TM_PREDICATE_MOOD_SUBJECT "    predicate '%s' %s (%s) mood=%s subject=%s%s\n"
#define TM_AND_MORE " (and more)"
#define TM_RELATIVE_CLAUSE_BACKGROUND_NOT_CODED "    relative clause: background, not coded\n"
#define TM_SINCE_CLAUSE_BACKGROUND_NOT_CODED "    clause of \"since\": what the story's time is measured from, not coded\n"
#define TM_AN_EVENT_BEING_ENDED_NOT "    an event being ended: not coded\n"
#define TM_THE_SUBJECT_IS_ITS_VICTIM "    the subject is its victim (victim_words): not its actor\n"
#define TM_THE_SUBJECT_SUFFERED "    the subject suffered the event (suffer_verbs): %s acted on %s\n"
#define TM_AN_OCCASION_NOT_THE_SUBJECT_S "    a phrase of occasion: another happening, not the subject's deed\n"
#define TM_WHAT_WAS_DEMANDED_NOT_AN "    what was demanded: not an event of its own\n"
#define TM_A_CONCESSION_REFUSED "    a concession refused: %s\n"
#define TM_NOT_CODED "    not coded: %s\n"
#define TM_PASSIVE_WITHOUT_AN_AGENT_NO "    passive without an agent: no source\n"
#define TM_PASSIVE_ACTED_ON_THE_SUBJECT "    passive: %s acted on the subject %s\n"
#define TM_MEDIA_CHANNEL "    %s: the media a statement is made to, not its addressee\n"
#define TM_PROTEST_BY_THE_PEOPLE "    a protest with no protester named: the people of the place, %s\n"
#define TM_PLACE_AS_TARGET "    a place as target: its country %s\n"
#define TM_CRITICISM_OF_VIOLENCE "    criticism of an act against %s: the target is its doer %s\n"
#define TM_CRITICISM_OF_VIOLENCE_NO_DOER "    criticism of an act against %s: its doer is not known, no target\n"
#define TM_CRITICISM_OF_DEED_AGENT "    criticism of a deed: the target is its agent phrase\n"
#define TM_PRONOUN_NOT_SUBJECT "    a pronoun object is not the clause's own subject: target %s\n"
#define TM_PASSIVE_IMPLIED_AGENT "    passive without an agent, an act of the state's forces: %s acted on the subject %s\n"
#define TM_RECEIVING_WITHOUT_A_GIVER "    receiving without a giver\n"
#define TM_RELATIVE_CLAUSE_WITHOUT_A_TARGET "    relative clause without a target\n"
#define TM_TARGET_WHOSE_ACT_THE_OBJECT "    target: whose act the object is: %s\n"
#define TM_TARGET_IN_THE_VERB_S "    target in the verb's phrase: %s\n"
#define TM_TARGET_IN_THE_PHRASE_OF "    target in the phrase of '%s': %s\n"
#define TM_TARGET_IN_WHAT_IS_DEMANDED "    target in what is demanded: %s\n"
#define TM_A_DEMAND_TO_BOTH_SIDES "    a demand to both sides: %s, %s\n"
#define TM_OBJECT_REFERS_TO_THE_LAST "    object refers to the last event: target %s\n"
#define TM_TARGET_FROM_THE_DEMANDED_CLAUSE "    target from the demanded clause: %s\n"
#define TM_NO_OBJECT_ANSWERS_THE_LAST "    no object: answers the last actor %s\n"
#define TM_COORDINATED_VERB_TARGET_OF_THE "    coordinated verb: target %s of the verb before\n"
#define TM_MEDIATION_BETWEEN_THE_PARTIES_BEFORE "    mediation between the parties before: %s …\n"
#define TM_A_DENIAL_ANSWERS_THE_LAST "    a denial answers the last actor %s\n"
#define TM_PROTEST_AGAINST_THE_OWN_GOVERNMENT "    protest against the own government: %s\n"
#define TM_EMERGENCY_AT_HOME "    a state of emergency or curfew at home: %s\n"
#define TM_NO "    no %s\n"
#define TM_SOURCE "source"
#define TM_TARGET "target"
#define TM_CLAUSE "  clause %d [%s]: "

#endif
