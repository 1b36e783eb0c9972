/* location.c: Location: where an event happened (coding guide §5; the
 * gazetteer is src/geo/geo.h, the fields dy_location of include/dyad.h;
 * docs/geo.md lists the rules with examples).
 *
 * Sources, in this order:
 *   1. a locative phrase of the event's clause ("in der Provinz Kundus",
 *      "bei Charkiw", "in northern Kunduz province"): a meeting where it
 *      took place, a visit at the place visited, an attack where it struck
 *      (for force, the last place in the target's country);
 *   2. a locative phrase of the event's sentence before its clause ("In
 *      Kabul, the minister met …"), else after it ("…", sagte Merkel nach
 *      dem Gespräch in Athen);
 *   2b. a city or region in the last locative of the sentence before;
 *   3. a domestic event (both actors of one country): the article's place
 *      in that country nearest to it, else the country the actors' codes
 *      name; force against a target abroad: the article's place in the
 *      target's country;
 *   4. the article's dateline ("KABUL (AFP) -", "(PARIS) —"): a statement
 *      is made, a meeting held where the reporter is, unless it is force
 *      against a target outside the dateline's country;
 *   5. the place of a one-line headline ("Protests in Minsk");
 *   6. after the article: the verbal cooperation of two sides takes the
 *      place of their meeting, and an event placed by no more than the
 *      dateline takes the place of the same source's deed to the same
 *      target that names one.
 * A phone call has none.  The article's focus country alone is no
 * location, and no location is better than a wrong one.  The context
 * country of the lookup (which "Tripoli") is the dateline's, else the
 * article's home. */
#include "coder/stages.h"
#include <math.h>
#include <string.h>

static const char *context_country(const cctx *c)
{
    if (c->loc.dateline)
        return c->loc.dateline->country;
    return c->home[0] ? c->home : NULL;
}

static bool punct_is(const cctx *c, uint32_t i, char ch)
{
    return c->t[i].flen == 1 && c->t[i].fold[0] == ch;
}

/* Does token I start a line (of the text, or a paragraph)? */
static bool line_start(const cctx *c, uint32_t i)
{
    if (!i || (c->t[i].flags & TF_NEWPARA))
        return true;
    size_t end = c->t[i - 1].off + c->t[i - 1].len;
    return c->t[i].off > end && memchr(c->text + end, '\n', c->t[i].off - end);
}

/* A line of at most 4 tokens with a number from token I on ("Toronto,
 * September 19" above the story): the rest of a dateline. */
static bool date_line_rest(const cctx *c, uint32_t i)
{
    bool num = false;
    uint32_t j = i;
    for (; j < c->n && j < i + 5 && (j == i || !line_start(c, j)); j++)
        num |= c->t[j].type == TK_NUM;
    return num && (j >= c->n || line_start(c, j));
}

/* A dateline at token I, the start of one of the first paragraphs: an
 * optional date in digits and an opening parenthesis, place names joined
 * by commas or slashes (the last counts: the first is the agency's desk),
 * then a dash, a bullet or a full stop ("KABUL -", "(PARIS) —",
 * "Wien. …"), or a comma or an agency in parentheses after a name in
 * capitals ("UNITED NATIONS, Nov 21", "KABUL (AFP)").  Returns the place;
 * its tokens in [*A, *B). */
static const dy_geo_place *dateline_at(cctx *c, uint32_t i, uint32_t *a, uint32_t *b)
{
    const dy_geo *g = c->loc.geo;
    while (i < c->n && (c->t[i].type == TK_NUM || (c->t[i].type == TK_PUNCT &&
                                                   !punct_is(c, i, '('))))
        i++;
    if (i < c->n && punct_is(c, i, '('))
        i++;
    const dy_geo_place *last = NULL;
    bool caps = false;
    c->loc.ndl = 0;
    while (i < c->n) {
        const dy_geo_place *cand[1];
        size_t nc;
        size_t len = dy_geo_lookup(g, c->t, c->n, i, NULL, 0, cand, 1, &nc);
        if (!len || !nc)
            break;
        last = cand[0];
        caps = (c->t[i].flags & TF_ALLCAPS) != 0;
        *a = i;
        *b = i + (uint32_t)len;
        int k = c->loc.ndl < 4 ? c->loc.ndl++ : 3;
        c->loc.dl_all[k] = last;
        c->loc.dl_a[k] = *a;
        c->loc.dl_b[k] = *b;
        i += (uint32_t)len;
        if (i + 1 < c->n && (punct_is(c, i, ',') || punct_is(c, i, '/')) &&
            dy_geo_lookup(g, c->t, c->n, i + 1, NULL, 0, cand, 1, &nc))
            i++;
        else
            break;
    }
    if (!last || i >= c->n || (c->t[i].flags & TF_QOPEN))
        return NULL;
    if (punct_is(c, i, ')') && i + 1 < c->n)
        i++;
    const dy_tok *t = &c->t[i];
    if (t->type == TK_HYPHEN || (t->type == TK_PUNCT && !punct_is(c, i, ',') &&
                                 !punct_is(c, i, '(') && !punct_is(c, i, ')')))
        return last;
    if (caps && (punct_is(c, i, ',') || punct_is(c, i, '(')))
        return last;
    /* "Toronto, September 19" on a line of its own; "BRUSSELS Dec 5 …" */
    if (punct_is(c, i, ',') && date_line_rest(c, i + 1))
        return last;
    if (caps && t->type == TK_WORD && i + 1 < c->n && c->t[i + 1].type == TK_NUM)
        return last;
    /* "Dhaka (Reuters) -": an agency in parentheses */
    if (punct_is(c, i, '(') && i + 2 < c->n && c->t[i + 1].type == TK_WORD &&
        punct_is(c, i + 2, ')'))
        return last;
    return NULL;
}

/* The end of the headline: the first paragraph, or its first line when
 * that ends in a word or a number above a line starting with a capital
 * that is longer than it and that line's first word together (with some
 * slack): text wrapped at a width would have put the word on the line
 * before, so the break ends a heading, not a wrapped sentence. */
static uint32_t headline_end(const cctx *c)
{
    uint32_t end = 1;
    while (end < c->n && !(c->t[end].flags & TF_NEWPARA) && !line_start(c, end))
        end++;
    if (end < c->n && end <= 40 && !(c->t[end].flags & TF_NEWPARA) &&
        (c->t[end - 1].type == TK_WORD || c->t[end - 1].type == TK_NUM) &&
        c->t[end].type == TK_WORD && (c->t[end].flags & TF_CAP)) {
        uint32_t j = end + 1;
        while (j < c->n && j < end + 400 && !line_start(c, j))
            j++;
        size_t l1 = c->t[end - 1].off + c->t[end - 1].len - c->t[0].off;
        size_t l2 = c->t[j - 1].off + c->t[j - 1].len - c->t[end].off;
        if (l1 + 1 + c->t[end].len + 8 <= l2)
            return end;
    }
    while (end < c->n && !(c->t[end].flags & TF_NEWPARA))
        end++;
    return end;
}

/* The place of the headline: the first paragraph's first locative, when
 * the first paragraph is a line of its own ("Enttäuschung in Vilnius"). */
static uint32_t headline_end(const cctx *c);
static void locate_headline(cctx *c)
{
    uint32_t end = headline_end(c);
    if (end >= c->n || end > 40)
        return;
    dy_geo_loc l[1];
    if (dy_geo_locatives(c->loc.geo, c->rules->code, c->t, 0, end, NULL, l, 1) && l[0].ncand)
        c->loc.head = l[0];
}

/* The article's dateline place and its tokens (once per article): at the
 * start of the text, of one of its first three paragraphs or of one of its
 * first eight lines (a headline, summary bullets and a byline may come
 * first). */
static void locate_dateline(cctx *c)
{
    locate_headline(c);
    int para = 0, lines = 0;
    for (uint32_t i = 0; i < c->n && (para < 3 || lines < 8); i++) {
        /* a line of the head: within its first 200 tokens */
        bool np = !i || (c->t[i].flags & TF_NEWPARA);
        if (!np && (i >= 200 || lines >= 8 || !line_start(c, i)))
            continue;
        lines++;
        para += np;
        if (para > 3 && lines > 8)
            break;
        uint32_t a = 0, b = 0;
        const dy_geo_place *p = dateline_at(c, i, &a, &b);
        if (p) {
            c->loc.dateline = p;
            c->loc.dl_first = a;
            c->loc.dl_last = b;
            return;
        }
    }
    c->loc.ndl = 0;
}

/* Is the gazetteer there?  Read at the article's first event: it and the
 * article's dateline and headline places (so a run that codes no event
 * never loads the gazetteer). */
static bool geo_ready(cctx *c)
{
    if (!c->loc.init) {
        c->loc.init = true;
        bool oom;
        c->loc.geo = dy_dict_geo(c->d, &oom);
        if (oom)
            c->oom = true;
        if (c->loc.geo && c->n) {
            locate_dateline(c);
            c->loc.nart = (int)dy_geo_locatives(c->loc.geo, c->rules->code, c->t, 0, c->n,
                                                context_country(c), c->loc.art, MAXART);
        }
    }
    return c->loc.geo != NULL;
}

/* The locative phrases of the sentence being coded (once per sentence). */
static const dy_geo_loc *previous_locative(const cctx *c);
static void sentence_locatives(cctx *c)
{
    if (c->loc.sent == c->sn.index + 1)
        return;
    const dy_geo_loc *p = previous_locative(c);
    c->loc.prev.ncand = 0;
    if (p)
        c->loc.prev = *p;
    c->loc.sent = c->sn.index + 1;
    c->loc.nlocs = (int)dy_geo_locatives(c->loc.geo, c->rules->code, c->t, c->sn.first,
                                         c->sn.last, context_country(c), c->loc.locs, MAXLOC);
}

static void set_location(cctx *c, dy_event *e, const dy_geo_place *p, uint32_t a, uint32_t b,
                         const char *rule)
{
    dy_location *l = &e->location;
    l->level = p->level == DY_GEO_CITY     ? DY_LOC_CITY
               : p->level == DY_GEO_ADMIN1 ? DY_LOC_REGION
                                           : DY_LOC_COUNTRY;
    memcpy(l->country, p->country, sizeof l->country);
    memcpy(l->admin1, p->admin1, sizeof l->admin1);
    l->place = p->name;
    l->lat = p->lat;
    l->lon = p->lon;
    l->geonames_id = p->id;
    l->rule = rule;
    if (b > a) {
        l->span.start = c->t[a].off;
        l->span.end = c->t[b - 1].off + c->t[b - 1].len;
    }
}

/* Is locative L a place of event E?  Not when it modifies a compound ("in
 * US-Wahlen"), nor when it describes the target of words ("wirft der
 * Regierung in Washington vor": the place a statement is about).  The
 * target of a deed is where the deed happened ("fired at protesters in
 * Hong Kong"), the source of words where they were said ("China's embassy
 * in Canada criticised"). */
static bool force(const dy_event *e);

/* Does locative L place E?  A direction ("nach Moskau", "to Vilnius", "in
 * die Ukraine") places only a movement: a visit (root 04), a show of force
 * (15) or force. */
static bool fits(const dy_geo_loc *l, const dy_event *e)
{
    return l->ncand && (!l->dir || (e->root[0] == '0' && e->root[1] == '4') ||
                        !strcmp(e->root, "15") || force(e));
}

static bool event_place(cctx *c, const dy_geo_loc *l, const dy_event *e)
{
    if (!fits(l, e))
        return false;
    if (l->plast < c->sn.last && c->t[l->plast].type == TK_HYPHEN &&
        c->t[l->plast].off == c->t[l->plast - 1].off + c->t[l->plast - 1].len)
        return false;
    bool words = e->root[0] == '0' ? e->root[1] != '4'
                                   : e->root[0] == '1' && (e->root[1] < '4' || e->root[1] == '6');
    if (!words)
        return true;
    /* "recalled its ambassador to Venezuela": the target itself */
    uint32_t po = c->t[l->pfirst].off;
    if (po >= e->tgt_span.start && po < e->tgt_span.end)
        return false;
    if (l->first <= c->sn.first)
        return true;
    uint32_t off = c->t[l->first - 1].off;
    return !(off >= e->tgt_span.start && off < e->tgt_span.end);
}

/* Force (roots 18 to 20) against a target outside the dateline's country
 * struck elsewhere: the dateline does not say where. */
static bool force(const dy_event *e)
{
    return e->root[0] == '2' || (e->root[0] == '1' && e->root[1] >= '8');
}

static bool away_attack(const cctx *c, const dy_event *e)
{
    return force(e) && strncmp(e->target, c->loc.dateline->country, 3);
}

/* The country both actors of E belong to ("ESPCOP" and "ESPCVL": ESP), as
 * a country of the gazetteer; NULL for an international event or an IGO. */
static const dy_geo_place *domestic(const cctx *c, const dy_event *e)
{
    char cc[4];
    if (strlen(e->source) < 3 || strncmp(e->source, e->target, 3))
        return NULL;
    memcpy(cc, e->source, 3);
    cc[3] = 0;
    return dy_geo_country(c->loc.geo, cc);
}

/* A domestic event (both actors of one country) happened in that country:
 * at the article's place in it nearest to the event's sentence (a locative
 * before it first, then one after, then the dateline or the headline),
 * else in the country itself, which the actors' codes name. */
static bool locate_domestic(cctx *c, dy_event *e, const dy_geo_place *ctry, bool bare,
                            const char *rule)
{
    const dy_geo_loc *best = NULL;
    for (int i = 0; i < c->loc.nart; i++) {
        const dy_geo_loc *l = &c->loc.art[i];
        if (!l->ncand || strcmp(l->cand[0]->country, ctry->country))
            continue;
        if (l->first < c->sn.last || !best)
            best = l;
        if (l->first >= c->sn.last)
            break;
    }
    if (best)
        set_location(c, e, best->cand[0], best->pfirst, best->plast, rule);
    else if (c->loc.dateline && !strcmp(c->loc.dateline->country, ctry->country))
        set_location(c, e, c->loc.dateline, c->loc.dl_first, c->loc.dl_last, rule);
    else if (c->loc.head.ncand && !strcmp(c->loc.head.cand[0]->country, ctry->country))
        set_location(c, e, c->loc.head.cand[0], c->loc.head.pfirst, c->loc.head.plast, rule);
    else if (bare)
        set_location(c, e, ctry, 0, 0, rule);
    else
        return false;
    return true;
}

/* The country of actor code A ("RUSGOV": RUS) as a country of the
 * gazetteer; NULL for an IGO or an unknown code. */
static const dy_geo_place *code_country(const cctx *c, const char *a)
{
    char cc[4];
    if (strlen(a) < 3)
        return NULL;
    memcpy(cc, a, 3);
    cc[3] = 0;
    return dy_geo_country(c->loc.geo, cc);
}

/* The country force (roots 18 to 20) struck: its target's, when the target
 * is a country's actor.  NULL otherwise. */
static const dy_geo_place *struck_country(const cctx *c, const dy_event *e)
{
    return force(e) ? code_country(c, e->target) : NULL;
}

/* The last locative of the sentence before the current one (from the
 * article's locatives: that sentence may have coded no event), or NULL. */
static const dy_geo_loc *previous_locative(const cctx *c)
{
    const dy_geo_loc *best = NULL;
    for (int i = 0; i < c->loc.nart && c->loc.art[i].last <= c->sn.first; i++)
        best = &c->loc.art[i];
    if (!best || !best->ncand)
        return NULL;
    /* an end of sentence between it and the end of the sentence before:
     * two sentences before (read backwards, so no further than that
     * sentence's start) */
    for (uint32_t j = c->sn.first; j > best->last + 1; j--)
        if (punct_is(c, j - 2, '.') || punct_is(c, j - 2, '!') || punct_is(c, j - 2, '?'))
            return NULL;
    return best;
}

/* Is locative L in reported speech that event E of clause K does not
 * stand in: a quotation while K's predicate is outside it, or a clause of
 * reported speech ("said that …", "…, sagte X") while K is none?  Then it
 * places the events inside the speech, not the saying, which happens
 * where the speaker is. */
static bool speech_content(const cctx *c, const dy_geo_loc *l, const clause *k)
{
    if (!k || k->reported)
        return false;
    if (k->pred && c->inq[l->pfirst] && !c->inq[k->pred_tok])
        return true; /* also the sentence before's quotation */
    for (int j = 0; j < c->sn.ncl && c->sn.cl; j++) {
        const clause *r = &c->sn.cl[j];
        if (r->reported && l->pfirst >= r->a && l->plast <= r->b)
            return true;
    }
    return false;
}

/* The location of event E of clause K (NULL: no clause, the sentence's),
 * by the rules above, with the dateline pick_dateline chose for it. */
static void locate_by_rules(cctx *c, dy_event *e, const clause *k)
{
    if (!geo_ready(c))
        return;
    if (!strcmp(e->code, "041"))
        return; /* a phone call has no location (coding guide §5) */
    sentence_locatives(c);
    uint32_t a = k ? k->a : c->sn.first, b = k ? k->b : c->sn.last;
    const dy_geo_place *home = domestic(c, e);
    const dy_geo_place *struck = struck_country(c, e), *src = NULL;
    const dy_geo_loc *prev = c->loc.prev.ncand ? &c->loc.prev : NULL;
    const dy_geo_loc *in = NULL, *before = NULL, *after = NULL;
    for (int i = 0; i < c->loc.nlocs; i++) {
        const dy_geo_loc *l = &c->loc.locs[i];
        if (!event_place(c, l, e) || speech_content(c, l, k))
            continue;
        const char *cc = l->cand[0]->country;
        if (l->first >= a && l->last <= b) {
            /* the last: "bei Protesten gegen … in X sind in Y …"; for force,
             * the last in the target's country ("Einmarsch in die Ukraine") */
            if (!(in && struck && !strcmp(in->cand[0]->country, struck->country) &&
                  strcmp(cc, struck->country)))
                in = l;
        } else if (home && strcmp(cc, home->country)) {
            continue; /* a domestic event outside the sentence's clause: not abroad */
        } else if (!before && l->last <= a) {
            before = l;
        } else if (!after && l->first >= b) {
            after = l; /* "…", sagte X nach dem Treffen in Y */
        }
    }
    if (in)
        set_location(c, e, in->cand[0], in->pfirst, in->plast, TM_LOC_LOCATIVE);
    else if (before)
        set_location(c, e, before->cand[0], before->pfirst, before->plast, TM_LOC_SENTENCE);
    else if (after)
        set_location(c, e, after->cand[0], after->pfirst, after->plast, TM_LOC_SENTENCE);
    else if (prev && fits(prev, e) && prev->cand[0]->level != DY_GEO_COUNTRY &&
             !speech_content(c, prev, k) &&
             !(home && strcmp(prev->cand[0]->country, home->country)))
        set_location(c, e, prev->cand[0], prev->pfirst, prev->plast, TM_LOC_PREVIOUS);
    else if (home && (!c->loc.dateline || strcmp(c->loc.dateline->country, home->country)))
        locate_domestic(c, e, home, true, TM_LOC_ACTORS);
    else if (struck && (!c->loc.dateline || away_attack(c, e)) &&
             locate_domestic(c, e, struck, false, TM_LOC_ACTORS))
        ; /* force struck where the article names a place of the target's country */
    else if (!force(e) && (src = code_country(c, e->source)) != NULL && c->loc.dateline &&
             strcmp(src->country, c->loc.dateline->country) &&
             locate_domestic(c, e, src, false, TM_LOC_SOURCE))
        ; /* a speaker from abroad: the article's place in his country */
    else if (c->loc.dateline && !away_attack(c, e))
        set_location(c, e, c->loc.dateline, c->loc.dl_first, c->loc.dl_last, TM_LOC_DATELINE);
    else if (fits(&c->loc.head, e))
        set_location(c, e, c->loc.head.cand[0], c->loc.head.pfirst, c->loc.head.plast,
                     TM_LOC_HEADLINE);
    else if ((src = code_country(c, e->source)) != NULL)
        locate_domestic(c, e, src, false, TM_LOC_SOURCE);
}

/* A dateline of several places ("New York/Genf", "Brussels, Kyiv"): an
 * event whose source is of one of their countries was reported from there
 * (the other place is the agency's desk or the other side's); force, from
 * the place in its target's country (it struck there); any other event
 * from the last as before.  Sets c->loc.dateline and its tokens for E. */
static void pick_dateline(cctx *c, const dy_event *e)
{
    int k = c->loc.ndl - 1;
    const dy_geo_place *src = force(e) ? struck_country(c, e) : code_country(c, e->source);
    while (src && k > 0 && strcmp(c->loc.dl_all[k]->country, src->country))
        k--;
    if (k < 0 || (src && strcmp(c->loc.dl_all[k]->country, src->country)))
        return; /* none in the source's country: the last, as read */
    c->loc.dateline = c->loc.dl_all[k];
    c->loc.dl_first = c->loc.dl_a[k];
    c->loc.dl_last = c->loc.dl_b[k];
}

/* The location of event E of clause K (NULL: no clause, the sentence's). */
void locate_event(cctx *c, dy_event *e, const clause *k)
{
    if (!geo_ready(c))
        return;
    const dy_geo_place *dl = c->loc.dateline;
    uint32_t a = c->loc.dl_first, b = c->loc.dl_last;
    pick_dateline(c, e);
    locate_by_rules(c, e, k);
    c->loc.dateline = dl;
    c->loc.dl_first = a;
    c->loc.dl_last = b;
}

/* Verbal cooperation (roots 01 to 05): what two sides say to each other
 * when they meet. */
static bool verbal_coop(const dy_event *e)
{
    return e->root[0] == '0' && e->root[1] >= '1' && e->root[1] <= '5';
}

/* A meeting or visit of two sides (root 04) located in the text ("der
 * Besuch in Athen", "talks in Geneva"): the verbal cooperation of the same
 * two sides in the article that has no place of its own was said there
 * (the praise, the agreement, the consultation of the summit). */
static bool said_there(const dy_event *f)
{
    const char *r = f->location.rule;
    return f->location.level && (!strcmp(r, TM_LOC_LOCATIVE) || !strcmp(r, TM_LOC_SENTENCE) ||
                                 !strcmp(r, TM_LOC_VISIT));
}

/* A place only from the source's country in the article (rule "source"):
 * the rules after the article replace it. */
static bool weak_place(const dy_event *e)
{
    return e->location.level && !strcmp(e->location.rule, TM_LOC_SOURCE);
}

/* The key of E's two sides, in either order ("FRA|USA"), into K (8+). */
static size_t pair_key(const dy_event *e, char *k)
{
    bool swap = strncmp(e->source, e->target, 3) > 0;
    snprintf(k, 16, "%.3s|%.3s", swap ? e->target : e->source, swap ? e->source : e->target);
    return strlen(k);
}

/* A meeting of the pair of event I in I's own sentence ("unterzeichneten
 * bei ihrem Treffen eine Erklärung"), placed by the text: its index, or
 * UINT32_MAX.  A sentence's events are neighbours in the list. */
static uint32_t sentence_meeting(const cctx *c, size_t i)
{
    const dy_event *e = &DY_AT(c->events, dy_event, i);
    char k[16], kf[16];
    size_t n = pair_key(e, k);
    size_t lo = i > 32 ? i - 32 : 0, hi = i + 33 < c->events.n ? i + 33 : c->events.n;
    for (size_t j = lo; j < hi; j++) {
        const dy_event *f = &DY_AT(c->events, dy_event, j);
        if (j != i && f->evidence.start == e->evidence.start && f->root[0] == '0' &&
            f->root[1] == '4' && strcmp(f->code, "041") && f->location.level &&
            (said_there(f) || !strcmp(f->location.rule, TM_LOC_VENUE)) &&
            pair_key(f, kf) == n && !memcmp(k, kf, n))
            return (uint32_t)j;
    }
    return UINT32_MAX;
}

/* The first event of each key that qualifies, in two maps (an article may
 * hold tens of thousands of events: no pass over all of them per event). */
static bool placed_meeting(const dy_event *f)
{
    return f->location.level && f->root[0] == '0' && f->root[1] == '4' &&
           strcmp(f->code, "041") && strcmp(f->location.rule, TM_LOC_ACTORS) &&
           strcmp(f->location.rule, TM_LOC_SOURCE);
}

static void locate_meetings(cctx *c)
{
    dy_map meet = {0}, said = {0}, latest = {0};
    bool ok = true;
    for (size_t j = 0; j < c->events.n && ok; j++) {
        const dy_event *f = &DY_AT(c->events, dy_event, j);
        if (!f->location.level || !verbal_coop(f) || !strcmp(f->code, "041"))
            continue;
        char k[16];
        size_t n = pair_key(f, k);
        if (placed_meeting(f) && dy_map_get(&meet, k, n) == UINT32_MAX)
            ok = dy_map_put(&meet, k, n, (uint32_t)j);
        if (ok && said_there(f) && dy_map_get(&said, k, n) == UINT32_MAX)
            ok = dy_map_put(&said, k, n, (uint32_t)j);
    }
    for (size_t i = 0; i < c->events.n && ok && (meet.n || said.n); i++) {
        dy_event *e = &DY_AT(c->events, dy_event, i);
        if (placed_meeting(e)) { /* the pair's meeting the text is at now */
            char k[16];
            size_t n = pair_key(e, k);
            ok = dy_map_put(&latest, k, n, (uint32_t)i);
        }
        if ((e->location.level && !weak_place(e)) || !verbal_coop(e) ||
            !strcmp(e->code, "041"))
            continue;
        /* the pair's meeting first; else where the pair's words were said
         * ("nannte die Begegnung in Genf konstruktiv"; the promise of one
         * side after the two agreed at a summit in Brussels) */
        char k[16];
        size_t n = pair_key(e, k);
        uint32_t j = sentence_meeting(c, i);
        if (j == UINT32_MAX)
            j = dy_map_get(&latest, k, n);
        if (j == UINT32_MAX)
            j = dy_map_get(&meet, k, n);
        if (j == UINT32_MAX)
            j = dy_map_get(&said, k, n);
        if (j != UINT32_MAX) {
            e->location = DY_AT(c->events, dy_event, j).location;
            e->location.rule = TM_LOC_MEETING;
        }
    }
    if (!ok)
        c->oom = true;
    dy_map_free(&meet);
    dy_map_free(&said);
    dy_map_free(&latest);
}

/* An event placed only by the dateline or the headline, or not at all,
 * whose source said or did something to the same target in a clause that
 * names the place ("China's embassy in Canada criticised Canada" after the
 * headline "Chinese embassy demands release ..."): the same source acted
 * from there.  An event with no place at all takes that of the same
 * source's first deed to any target so placed. */
static void locate_same_actors(cctx *c)
{
    dy_map first = {0};
    bool ok = true;
    char k[40];
    for (size_t j = 0; j < c->events.n && ok; j++) {
        const dy_event *f = &DY_AT(c->events, dy_event, j);
        if (!f->location.level || strcmp(f->location.rule, TM_LOC_LOCATIVE) || force(f))
            continue;
        int n = snprintf(k, sizeof k, "%s|%.3s", f->source, f->target);
        if (dy_map_get(&first, k, (size_t)n) == UINT32_MAX)
            ok = dy_map_put(&first, k, (size_t)n, (uint32_t)j);
        n = snprintf(k, sizeof k, "%s|", f->source);
        if (ok && dy_map_get(&first, k, (size_t)n) == UINT32_MAX)
            ok = dy_map_put(&first, k, (size_t)n, (uint32_t)j);
    }
    for (size_t i = 0; i < c->events.n && ok && first.n; i++) {
        dy_event *e = &DY_AT(c->events, dy_event, i);
        const char *r = e->location.rule;
        if (e->location.level && strcmp(r, TM_LOC_DATELINE) && strcmp(r, TM_LOC_HEADLINE) &&
            !weak_place(e))
            continue;
        if (!strcmp(e->code, "041") || force(e))
            continue;
        int n = snprintf(k, sizeof k, "%s|%.3s", e->source, e->target);
        uint32_t j = dy_map_get(&first, k, (size_t)n);
        if (j == UINT32_MAX && !e->location.level) {
            n = snprintf(k, sizeof k, "%s|", e->source);
            j = dy_map_get(&first, k, (size_t)n);
        }
        if (j != UINT32_MAX && j != i) {
            e->location = DY_AT(c->events, dy_event, j).location;
            e->location.rule = TM_LOC_SAME;
        }
    }
    if (!ok)
        c->oom = true;
    dy_map_free(&first);
}

/* The article's meeting venue nearest to byte offset OFF: the last venue
 * locative ("Gipfel in X", "summit in X") before it, else the first after
 * it; NULL when the article names none. */
static const dy_geo_loc *venue_near(const cctx *c, uint32_t off)
{
    const dy_geo_loc *best = NULL;
    for (int i = 0; i < c->loc.nart; i++) {
        const dy_geo_loc *l = &c->loc.art[i];
        if (!l->venue || !l->ncand)
            continue;
        if (c->t[l->first].off < off || !best)
            best = l;
        if (c->t[l->first].off >= off)
            break;
    }
    return best;
}

/* An event no rule placed that is no force and no phone call: at the article's meeting venue nearest to it
 * (the sanctions of a bloc after "an emergency summit in Ghana", the
 * promise "nach Abschluss des Sondergipfels in Brüssel"): what the sides
 * of a summit say and decide, they say and decide there. */
static void locate_venues(cctx *c)
{
    for (size_t i = 0; i < c->events.n; i++) {
        dy_event *e = &DY_AT(c->events, dy_event, i);
        if (e->location.level || force(e) || !strcmp(e->code, "041"))
            continue;
        const dy_geo_loc *v = venue_near(c, e->evidence.start);
        if (v)
            set_location(c, e, v->cand[0], v->pfirst, v->plast, TM_LOC_VENUE);
    }
}

/* A meeting that is no visit (root 04 but 041 to 043: "bei ihrem
 * Treffen") and has no place of its own is held at the article's venue
 * nearest to it ("Bei dem Treffen in Peking ..."), before the pair's
 * other meetings (a visit elsewhere) are asked. */
static void locate_meeting_venues(cctx *c)
{
    for (size_t i = 0; i < c->events.n; i++) {
        dy_event *e = &DY_AT(c->events, dy_event, i);
        if ((e->location.level && !weak_place(e)) || e->root[0] != '0' || e->root[1] != '4' ||
            (e->code[2] >= '1' && e->code[2] <= '3' && !e->code[3]))
            continue;
        const dy_geo_loc *v = venue_near(c, e->evidence.start);
        if (v)
            set_location(c, e, v->cand[0], v->pfirst, v->plast, TM_LOC_VENUE);
    }
}

/* A visit read from the dateline (discourse.c) happened at the dateline's
 * place: the visits added there get it. */
void locate_visits(cctx *c)
{
    for (size_t i = 0; i < c->events.n && c->loc.dateline; i++) {
        dy_event *e = &DY_AT(c->events, dy_event, i);
        if (e->rule && !strcmp(e->rule, RULE_VISIT))
            set_location(c, e, c->loc.dateline, c->loc.dl_first, c->loc.dl_last, TM_LOC_VISIT);
    }
    locate_meeting_venues(c);
    locate_meetings(c);
    locate_same_actors(c);
    locate_venues(c);
}

/* The trace line of an event's location (dyad explain). */
void trace_location(cctx *c, const dy_event *e)
{
    const dy_location *l = &e->location;
    if (!c->trace || !l->level)
        return;
    dy_buf_printf(c->trace, TM_LOCATION, l->place, l->country, l->admin1[0] ? l->admin1 : "-",
                  dy_loc_level_name(l->level), l->rule);
    dy_buf_add(c->trace, c->text + l->span.start, l->span.end - l->span.start);
    dy_buf_puts(c->trace, "\n");
}

/* The country of a town or region named at token I ("attacked Mariupol",
 * "arrived in Istanbul"), for a target the actor dictionaries do not know:
 * its alpha-3 code, or NULL (no gazetteer, no place, or a country's own
 * name, which the actor files code). */
const char *place_country_at(cctx *c, uint32_t i, uint32_t end)
{
    if (i >= end || c->t[i].type != TK_WORD || !(c->t[i].flags & TF_CAP) || !geo_ready(c))
        return NULL;
    const dy_geo_place *cand[4];
    size_t nc = 0;
    size_t n = dy_geo_lookup(c->loc.geo, c->t, end, i, context_country(c), 0, cand, 4, &nc);
    if (!n || !nc || (cand[0]->level != DY_GEO_CITY && cand[0]->level != DY_GEO_ADMIN1) ||
        !cand[0]->country[0])
        return NULL;
    return cand[0]->country;
}
