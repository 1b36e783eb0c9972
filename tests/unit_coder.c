/* Unit tests of the coder's stages (src/coder/stages.h), each on its own
 * small sentences: atoms, mentions, resolution, clauses, predicate, mood,
 * dates, roles and events, nominal events, and the language hooks (the
 * same stage on German and English through lang.h's tables).
 *
 * The harness sets a document up as dy_code() does (tokens, dateline,
 * sentences, function-word classes from the dictionary) and runs the
 * stages one by one; the sentences are written for these tests.
 *
 *     build/tests/unit_coder [DICT_DIR]      (default: dict) */
#include "check.h"
#include "coder/stages.h"
#include <stdlib.h>

static const dy_dict *D;

typedef struct doc {
    dy_arena ar;
    dy_vec toks, sents;
    cctx c;
} doc;

/* Sets up TEXT in language LI (0 de, 1 en) as dy_code() does. */
static void doc_open(doc *x, const char *text, int li)
{
    memset(x, 0, sizeof *x);
    x->toks.size = sizeof(dy_tok);
    x->sents.size = sizeof(dy_sent);
    cctx *c = &x->c;
    c->d = D;
    c->rules = li == 1 ? &dy_rules_en : &dy_rules_de;
    c->lang1 = (uint8_t)(li + 1);
    c->text = text;
    c->date = 20220510; /* a Tuesday */
    c->ar = &x->ar;
    c->ments.size = sizeof(ment);
    c->events.size = sizeof(dy_event);
    if (!dy_tokenize(text, strlen(text), &x->ar, &x->toks, 100000))
        abort();
    c->t = x->toks.items;
    c->n = (uint32_t)x->toks.n;
    dy_mark_dateline(text, c->t, c->n);
    if (!dy_split(text, c->t, c->n, &x->sents, 400))
        abort();
    size_t n = c->n ? c->n : 1;
    c->fw = dy_arena_alloc(&x->ar, n * sizeof *c->fw);
    c->fw2 = dy_arena_alloc(&x->ar, n * sizeof *c->fw2);
    c->prep = dy_arena_alloc(&x->ar, n * sizeof *c->prep);
    c->inq = dy_arena_alloc(&x->ar, n * sizeof *c->inq);
    c->fwval = dy_arena_alloc(&x->ar, n * sizeof *c->fwval);
    c->atom = dy_arena_alloc(&x->ar, n * sizeof *c->atom);
    c->verb = dy_arena_alloc(&x->ar, n * sizeof *c->verb);
    c->nverb = dy_arena_alloc(&x->ar, n * sizeof *c->nverb);
    c->noun = dy_arena_alloc(&x->ar, n * sizeof *c->noun);
    for (uint32_t i = 0; i < c->n; i++) {
        dy_tok *t = &c->t[i];
        uint64_t h = dy_hash(t->fold, t->flen);
        uint32_t id = dy_map_get_h(&D->intern, t->fold, t->flen, h);
        t->id = id == UINT32_MAX ? 0 : id;
        uint32_t k = dy_map_get_h(&D->fwmap[li], t->fold, t->flen, h);
        if (k != UINT32_MAX) {
            const dy_fw_ent *e = &DY_AT(D->fwent[li], dy_fw_ent, k);
            c->fw[i] = e->cls;
            c->fw2[i] = (uint16_t)e->cls2;
            c->prep[i] = e->norm;
            c->fwval[i] = e->val;
        }
    }
    const dy_lang_rules *r = c->rules;
    c->id_in = dy_dict_id(D, r->prep_in);
    c->id_aus = dy_dict_id(D, r->prep_origin);
    c->id_von = dy_dict_id(D, r->prep_agent);
    c->id_durch = dy_dict_id(D, r->prep_means);
    c->id_from = dy_dict_id(D, r->prep_source);
    c->id_open = dy_dict_id(D, r->prep_open);
    c->id_mit = dy_dict_id(D, r->prep_with);
}

static void doc_close(doc *x)
{
    dy_map_free(&x->c.seen);
    dy_vec_free(&x->c.ments);
    dy_vec_free(&x->c.events);
    dy_vec_free(&x->toks);
    dy_vec_free(&x->sents);
    dy_arena_free(&x->ar);
}

/* Starts sentence S of the document (atoms, readings). */
static void sent(doc *x, size_t s)
{
    const dy_sent *se = &DY_AT(x->sents, dy_sent, s);
    begin_sentence(&x->c, se->first, se->last, (int)s);
}

/* The token whose folded form is W, from token FROM on. */
static uint32_t tok(const doc *x, const char *w)
{
    for (uint32_t i = 0; i < x->c.n; i++)
        if (!strcmp(x->c.t[i].fold, w))
            return i;
    fprintf(stderr, "no token '%s'\n", w);
    abort();
}

/* The mention that starts at the token W, or NULL. */
static const ment *ment_at(const doc *x, const char *w)
{
    uint32_t i = tok(x, w);
    for (size_t k = 0; k < x->c.ments.n; k++)
        if (DY_AT(x->c.ments, ment, k).first == i)
            return &DY_AT(x->c.ments, ment, k);
    return NULL;
}

/* Codes sentence 0 fully; returns the number of events with SRC TGT CODE. */
static int count_event(const doc *x, const char *src, const char *tgt, const char *code)
{
    int n = 0;
    for (size_t k = 0; k < x->c.events.n; k++) {
        const dy_event *e = &DY_AT(x->c.events, dy_event, k);
        n += !strcmp(e->source, src) && !strcmp(e->target, tgt) && !strcmp(e->code, code);
    }
    return n;
}

static void dump(const doc *x)
{
    for (size_t k = 0; k < x->c.ments.n; k++) {
        const ment *m = &DY_AT(x->c.ments, ment, k);
        fprintf(stderr, "  ment %u-%u '%s' code=%s role=%s\n", m->first, m->last,
                x->c.t[m->first].fold, m->code, m->role);
    }
    for (size_t k = 0; k < x->c.events.n; k++) {
        const dy_event *e = &DY_AT(x->c.events, dy_event, k);
        fprintf(stderr, "  event %s %s %s %s\n", e->source, e->target, e->code,
                dy_mood_name(e->mood));
    }
}

/* atoms: actor phrases and verb and noun readings per token */
static void test_atoms(void)
{
    doc x;
    doc_open(&x, "Bundeskanzler Olaf Scholz kritisierte China am Freitag.", 0);
    sent(&x, 0);
    cctx *c = &x.c;
    CHECK(c->atom[tok(&x, "china")] && c->atom[tok(&x, "china")]->kind == PK_COUNTRY);
    CHECK(c->atom[tok(&x, "olaf")] && c->atom[tok(&x, "olaf")]->kind == PK_PERSON);
    CHECK(c->nverb[tok(&x, "kritisierte")] > 0);
    CHECK(!c->atom[tok(&x, "freitag")]);
    doc_close(&x);
    /* German: a lower-case word is no name or role (nouns_capitalised) */
    doc_open(&x, "Sie sagte, die Lage sei ernst.", 0);
    sent(&x, 0);
    CHECK(!x.c.atom[tok(&x, "die")]);
    doc_close(&x);
    /* English: after an article a noun-verb homograph is the noun */
    doc_open(&x, "Russia condemned the attack on Tuesday.", 1);
    sent(&x, 0);
    CHECK(x.c.noun[tok(&x, "attack")] != NULL);
    CHECK(x.c.nverb[tok(&x, "attack")] == 0);
    CHECK(x.c.nverb[tok(&x, "condemned")] > 0);
    doc_close(&x);
}

/* mentions: composed actors and their codes */
static void test_mentions(void)
{
    doc x;
    doc_open(&x, "Der chinesische Außenminister traf US-Präsident Joe Biden in Berlin.", 0);
    sent(&x, 0);
    build_mentions(&x.c, x.c.sn.first, x.c.sn.last);
    const ment *m = ment_at(&x, "chinesische");
    CHECK(m && !strcmp(m->code, "CHNGOV"));
    m = ment_at(&x, "us");
    CHECK(m && !strncmp(m->code, "USA", 3) && m->person >= 0);
    doc_close(&x);
    /* English: a role's country after "of" (of_genitive) */
    doc_open(&x, "The foreign minister of Japan met Chinese diplomats.", 1);
    sent(&x, 0);
    build_mentions(&x.c, x.c.sn.first, x.c.sn.last);
    m = ment_at(&x, "foreign");
    CHECK(m && !strncmp(m->code, "JPN", 3));
    doc_close(&x);
}

/* resolve: a bare role takes the country of the dateline */
static void test_resolve(void)
{
    doc x;
    doc_open(&x, "KIEW (dpa) - Die Polizei nahm zwei Demonstranten fest.", 0);
    memcpy(x.c.home, "UKR", 4);
    sent(&x, 0);
    build_mentions(&x.c, x.c.sn.first, x.c.sn.last);
    const ment *m = ment_at(&x, "polizei");
    CHECK(m && m->role_only && !m->code[0]);
    resolve_mentions(&x.c, 0);
    CHECK(m && !strcmp(m->code, "UKRCOP"));
    doc_close(&x);
}

/* Cuts sentence 0 into clauses after its mentions (as code_sentence). */
static int clauses_of(doc *x, clause *cl)
{
    sent(x, 0);
    x->c.sn.m0 = 0;
    build_mentions(&x->c, x->c.sn.first, x->c.sn.last);
    resolve_mentions(&x->c, 0);
    return cut_clauses(&x->c, 0, cl);
}

/* clauses: cut at the comma before a subordinator, and classified */
static void test_clauses(void)
{
    doc x;
    clause cl[MAXCL];
    doc_open(&x, "Die Regierung erklärte am Montag, dass Polen die Grenze schließen werde.", 0);
    int n = clauses_of(&x, cl);
    CHECK(n == 2);
    CHECK(n == 2 && cl[0].kind == CL_MAIN && cl[1].kind == CL_SUB && cl[1].gov == 0);
    doc_close(&x);
    /* English: the content of a speech verb needs no subordinator */
    doc_open(&x, "The minister said Poland would close the border.", 1);
    n = clauses_of(&x, cl);
    CHECK(n == 2);
    CHECK(n == 2 && cl[1].a == tok(&x, "poland"));
    doc_close(&x);
    /* a zu-infinitive after a comma */
    doc_open(&x, "Frankreich forderte Russland auf, die Truppen abzuziehen.", 0);
    n = clauses_of(&x, cl);
    CHECK(n == 2 && cl[1].kind == CL_ZU);
    doc_close(&x);
}

/* predicate: a separable verb whose particle closes the clause wins */
static void test_predicate(void)
{
    doc x;
    clause cl[MAXCL];
    doc_open(&x, "Frankreich wies die Vorwürfe aus Moskau zurück.", 0);
    int n = clauses_of(&x, cl);
    CHECK(n == 1);
    choose_pred(&x.c, &cl[0]);
    CHECK(cl[0].pred && !cl[0].noun_pred && cl[0].pred_tok == tok(&x, "wies"));
    CHECK(cl[0].pred && !strncmp(DY_AT(D->preds, dy_pred, cl[0].pred->ref).code, "12", 2));
    doc_close(&x);
    /* a support verb with an event noun: the noun is the predicate */
    doc_open(&x, "Die Ukraine führte Gespräche mit Polen.", 0);
    n = clauses_of(&x, cl);
    choose_pred(&x.c, &cl[0]);
    CHECK(cl[0].pred && cl[0].noun_pred && cl[0].pred_tok == tok(&x, "gespräche"));
    doc_close(&x);
}

/* mood: intent by a modal, negation, a question, English "plans to" */
static void test_mood(void)
{
    static const struct { const char *text; int li; dy_mood want; } t[] = {
        {"Deutschland will die Ukraine unterstützen.", 0, DY_MOOD_INTENT},
        {"Deutschland unterstützt die Ukraine nicht.", 0, DY_MOOD_NEGATED},
        {"Unterstützt Deutschland die Ukraine?", 0, DY_MOOD_QUESTION},
        {"Deutschland unterstützt die Ukraine.", 0, DY_MOOD_FACT},
        {"Germany plans to support Ukraine.", 1, DY_MOOD_INTENT},
        {"Germany did not support Ukraine.", 1, DY_MOOD_NEGATED},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        doc x;
        clause cl[MAXCL];
        doc_open(&x, t[i].text, t[i].li);
        int n = clauses_of(&x, cl);
        for (int k = 0; k < n; k++)
            choose_pred(&x.c, &cl[k]);
        decide_mood(&x.c, cl, n, 0);
        if (cl[0].mood != t[i].want)
            fprintf(stderr, "  mood of '%s': %s\n", t[i].text, dy_mood_name(cl[0].mood));
        CHECK(n >= 1 && cl[0].mood == t[i].want);
        doc_close(&x);
    }
}

/* dates: a weekday is back for a deed, forward for an intent */
static void test_dates(void)
{
    doc x;
    clause cl[MAXCL];
    doc_open(&x, "Polen kritisierte Russland am Freitag.", 0);
    clauses_of(&x, cl);
    cl[0].mood = DY_MOOD_FACT;
    CHECK(clause_date(&x.c, &cl[0]) == 20220506);
    cl[0].mood = DY_MOOD_INTENT;
    CHECK(clause_date(&x.c, &cl[0]) == 20220513);
    doc_close(&x);
}

/* roles and events: subject, target, the event; German and English */
static void test_roles(void)
{
    static const struct { const char *text; int li; const char *src, *tgt, *code; } t[] = {
        {"Polen kritisierte Russland scharf.", 0, "POLGOV", "RUSGOV", "111"},
        {"Russland wurde von Polen kritisiert.", 0, "POLGOV", "RUSGOV", "111"},
        {"Poland criticized Russia on Monday.", 1, "POLGOV", "RUSGOV", "111"},
        /* the Vorfeld holds a phrase: the subject follows the verb */
        {"Am Montag kritisierte Polen Russland.", 0, "POLGOV", "RUSGOV", "111"},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        doc x;
        doc_open(&x, t[i].text, t[i].li);
        sent(&x, 0);
        code_sentence(&x.c);
        if (count_event(&x, t[i].src, t[i].tgt, t[i].code) != 1) {
            fprintf(stderr, "  events of '%s':\n", t[i].text);
            dump(&x);
        }
        CHECK(count_event(&x, t[i].src, t[i].tgt, t[i].code) == 1);
        CHECK(x.c.events.n == 1);
        doc_close(&x);
    }
}

/* nominal events: a possessor's visit to a place */
static void test_nouns(void)
{
    doc x;
    doc_open(&x, "Nach dem Besuch Polens in Japan wurde es still.", 0);
    sent(&x, 0);
    code_sentence(&x.c);
    if (count_event(&x, "POLGOV", "JPNGOV", "042") != 1)
        dump(&x);
    CHECK(count_event(&x, "POLGOV", "JPNGOV", "042") == 1);
    doc_close(&x);
}

/* speech and discourse: a frame's speaker, "beide Länder" as the last pair */
static void test_discourse(void)
{
    doc x;
    doc_open(&x, "Polen kritisierte Russland. Beide Länder wollen verhandeln.", 0);
    sent(&x, 0);
    code_sentence(&x.c);
    CHECK(x.c.dis.have_pair);
    CHECK(x.c.dis.have_pair && !strcmp(x.c.dis.pair[0], "POLGOV") &&
          !strcmp(x.c.dis.pair[1], "RUSGOV"));
    doc_close(&x);
    /* emit: the same event once per article */
    doc_open(&x, "Polen kritisierte Russland. Polen kritisierte Russland erneut.", 0);
    sent(&x, 0);
    code_sentence(&x.c);
    sent(&x, 1);
    code_sentence(&x.c);
    CHECK(count_event(&x, "POLGOV", "RUSGOV", "111") == 1);
    doc_close(&x);
}

int main(int argc, char **argv)
{
    dy_error err;
    D = dy_dict_load(argc > 1 ? argv[1] : "dict", &err);
    if (!D) {
        fprintf(stderr, "%s:%ld: %s\n", err.file, err.line, err.msg);
        return 1;
    }
    test_atoms();
    test_mentions();
    test_resolve();
    test_clauses();
    test_predicate();
    test_mood();
    test_dates();
    test_roles();
    test_nouns();
    test_discourse();
    dy_dict_free((dy_dict *)D);
    return CHECK_DONE("unit_coder");
}
