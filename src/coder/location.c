/* location.c: Location: where an event happened (coding guide §5; the
 * gazetteer is src/geo/geo.h, the fields dy_location of include/dyad.h).
 *
 * Sources, in this order:
 *   1. a locative phrase of the event's clause ("in der Provinz Kundus",
 *      "bei Charkiw", "in northern Kunduz province"): a meeting where it
 *      took place, a visit at the place visited, an attack where it struck;
 *   2. a locative phrase of the event's sentence before its clause ("In
 *      Kabul, the minister met …");
 *   2b. a city in the last locative of the sentence before;
 *   3. the article's dateline ("KABUL (AFP) -", "(PARIS) —"): a statement
 *      is made, a meeting held where the reporter is, unless it is force
 *      against a target outside the dateline's country;
 *   4. the place of a one-line headline ("Protests in Minsk").
 * Nothing else: the article's focus country alone is no location, and no
 * location is better than a wrong one.  The context country of the
 * lookup (which "Tripoli") is the dateline's, else the article's home. */
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
    /* "Dhaka (Reuters) -": an agency in parentheses */
    if (punct_is(c, i, '(') && i + 2 < c->n && c->t[i + 1].type == TK_WORD &&
        punct_is(c, i + 2, ')'))
        return last;
    return NULL;
}

/* The place of the headline: the first paragraph's first locative, when
 * the first paragraph is a line of its own ("Enttäuschung in Vilnius"). */
static void locate_headline(cctx *c)
{
    uint32_t end = 1;
    while (end < c->n && !(c->t[end].flags & TF_NEWPARA))
        end++;
    if (end >= c->n || end > 40)
        return;
    dy_geo_loc l[1];
    if (dy_geo_locatives(c->loc.geo, c->rules->code, c->t, 0, end, NULL, l, 1) && l[0].ncand)
        c->loc.head = l[0];
}

/* The article's dateline place and its tokens (once per article): at the
 * start of the text or of one of its first three paragraphs (a headline
 * may come first). */
static void locate_dateline(cctx *c)
{
    locate_headline(c);
    int para = 0;
    for (uint32_t i = 0; i < c->n && para < 3; i++) {
        if (i && !(c->t[i].flags & TF_NEWPARA))
            continue;
        para++;
        uint32_t a = 0, b = 0;
        const dy_geo_place *p = dateline_at(c, i, &a, &b);
        if (p) {
            c->loc.dateline = p;
            c->loc.dl_first = a;
            c->loc.dl_last = b;
            return;
        }
    }
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
        if (c->loc.geo && c->n)
            locate_dateline(c);
    }
    return c->loc.geo != NULL;
}

/* The locative phrases of the sentence being coded (once per sentence). */
static void sentence_locatives(cctx *c)
{
    if (c->loc.sent == c->sn.index + 1)
        return;
    c->loc.prev.ncand = 0;
    if (c->loc.nlocs && c->loc.sent == c->sn.index)
        c->loc.prev = c->loc.locs[c->loc.nlocs - 1];
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
static bool event_place(cctx *c, const dy_geo_loc *l, const dy_event *e)
{
    if (!l->ncand)
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
static bool away_attack(const cctx *c, const dy_event *e)
{
    bool force = e->root[0] == '2' || (e->root[0] == '1' && e->root[1] >= '8');
    return force && strncmp(e->target, c->loc.dateline->country, 3);
}

/* The location of event E of clause K (NULL: no clause, the sentence's). */
void locate_event(cctx *c, dy_event *e, const clause *k)
{
    if (!geo_ready(c))
        return;
    sentence_locatives(c);
    uint32_t a = k ? k->a : c->sn.first, b = k ? k->b : c->sn.last;
    const dy_geo_loc *in = NULL, *before = NULL;
    for (int i = 0; i < c->loc.nlocs; i++) {
        const dy_geo_loc *l = &c->loc.locs[i];
        if (!event_place(c, l, e))
            continue;
        if (l->first >= a && l->last <= b)
            in = l; /* the last: "bei Protesten gegen … in X sind in Y …" */
        else if (!before && l->last <= a)
            before = l;
    }
    if (in)
        set_location(c, e, in->cand[0], in->pfirst, in->plast, TM_LOC_LOCATIVE);
    else if (before)
        set_location(c, e, before->cand[0], before->pfirst, before->plast, TM_LOC_SENTENCE);
    else if (c->loc.prev.ncand && c->loc.prev.cand[0]->level == DY_GEO_CITY)
        set_location(c, e, c->loc.prev.cand[0], c->loc.prev.pfirst, c->loc.prev.plast,
                     TM_LOC_PREVIOUS);
    else if (c->loc.dateline && !away_attack(c, e))
        set_location(c, e, c->loc.dateline, c->loc.dl_first, c->loc.dl_last, TM_LOC_DATELINE);
    else if (c->loc.head.ncand)
        set_location(c, e, c->loc.head.cand[0], c->loc.head.pfirst, c->loc.head.plast,
                     TM_LOC_HEADLINE);
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
