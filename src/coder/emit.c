/* emit.c: Events: one event written (filters, de-duplication, spans, trace). */
#include "coder/stages.h"
#include <string.h>
#include <stdlib.h>

void trace_span(cctx *c, uint32_t a, uint32_t b)
{
    if (!c->trace || a >= b)
        return;
    uint32_t s = c->t[a].off, e = c->t[b - 1].off + c->t[b - 1].len;
    dy_buf_add(c->trace, c->text + s, e - s);
}

static uint32_t span_end(cctx *c, uint32_t tok)
{
    /* the mention starting at TOK ends at its last token */
    for (size_t i = c->ments.n; i-- > 0;) {
        ment *m = &DY_AT(c->ments, ment, i);
        if (m->first == tok || m->head == tok)
            return m->last - 1;
    }
    return tok;
}

/* Sets an event's code and what follows from it: root, Goldstein weight
 * and quad class (0 for a code the table lacks). */
void set_event_code(cctx *c, dy_event *e, const char *code)
{
    dy_scat(e->code, sizeof e->code, 0, code, SIZE_MAX);
    dy_scat(e->root, sizeof e->root, 0, code, 2);
    const dy_code_ent *ce = dy_dict_code(c->d, code);
    e->goldstein = ce ? ce->g[c->scale] : 0;
    e->quad = ce ? ce->quad[c->scale] : 0;
}

/* "Die Polizei ging mit Wasserwerfern gegen Demonstranten vor": the verb's
 * generic code (170) and the noun's specific one (175) for the same two
 * actors in one sentence are one happening ("vereinbarten, die
 * Zusammenarbeit auszubauen": 057, not also 050): of the events written
 * since FROM, one whose code is its root's generic leaf (a 3-digit code
 * ending in 0) is dropped when another has the same source, target and
 * root. */
/* "Deutschland, Frankreich und Italien einigten sich auf Hilfen für die
 * Ukraine", "vereinbarten, Kiew Panzer zu liefern": parties that agree
 * on an act toward a third side act on it jointly; the agreement among
 * themselves (057) is how they did so, not an event between them.  Of
 * the sentence's events since FROM, a 057 is dropped when another event
 * (not of root 05) has a party of the agreement as source and neither
 * side of that 057 as target (RF_JOINT_AGREEMENT). */
/* Is ACTOR's country a party of the agreement E: a side of a 057 of the
 * same predicate ("Chile, Peru und Bolivien einigten sich": all three)? */
static bool agreement_party(cctx *c, size_t from, const dy_event *e, const char *actor)
{
    for (size_t q = from; q < c->events.n; q++) {
        const dy_event *g = &DY_AT(c->events, dy_event, q);
        if (strcmp(g->code, "057") || g->pred_span.start != e->pred_span.start)
            continue;
        if (!strncmp(actor, g->source, 3) || !strncmp(actor, g->target, 3))
            return true;
    }
    return false;
}

static void joint_agreement(cctx *c, size_t from)
{
    if (!rule_on(c, RF_JOINT_AGREEMENT))
        return;
    size_t w = from;
    for (size_t i = from; i < c->events.n; i++) {
        const dy_event *e = &DY_AT(c->events, dy_event, i);
        bool drop = false;
        for (size_t j = from; j < c->events.n && !drop && !strcmp(e->code, "057"); j++) {
            const dy_event *f = &DY_AT(c->events, dy_event, j);
            if (!strcmp(f->root, "05") || !f->target[0])
                continue;
            drop = agreement_party(c, from, e, f->source) && strncmp(f->target, e->source, 3) &&
                   strncmp(f->target, e->target, 3);
        }
        if (drop) {
            if (c->trace)
                dy_buf_printf(c->trace, TM_JOINT_AGREEMENT_DROPPED, e->source, e->code, e->target);
            continue;
        }
        if (w != i)
            DY_AT(c->events, dy_event, w) = *e;
        w++;
    }
    c->events.n = w;
}

void merge_generic(cctx *c, size_t from)
{
    joint_agreement(c, from);
    size_t w = from;
    for (size_t i = from; i < c->events.n; i++) {
        const dy_event *e = &DY_AT(c->events, dy_event, i);
        bool generic = strlen(e->code) == 3 && e->code[2] == '0', other = false;
        for (size_t j = from; generic && j < c->events.n && !other; j++) {
            const dy_event *f = &DY_AT(c->events, dy_event, j);
            other = j != i && !strcmp(e->source, f->source) && !strcmp(e->target, f->target) &&
                    !strcmp(e->root, f->root) && strcmp(e->code, f->code);
        }
        if (other) {
            if (c->trace)
                dy_buf_printf(c->trace, TM_SAME_HAPPENING_DROPPED,
                              e->source, e->code, e->target);
            continue;
        }
        if (w != i)
            DY_AT(c->events, dy_event, w) = *e;
        w++;
    }
    c->events.n = w;
}

/* "opened fire on protesters, killing at least 18 people", "shelled the
 * towns, killing 49 soldiers": counted deaths (1823, a number before the
 * victims) that an armed act of the same actor against the same country
 * earlier in the sentence (14x, 17x-20x) caused are its toll, not a second
 * happening ("killing the chief of staff" names a victim: an event of its
 * own).  True: the event is not written. */
static bool armed_toll(cctx *c, const char *src, const char *tgt, const char *code, uint32_t tgt_tok)
{
    if (strcmp(code, "1823") || tgt_tok <= c->sn.first)
        return false;
    bool counted = false;
    for (uint32_t z = tgt_tok; z-- > c->sn.first && z + 4 > tgt_tok && !counted;)
        counted = c->t[z].type == TK_NUM || (c->fw2[z] & FW2_QUANT);
    for (size_t q = c->events.n; counted && q-- > 0;) {
        const dy_event *f = &DY_AT(c->events, dy_event, q);
        if (f->sent != c->sn.index)
            break;
        int r = atoi(f->root);
        if ((r == 14 || r >= 17) && !strcmp(src, f->source) && !strncmp(tgt, f->target, 3)) {
            if (c->trace)
                dy_buf_printf(c->trace, TM_SAME_HAPPENING_DROPPED, src, code, tgt);
            return true;
        }
    }
    return false;
}

/* "Im Jahr 2015 hatten sich A und B geeinigt", "hatte die Halbinsel 2014
 * annektiert": a clause of fact dated by a year before the story's is
 * history outside the story's time, no event of the story (coding guide,
 * "Not events"); not "seit 2014" (a state that goes on) nor a year that
 * dates a noun ("den Angriff auf den Bundestag im Jahr 2015").  Languages
 * with year_nouns (the noun of "im Jahr 2015") only. */
/* English "annexed Crimea in 2014", "which in 2008 fought": the year at
 * Z whose phrase starts at P (RF_YEAR_AFTER_IN) dates the clause's deed:
 * "in" before it, and before that the verb, an actor or a name, a comma, a
 * relative pronoun or the clause's start; not "the 2015 deal" nor "the deal signed
 * in 2015". */
static bool year_dates_deed(cctx *c, const clause *k, uint32_t p, uint32_t z)
{
    if (p == z || prep_norm(c, p) != c->id_in)
        return false;
    if (p == k->a)
        return true;
    uint32_t b = p - 1;
    if (c->t[b].type == TK_PUNCT)
        return is_punct(c, b, ",");
    if (fwc(c, b) & FW_REL)
        return true;
    if (in_mention(c, c->sn.m0, b) || (c->t[b].type == TK_WORD && (c->t[b].flags & TF_CAP)))
        return true;
    return k->pred && !k->noun_pred && b + 1 == k->pred_tok + k->pred->ntok;
}

static bool past_year(cctx *c, const clause *k, dy_mood mood)
{
    if (!k || mood != DY_MOOD_FACT || !c->rules->year_nouns)
        return false;
    int story = (int)(c->date / 10000);
    for (uint32_t z = k->a; z < k->b; z++) {
        /* English "Chile's attack on Peru last year killed 40 people":
         * "last year" dates the deed before the story's year (not "since
         * last year" nor "in the past year", spans) */
        if (rule_on(c, RF_YEAR_AFTER_IN) && (fwc(c, z) & FW_LAST) && z + 1 < k->b &&
            tok_in(c, z + 1, c->rules->year_nouns) &&
            !(z > k->a && (tok_in(c, z - 1, c->rules->span_preps) || (fwc(c, z - 1) & FW_ART))))
            return true;
        const dy_tok *t = &c->t[z];
        if (t->type != TK_NUM || t->flen != 4)
            continue;
        int y = atoi(t->fold);
        if (y < 1900 || y >= story)
            continue;
        uint32_t p = z;
        if (p > k->a && tok_in(c, p - 1, c->rules->year_nouns))
            p--;
        if (p > k->a && (fwc(c, p - 1) & FW_PREP) && prep_norm(c, p - 1) == c->id_in)
            p--;
        /* "seit 2014", "bis 2015": a span, no date of the deed */
        if (p > k->a && tok_in(c, p - 1, c->rules->span_preps))
            continue;
        /* "im Jahr 2015" after a noun dates that noun */
        if (p < z && p > k->a + 1 && c->t[p - 1].type == TK_WORD && (c->t[p - 1].flags & TF_CAP) &&
            !rule_on(c, RF_YEAR_AFTER_IN))
            continue;
        if (rule_on(c, RF_YEAR_AFTER_IN) && !year_dates_deed(c, k, p, z))
            continue;
        return true;
    }
    return false;
}

/* "China schickte Kampfjets in die Zone", "schickte Soldaten nach Mali":
 * aid (07) from a government to its own forces or officials is what the
 * verb sends, not a recipient; no event between them. */
static bool own_agents_sent(const char *src, const char *tgt, const char *code)
{
    static const char *const agents[] = {"GOV", "MIL", "COP", "SPY"};
    if (strncmp(code, "07", 2) || strncmp(src, tgt, 3) || strlen(src) < 6 || strlen(tgt) < 6 ||
        strcmp(src + 3, "GOV"))
        return false;
    for (size_t r = 0; r < sizeof agents / sizeof *agents; r++)
        if (!strcmp(tgt + 3, agents[r]))
            return true;
    return false;
}

/* "Peking protestierte", "China protested": a protest (141) by a
 * government or an organisation toward another country is an official
 * complaint (114), not a demonstration. */
static const char *official_protest(const char *src, const char *tgt, const char *code)
{
    if (!strncmp(code, "141", 3) && strncmp(src, tgt, 3) &&
        ((strlen(src) == 6 && !strcmp(src + 3, "GOV")) || !strncmp(src, "IGO", 3)))
        return "114";
    return code;
}

/* "Peking protestierte scharf und sprach von einer Überreaktion": two
 * disapprovals (11) of one source toward one target in one sentence are
 * one happening, written once (the first).  True: one is written. */
static bool same_disapproval(cctx *c, const char *src, const char *tgt, const char *code)
{
    if (strncmp(code, "11", 2))
        return false;
    for (size_t q = c->events.n; q-- > 0;) {
        const dy_event *e = &DY_AT(c->events, dy_event, q);
        if (e->sent != c->sn.index)
            break;
        if (!strcmp(e->source, src) && !strcmp(e->target, tgt) && !strncmp(e->code, code, 2))
            return true;
    }
    return false;
}

/* The code as the two sides make it: English "clashed" (145) is armed
 * forces fighting (190) or governments quarrelling (110); a blockade
 * (191) by the people is a protest (144); a protest (141) of a government
 * is an official complaint (114, official_protest). */
static const char *event_code_by_sides(cctx *c, const char *src, const char *tgt, const char *code)
{
    /* English "clashed": protesters and police riot (145), armed forces
     * fight (190), governments clash in words (110) */
    if (rule_on(c, RF_CLASH_BY_SIDES) && !strcmp(code, "145")) {
        const char *rs = strlen(src) >= 6 ? src + 3 : "", *rt = strlen(tgt) >= 6 ? tgt + 3 : "";
        bool armed = !strcmp(rs, "MIL") || !strcmp(rs, "REB") || !strcmp(rs, "INS") ||
                     !strcmp(rt, "MIL") || !strcmp(rt, "REB") || !strcmp(rt, "INS");
        bool states = (!strcmp(rs, "GOV") || !strncmp(src, "IGO", 3)) &&
                      (!strcmp(rt, "GOV") || !strncmp(tgt, "IGO", 3));
        if (armed)
            code = "190";
        else if (states)
            code = "110";
    }
    /* "protesters surrounded the government headquarters", "Demonstranten
     * blockierten das Parlament": a blockade (191) by the people is a
     * protest blocking access (144), not the forces' blockade */
    if (rule_on(c, RF_CLASH_BY_SIDES) && !strcmp(code, "191") && strlen(src) >= 6) {
        static const char *const people[] = {"CVL", "OPP", "LAB", "EDU"};
        for (size_t r = 0; r < sizeof people / sizeof *people; r++)
            if (!strcmp(src + 3, people[r]))
                code = "144";
    }
    return official_protest(src, tgt, code);
}

void emit_event(cctx *c, const char *src, const char *tgt,
                       const char *code, dy_mood mood, const clause *k,
                       uint32_t src_tok, uint32_t tgt_tok, uint32_t pred_tok,
                       const char *rule)
{
    if (!src[0] || !tgt[0] || !strcmp(src, tgt))
        return;
    code = event_code_by_sides(c, src, tgt, code);
    if (own_agents_sent(src, tgt, code) || same_disapproval(c, src, tgt, code) ||
        armed_toll(c, src, tgt, code, tgt_tok))
        return;
    if (past_year(c, k, mood)) {
        if (c->trace)
            dy_buf_printf(c->trace, TM_PAST_YEAR_HISTORY, src, code, tgt);
        return;
    }
    /* same country, no role on either side: no event ("Russland … Moskau") */
    if (!strncmp(src, tgt, 3) && (strlen(src) <= 3 || strlen(tgt) <= 3) &&
        strncmp(src, "IGO", 3))
        return;
    /* the same (source, target, code) once per article; and "bei seinem
     * Besuch in Moskau … nach einem Treffen mit Lawrow": one article's
     * meetings of the same two countries are one meeting.  A hash set keeps
     * this linear in the number of events. */
    if (!code[0])
        return; /* no event reading ("-"): nothing to write */
    char key[64], mkey[64];
    /* src TAB tgt TAB, then the code (the meeting key: 04) */
    size_t pn = dy_scat(key, sizeof key, 0, src, SIZE_MAX);
    pn = dy_scat(key, sizeof key, pn, "\t", 1);
    pn = dy_scat(key, sizeof key, pn, tgt, SIZE_MAX);
    pn = dy_scat(key, sizeof key, pn, "\t", 1);
    memcpy(mkey, key, pn + 1);
    size_t kn = dy_scat(key, sizeof key, pn, code, SIZE_MAX);
    bool meeting = !strncmp(code, "04", 2) && strncmp(src, "IGO", 3) && strncmp(tgt, "IGO", 3);
    size_t mn = meeting ? dy_scat(mkey, sizeof mkey, pn, "04", 2) : 0;
    /* a headline's event told again in other words ("Obama expels 35
     * diplomats" … "has expelled 35 Russian nationals"): the same code
     * between the same two countries as in the first sentence (the
     * headline, or the lead) is the same event, whatever the roles (two
     * such events of the body may be two strikes) */
    char ckey[64];
    size_t cn = 0;
    if (strncmp(src, tgt, 3) && strncmp(src, "IGO", 3) && strncmp(tgt, "IGO", 3)) {
        cn = dy_scat(ckey, sizeof ckey, 0, src, 3);
        cn = dy_scat(ckey, sizeof ckey, cn, "\t", 1);
        cn = dy_scat(ckey, sizeof ckey, cn, tgt, 3);
        cn = dy_scat(ckey, sizeof ckey, cn, "\t", 1);
        cn = dy_scat(ckey, sizeof ckey, cn, code, SIZE_MAX);
        cn = dy_scat(ckey, sizeof ckey, cn, "\tC", 2);
    }
    uint32_t csent = cn ? dy_map_get(&c->seen, ckey, cn) : UINT32_MAX;
    if (dy_map_get(&c->seen, key, kn) != UINT32_MAX ||
        (meeting && dy_map_get(&c->seen, mkey, mn) != UINT32_MAX) ||
        (csent == 0 && c->sn.index != 0))
        return;
    /* (in one sentence the roles are different actors: a mediator between
     * a country's army and its rebels) */
    if (cn && csent == UINT32_MAX && !dy_map_put(&c->seen, ckey, (size_t)cn, (uint32_t)c->sn.index)) {
        c->oom = true;
        return;
    }
    if (!dy_map_put(&c->seen, key, (size_t)kn, 1) ||
        (meeting && !dy_map_put(&c->seen, mkey, (size_t)mn, 1))) {
        c->oom = true;
        return;
    }
    dy_event *e = dy_vec_push(&c->events);
    if (!e) {
        c->oom = true;
        return;
    }
    e->sent = c->sn.index;
    int32_t d = clause_date(c, k);
    char db[32];
    snprintf(db, sizeof db, "%04d-%02d-%02d", (int)(d / 10000 % 10000), (int)(d / 100 % 100),
             (int)(d % 100));
    memcpy(e->date, db, 10);
    e->date[10] = 0;
    cp16(e->source, src); /* fields of 24 bytes: codes are at most 15 */
    cp16(e->target, tgt);
    set_event_code(c, e, code);
    /* a deed reported unconfirmed is coded, in a mood of its own */
    if (mood == DY_MOOD_FACT && k && k->hearsay)
        mood = DY_MOOD_REPORTED;
    e->mood = mood;
    dy_tok *a = &c->t[c->sn.first], *b = &c->t[c->sn.last - 1];
    e->evidence.start = a->off;
    e->evidence.end = b->off + b->len;
    uint32_t se = span_end(c, src_tok), te = span_end(c, tgt_tok);
    e->src_span.start = c->t[src_tok].off;
    e->src_span.end = c->t[se].off + c->t[se].len;
    e->tgt_span.start = c->t[tgt_tok].off;
    e->tgt_span.end = c->t[te].off + c->t[te].len;
    e->pred_span.start = c->t[pred_tok].off;
    e->pred_span.end = c->t[pred_tok].off + c->t[pred_tok].len;
    e->source_name = dy_arena_strndup(c->ar, c->text + e->src_span.start,
                                      e->src_span.end - e->src_span.start);
    e->target_name = dy_arena_strndup(c->ar, c->text + e->tgt_span.start,
                                      e->tgt_span.end - e->tgt_span.start);
    e->rule = rule;
    locate_event(c, e, k);
    /* the two sides of the latest event are what "beide Länder" means;
     * English: a third party acting on one of the pair ("the U.N. urged
     * both sides") leaves the pair as it is */
    bool third = rule_on(c, RF_PAIR_CONFLICT) && c->dis.have_pair && strcmp(src, c->dis.pair[0]) &&
                 strcmp(src, c->dis.pair[1]) && (!strcmp(tgt, c->dis.pair[0]) || !strcmp(tgt, c->dis.pair[1]));
    if (!third)
        remember_pair(c, src, tgt);
    /* English "both sides" of a conflict at home: Sudan's army and the
     * RSF (conflict codes 11-20 only) */
    if (rule_on(c, RF_PAIR_CONFLICT) && !third && !strncmp(src, tgt, 3) && strlen(src) >= 6 &&
        strlen(tgt) >= 6 && strcmp(src, tgt) && strncmp(src, "IGO", 3) &&
        ((code[0] == '1' && code[1] >= '1') || code[0] == '2')) {
        cp16(c->dis.pair[0], src);
        cp16(c->dis.pair[1], tgt);
        c->dis.have_pair = true;
    }
    cp16(c->sn.ev_src, src);
    cp16(c->sn.ev_tgt, tgt);
    if (!e->source_name || !e->target_name)
        c->oom = true;
    if (c->trace)
        dy_buf_printf(c->trace, TM_EVENT_MOOD_DATE_RULE,
                      src, code, tgt, e->root, dy_mood_name(mood), e->date, rule);
    trace_location(c, e);
}
