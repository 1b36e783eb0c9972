/* validate.c: the validation runner (dy_validate, include/dyad.h; `dyad
 * validate --suite tabari|petrarch FILE --dict DIR`).
 *
 * Runs the peers' validation suites (JSON Lines, one record a line: id,
 * seq, date YYYYMMDD, text, expected [{source, target, code}], category,
 * expect, notes) with the dictionaries in DIR (normally the suite's own,
 * imported with `dyad dict import`).  Each record's text is coded as
 * English on its date and scored as its `expect` field says:
 *
 *   events                     the coded set of (source, target, code)
 *                              equals `expected`, actors compared at
 *                              country level as the coding guide scores
 *                              them (the exact figure is reported too)
 *   no_event, discard, error   nothing is coded
 *   complex                    TABARI's complexity filter: counted apart
 *   option, none, unchecked    not scored (TABARI coder options, comments)
 *
 * TABARI's standard set ends at the record FINAL-01; the records after it
 * are scored but kept out of the headline figure.
 *
 * Records the coding guide (../shared/spec/coding-guide.md) rejects are
 * counted apart, with the reason (apart_reason()); the headline figure is
 * over the rest. */
#include "input/input.h"
#include <jansson.h>
#include <stdlib.h>
#include <ctype.h>
#include <string.h>

typedef struct vev {
    char src[24], tgt[24], code[8];
} vev;

typedef struct catstat {
    char name[40];
    long scored, passed, passed_exact, apart;
} catstat;

#define MAX_CATS 128
#define MAX_EVENTS 64

typedef struct vrun {
    catstat cats[MAX_CATS];
    int ncats;
    long scored, passed, passed_exact, apart, apart_passed, notscored, after_scored, after_passed;
    long n_option, n_none, n_unchecked, records, skipped;
    dy_buf fails, aparts;
} vrun;

static catstat *cat_get(vrun *r, const char *name)
{
    for (int i = 0; i < r->ncats; i++)
        if (!strcmp(r->cats[i].name, name))
            return &r->cats[i];
    if (r->ncats == MAX_CATS)
        return &r->cats[MAX_CATS - 1]; /* the last one takes the rest */
    catstat *c = &r->cats[r->ncats++];
    memset(c, 0, sizeof *c);
    snprintf(c->name, sizeof c->name, "%s", name);
    return c;
}

/* A CAMEO-style actor code: a country or IGO code and roles, capitals and
 * digits. */
static bool actor_code(const char *s)
{
    size_t n = strlen(s);
    if (n < 3 || n > 15)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9')))
            return false;
    return true;
}

/* Why the coding guide rejects what a record asks for, or NULL:
 *
 *  - TABARI's `complex` records test its complexity filter, a limit of that
 *    coder on verbs and conjunctions per sentence; the guide has no such
 *    limit: a coder codes every event the text states.
 *  - An expected event whose source or target is no actor (TABARI's and
 *    PETRARCH's null code "---", "---GOV", the discard code "###", or
 *    unmatched text in quotes, which PETRARCH emits with require_dyad =
 *    false): the guide requires both ends to be actors.
 *  - An expected event with a bare agent (~MOS, ~REB): CAMEO actor codes
 *    start with a country or an international code; a role without a
 *    country is resolved from the discourse or dropped (guide, section 2).
 *  - PETRARCH records that expect an error from a malformed parse tree
 *    (bad_input_parse): dyad reads the text, which is well formed.
 *  - TABARI records that expect nothing because of its MINIMUM WORDS
 *    option: the guide has no minimum sentence length. */
static const char *apart_reason(const char *expect, json_t *expected, const char *notes)
{
    if (!strcmp(expect, "complex"))
        return "TABARI complexity filter (the guide has no complexity limit)";
    if (notes && strstr(notes, "bad_input_parse"))
        return "expects an error from a malformed parse tree (dyad reads the text)";
    if (notes && (strstr(notes, "MINIMUM WORDS") || strstr(notes, "minLex")) &&
        (!strcmp(expect, "no_event")))
        return "TABARI's MINIMUM WORDS option (the guide has no minimum length)";
    for (size_t i = 0; json_is_array(expected) && i < json_array_size(expected); i++) {
        json_t *e = json_array_get(expected, i);
        const char *s = dy_jstr(e, "source"), *t = dy_jstr(e, "target");
        if (!s || !t)
            return "an expected event without source or target";
        if ((s[0] == '~' && actor_code(s + 1)) || (t[0] == '~' && actor_code(t + 1)))
            return "a bare agent as actor (the guide codes a country or IGO with roles)";
        if (!actor_code(s) || !actor_code(t) || !strncmp(s, "---", 3) || !strncmp(t, "---", 3))
            return "an expected event with a null, discard or uncoded actor (the guide needs "
                   "two actors)";
    }
    return NULL;
}

/* Reads TABARI's "DEFAULT: SOURCE [X] … TARGET [Y]" and "DEFAULT: OFF" from
 * an option record's raw blocks into D (source, target). */
static void read_defaults(json_t *blocks, char d[2][24])
{
    for (size_t i = 0; json_is_array(blocks) && i < json_array_size(blocks); i++) {
        const char *b = json_string_value(json_array_get(blocks, i));
        const char *p = b ? strstr(b, "DEFAULT:") : NULL;
        if (!p)
            continue;
        if (strstr(p, "OFF")) {
            d[0][0] = d[1][0] = 0;
            continue;
        }
        static const char *const key[2] = {"SOURCE", "TARGET"};
        for (int q = 0; q < 2; q++) {
            const char *k = strstr(p, key[q]);
            const char *o = k ? strchr(k, '[') : NULL;
            const char *e = o ? strchr(o, ']') : NULL;
            if (e && e - o - 1 > 0 && e - o - 1 < 24)
                snprintf(d[q], 24, "%.*s", (int)(e - o - 1), o + 1);
        }
    }
}

static void no_sentence(void *ctx, size_t start, size_t end)
{
    (void)ctx;
    (void)start;
    (void)end;
}

static int ev_norm(vev *e, int n);

/* The same actor pairs (and as many events) with other codes: only the
 * codes differ. */
static bool intent_only(const vev *w, int nw, const vev *g, int ng)
{
    if (nw != ng || nw > MAX_EVENTS)
        return false;
    vev a[MAX_EVENTS], b[MAX_EVENTS];
    /* each coded event is the intent a coder following the guide gives the
     * expected deed: 04 -> 036, 05 and 09 -> 030, 06 -> 031, 07 -> 033,
     * 08 -> 035, 16 -> 131, 15 and 18-20 -> 138 */
    static const char *const intent_of[21] = {NULL, NULL, NULL, NULL, "036", "030", "031",
                                              "033", "035", "030", NULL, NULL, NULL, NULL,
                                              NULL, "138", "131", NULL, "138", "138", "138"};
    for (int i = 0; i < nw; i++) {
        bool ok = false;
        for (int j = 0; j < ng && !ok; j++) {
            const char *c = w[i].code;
            int root = isdigit((unsigned char)c[0]) && isdigit((unsigned char)c[1])
                           ? (c[0] - '0') * 10 + (c[1] - '0') : 0;
            ok = !strcmp(w[i].src, g[j].src) && !strcmp(w[i].tgt, g[j].tgt) && root <= 20 &&
                 intent_of[root] && !strncmp(g[j].code, intent_of[root], 3);
        }
        if (!ok)
            return false;
        a[i] = w[i];
        a[i].code[0] = 0;
        b[i] = g[i];
        b[i].code[0] = 0;
    }
    int na = ev_norm(a, nw), nb = ev_norm(b, ng);
    if (na != nb)
        return false;
    for (int i = 0; i < na; i++)
        if (strcmp(a[i].src, b[i].src) || strcmp(a[i].tgt, b[i].tgt))
            return false;
    return true;
}

static int ev_cmp(const void *a, const void *b)
{
    const vev *x = a, *y = b;
    int c = strcmp(x->src, y->src);
    if (!c)
        c = strcmp(x->tgt, y->tgt);
    if (!c)
        c = strcmp(x->code, y->code);
    return c;
}

/* Sorts and removes duplicates; returns the new count. */
static int ev_norm(vev *e, int n)
{
    if (n > 1)
        qsort(e, (size_t)n, sizeof *e, ev_cmp);
    int k = 0;
    for (int i = 0; i < n; i++)
        if (!k || ev_cmp(&e[k - 1], &e[i]))
            e[k++] = e[i];
    return k;
}

static void ev_print(dy_buf *b, const vev *e, int n)
{
    dy_buf_putc(b, '{');
    for (int i = 0; i < n; i++)
        dy_buf_printf(b, "%s%s %s %s", i ? ", " : "", e[i].src, e[i].tgt, e[i].code);
    dy_buf_putc(b, '}');
}

/* The events at country level, as the coding guide scores actors: the
 * first three letters of each code, an IGO code whole (dyad codes a state
 * named as an actor as its government, ARNGOV, where the suites write ARN). */
static int ev_country(const vev *in, int n, vev *out)
{
    for (int i = 0; i < n; i++) {
        out[i] = in[i];
        if (strncmp(out[i].src, "IGO", 3))
            out[i].src[3] = 0;
        if (strncmp(out[i].tgt, "IGO", 3))
            out[i].tgt[3] = 0;
    }
    return ev_norm(out, n);
}

static bool ev_same(const vev *a, int na, const vev *b, int nb)
{
    if (na != nb)
        return false;
    for (int i = 0; i < na; i++)
        if (ev_cmp(&a[i], &b[i]))
            return false;
    return true;
}

/* "19950101" -> "1995-01-01"; false if it is no date of that shape. */
static bool suite_date(const char *d, char out[11])
{
    if (!d || strlen(d) != 8)
        return false;
    for (int i = 0; i < 8; i++)
        if (d[i] < '0' || d[i] > '9')
            return false;
    snprintf(out, 11, "%.4s-%.2s-%.2s", d, d + 4, d + 6);
    return true;
}

/* The state a suite carries from record to record: TABARI's options and
 * the story being coded. */
typedef struct vstate {
    bool after_final;
    /* TABARI's DEFAULT option: the actor codes it supplies ("DEFAULT:
     * SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER"), until "DEFAULT: OFF" */
    char dflt[2][24];
    /* TABARI's FORWARD option: the records of one story ("FRWD-001-002" is
     * sentence 2 of story FRWD-001) are coded as one text, so that "He"
     * can refer back; a record scores the events of its own sentences */
    bool forward;
    dy_buf story;
    char story_key[64];
} vstate;

/* An "option" record: TABARI's DEFAULT and FORWARD options. */
static void read_options(json_t *o, vstate *st)
{
    json_t *rb = json_object_get(json_object_get(o, "options"), "raw_blocks");
    read_defaults(rb, st->dflt);
    for (size_t i = 0; json_is_array(rb) && i < json_array_size(rb); i++) {
        const char *b = json_string_value(json_array_get(rb, i));
        const char *fw = b ? strstr(b, "FORWARD:") : NULL;
        if (fw)
            st->forward = !strstr(fw, "OFF");
    }
}

/* The record's expected events, sorted; returns their count. */
static int read_expected(json_t *expected, vev *want)
{
    int nw = 0;
    for (size_t i = 0; json_is_array(expected) && i < json_array_size(expected) && nw < MAX_EVENTS;
         i++) {
        json_t *e = json_array_get(expected, i);
        const char *s = dy_jstr(e, "source"), *t = dy_jstr(e, "target"), *c = dy_jstr(e, "code");
        snprintf(want[nw].src, sizeof want[nw].src, "%s", s ? s : "");
        snprintf(want[nw].tgt, sizeof want[nw].tgt, "%s", t ? t : "");
        snprintf(want[nw].code, sizeof want[nw].code, "%s", c ? c : "");
        nw++;
    }
    return ev_norm(want, nw);
}

/* Codes a record (with the story's earlier records under FORWARD) into got,
 * sorted, *ng events; *all_intent when every event is an intent.  Returns
 * 0, or 2 when out of memory (said on ef). */
static int code_record(const dy_dict *d, vstate *st, const char *id, const char *date,
                       const char *text, size_t tlen, const char *path, long lineno, FILE *ef,
                       vev *got, int *ng, bool *all_intent)
{
    const char *dash = strrchr(id, '-');
    size_t kl = dash && st->forward ? (size_t)(dash - id) : 0;
    bool same = kl && kl < sizeof st->story_key && strlen(st->story_key) == kl &&
                !strncmp(st->story_key, id, kl) && st->story.len;
    long n0 = 0; /* sentences of the story before this record */
    if (same) {
        n0 = dy_split_sentences(st->story.data, st->story.len, "en", no_sentence, NULL);
        dy_buf_putc(&st->story, ' ');
    } else {
        dy_buf_free(&st->story);
        snprintf(st->story_key, sizeof st->story_key, "%.*s",
                 (int)(kl < sizeof st->story_key ? kl : 0), id);
    }
    if (kl)
        dy_buf_add(&st->story, text, tlen);
    if (st->story.oom) {
        fprintf(ef, "dyad: out of memory\n");
        return 2;
    }
    dy_article a = {id, date, "en", NULL, kl ? st->story.data : text, kl ? st->story.len : tlen,
                    NULL, NULL};
    dy_error err;
    dy_result *res = dy_code(d, &a, NULL, &err);
    if (!res) {
        fprintf(ef, "dyad: %s:%ld: record %s: %s\n", path, lineno, id, err.msg);
        if (err.status == DY_ENOMEM) {
            fprintf(ef, "dyad: out of memory\n");
            return 2;
        }
    }
    *all_intent = res && dy_result_count(res) > 0;
    int n = 0;
    for (size_t i = 0; res && i < dy_result_count(res) && n < MAX_EVENTS; i++) {
        const dy_event *e = dy_result_event(res, i);
        if (e->sent < n0)
            continue; /* an earlier record's sentence */
        *all_intent = *all_intent && e->mood == DY_MOOD_INTENT;
        snprintf(got[n].src, sizeof got[n].src, "%s", e->source);
        snprintf(got[n].tgt, sizeof got[n].tgt, "%s", e->target);
        snprintf(got[n].code, sizeof got[n].code, "%s", e->code);
        n++;
    }
    dy_result_free(res);
    *ng = ev_norm(got, n);
    return 0;
}

/* Scores a coded record against its expected events and counts it: in the
 * figure, apart (with the reason), or after the standard set. */
static void score_record(vrun *r, const vstate *st, long seq, const char *id, const char *cat,
                         const char *expect, json_t *expected, const char *notes,
                         const char *text, const vev *want, int nw, const vev *got, int ng,
                         bool all_intent)
{
    bool want_events = !strcmp(expect, "events");
    /* the headline compares actors at country level (the guide's
     * scoring); the exact figure compares whole actor codes */
    vev cw[MAX_EVENTS], cg[MAX_EVENTS];
    int ncw = ev_country(want, nw, cw), ncg = ev_country(got, ng, cg);
    bool exact = want_events ? ev_same(want, nw, got, ng) : ng == 0;
    bool pass = want_events ? ev_same(cw, ncw, cg, ncg) : ng == 0;
    const char *why = apart_reason(expect, expected, notes);
    for (int i = 0; !why && want_events && i < nw; i++)
        for (int q = 0; q < 2 && !why; q++)
            if (st->dflt[q][0] &&
                (!strcmp(want[i].src, st->dflt[q]) || !strcmp(want[i].tgt, st->dflt[q])))
                why = "an actor from TABARI's DEFAULT option, not in the text (the guide "
                      "needs two actors the text names)";
    /* "Arnor will contribute a million rupees": the guide codes an
     * announced action as its intent (03x); the suites code the deed */
    if (!why && !pass && want_events && all_intent && intent_only(cw, ncw, cg, ncg))
        why = "an announced action (will, plans to): the guide codes its intent (03x), "
              "the suite the deed";
    catstat *c = cat_get(r, cat);
    dy_buf *fb = NULL;
    if (st->after_final) {
        r->after_scored++;
        r->after_passed += pass;
        if (!pass)
            fb = &r->fails;
    } else if (why) {
        r->apart++;
        r->apart_passed += pass;
        c->apart++;
        dy_buf_printf(&r->aparts, "  %ld %s [%s, %s] %s: %s\n", seq, id, cat, expect,
                      pass ? "passes anyway" : "fails", why);
    } else {
        r->scored++;
        r->passed += pass;
        r->passed_exact += exact;
        c->scored++;
        c->passed += pass;
        c->passed_exact += exact;
        if (!pass)
            fb = &r->fails;
    }
    if (fb) {
        dy_buf_printf(fb, "  %ld %s [%s, %s]%s: expected ", seq, id, cat, expect,
                      st->after_final ? " (after the standard set)" : "");
        if (want_events)
            ev_print(fb, want, nw);
        else
            dy_buf_puts(fb, "nothing");
        dy_buf_puts(fb, ", coded ");
        ev_print(fb, got, ng);
        size_t tl = strlen(text);
        dy_buf_printf(fb, "\n      %.*s%s\n", (int)(tl > 160 ? 160 : tl), text,
                      tl > 160 ? "..." : "");
    }
}

/* One line of the suite: parsed, coded and scored.  Returns 0, 1 (the
 * record skipped, said on ef) or 2 (out of memory). */
static int validate_line(const dy_dict *d, vrun *r, vstate *st, bool tabari, const dy_buf *line,
                         const char *path, long lineno, FILE *ef)
{
    const char *p = line->data;
    while (*p == ' ' || *p == '\t' || *p == '\r')
        p++;
    if (!*p)
        return 0;
    json_error_t je;
    json_t *o = json_loadb(line->data, line->len, 0, &je);
    if (!o || !json_is_object(o)) {
        fprintf(ef, "dyad: %s:%ld: malformed JSON: %s; skipped\n", path, lineno,
                o ? "not an object" : je.text);
        json_decref(o);
        r->skipped++;
        return 1;
    }
    const char *id = dy_jstr(o, "id"), *text = dy_jstr(o, "text"), *expect = dy_jstr(o, "expect");
    const char *cat = dy_jstr(o, "category"), *notes = dy_jstr(o, "notes");
    json_t *expected = json_object_get(o, "expected");
    json_t *seqv = json_object_get(o, "seq");
    long seq = json_is_integer(seqv) ? (long)json_integer_value(seqv) : lineno;
    char date[11];
    int rc = 0;
    if (!id)
        id = "";
    if (!cat || !*cat)
        cat = "(none)";
    if (tabari && !strncmp(id, "FINAL", 5))
        st->after_final = true;
    if (!expect || !text) {
        fprintf(ef, "dyad: %s:%ld: record %s without text or expect; skipped\n", path,
                lineno, id);
        r->skipped++;
        rc = 1;
        goto done;
    }
    r->records++;
    if (!strcmp(expect, "option"))
        read_options(o, st);
    if (!strcmp(expect, "option") || !strcmp(expect, "none") || !strcmp(expect, "unchecked")) {
        if (!st->after_final) {
            r->notscored++;
            r->n_option += expect[0] == 'o';
            r->n_none += expect[0] == 'n';
            r->n_unchecked += expect[0] == 'u';
        }
        goto done;
    }
    if (!suite_date(dy_jstr(o, "date"), date)) {
        fprintf(ef, "dyad: %s:%ld: record %s has no date YYYYMMDD; skipped\n", path,
                lineno, id);
        r->skipped++;
        rc = 1;
        goto done;
    }
    vev want[MAX_EVENTS], got[MAX_EVENTS];
    int nw = !strcmp(expect, "events") ? read_expected(expected, want) : 0, ng = 0;
    bool all_intent = false;
    size_t tlen = json_string_length(json_object_get(o, "text"));
    rc = code_record(d, st, id, date, text, tlen, path, lineno, ef, got, &ng, &all_intent);
    if (!rc)
        score_record(r, st, seq, id, cat, expect, expected, notes, text, want, nw, got, ng,
                     all_intent);
done:
    json_decref(o);
    return rc;
}

/* The report: failing and apart records, the figures by category, the
 * totals. */
static void print_report(const vrun *r, bool tabari, const char *path, const char *suite_name,
                         const char *dict_label, int quiet, FILE *out)
{
    fprintf(out, "dyad validate --suite %s %s (dictionaries %s)\n", suite_name, path, dict_label);
    if (!quiet && r->fails.len)
        fprintf(out, "failing records (seq id [category, expect]):\n%s", r->fails.data);
    if (!quiet && r->aparts.len)
        fprintf(out, "counted apart (the coding guide rejects what they ask):\n%s", r->aparts.data);
    fprintf(out, "by category (passed/scored at country level, exact actor codes, apart):\n");
    for (int i = 0; i < r->ncats; i++) {
        const catstat *c = &r->cats[i];
        if (!c->scored && !c->apart)
            continue;
        fprintf(out, "  %-16s %4ld/%-4ld %5.1f%%   exact %ld", c->name, c->passed, c->scored,
               c->scored ? 100.0 * (double)c->passed / (double)c->scored : 0.0,
               c->passed_exact);
        if (c->apart)
            fprintf(out, "   apart %ld", c->apart);
        fputc('\n', out);
    }
    long standard = r->scored + r->apart + r->notscored;
    fprintf(out, "%s records: %ld; scored %ld, passed %ld; counted apart %ld (of them %ld pass "
           "anyway); not scored %ld (option %ld, none %ld, unchecked %ld)\n",
           tabari ? "standard" : "all", standard, r->scored, r->passed, r->apart,
           r->apart_passed, r->notscored, r->n_option, r->n_none, r->n_unchecked);
    if (r->after_scored)
        fprintf(out, "after the standard set (FINAL-01): %ld scored, %ld passed (not in the figure)\n",
               r->after_scored, r->after_passed);
    if (r->skipped)
        fprintf(out, "skipped (malformed): %ld\n", r->skipped);
    if (standard)
        fprintf(out, "of all %ld %srecords: %ld pass (%.1f%%; unscored ones count as not passing)\n",
               standard, tabari ? "standard " : "", r->passed + r->apart_passed,
               100.0 * (double)(r->passed + r->apart_passed) / (double)standard);
    fprintf(out, "exact actor codes: %ld of %ld scored records (%.1f%%)\n", r->passed_exact, r->scored,
           r->scored ? 100.0 * (double)r->passed_exact / (double)r->scored : 0.0);
    fprintf(out, "pass rate (actors at country level): %ld of %ld scored records (%.1f%%); with the "
           "%ld apart: %ld of %ld (%.1f%%)\n",
           r->passed, r->scored, r->scored ? 100.0 * (double)r->passed / (double)r->scored : 0.0,
           r->apart, r->passed + r->apart_passed, r->scored + r->apart,
           r->scored + r->apart
               ? 100.0 * (double)(r->passed + r->apart_passed) / (double)(r->scored + r->apart)
               : 0.0);
}

int dy_validate(const dy_dict *d, FILE *suite, const char *path, const char *suite_name,
                const char *dict_label, int quiet, FILE *out, FILE *ef)
{
    if (!out)
        out = stdout;
    if (!ef)
        ef = stderr;
    bool tabari = !strcmp(suite_name, "tabari");
    vrun *r = calloc(1, sizeof *r);
    if (!r) {
        fprintf(ef, "dyad: out of memory\n");
        return 2;
    }
    vstate st = {0};
    dy_buf line = {0};
    long lineno = 0;
    bool too_long;
    int status = 0;
    while (dy_getline(suite, &line, 16u << 20, &too_long) == 1) {
        lineno++;
        int rc;
        if (too_long) {
            fprintf(ef, "dyad: %s:%ld: line too long; skipped\n", path, lineno);
            r->skipped++;
            rc = 1;
        } else {
            rc = validate_line(d, r, &st, tabari, &line, path, lineno, ef);
        }
        if (rc == 2) {
            status = 2;
            break;
        }
        if (rc == 1)
            status = 1;
    }
    dy_buf_free(&line);
    dy_buf_free(&st.story);
    if (status == 2 || r->fails.oom || r->aparts.oom) {
        if (status != 2)
            fprintf(ef, "dyad: out of memory\n");
        dy_buf_free(&r->fails);
        dy_buf_free(&r->aparts);
        free(r);
        return 2;
    }
    print_report(r, tabari, path, suite_name, dict_label, quiet, out);
    dy_buf_free(&r->fails);
    dy_buf_free(&r->aparts);
    free(r);
    return status;
}
